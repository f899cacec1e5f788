// Switching the house style (per run with --huisstijl, per unit in plan.toml) changes the PDF
// with the same program binary, and editing a house style rebuilds exactly the notes using it.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;
using testing::CommandResult;
using testing::TempDir;

const char* kZkNote = "2024-Q4/zuid-kennemerland/voortgangsnotitie-zuid-kennemerland-2024-Q4.pdf";
const char* kGgNote = "2024-Q4/gemeente-groningen/voortgangsnotitie-gemeente-groningen-2024-Q4.pdf";
const char* kStyle = "regio-klassiek";

/// A scratch copy of inputs/ and templates/ to build from and edit.
struct Scratch {
  testing::ShippedCopy dir;
  CommandResult Build(const std::string& out, const std::string& flags = "") {
    return testing::RunVoortgang("build --only pdf --inputs in --out " + out + " " + flags,
                                 dir.path().string());
  }
  fs::path Path(const std::string& relative) const { return dir.Path(relative); }
  std::string Read(const std::string& relative) const { return dir.Read(relative); }
  void Append(const std::string& relative, const std::string& text) { dir.Append(relative, text); }
  /// pdffonts' output for a PDF in the scratch tree.
  std::string Fonts(const std::string& relative) const {
    return testing::RunShell("pdffonts '" + Path(relative).string() + "'").out;
  }
  /// The smallest left edge of any word on any page (pdftotext -bbox), in points.
  double LeftmostWord(const std::string& relative) const {
    std::string html =
        testing::RunShell("pdftotext -bbox '" + Path(relative).string() + "' -").out;
    static const std::regex kWord(R"re(<word xMin="([0-9.]+)")re");
    double left = 1e9;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), kWord);
         it != std::sregex_iterator(); ++it) {
      left = std::min(left, std::stod((*it)[1].str()));
    }
    return left;
  }
};

/// The outputs a build wrote, from its "wrote <path>" lines, without the out folder.
std::vector<std::string> Written(const CommandResult& r, const std::string& out) {
  std::vector<std::string> written;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("wrote " + out + "/", 0) == 0) written.push_back(line.substr(7 + out.size()));
  }
  return written;
}

fs::file_time_type BinaryTime() { return fs::last_write_time(VOORTGANG_BIN); }

}  // namespace

BOOST_AUTO_TEST_SUITE(house_style_switch_test)

BOOST_AUTO_TEST_CASE(the_shipped_second_style_differs_in_fonts_colours_margins_and_logo) {
  std::string standard =
      testing::ReadFile(fs::path(VOORTGANG_SOURCE_DIR) / "templates/huisstijl/standaard.toml");
  std::string second =
      testing::ReadFile(fs::path(VOORTGANG_SOURCE_DIR) / "templates/huisstijl/regio-klassiek.toml");
  BOOST_TEST(standard.find("\"Carlito\"") != std::string::npos);
  BOOST_TEST(second.find("lettertype = \"Liberation Serif\"") != std::string::npos);
  BOOST_TEST(second.find("marge_links_mm = 32") != std::string::npos);
  BOOST_TEST(second.find("kop_achtergrond = \"#5a1e3c\"") != std::string::npos);
  fs::path logo = fs::path(VOORTGANG_SOURCE_DIR) / "templates/huisstijl/regio-klassiek-logo.png";
  BOOST_REQUIRE(fs::exists(logo));
  BOOST_TEST(fs::file_size(logo) < 20000u);
  BOOST_TEST(testing::ReadFile(logo).substr(0, 8) == std::string("\x89PNG\r\n\x1a\n"));
}

BOOST_AUTO_TEST_CASE(run_flag_and_plan_setting_change_the_pdf_without_a_new_binary) {
  fs::file_time_type binary_before = BinaryTime();
  Scratch s;
  BOOST_REQUIRE(s.Build("std").status == 0);
  CommandResult flagged = s.Build("klassiek", std::string("--huisstijl ") + kStyle);
  BOOST_REQUIRE_MESSAGE(flagged.status == 0, flagged.err);

  std::string std_note = std::string("std/") + kZkNote;
  std::string flag_note = std::string("klassiek/") + kZkNote;
  BOOST_TEST(s.Read(std_note) != s.Read(flag_note));
  BOOST_TEST(s.Fonts(std_note).find("Carlito") != std::string::npos);
  BOOST_TEST(s.Fonts(std_note).find("LiberationSerif") == std::string::npos);
  BOOST_TEST(s.Fonts(flag_note).find("LiberationSerif") != std::string::npos);
  BOOST_TEST(s.Fonts(flag_note).find("Carlito") == std::string::npos);
  // Left margin 25 mm (70.9 pt) against 32 mm (90.7 pt): the text moves right.
  double std_left = s.LeftmostWord(std_note), flag_left = s.LeftmostWord(flag_note);
  BOOST_TEST(std_left > 65.0);
  BOOST_TEST(std_left < 75.0);
  BOOST_TEST(flag_left > 85.0);
  BOOST_TEST(flag_left < 95.0);
  // The logo: an image in the new style's note, none in the standard note.
  BOOST_TEST(s.Read(flag_note).find("/Subtype /Image") != std::string::npos);
  BOOST_TEST(s.Read(std_note).find("/Subtype /Image") == std::string::npos);

  // The unit chooses the style in its plan.toml: only that unit's note changes style.
  std::string plan = s.Read("in/zuid-kennemerland/plan.toml");
  std::string::size_type at = plan.find("[eenheid]\n");
  BOOST_REQUIRE(at != std::string::npos);
  plan.insert(at + 10, std::string("huisstijl = \"") + kStyle + "\"\n");
  s.dir.Write("in/zuid-kennemerland/plan.toml", plan);
  CommandResult planned = s.Build("std");
  BOOST_REQUIRE_MESSAGE(planned.status == 0, planned.err);
  std::vector<std::string> written = Written(planned, "std");
  BOOST_TEST((std::find(written.begin(), written.end(), kZkNote) != written.end()));
  BOOST_TEST((std::find(written.begin(), written.end(), kGgNote) == written.end()));
  BOOST_TEST(s.Fonts(std_note).find("LiberationSerif") != std::string::npos);
  BOOST_TEST(s.Fonts(std::string("std/") + kGgNote).find("Carlito") != std::string::npos);

  BOOST_TEST((BinaryTime() == binary_before));
}

