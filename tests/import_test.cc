// The shipped unit whose bookings come from a Windows ledger export (import.md): the same
// figures as the same bookings written in TOML, and the CSV an input of the incremental build
// and the unit cache like budget.toml.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;
using testing::CommandResult;

const char* kCsv = "in/zuid-kennemerland/boekingen.csv";

std::vector<std::string> Written(const CommandResult& r) {
  std::vector<std::string> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("wrote ", 0) == 0) out.push_back(line.substr(6));
  }
  return out;
}

BOOST_AUTO_TEST_SUITE(import_test)

BOOST_AUTO_TEST_CASE(bookings_moved_from_toml_to_a_windows_csv_give_identical_figures) {
  testing::ShippedCopy dir;
  std::string csv = dir.Read(kCsv);
  // As a Dutch Windows ledger exports: semicolons, decimal commas, CRLF, Windows-1252 (the ï of
  // "casuïstiek" is the single byte 0xEF), dates as 31-12-2024.
  BOOST_TEST(csv.find("Boekdatum;Grootboek;Kostenplaats;Omschrijving;Soort;Bedrag\r\n") == 0u);
  BOOST_TEST(csv.find("casu\xEFstiek") != std::string::npos);
  BOOST_TEST(csv.find(";-40.000,00\r\n") != std::string::npos);
  BOOST_TEST(csv.find("31-03-2025;") != std::string::npos);
  CommandResult from_csv = testing::RunVoortgang("summary --json --inputs in", dir.path().string());
  BOOST_REQUIRE(from_csv.status == 0);

  // The same unit with its bookings as [[boeking]] tables, as budget.toml had them before.
  fs::copy_file(fs::path(VOORTGANG_SOURCE_DIR) / "tests/import/zuid-kennemerland-budget.toml",
                dir.Path("in/zuid-kennemerland/budget.toml"), fs::copy_options::overwrite_existing);
  fs::remove(dir.Path(kCsv));
  CommandResult from_toml = testing::RunVoortgang("summary --json --inputs in", dir.path().string());
  BOOST_REQUIRE(from_toml.status == 0);
  BOOST_TEST(from_csv.out == from_toml.out);
  // Not a vacuous equality: the bookings are there, spent and committed.
  nlohmann::json summary = nlohmann::json::parse(from_csv.out);
  for (const auto& u : summary["units"]) {
    if (u["id"] != "zuid-kennemerland") continue;
    BOOST_TEST(u["uitgaven"].get<int64_t>() == 23515075);  // 12.750 + 23.500,50 + ... (not 2025)
    BOOST_TEST(u["verplichtingen"].get<int64_t>() == 600000);
  }
}

BOOST_AUTO_TEST_CASE(editing_the_csv_rebuilds_the_units_outputs_and_nothing_else) {
  testing::ShippedCopy dir;
  auto build = [&] { return testing::RunVoortgang("build --inputs in --out out", dir.path().string()); };
  BOOST_REQUIRE(build().status == 0);
  CommandResult again = build();
  BOOST_REQUIRE(again.status == 0);
  BOOST_TEST(Written(again).empty());
  // The manifest names the CSV file among the inputs of the unit's outputs.
  std::string manifest = testing::ReadFile(dir.Path("out/2024-Q4/manifest.json"));
  BOOST_TEST(manifest.find("zuid-kennemerland/boekingen.csv") != std::string::npos);

  dir.Append(kCsv, "15-11-2024;4300;6104;Extra inzet crisisdienst (illustratief);U;1.000,00\r\n");
  CommandResult edited = build();
  BOOST_REQUIRE(edited.status == 0);
  BOOST_TEST(Written(edited) ==
                 (std::vector<std::string>{
                     "out/2024-Q4/zuid-kennemerland/voortgangsnotitie-zuid-kennemerland-2024-Q4.pdf",
                     "out/2024-Q4/zuid-kennemerland/voortgangsnotitie-zuid-kennemerland-2024-Q4.html",
                     "out/2024-Q4/zuid-kennemerland/budget-zuid-kennemerland-2024-Q4.xlsx",
                     "out/2024-Q4/landelijk/overzicht-2024-Q4.pdf",
                     "out/2024-Q4/landelijk/overzicht-2024-Q4.html",
                     "out/2024-Q4/landelijk/budget-landelijk-2024-Q4.xlsx",
                     "out/2024-Q4/index.html"}),
             boost::test_tools::per_element());
  // The unit cache saw the change too: the workbooks are those of a build from nothing.
  CommandResult reference = testing::RunVoortgang("build --inputs in --out reference", dir.path().string());
  BOOST_REQUIRE(reference.status == 0);
  for (const char* name : {"zuid-kennemerland/budget-zuid-kennemerland-2024-Q4.xlsx",
                           "landelijk/budget-landelijk-2024-Q4.xlsx"}) {
    BOOST_TEST(testing::ReadFile(dir.Path(std::string("out/2024-Q4/") + name)) ==
                   testing::ReadFile(dir.Path(std::string("reference/2024-Q4/") + name)),
               name);
  }
  BOOST_TEST(Written(build()).empty());
}

BOOST_AUTO_TEST_CASE(a_file_no_budget_names_is_still_refused) {
  testing::ShippedCopy dir;
  dir.Append("in/regio-groningen/export.csv", "a;b\r\n");
  CommandResult r = testing::RunVoortgang("check --inputs in", dir.path().string());
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.err.find("in/regio-groningen/export.csv:0:0: error: unexpected file in a unit "
                        "folder: only plan.toml, budget.toml and the CSV file its "
                        "[import.boekingen] names belong here\n") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
