// Golden tests: the XML parts of the fixture tree's workbooks, compared with reviewed files under
// tests/xlsx/golden/ (one element per line, dates masked as libxlsxwriter's own tests do).
// VOORTGANG_UPDATE_GOLDEN=1 rewrites the golden files; review the diff before committing.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "renderers/xlsx/workbook.h"
#include "tests/support/test_support.h"
#include "tests/xlsx/fixture.h"
#include "tests/xlsx/xlsx_reader.h"

namespace voortgang::xlsx_test {
namespace {

namespace fs = std::filesystem;

/// A folder of this process's, removed when the tests end.
fs::path TempDir() {
  static testing::TempDir dir;
  return dir.path();
}

/// One element per line, so a golden diff points at the cell that changed.
std::string Normalize(const std::string& xml) {
  static const std::regex kDate(
      "(<dcterms:(created|modified) xsi:type=\"dcterms:W3CDTF\">)[^<]*(</dcterms:)");
  std::string out = std::regex_replace(xml, kDate, "$1MASKED$3");
  std::string lines;
  for (size_t i = 0; i < out.size(); ++i) {
    lines += out[i];
    if (out[i] == '>' && i + 1 < out.size() && out[i + 1] == '<') lines += '\n';
  }
  return lines + "\n";
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void CompareParts(const std::string& xlsx, const std::string& golden_name,
                  const std::vector<std::string>& parts) {
  fs::path golden_dir = fs::path(VOORTGANG_SOURCE_DIR) / "tests/xlsx/golden" / golden_name;
  bool update = std::getenv("VOORTGANG_UPDATE_GOLDEN") != nullptr;
  for (const std::string& part : parts) {
    BOOST_TEST_CONTEXT(golden_name << ": " << part) {
      std::string actual = Normalize(Unzip(xlsx, part));
      std::string file = part;
      for (char& c : file)
        if (c == '/') c = '_';
      fs::path golden = golden_dir / file;
      if (update) {
        fs::create_directories(golden_dir);
        std::ofstream(golden, std::ios::binary) << actual;
        continue;
      }
      BOOST_TEST_REQUIRE(fs::exists(golden), "missing golden file " << golden);
      std::string expected = ReadFile(golden);
      if (actual == expected) continue;
      // Report the first line that differs, not two walls of XML.
      std::istringstream a(actual), e(expected);
      std::string la, le;
      int line = 1;
      while (std::getline(a, la) && std::getline(e, le) && la == le) ++line;
      BOOST_ERROR(golden << ":" << line << ": expected\n  " << le << "\ngot\n  " << la);
    }
  }
}

Provenance Prov() { return FixtureProvenance(); }

}  // namespace

BOOST_AUTO_TEST_SUITE(xlsx_golden_test)

BOOST_AUTO_TEST_CASE(unit_workbook_parts) {
  Inputs in = FixtureInputs();
  Figures fig = FixtureFigures(in, kPeriod);
  std::string path = (TempDir() / "regio-noord.xlsx").string(), error;
  BOOST_TEST_REQUIRE(
      WriteUnitWorkbook(in, in.units[1], fig.units[1], kPeriod, Prov(), path, &error), error);
  CompareParts(path, "regio-noord",
               {"xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml",
                "xl/worksheets/sheet6.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                "xl/tables/table1.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml",
                "docProps/core.xml", "docProps/app.xml"});
  // The mask hides the date, so check it here: it is the provenance's build time.
  BOOST_TEST(Unzip(path, "docProps/core.xml").find(">2024-12-10T00:00:00Z<") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(national_workbook_parts) {
  Inputs in = FixtureInputs();
  Figures fig = FixtureFigures(in, kPeriod);
  std::string path = (TempDir() / "landelijk.xlsx").string(), error;
  BOOST_TEST_REQUIRE(
      WriteNationalWorkbook(in.programma, Summarize(in.units), fig, Prov(), path, &error), error);
  CompareParts(path, "landelijk",
               {"xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml",
                "xl/worksheets/sheet6.xml", "xl/sharedStrings.xml", "xl/charts/chart1.xml",
                "xl/charts/chart2.xml", "docProps/core.xml"});
}

BOOST_AUTO_TEST_CASE(identical_inputs_give_identical_bytes) {
  Inputs in = FixtureInputs();
  Figures fig = FixtureFigures(in, kPeriod);
  fs::path dir = TempDir();
  std::string error;
  for (const char* name : {"a.xlsx", "b.xlsx"}) {
    BOOST_TEST_REQUIRE(WriteUnitWorkbook(in, in.units[1], fig.units[1], kPeriod, Prov(),
                                         (dir / name).string(), &error),
                       error);
    BOOST_TEST_REQUIRE(WriteNationalWorkbook(in.programma, Summarize(in.units), fig, Prov(),
                                             (dir / ("n" + std::string(name))).string(), &error),
                       error);
  }
  BOOST_TEST((ReadFile(dir / "a.xlsx") == ReadFile(dir / "b.xlsx")));
  BOOST_TEST((ReadFile(dir / "na.xlsx") == ReadFile(dir / "nb.xlsx")));
}

BOOST_AUTO_TEST_CASE(unwritable_path_is_an_error) {
  Inputs in = FixtureInputs();
  Figures fig = FixtureFigures(in, kPeriod);
  std::string path = (TempDir() / "missing-dir" / "x.xlsx").string(), error;
  BOOST_TEST(!WriteUnitWorkbook(in, in.units[1], fig.units[1], kPeriod, Prov(), path, &error));
  BOOST_TEST(error == path + ": cannot write workbook: no such directory");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang::xlsx_test
