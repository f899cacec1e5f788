// `voortgang build` end to end on a copy of the shipped inputs: what is rebuilt after each kind
// of change, byte-identity across --jobs, nothing written on input errors, --keep-going.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "pipeline/build/build.h"
#include "pipeline/build/hashing.h"
#include "pipeline/cli/renderers.h"
#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;
using testing::CommandResult;
using testing::TempDir;

const char* kZkNote = "out/2024-Q4/zuid-kennemerland/voortgangsnotitie-zuid-kennemerland-2024-Q4.pdf";
const char* kZkBook = "out/2024-Q4/zuid-kennemerland/budget-zuid-kennemerland-2024-Q4.xlsx";
const char* kGgNote = "out/2024-Q4/gemeente-groningen/voortgangsnotitie-gemeente-groningen-2024-Q4.pdf";
const char* kRgNote = "out/2024-Q4/regio-groningen/voortgangsnotitie-regio-groningen-2024-Q4.pdf";
const char* kNatNote = "out/2024-Q4/landelijk/overzicht-2024-Q4.pdf";
const char* kNatBook = "out/2024-Q4/landelijk/budget-landelijk-2024-Q4.xlsx";
const char* kZkHtml = "out/2024-Q4/zuid-kennemerland/voortgangsnotitie-zuid-kennemerland-2024-Q4.html";
const char* kGgHtml = "out/2024-Q4/gemeente-groningen/voortgangsnotitie-gemeente-groningen-2024-Q4.html";
const char* kRgHtml = "out/2024-Q4/regio-groningen/voortgangsnotitie-regio-groningen-2024-Q4.html";
const char* kNatHtml = "out/2024-Q4/landelijk/overzicht-2024-Q4.html";
const char* kIndex = "out/2024-Q4/index.html";

/// A scratch copy of inputs/ and templates/ to build from and edit.
struct Scratch {
  testing::ShippedCopy dir;
  CommandResult Build(const std::string& flags = "", const std::string& out = "out") {
    return testing::RunVoortgang("build --inputs in --out " + out + " " + flags, dir.path().string());
  }
  void Append(const std::string& relative, const std::string& text) { dir.Append(relative, text); }
  std::string Hash(const std::string& relative) {
    return Sha256File((dir.path() / relative).string()).value_or("missing");
  }
};

/// The outputs a build wrote, from its "wrote <path>" lines, in order.
std::vector<std::string> Written(const CommandResult& r) {
  std::vector<std::string> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("wrote ", 0) == 0) out.push_back(line.substr(6));
  }
  return out;
}

/// Compares every output under `a` with the same file under `b` (not the manifest, the lock or
/// the unit cache, which record times); returns how many were compared.
int CompareOutputs(const fs::path& a, const fs::path& b) {
  int compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(a)) {
    if (!entry.is_regular_file() || entry.path().filename() == "manifest.json" ||
        entry.path().filename() == ".voortgang.lock" ||
        entry.path().parent_path().filename() == ".voortgang-cache") {
      continue;
    }
    fs::path other = b / fs::relative(entry.path(), a);
    BOOST_TEST(testing::ReadFile(entry.path()) == testing::ReadFile(other), entry.path());
    ++compared;
  }
  return compared;
}

