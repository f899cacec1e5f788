// A character no installed font has (an emoji: the machine has no emoji font) is drawn as
// nothing; the build warns, naming the document and the text, exits 0 (warnings allowed) and
// 1 with --werror.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;

const fs::path kBase = fs::path(VOORTGANG_SOURCE_DIR) / "tests/bad_inputs/base";
const std::string kTemplates = std::string(" --templates '") + VOORTGANG_SOURCE_DIR + "/templates'";

struct Tree : testing::TempDir {
  Tree() {
    fs::copy(kBase, path() / "in", fs::copy_options::recursive);
    std::string plan = testing::ReadFile(path() / "in/west/plan.toml");
    const std::string name = "naam = \"Toegang\"";
    size_t at = plan.find(name);
    BOOST_REQUIRE(at != std::string::npos);
    plan.replace(at, name.size(), "naam = \"Toegang \U0001F3E0\"");  // HOUSE BUILDING
    Write("in/west/plan.toml", plan);
  }
  testing::CommandResult Run(const std::string& args) const {
    return testing::RunShell(std::string("env -u GITHUB_ACTIONS '") + VOORTGANG_BIN + "' " + args,
                             path().string());
  }
};

const std::string kWarning =
    "out/2024-Q4/west/voortgangsnotitie-west-2024-Q4.pdf:0:0: warning: no installed font has a "
    "glyph for U+1F3E0 '\U0001F3E0' in \"Toegang \U0001F3E0\": it is left out of the PDF, from "
    "the page and from its text\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(missing_glyph_test)

BOOST_AUTO_TEST_CASE(an_emoji_no_font_has_is_a_warning_naming_the_document_and_the_text) {
  BOOST_REQUIRE_MESSAGE(testing::RunShell("fc-list :charset=1f3e0").out.empty(),
                        "a font with U+1F3E0 is installed: this test needs a character none has");
  Tree t;
  testing::CommandResult r = t.Run("build --inputs in --out out" + kTemplates);
  BOOST_TEST(r.status == 0, r.err);
  BOOST_TEST(r.err.find(kWarning) != std::string::npos, r.err);
  // Once per document, however often the theme name is drawn (heading, contents, tables).
  BOOST_TEST(r.err.find(kWarning) == r.err.rfind(kWarning));
  BOOST_TEST(r.out.find("1 warning") != std::string::npos, r.out);
  BOOST_TEST(fs::exists(t.path() / "out/2024-Q4/west/voortgangsnotitie-west-2024-Q4.pdf"));

  testing::CommandResult strict =
      t.Run("build --werror --force --inputs in --out out" + kTemplates);
  BOOST_TEST(strict.status == 1, strict.err);
  BOOST_TEST(strict.err.find(kWarning) != std::string::npos, strict.err);
}

BOOST_AUTO_TEST_CASE(text_every_font_covers_gives_no_such_warning) {
  testing::TempDir t;
  fs::copy(kBase, t.path() / "in", fs::copy_options::recursive);
  testing::CommandResult r =
      testing::RunShell(std::string("env -u GITHUB_ACTIONS '") + VOORTGANG_BIN +
                            "' build --inputs in --out out" + kTemplates,
                        t.path().string());
  BOOST_TEST(r.status == 0, r.err);
  BOOST_TEST(r.err.find("no installed font") == std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