BOOST_AUTO_TEST_CASE(editing_a_house_style_rebuilds_the_notes_that_use_it) {
  Scratch s;
  std::string plan = s.Read("in/zuid-kennemerland/plan.toml");
  plan.insert(plan.find("[eenheid]\n") + 10, std::string("huisstijl = \"") + kStyle + "\"\n");
  s.dir.Write("in/zuid-kennemerland/plan.toml", plan);
  BOOST_REQUIRE(s.Build("out").status == 0);
  BOOST_TEST(Written(s.Build("out"), "out").empty());

  std::string before = s.Read(std::string("out/") + kZkNote);
  std::string style = s.Read("templates/huisstijl/regio-klassiek.toml");
  std::string::size_type at = style.find("marge_links_mm = 32");
  BOOST_REQUIRE(at != std::string::npos);
  style.replace(at, 19, "marge_links_mm = 40");
  s.dir.Write("templates/huisstijl/regio-klassiek.toml", style);
  CommandResult edited = s.Build("out");
  BOOST_REQUIRE_MESSAGE(edited.status == 0, edited.err);
  BOOST_TEST(Written(edited, "out") == (std::vector<std::string>{kZkNote}),
             boost::test_tools::per_element());
  BOOST_TEST(s.Read(std::string("out/") + kZkNote) != before);
  BOOST_TEST(s.LeftmostWord(std::string("out/") + kZkNote) > 110.0);  // 40 mm = 113.4 pt
}

// The style's logo is checked where the style is loaded: `check` reports a missing, broken or
// directory logo at the style's logo key, and `build` stops before writing anything.
BOOST_AUTO_TEST_CASE(check_and_build_report_a_bad_logo_at_the_logo_key) {
  Scratch s;
  const std::string logo = "templates/huisstijl/regio-klassiek-logo.png";
  const std::string at = "templates/huisstijl/regio-klassiek.toml:38:8: error: titel.logo: cannot "
                         "use '" + logo + "' as the logo: ";
  fs::remove(s.Path(logo));
  CommandResult checked = testing::RunVoortgang("check --inputs in", s.dir.path().string());
  BOOST_TEST(checked.status == 0, checked.err);  // no unit uses the style yet
  checked = testing::RunVoortgang("check --inputs in --huisstijl " + std::string(kStyle),
                                  s.dir.path().string());
  BOOST_TEST(checked.status == 1);
  BOOST_TEST(checked.err.find(at + "no such file\n") != std::string::npos, checked.err);
  BOOST_TEST(checked.err.find(", 1 error, ") != std::string::npos, checked.err);

  std::string plan = s.Read("in/zuid-kennemerland/plan.toml");
  plan.insert(plan.find("[eenheid]\n") + 10, std::string("huisstijl = \"") + kStyle + "\"\n");
  s.dir.Write("in/zuid-kennemerland/plan.toml", plan);
  s.dir.Write(logo, "GIF89a, not a PNG");
  checked = testing::RunVoortgang("check --inputs in", s.dir.path().string());
  BOOST_TEST(checked.status == 1);
  BOOST_TEST(checked.err.find(at + "it is not a PNG file\n") != std::string::npos, checked.err);

  fs::remove(s.Path(logo));
  fs::create_directory(s.Path(logo));
  checked = testing::RunVoortgang("check --inputs in", s.dir.path().string());
  BOOST_TEST(checked.status == 1);
  BOOST_TEST(checked.err.find(at + "it is a directory, not a PNG file\n") != std::string::npos,
             checked.err);
  CommandResult built = s.Build("out");
  BOOST_TEST(built.status == 1);
  BOOST_TEST(built.err.find(at + "it is a directory, not a PNG file\n") != std::string::npos,
             built.err);
  BOOST_TEST(Written(built, "out").empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