std::string Last(const std::string& text) {
  std::string t = text;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  return t.substr(t.rfind('\n') + 1);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(build_test)

BOOST_AUTO_TEST_CASE(cold_build_then_each_kind_of_change_rebuilds_exactly_its_outputs) {
  Scratch s;
  CommandResult cold = s.Build();
  BOOST_REQUIRE(cold.status == 0);
  BOOST_TEST(Written(cold) == (std::vector<std::string>{kGgNote, kGgHtml, kRgNote, kRgHtml,
                                                          kZkNote, kZkHtml, kZkBook, kNatNote,
                                                          kNatHtml, kNatBook, kIndex}),
             boost::test_tools::per_element());
  BOOST_TEST(fs::exists(s.dir.path() / "out/2024-Q4/manifest.json"));

  CommandResult again = s.Build();
  BOOST_TEST(again.status == 0);
  BOOST_TEST(Written(again).empty());
  BOOST_TEST(Last(again.out).rfind("voortgang build: 0 built, 11 skipped, 0 failed, 2 warnings", 0) == 0);

  // The narrative of one unit: its note and the national overview, nothing else (the
  // publication page is written again only when what it lists changed).
  s.Append("in/gemeente-groningen/plan.toml", "\n# een opmerking\n");
  BOOST_TEST(Written(s.Build()) == (std::vector<std::string>{kGgNote, kGgHtml, kNatNote, kNatHtml}),
             boost::test_tools::per_element());

  // A unit's budget: its note and workbook and both national outputs.
  s.Append("in/zuid-kennemerland/budget.toml", "\n# controle\n");
  BOOST_TEST(Written(s.Build()) == (std::vector<std::string>{kZkNote, kZkHtml, kZkBook, kNatNote,
                                                               kNatHtml, kNatBook}),
             boost::test_tools::per_element());

  // The note template: every note that uses it, no workbook, not the national overview.
  s.Append("templates/voortgangsnotitie.mustache", "\n");
  BOOST_TEST(Written(s.Build()) == (std::vector<std::string>{kGgNote, kGgHtml, kRgNote, kRgHtml,
                                                               kZkNote, kZkHtml}),
             boost::test_tools::per_element());

  // The web stylesheet: every HTML output and the publication page, which carries it inline.
  s.Append("templates/web.css", "\n/* x */\n");
  BOOST_TEST(Written(s.Build()) == (std::vector<std::string>{kGgHtml, kRgHtml, kZkHtml, kNatHtml,
                                                               kIndex}),
             boost::test_tools::per_element());

  // An output removed or edited by hand is made again.
  fs::remove(s.dir.path() / kZkBook);
  s.Append(kRgNote, "x");
  BOOST_TEST(Written(s.Build()) == (std::vector<std::string>{kRgNote, kZkBook}),
             boost::test_tools::per_element());

  BOOST_TEST(Written(s.Build("--force")).size() == 11u);
  BOOST_TEST(Written(s.Build("--force --only html")) ==
                 (std::vector<std::string>{kGgHtml, kRgHtml, kZkHtml, kNatHtml, kIndex}),
             boost::test_tools::per_element());
  BOOST_TEST(Written(s.Build("--force --only xlsx")) == (std::vector<std::string>{kZkBook, kNatBook}),
             boost::test_tools::per_element());
  BOOST_TEST(Written(s.Build("--force --unit regio-groningen")) ==
                 (std::vector<std::string>{kRgNote, kRgHtml}),
             boost::test_tools::per_element());
  BOOST_TEST(s.Build("--unit regio-nergens").status == 2);
}

BOOST_AUTO_TEST_CASE(a_new_program_version_rebuilds_everything) {
  Scratch s;
  BuildOptions options;
  options.stage.inputs_dir = (s.dir.path() / "in").string();
  options.out_dir = (s.dir.path() / "out").string();
  options.templates_dir = (s.dir.path() / "templates").string();
  std::ostringstream log;
  BuildSummary first, second, third;
  auto quiet = [](const Diagnostics&) {};
  BOOST_REQUIRE(RunBuild(options, MakeRenderers(), quiet, log, &first) == 0);
  BOOST_TEST(first.built == 11);
  BOOST_REQUIRE(RunBuild(options, MakeRenderers(), quiet, log, &second) == 0);
  BOOST_TEST(second.skipped == 11);
  options.version = "99.0.0";
  BOOST_REQUIRE(RunBuild(options, MakeRenderers(), quiet, log, &third) == 0);
  BOOST_TEST(third.built == 11);
  BOOST_TEST(third.skipped == 0);
}

BOOST_AUTO_TEST_CASE(jobs_one_and_four_give_identical_bytes) {
  Scratch s;
  BOOST_REQUIRE(s.Build("--jobs 1", "one").status == 0);
  BOOST_REQUIRE(s.Build("--jobs 4", "four").status == 0);
  BOOST_TEST(CompareOutputs(s.dir.path() / "one", s.dir.path() / "four") == 11);
}

BOOST_AUTO_TEST_CASE(input_errors_write_nothing_and_keep_the_old_outputs) {
  Scratch s;
  BOOST_REQUIRE(s.Build().status == 0);
  std::string before = s.Hash(kZkNote);
  s.Append("in/zuid-kennemerland/budget.toml", "\n[[boeking]]\nthema = \"samen-tijdig\"\nperiode = \"2024-Q4\"\nbedrag = 1.005\n");
  s.Append("in/gemeente-groningen/plan.toml", "\n# changed\n");
  CommandResult r = s.Build();
  BOOST_TEST(r.status == 1);
  BOOST_TEST(Written(r).empty());
  BOOST_TEST(r.err.find("error: 'bedrag' 1.005 has more than two decimals") != std::string::npos);
  BOOST_TEST(Last(r.out).rfind("voortgang build: 0 built, 0 skipped, 0 failed, 1 error, 2 warnings", 0) == 0);
  BOOST_TEST(s.Hash(kZkNote) == before);
  // No temporary files anywhere.
  for (const auto& entry : fs::recursive_directory_iterator(s.dir.path() / "out")) {
    BOOST_TEST(entry.path().filename().string().find("tmp") == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(keep_going_builds_the_units_without_errors) {
  Scratch s;
  s.Append("in/zuid-kennemerland/plan.toml", "\n[[besluit]]\nonderwerp = \"x\"\nperiode = \"2025-Q7\"\n");
  CommandResult r = s.Build("--keep-going");
  BOOST_TEST(r.status == 1);
  // National figures would miss a unit, so they are not made.
  BOOST_TEST(Written(r) == (std::vector<std::string>{kGgNote, kGgHtml, kRgNote, kRgHtml}),
             boost::test_tools::per_element());
  BOOST_TEST(!fs::exists(s.dir.path() / kZkNote));
  BOOST_TEST(!fs::exists(s.dir.path() / kNatNote));
  BOOST_TEST(Last(r.out).rfind("voortgang build: 4 built, 0 skipped, 1 failed, 1 error, ", 0) == 0);
  CommandResult strict = s.Build();
  BOOST_TEST(strict.status == 1);
}

// A failed jeugdhulpregio takes its gemeenten with it (the rule across units, over the units
// left, says why), the rest is built, and every diagnostic is reported once.
BOOST_AUTO_TEST_CASE(keep_going_drops_the_gemeenten_of_a_failed_region) {
  Scratch s;
  s.Append("in/regio-groningen/plan.toml", "\n[[besluit]]\nonderwerp = \"x\"\nperiode = \"2025-Q7\"\n");
  CommandResult r = s.Build("--keep-going");
  BOOST_TEST(r.status == 1);
  BOOST_TEST(Written(r) == (std::vector<std::string>{kZkNote, kZkHtml, kZkBook}),
             boost::test_tools::per_element());
  BOOST_TEST(r.err ==
             "in/gemeente-groningen/plan.toml:15:1: error: unknown unit 'regio-groningen'\n"
             "in/regio-groningen/plan.toml:209:1: warning: theme 'lerend-landschap' has no "
             "voortgang for 2024-Q4; the note will say so\n"
             "in/regio-groningen/plan.toml:293:11: error: invalid period '2025-Q7': expected "
             "\"YYYY-Qn\" with n 1-4 and a year 1990-2100\n"
             "in/zuid-kennemerland/boekingen.csv:16:17: warning: booking in 2025-Q1 lies after the "
             "reporting period 2024-Q4 and is left out of its figures\n");
  BOOST_TEST(Last(r.out).rfind(
                 "voortgang build: 3 built, 0 skipped, 2 failed, 2 errors, 2 warnings, ", 0) == 0);
}

BOOST_AUTO_TEST_CASE(a_terminal_sees_a_progress_bar_instead_of_a_line_per_output) {
  Scratch s;
  // script(1) runs the build with a pseudo-terminal as its output, as a person's shell would.
  std::string build = std::string("'") + VOORTGANG_BIN + "' build --inputs in --out out";
  CommandResult r =
      testing::RunShell("env -u CI script -qec \"" + build + "\" /dev/null", s.dir.path().string());
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.out.find("\r\033[K[##############################] 10/10  ") != std::string::npos);
  BOOST_TEST(r.out.find("wrote ") == std::string::npos);
  BOOST_TEST(r.out.find("\r\033[Kvoortgang build: 11 built, 0 skipped, 0 failed, 2 warnings") !=
             std::string::npos);
  // A CI runner's log is not a terminal even when it gives one: lines, not a bar.
  CommandResult ci = testing::RunShell("CI=true script -qec \"" + build + " --force\" /dev/null",
                                       s.dir.path().string());
  BOOST_TEST(ci.status == 0);
  BOOST_TEST(ci.out.find('\033') == std::string::npos);
  BOOST_TEST(ci.out.find(std::string("wrote ") + kZkNote) != std::string::npos);
}

// A house style whose text colour is too light for its background is refused by check and by
// build, at the colour's position, and nothing is written (WCAG 2.1, 1.4.3).
BOOST_AUTO_TEST_CASE(a_house_style_with_too_little_contrast_is_refused) {
  Scratch s;
  std::string style = s.dir.Read("templates/huisstijl/standaard.toml");
  std::size_t at = style.find("kleur = \"#1a1a1a\"");
  BOOST_REQUIRE(at != std::string::npos);
  style.replace(at, 17, "kleur = \"#999999\"");
  std::ofstream(s.dir.Path("templates/huisstijl/standaard.toml"), std::ios::binary) << style;
  const std::string expected =
      "templates/huisstijl/standaard.toml:21:9: error: tekst.kleur #999999 on the white page has "
      "a contrast ratio of 2.85:1, below the 4.5:1 text needs (WCAG 2.1, 1.4.3)\n";
  CommandResult check =
      testing::RunVoortgang("check --inputs in --templates templates", s.dir.path().string());
  BOOST_TEST(check.status == 1);
  BOOST_TEST(check.err.find(expected) != std::string::npos, check.err);
  CommandResult build = s.Build();
  BOOST_TEST(build.status == 1);
  BOOST_TEST(build.err.find(expected) != std::string::npos, build.err);
  BOOST_TEST(Written(build).empty());
  BOOST_TEST(!fs::exists(s.dir.path() / "out/2024-Q4/index.html"));
}

// The publication page links every document of the period relatively, each link reaches its
// file, and each unit's key figures and warnings stand on it.
BOOST_AUTO_TEST_CASE(publication_page_links_every_document) {
  Scratch s;
  BOOST_REQUIRE(s.Build().status == 0);
  fs::path period = s.dir.path() / "out/2024-Q4";
  std::string page = testing::ReadFile(period / "index.html");
  std::set<std::string> linked;
  for (std::size_t at = 0; (at = page.find("href=\"", at)) != std::string::npos;) {
    at += 6;
    std::string href = page.substr(at, page.find('"', at) - at);
    if (href[0] == '#') continue;
    BOOST_TEST(href.find("://") == std::string::npos, href);
    BOOST_TEST(href[0] != '/', href);
    BOOST_TEST(fs::is_regular_file(period / href), href);
    linked.insert(href);
  }
  std::set<std::string> documents;
  for (const auto& e : fs::recursive_directory_iterator(period)) {
    std::string ext = e.path().extension().string();
    if (e.path().filename() != "index.html" && (ext == ".pdf" || ext == ".html" || ext == ".xlsx"))
      documents.insert(fs::relative(e.path(), period).string());
  }
  BOOST_TEST(documents.size() == 10u);
  BOOST_TEST(linked == documents, boost::test_tools::per_element());
  // Key figures in Dutch money format, the run's warnings under their unit.
  BOOST_TEST(page.find("<dt>Saldo per Q4 2024</dt><dd>€\u00a01.173.343,25</dd>") !=
             std::string::npos);
  BOOST_TEST(page.find("zuid-kennemerland/boekingen.csv:16:17: warning: booking in 2025-Q1") !=
             std::string::npos);
  BOOST_TEST(page.find("<html lang=\"nl\">") != std::string::npos);
  BOOST_TEST(page.find("<script") == std::string::npos);
  // --only pdf leaves the HTML edition and the page alone.
  fs::remove(period / "index.html");
  BOOST_TEST(Written(s.Build("--force --only pdf")).size() == 4u);
  BOOST_TEST(!fs::exists(period / "index.html"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
