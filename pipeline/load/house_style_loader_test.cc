// House style loading: the shipped style loads clean; bad values are pinned to line and column.
#include "pipeline/load/house_style_loader.h"

#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <string>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {

std::string All(const Diagnostics& d) {
  Diagnostics sorted = d;
  sorted.Sort();
  std::string out;
  for (const Diagnostic& x : sorted.items) out += FormatGnu(x) + "\n";
  return out;
}

BOOST_AUTO_TEST_SUITE(house_style_loader_test)

BOOST_AUTO_TEST_CASE(shipped_style_loads_without_diagnostics) {
  Diagnostics diags;
  HouseStyle s = LoadHouseStyle(VOORTGANG_SOURCE_DIR "/templates/huisstijl/standaard.toml", &diags);
  BOOST_TEST(All(diags) == "");
  BOOST_TEST(s.body_font == "Carlito");
  BOOST_TEST(s.body_size_pt == 11);
  BOOST_TEST(s.table_header_background.r == 0x00);
  BOOST_TEST(s.table_header_background.b == 0x70);
  BOOST_TEST(s.chart_colours.size() == 2u);
  BOOST_TEST(s.hyphen_exceptions ==
             std::string(VOORTGANG_SOURCE_DIR) + "/templates/afbreekuitzonderingen.txt");
}

BOOST_AUTO_TEST_CASE(bad_values_are_reported_with_positions) {
  Diagnostics diags;
  ParseHouseStyle(
      "[tekst]\n"
      "grootte_pt = \"groot\"\n"
      "kleur = \"#12345\"\n"
      "lettertype_typo = \"Carlito\"\n"
      "[pagina]\n"
      "marge_links_mm = 500\n",
      "h.toml", &diags);
  BOOST_TEST(All(diags) ==
             "h.toml:2:14: error: tekst.grootte_pt: expected a number\n"
             "h.toml:3:9: error: tekst.kleur: expected a colour \"#rrggbb\"\n"
             "h.toml:4:1: warning: unknown key 'tekst.lettertype_typo'\n"
             "h.toml:6:18: error: pagina.marge_links_mm: expected a number from 0 to 100\n");
}

BOOST_AUTO_TEST_CASE(syntax_error_has_line_and_column) {
  Diagnostics diags;
  ParseHouseStyle("[tekst]\ngrootte_pt = 11,\n", "h.toml", &diags);
  BOOST_TEST(All(diags) == "h.toml:2:16: error: Error while parsing key-value pair: expected a comment or "
                           "whitespace, saw ','\n");
}

BOOST_AUTO_TEST_CASE(shipped_styles_pass_the_contrast_check) {
  for (const char* name : {"standaard", "regio-klassiek"}) {
    Diagnostics diags;
    LoadHouseStyle(std::string(VOORTGANG_SOURCE_DIR "/templates/huisstijl/") + name + ".toml",
                   &diags);
    BOOST_TEST(All(diags) == "", name);
  }
}

// WCAG 2.1 1.4.3: text against its background at least 4.5:1 (3:1 for large bold text); the
// error stands at the colour that fails, or at the background when only that is set.
BOOST_AUTO_TEST_CASE(too_little_contrast_is_an_error_at_the_colour) {
  Diagnostics diags;
  ParseHouseStyle(
      "[tekst]\n"
      "kleur = \"#777777\"\n"
      "[tabellen]\n"
      "kop_achtergrond = \"#5a8ac0\"\n",
      "h.toml", &diags);
  BOOST_TEST(All(diags) ==
             "h.toml:2:9: error: tekst.kleur #777777 on the white page has a contrast ratio of "
             "4.48:1, below the 4.5:1 text needs (WCAG 2.1, 1.4.3)\n"
             "h.toml:2:9: error: tekst.kleur #777777 on tekst.melding_achtergrond #f3f0e6 has a "
             "contrast ratio of 3.93:1, below the 4.5:1 text needs (WCAG 2.1, 1.4.3)\n"
             "h.toml:2:9: error: tekst.kleur #777777 on tabellen.streep #eef2f7 has a contrast "
             "ratio of 3.98:1, below the 4.5:1 text needs (WCAG 2.1, 1.4.3)\n"
             "h.toml:4:19: error: tabellen.kop_tekst #ffffff on tabellen.kop_achtergrond #5a8ac0 "
             "has a contrast ratio of 3.60:1, below the 4.5:1 text needs (WCAG 2.1, 1.4.3)\n");
  // Large bold text needs 3:1 only: the same header colours pass at 14 pt.
  Diagnostics large;
  ParseHouseStyle(
      "[tabellen]\n"
      "grootte_pt = 14\n"
      "kop_achtergrond = \"#5a8ac0\"\n",
      "h.toml", &large);
  BOOST_TEST(All(large) == "");
}

