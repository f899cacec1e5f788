// The unit cache (pipeline/build/unit_cache.h): a rebuild parses only the units whose files
// changed, yet prints the same diagnostics and writes the same bytes as a build without it;
// a damaged or foreign entry, a programma.toml change and another period all mean parsing.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <optional>
#include <sstream>

#include "pipeline/build/build.h"
#include "pipeline/build/hashing.h"
#include "pipeline/cli/renderers.h"
#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;

const char* kCache = "out/.voortgang-cache";

/// What one run of the build showed and counted.
struct Run {
  int status = -1;
  BuildSummary summary;
  std::vector<std::string> diagnostics;  ///< GNU lines, in the order they were reported
  std::string log;
};

/// A scratch copy of inputs/ and templates/, built in-process so the counters can be read.
struct Scratch {
  testing::ShippedCopy dir;
  Run Build(const std::string& out = "out", bool keep_going = false,
            std::optional<Period> period = std::nullopt) {
    BuildOptions options;
    options.stage.period = period;
    options.stage.inputs_dir = (dir.path() / "in").string();
    options.out_dir = (dir.path() / out).string();
    options.templates_dir = (dir.path() / "templates").string();
    options.keep_going = keep_going;
    Run run;
    std::ostringstream log;
    auto collect = [&](const Diagnostics& diags) {
      for (const Diagnostic& d : diags.items) run.diagnostics.push_back(FormatGnu(d));
    };
    run.status = RunBuild(options, MakeRenderers(), collect, log, &run.summary);
    run.log = log.str();
    return run;
  }
  void Append(const std::string& relative, const std::string& text) { dir.Append(relative, text); }
  /// Every output under `out` by relative path with its hash; manifest, lock and cache aside.
  std::map<std::string, std::string> Outputs(const std::string& out) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(dir.path() / out)) {
      std::string name = e.path().filename().string();
      std::string relative = fs::relative(e.path(), dir.path() / out).string();
      if (!e.is_regular_file() || name == "manifest.json" || name == ".voortgang.lock" ||
          relative.rfind(".voortgang-cache/", 0) == 0) {
        continue;
      }
      files[relative] = Sha256File(e.path().string()).value_or("");
    }
    return files;
  }
};

