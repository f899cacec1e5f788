// House style loading: the shipped style loads clean; bad values are pinned to line and column.
#include "pipeline/load/house_style_loader.h"

#include <boost/test/unit_test.hpp>
#include <string>

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

BOOST_AUTO_TEST_CASE(missing_file) {
  Diagnostics diags;
  LoadHouseStyle("/nonexistent/stijl.toml", &diags);
  BOOST_TEST(All(diags) == "/nonexistent/stijl.toml:0:0: error: cannot read house style file\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
