// Acceptance: LibreOffice, forced to recalculate on load, computes every formula of the
// workbooks to the value cached in it, to the cent. A probe workbook with one deliberately wrong
// cached value proves that the recalculation really happened.
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "renderers/xlsx/workbook.h"
#include "tests/xlsx/fixture.h"
#include "tests/xlsx/libreoffice.h"
#include "tests/xlsx/shipped.h"
#include "tests/xlsx/xlsx_reader.h"

namespace voortgang::xlsx_test {
namespace {

namespace fs = std::filesystem;

struct Mismatch {
  std::string sheet;
  int row, col;
  std::string cached, recalculated;
};

/// Compares every formula cell's cached value with LibreOffice's; returns the cells compared
/// (and, with `per_sheet`, how many of them on each sheet).
int CompareWithRecalculation(const std::string& xlsx, const fs::path& csv_dir,
                             std::vector<Mismatch>* mismatches,
                             std::map<std::string, int>* per_sheet = nullptr) {
  Book book = ReadBook(xlsx);
  std::string stem = fs::path(xlsx).stem().string();
  int compared = 0;
  for (const Grid& g : book.sheets) {
    fs::path csv = csv_dir / (stem + "-" + g.name + ".csv");
    BOOST_TEST_REQUIRE(fs::exists(csv), "LibreOffice wrote no " << csv);
    auto rows = ReadCsv(csv);
    for (const auto& [pos, cell] : g.cells) {
      if (cell.formula.empty()) continue;
      auto [row, col] = pos;
      std::string recalculated;
      if (row < static_cast<int>(rows.size()) && col < static_cast<int>(rows[row].size()))
        recalculated = rows[row][col];
      long long cached_cents = 0, recalc_cents = 0;
      bool same = false;
      if (ToCents(cell.value, &cached_cents)) {
        if (ToCents(recalculated, &recalc_cents))
          same = cached_cents == recalc_cents;
        else if (long long serial = DateSerial(recalculated); serial >= 0)
          same = cached_cents == serial * 100;
      }
      ++compared;
      if (per_sheet) ++(*per_sheet)[g.name];
      if (!same) mismatches->push_back({g.name, row, col, cell.value, recalculated});
    }
  }
  return compared;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xlsx_libreoffice_test)

BOOST_AUTO_TEST_CASE(recalculated_totals_equal_the_cached_ones) {
  BOOST_TEST_REQUIRE(HaveLibreOffice(), "soffice not found: run scripts/setup.sh");
  TempDir tmp;
  BOOST_TEST_REQUIRE(!tmp.path().empty());
  Inputs in = FixtureInputs();
  Figures fig = FixtureFigures(in, kPeriod);
  std::vector<std::string> files;
  std::string error;
  for (size_t i = 0; i < in.units.size(); ++i) {
    files.push_back((tmp.path() / (in.units[i].id + ".xlsx")).string());
    BOOST_TEST_REQUIRE(WriteUnitWorkbook(in, in.units[i], fig.units[i], kPeriod,
                                         FixtureProvenance(), files.back(), &error),
                       error);
  }
  files.push_back((tmp.path() / "landelijk.xlsx").string());
  BOOST_TEST_REQUIRE(WriteNationalWorkbook(in.programma, Summarize(in.units), fig,
                                           FixtureProvenance(), files.back(), &error),
                     error);
  // Edge cases: a unit with middelen only, and one with a budget but nothing booked.
  Inputs bare = in;
  bare.units[0].budget->boekingen.clear();
  bare.units[1].themas.clear();
  bare.units[1].budget->begroot.clear();
  bare.units[1].budget->boekingen.clear();
  Figures bare_fig = FixtureFigures(bare, kPeriod);
  for (size_t i = 0; i < bare.units.size(); ++i) {
    files.push_back((tmp.path() / ("bare-" + bare.units[i].id + ".xlsx")).string());
    BOOST_TEST_REQUIRE(WriteUnitWorkbook(bare, bare.units[i], bare_fig.units[i], kPeriod,
                                         FixtureProvenance(), files.back(), &error),
                       error);
  }
  // Reported over 2030-Q4, the bookings from 2019-Q3 on span more than 40 quarters: the
  // Per kwartaal sheets get their "eerder" column.
  const Period late{2030, 4};
  Figures late_fig = FixtureFigures(in, late);
  BOOST_TEST_REQUIRE(late_fig.units[1].eerder.has_value());
  std::vector<std::string> quarterly = {files[0], files[1], files[2]};
  files.push_back((tmp.path() / "late-regio.xlsx").string());
  quarterly.push_back(files.back());
  BOOST_TEST_REQUIRE(WriteUnitWorkbook(in, in.units[1], late_fig.units[1], late,
                                       FixtureProvenance(), files.back(), &error),
                     error);
  files.push_back((tmp.path() / "late-landelijk.xlsx").string());
  quarterly.push_back(files.back());
  BOOST_TEST_REQUIRE(WriteNationalWorkbook(in.programma, Summarize(in.units), late_fig,
                                           FixtureProvenance(), files.back(), &error),
                     error);
  // The probe: one theme's uitgaven a cent off, so one cached value is wrong.
  Figures wrong = fig;
  (void)wrong.units[1].themas[0].uitgaven.TryAdd(Money{1});
  std::string probe = (tmp.path() / "probe.xlsx").string();
  BOOST_TEST_REQUIRE(WriteUnitWorkbook(in, in.units[1], wrong.units[1], kPeriod,
                                       FixtureProvenance(), probe, &error),
                     error);

  std::string log;
  std::vector<std::string> all = files;
  all.push_back(probe);
  BOOST_TEST_REQUIRE(RunLibreOffice(tmp.path(), all, kCsvFilter, tmp.path() / "csv", &log), log);

  for (const std::string& f : files) {
    BOOST_TEST_CONTEXT(f) {
      std::vector<Mismatch> mismatches;
      std::map<std::string, int> per_sheet;
      int compared = CompareWithRecalculation(f, tmp.path() / "csv", &mismatches, &per_sheet);
      BOOST_TEST(compared > 5);
      // Every workbook with bookings has its Per kwartaal sheet recalculated too.
      if (std::find(quarterly.begin(), quarterly.end(), f) != quarterly.end())
        BOOST_TEST(per_sheet["Per kwartaal"] > 20);
      for (const Mismatch& m : mismatches)
        BOOST_ERROR(m.sheet << " row " << m.row << " col " << m.col << ": cached " << m.cached
                            << ", recalculated " << m.recalculated);
      BOOST_TEST_MESSAGE(f << ": " << compared << " formulas recalculated to their cached value");
    }
  }
  std::vector<Mismatch> probe_mismatches;
  CompareWithRecalculation(probe, tmp.path() / "csv", &probe_mismatches);
  // The theme's uitgaven appear twice: on Begroting and in Actielijnen's "Totaal per thema".
  BOOST_TEST_REQUIRE(probe_mismatches.size() == 2u);
  BOOST_TEST(probe_mismatches[0].sheet == "Begroting");
  BOOST_TEST(probe_mismatches[1].sheet == "Actielijnen");
  for (const Mismatch& m : probe_mismatches) {
    BOOST_TEST(m.cached == "38500.51");
    BOOST_TEST(m.recalculated == "38500.5");
  }
}

// A controller types another quarter into Overzicht!B2: every booking total follows it.
BOOST_AUTO_TEST_CASE(changing_the_period_moves_the_totals) {
  BOOST_TEST_REQUIRE(HaveLibreOffice(), "soffice not found: run scripts/setup.sh");
  BOOST_TEST_REQUIRE(std::system("command -v zip >/dev/null 2>&1") == 0, "zip not found");
  TempDir tmp;
  Inputs in = FixtureInputs();
  Figures fig = FixtureFigures(in, kPeriod);
  std::string path = (tmp.path() / "period.xlsx").string(), error;
  BOOST_TEST_REQUIRE(
      WriteUnitWorkbook(in, in.units[1], fig.units[1], kPeriod, FixtureProvenance(), path, &error),
      error);
  // "2024-Q4" is only the period cell's (and Verantwoording's) text in this workbook.
  std::string sst = Unzip(path, "xl/sharedStrings.xml");
  size_t at = sst.find(">2024-Q4<");
  BOOST_TEST_REQUIRE(at != std::string::npos);
  sst.replace(at, 9, ">2020-Q4<");
  fs::create_directories(tmp.path() / "edit" / "xl");
  std::ofstream(tmp.path() / "edit" / "xl" / "sharedStrings.xml", std::ios::binary) << sst;
  std::string cmd = "cd " + ShellQuote((tmp.path() / "edit").string()) + " && zip -q " +
                    ShellQuote(path) + " xl/sharedStrings.xml";
  BOOST_TEST_REQUIRE(std::system(cmd.c_str()) == 0);

  std::string log;
  BOOST_TEST_REQUIRE(RunLibreOffice(tmp.path(), {path}, kCsvFilter, tmp.path() / "csv", &log), log);
  auto overzicht = ReadCsv(tmp.path() / "csv" / "period-Overzicht.csv");
  auto value = [&](const std::string& label) {
    for (const auto& row : overzicht)
      if (row.size() > 1 && row[0] == label) return row[1];
    return std::string("(no row " + label + ")");
  };
  BOOST_TEST(value("Rapportageperiode") == "2020-Q4");
  BOOST_TEST(value("Periodesleutel") == "20204");
  BOOST_TEST(DateSerial(value("Peildatum")) == DateSerial("31-12-2020"));
  // regio-noord up to 2020-Q4: 23.500,50 + 15.000 spent; 40.000 - 15.000 committed.
  BOOST_TEST(value("Uitgaven t/m periode") == "38500.5");
  BOOST_TEST(value("Verplichtingen t/m periode") == "25000");
  BOOST_TEST(value("Saldo (middelen min uitgaven en verplichtingen)") == "879495.5");
  // Per kwartaal follows the period cell: the uitgaven block's running total stops at
  // 38.500,50 and the quarters after 2020-Q4 count as nothing.
  auto kwartaal = ReadCsv(tmp.path() / "csv" / "period-Per kwartaal.csv");
  int block = -1, cumulative = -1;
  for (size_t r = 0; r < kwartaal.size(); ++r) {
    if (!kwartaal[r].empty() && kwartaal[r][0] == "Uitgaven per thema") block = static_cast<int>(r);
    if (block >= 0 && cumulative < 0 && !kwartaal[r].empty() && kwartaal[r][0] == "Cumulatief")
      cumulative = static_cast<int>(r);
  }
  BOOST_TEST_REQUIRE(cumulative > block);
  const auto& header = kwartaal[block];
  auto column = [&](const std::string& label) {
    for (size_t c = 0; c < header.size(); ++c)
      if (header[c] == label) return c;
    return header.size();
  };
  BOOST_TEST_REQUIRE(column("Q4 2024") < header.size());
  BOOST_TEST(kwartaal[cumulative].at(column("Q4 2020")) == "38500.5");
  BOOST_TEST(kwartaal[cumulative].at(column("Q4 2024")) == "38500.5");
  BOOST_TEST(kwartaal[cumulative - 1].at(column("Q2 2024")) == "0");   // 2024-Q2 booked, not counted
  BOOST_TEST(kwartaal[cumulative - 1].at(column("t/m periode")) == "38500.5");
  auto begroting = ReadCsv(tmp.path() / "csv" / "period-Begroting.csv");
  for (const auto& row : begroting)
    if (!row.empty() && row[0] == "Meer kinderen zo thuis mogelijk op laten groeien")
      BOOST_TEST(row.at(6) == "0");  // its only booking up to 2024-Q4 was in 2024-Q2
}

BOOST_AUTO_TEST_CASE(shipped_workbooks_recalculate_to_their_cached_values) {
  BOOST_TEST_REQUIRE(HaveLibreOffice(), "soffice not found: run scripts/setup.sh");
  TempDir tmp;
  Shipped shipped = WriteShippedWorkbooks(tmp.path());
  BOOST_TEST_REQUIRE(shipped.error.empty(), shipped.error);
  BOOST_TEST_REQUIRE(shipped.files.size() >= 2u);
  std::string log;
  BOOST_TEST_REQUIRE(
      RunLibreOffice(tmp.path(), shipped.files, kCsvFilter, tmp.path() / "csv", &log), log);
  for (const std::string& f : shipped.files) {
    BOOST_TEST_CONTEXT(f) {
      std::vector<Mismatch> mismatches;
      int compared = CompareWithRecalculation(f, tmp.path() / "csv", &mismatches);
      BOOST_TEST(compared > 10);
      for (const Mismatch& m : mismatches)
        BOOST_ERROR(m.sheet << " row " << m.row << " col " << m.col << ": cached " << m.cached
                            << ", recalculated " << m.recalculated);
      BOOST_TEST_MESSAGE(f << ": " << compared << " formulas recalculated to their cached value");
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang::xlsx_test