/// A successful run that parsed `parsed` units and took `cached` from the cache.
void ExpectCounts(const Run& run, int parsed, int cached) {
  BOOST_TEST(run.status == 0);
  BOOST_TEST(run.summary.units_parsed == parsed);
  BOOST_TEST(run.summary.units_cached == cached);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(unit_cache_test)

BOOST_AUTO_TEST_CASE(after_editing_one_unit_only_that_unit_is_parsed) {
  Scratch s;
  Run cold = s.Build();
  ExpectCounts(cold, 3, 0);
  BOOST_TEST(fs::exists(s.dir.path() / kCache / "gemeente-groningen.json"));

  Run again = s.Build();
  ExpectCounts(again, 0, 3);
  BOOST_TEST(again.summary.skipped == 11);  // PDFs, HTML editions, workbooks, index.html
  BOOST_TEST(again.diagnostics == cold.diagnostics, boost::test_tools::per_element());
  BOOST_TEST(cold.diagnostics.size() == 2u);  // the shipped inputs' two warnings

  s.Append("in/gemeente-groningen/plan.toml", "\n# een opmerking\n");
  Run edited = s.Build();
  ExpectCounts(edited, 1, 2);
  BOOST_TEST(edited.summary.built == 4);  // its note and the national overview, PDF and HTML

  // The same inputs built from nothing: the same diagnostics and the same bytes.
  Run reference = s.Build("reference");
  BOOST_REQUIRE(reference.status == 0);
  BOOST_TEST(edited.diagnostics == reference.diagnostics, boost::test_tools::per_element());
  BOOST_TEST(s.Outputs("out") == s.Outputs("reference"));
}

BOOST_AUTO_TEST_CASE(a_budget_change_updates_the_national_figures_from_cached_units) {
  Scratch s;
  BOOST_REQUIRE(s.Build().status == 0);
  s.Append("in/zuid-kennemerland/budget.toml",
           "\n[[boeking]]\nthema = \"samen-tijdig\"\nperiode = \"2024-Q3\"\nbedrag = 1234.56\nsoort = \"uitgave\"\n"
           "omschrijving = \"controle\"\n");
  Run edited = s.Build();
  ExpectCounts(edited, 1, 2);
  Run reference = s.Build("reference");
  BOOST_TEST(edited.diagnostics == reference.diagnostics, boost::test_tools::per_element());
  BOOST_TEST(s.Outputs("out") == s.Outputs("reference"));
}

BOOST_AUTO_TEST_CASE(damaged_or_foreign_entries_are_ignored) {
  Scratch s;
  BOOST_REQUIRE(s.Build().status == 0);
  fs::path cache = s.dir.path() / kCache;
  // Another unit's entry under this name, a figure changed in valid JSON, a cut-off file.
  fs::copy_file(cache / "zuid-kennemerland.json", cache / "gemeente-groningen.json",
                fs::copy_options::overwrite_existing);
  std::string zk = testing::ReadFile(cache / "zuid-kennemerland.json");
  std::size_t at = zk.find("\"money\":[");
  BOOST_REQUIRE(at != std::string::npos);
  zk.insert(at + 9, "1");
  s.dir.Write("out/.voortgang-cache/zuid-kennemerland.json", zk);
  std::string rg = testing::ReadFile(cache / "regio-groningen.json");
  s.dir.Write("out/.voortgang-cache/regio-groningen.json", rg.substr(0, rg.size() / 2));
  s.Append("in/regio-groningen/plan.toml", "\n# een opmerking\n");

  Run run = s.Build();
  ExpectCounts(run, 3, 0);
  Run reference = s.Build("reference");
  BOOST_TEST(run.diagnostics == reference.diagnostics, boost::test_tools::per_element());
  BOOST_TEST(s.Outputs("out") == s.Outputs("reference"));
  // The entries were written again and serve the next run.
  BOOST_TEST(s.Build().summary.units_cached == 3);
}

BOOST_AUTO_TEST_CASE(a_programma_change_invalidates_every_unit) {
  Scratch s;
  BOOST_REQUIRE(s.Build().status == 0);
  s.Append("in/programma.toml", "\n# een opmerking\n");
  ExpectCounts(s.Build(), 3, 0);
}

BOOST_AUTO_TEST_CASE(files_with_new_times_but_the_same_content_are_not_parsed) {
  // As after a fresh checkout in CI with the output folder restored from a cache.
  Scratch s;
  BOOST_REQUIRE(s.Build().status == 0);
  auto later = fs::file_time_type::clock::now() + std::chrono::hours(1);
  for (const auto& e : fs::recursive_directory_iterator(s.dir.path() / "in")) {
    if (e.is_regular_file()) fs::last_write_time(e.path(), later);
  }
  fs::path entry = s.dir.path() / kCache / "zuid-kennemerland.json";
  std::string stamped = testing::ReadFile(entry);
  Run touched = s.Build();
  ExpectCounts(touched, 0, 3);
  BOOST_TEST(touched.summary.built == 0);
  // The entries now hold the new times, so the next run compares times and hashes nothing.
  BOOST_TEST(testing::ReadFile(entry) != stamped);
  BOOST_TEST(testing::ReadFile(entry).find(std::to_string(
                 StatOf((s.dir.path() / "in/zuid-kennemerland/plan.toml").string())->mtime_ns)) !=
             std::string::npos);
  ExpectCounts(s.Build(), 0, 3);

  // The same size and a new time, but other content: parsed, and the note rebuilt.
  std::string plan = s.dir.Read("in/zuid-kennemerland/plan.toml");
  std::size_t at = plan.find("Zuid-Kennemerland");
  BOOST_REQUIRE(at != std::string::npos);
  plan[at] = 'z';
  s.dir.Write("in/zuid-kennemerland/plan.toml", plan);
  fs::last_write_time(s.dir.path() / "in/zuid-kennemerland/plan.toml",
                      later + std::chrono::hours(1));
  Run edited = s.Build();
  ExpectCounts(edited, 1, 2);
  BOOST_TEST(edited.summary.built == 4);  // its note and the national overview, PDF and HTML
}

BOOST_AUTO_TEST_CASE(entries_hold_for_one_period) {
  Scratch s;
  Run q4 = s.Build();
  ExpectCounts(q4, 3, 0);
  // Warnings and figures depend on the period, so another one parses every unit ...
  Run q3 = s.Build("out", false, Period{2024, 3});
  ExpectCounts(q3, 3, 0);
  BOOST_TEST(q3.diagnostics != q4.diagnostics);
  // ... and so does going back, with the warnings of that period again.
  Run back = s.Build();
  ExpectCounts(back, 3, 0);
  BOOST_TEST(back.summary.skipped == 11);
  BOOST_TEST(back.diagnostics == q4.diagnostics, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(units_whose_outputs_are_rebuilt_are_parsed) {
  Scratch s;
  BOOST_REQUIRE(s.Build().status == 0);
  // The note template: every note is rendered again, so every unit is parsed.
  s.Append("templates/voortgangsnotitie.mustache", "\n");
  Run run = s.Build();
  ExpectCounts(run, 3, 0);
  BOOST_TEST(run.summary.built == 6);  // PDF and HTML of each
  // An output removed by hand: only its unit.
  fs::remove(s.dir.path() / "out/2024-Q4/zuid-kennemerland/budget-zuid-kennemerland-2024-Q4.xlsx");
  run = s.Build();
  ExpectCounts(run, 1, 2);
  BOOST_TEST(run.summary.built == 1);
}

BOOST_AUTO_TEST_CASE(keep_going_reports_the_same_with_cached_units) {
  Scratch s;
  BOOST_REQUIRE(s.Build().status == 0);
  s.Append("in/zuid-kennemerland/plan.toml", "\n[[besluit]]\nonderwerp = \"x\"\nperiode = \"2025-Q7\"\n");
  Run run = s.Build("out", /*keep_going=*/true);
  BOOST_TEST(run.status == 1);
  BOOST_TEST(run.summary.units_parsed == 1);
  BOOST_TEST(run.summary.units_cached == 2);
  Run reference = s.Build("reference", /*keep_going=*/true);
  BOOST_TEST(reference.status == 1);
  BOOST_TEST(run.diagnostics == reference.diagnostics, boost::test_tools::per_element());
  BOOST_TEST(run.summary.failed == reference.summary.failed);
  BOOST_TEST(run.summary.warnings == reference.summary.warnings);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