BOOST_AUTO_TEST_CASE(missing_file) {
  Diagnostics diags;
  LoadHouseStyle("/nonexistent/stijl.toml", &diags);
  BOOST_TEST(All(diags) == "/nonexistent/stijl.toml:0:0: error: cannot read house style file\n");
}

/// The diagnostics of a style in `dir` whose [titel] logo is `logo`.
std::string LogoDiagnostics(const testing::TempDir& dir, const std::string& logo) {
  std::string style = dir.Write("stijl.toml", "[titel]\nlogo = \"" + logo + "\"\n").string();
  Diagnostics diags;
  HouseStyle s = LoadHouseStyle(style, &diags);
  BOOST_TEST(s.logo_path == (dir.path() / logo).string());
  std::string all = All(diags);
  std::string prefix =
      style + ":2:8: error: titel.logo: cannot use '" + s.logo_path + "' as the logo: ";
  BOOST_TEST(all.rfind(prefix, 0) == 0u, all);
  return all.rfind(prefix, 0) == 0 ? all.substr(prefix.size()) : all;
}

BOOST_AUTO_TEST_CASE(a_logo_that_is_not_a_png_file_is_an_error_at_its_key) {
  testing::TempDir dir;
  const std::string png_signature = "\x89PNG\r\n\x1a\n";
  auto ihdr = [](uint8_t width, uint8_t height) {
    return std::string("\0\0\0\x0dIHDR\0\0\0", 11) + char(width) + std::string(3, '\0') +
           char(height) + std::string("\x08\x02\0\0\0", 5);
  };
  dir.Write("map.png/leeg", "");
  dir.Write("tekst.png", "Dit is geen plaatje.\n");
  dir.Write("kort.png", png_signature);
  dir.Write("leeg.png", png_signature + ihdr(0, 10));
  dir.Write("goed.png", png_signature + ihdr(20, 10));
  BOOST_TEST(LogoDiagnostics(dir, "ontbreekt.png") == "no such file\n");
  BOOST_TEST(LogoDiagnostics(dir, "map.png") == "it is a directory, not a PNG file\n");
  BOOST_TEST(LogoDiagnostics(dir, "tekst.png") == "it is not a PNG file\n");
  BOOST_TEST(LogoDiagnostics(dir, "kort.png") == "it is not a PNG file (no image header)\n");
  BOOST_TEST(LogoDiagnostics(dir, "leeg.png") == "the PNG image has no pixels\n");
  // A PNG's start is all the loader reads; cairo decodes the rest when it renders.
  Diagnostics diags;
  HouseStyle s = LoadHouseStyle(
      dir.Write("goed.toml", "[titel]\nlogo = \"goed.png\"\n").string(), &diags);
  BOOST_TEST(All(diags) == "");
  BOOST_TEST(s.logo_at.line == 2);
  BOOST_TEST(s.logo_at.column == 8);
  // The shipped second style's logo is a real one.
  LoadHouseStyle(VOORTGANG_SOURCE_DIR "/templates/huisstijl/regio-klassiek.toml", &diags);
  BOOST_TEST(All(diags) == "");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
