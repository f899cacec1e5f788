// The shipped zuid-kennemerland workbook reproduces seed 001 section 4 ("Indicatie inzet budget")
// exactly: themes x years, the column totals of 470.000, and 471.498 beschikbaar per year.
#include <boost/test/unit_test.hpp>
#include <map>

#include "tests/xlsx/libreoffice.h"
#include "tests/xlsx/shipped.h"
#include "tests/xlsx/xlsx_reader.h"

namespace voortgang::xlsx_test {

BOOST_AUTO_TEST_SUITE(xlsx_seed_test)

BOOST_AUTO_TEST_CASE(zuid_kennemerland_budget_table_is_seed_001) {
  TempDir tmp;
  Shipped shipped = WriteShippedWorkbooks(tmp.path());
  BOOST_TEST_REQUIRE(shipped.error.empty(), shipped.error);
  Book book = ReadBook((tmp.path() / "budget-zuid-kennemerland.xlsx").string());
  const Grid& g = book.Sheet("Begroting");
  int hdr = g.FindRow(0, "Thema");
  BOOST_TEST_REQUIRE(hdr >= 0);
  std::map<int, int> col;
  for (int year : {2018, 2019, 2020, 2021}) {
    col[year] = g.FindCol(hdr, std::to_string(year));
    BOOST_TEST_REQUIRE(col[year] >= 0, "no column " << year);
  }
  BOOST_TEST(g.Value(hdr, col[2021] + 1) == "Totaal begroot");

  // Seed 001, section 4, in its order: theme -> 2019, 2020, 2021 (the 2018 column is empty).
  // The seed's row labels ("Onderwijs - Jeugdhulp") are short forms of the plan's theme names,
  // which the workbook shows; the themes are matched by id.
  const std::vector<std::pair<std::string, std::vector<std::string>>> seed = {
      {"samen-tijdig", {"110000", "110000", "110000"}},
      {"onderwijs-jeugdhulp", {"120000", "90000", "90000"}},
      {"thuis-opgroeien", {"180000", "190000", "190000"}},
      {"crisissituaties", {"40000", "20000", "20000"}},
      {"samen-leren", {"20000", "60000", "60000"}},
  };
  const Unit* zk = nullptr;
  for (const Unit& u : shipped.inputs.units)
    if (u.id == "zuid-kennemerland") zk = &u;
  BOOST_TEST_REQUIRE(zk != nullptr);
  BOOST_TEST_REQUIRE(zk->themas.size() == seed.size());
  for (size_t i = 0; i < seed.size(); ++i) {
    int row = hdr + 1 + static_cast<int>(i);
    BOOST_TEST_CONTEXT(seed[i].first) {
      BOOST_TEST(zk->themas[i].id == seed[i].first);
      BOOST_TEST(g.Value(row, 0) == zk->themas[i].naam);
      BOOST_TEST(g.Value(row, col[2018]) == "");
      BOOST_TEST(g.Value(row, col[2019]) == seed[i].second[0]);
      BOOST_TEST(g.Value(row, col[2020]) == seed[i].second[1]);
      BOOST_TEST(g.Value(row, col[2021]) == seed[i].second[2]);
    }
  }
  int totaal = g.FindRow(0, "Totaal");
  BOOST_TEST(totaal == hdr + 6);
  for (int year : {2019, 2020, 2021}) {
    BOOST_TEST(g.At(totaal, col[year])->formula.rfind("SUM(", 0) == 0);
    BOOST_TEST(g.Value(totaal, col[year]) == "470000");
  }
  BOOST_TEST(g.Value(totaal, col[2018]) == "0");
  BOOST_TEST(g.Value(totaal, col[2021] + 1) == "1410000");
  int beschikbaar = g.FindRow(0, "Beschikbaar (middelen)");
  BOOST_TEST(beschikbaar == totaal + 1);
  for (int year : {2018, 2019, 2020}) BOOST_TEST(g.Value(beschikbaar, col[year]) == "471498");
  BOOST_TEST(g.Value(beschikbaar, col[2021]) == "");
  BOOST_TEST(g.Value(beschikbaar, col[2021] + 1) == "1414494");
  // Cumulatively never overprogrammed; 4.494 stays unprogrammed.
  int nog = g.FindRow(0, "Nog te programmeren (cumulatief)");
  BOOST_TEST(g.Value(nog, col[2018]) == "471498");
  BOOST_TEST(g.Value(nog, col[2019]) == "472996");
  BOOST_TEST(g.Value(nog, col[2020]) == "474494");
  BOOST_TEST(g.Value(nog, col[2021]) == "4494");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang::xlsx_test
