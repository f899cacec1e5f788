// End to end: a plan with Arabic and Hebrew text (a theme name, a paragraph of each, and one
// mixed with Dutch) builds, and pdftotext reads every word back in logical order.
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <filesystem>
#include <string>

#include "tests/support/rtl_samples.h"
#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;

const fs::path kBase = fs::path(VOORTGANG_SOURCE_DIR) / "tests/bad_inputs/base";
const std::string kTemplates = std::string(" --templates '") + VOORTGANG_SOURCE_DIR + "/templates'";

using testing::kArabic;
using testing::kHebrew;
const std::string kMixed =
    "De regio werkt samen met het buurtcentrum مركز الشباب في المدينة aan betere jeugdhulp.";
const std::string kTheme = "مستقبل الطفولة";

/// `s` without white space and the bidi marks pdftotext puts around right-to-left lines
/// (U+202B ... U+202C): poppler builds its words from glyphs drawn left to right, so it may cut
/// a right-to-left line drawn in logical order into letters, but the letters keep their order.
std::string Squeezed(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) continue;
    bool mark = false;
    for (const char* m : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u200E", "\u200F"})
      mark = mark || s.compare(i, 3, m) == 0;
    if (mark) {
      i += 2;
      continue;
    }
    out += s[i];
  }
  return out;
}

/// pdftotext's text without the running header and footer ("Regio West", "Q4 2024",
/// "pagina 4 van 7"), so two paragraphs read as neighbours wherever the page breaks fall.
std::string WithoutRunningLines(const std::string& text) {
  std::string out, line;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    line = text.substr(start, end - start);
    if (!line.empty() && line[0] == '\f') line.erase(0, 1);
    if (line != "Regio West" && line != "Q4 2024" && line.rfind("pagina ", 0) != 0)
      out += line + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rtl_text_test)

BOOST_AUTO_TEST_CASE(right_to_left_words_extract_in_logical_order) {
  testing::TempDir t;
  fs::copy(kBase, t.path() / "in", fs::copy_options::recursive);
  fs::path plan = t.path() / "in/west/plan.toml";
  std::string text = testing::ReadFile(plan);
  const std::string name = "naam = \"Toegang\"";
  BOOST_REQUIRE(text.find(name) != std::string::npos);
  text.replace(text.find(name), name.size(), "naam = \"" + kTheme + "\"");
  const std::string stand = "stand = \"Op *koers*.\"";
  BOOST_REQUIRE(text.find(stand) != std::string::npos);
  text.replace(text.find(stand), stand.size(),
               "stand = \"\"\"\n" + kArabic + "\n\n" + kHebrew + "\n\n" + kMixed + "\n\"\"\"");
  t.Write("in/west/plan.toml", text);

  testing::CommandResult r = testing::RunShell(
      std::string("env -u GITHUB_ACTIONS '") + VOORTGANG_BIN + "' build --inputs in --out out" +
          kTemplates +
          " && pdftotext -enc UTF-8 out/2024-Q4/west/voortgangsnotitie-west-2024-Q4.pdf -",
      t.path().string());
  BOOST_REQUIRE_MESSAGE(r.status == 0, r.err);
  std::string out = Squeezed(WithoutRunningLines(r.out));
  size_t arabic = out.find(Squeezed(kArabic));
  size_t hebrew = out.find(Squeezed(kHebrew));
  size_t mixed = out.find(Squeezed(kMixed));
  BOOST_TEST(arabic != std::string::npos, r.out);
  BOOST_TEST(hebrew != std::string::npos);
  BOOST_TEST(mixed != std::string::npos);
  BOOST_TEST(out.find(Squeezed(kTheme)) != std::string::npos);
  // The paragraphs in order, one right after the other.
  BOOST_TEST(hebrew == arabic + Squeezed(kArabic).size());
  BOOST_TEST(mixed == hebrew + Squeezed(kHebrew).size());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
