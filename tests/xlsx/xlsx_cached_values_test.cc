// Every formula cell of the workbooks of the fixture tree carries, as its cached value, the exact
// figure the pipeline computed: the cells are found by their labels and checked one by one, and
// no formula cell may be left unchecked.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <set>

#include "renderers/xlsx/workbook.h"
#include "tests/support/test_support.h"
#include "tests/xlsx/fixture.h"
#include "tests/xlsx/xlsx_reader.h"

namespace voortgang::xlsx_test {
namespace {

/// Checks formula cells against expected values and remembers which were checked.
class Checker {
 public:
  explicit Checker(const Book& book) : book_(book) {
    for (const Grid& g : book.sheets)
      for (const auto& [pos, cell] : g.cells)
        if (!cell.formula.empty()) unchecked_.insert({g.name, pos.first, pos.second});
  }
  void Money(const Grid& g, int row, int col, voortgang::Money expected) {
    Number(g, row, col, static_cast<long long>(expected.cents), 100.0);
  }
  /// `scale` 100 compares cents; 1 compares whole numbers (keys, serial dates).
  void Number(const Grid& g, int row, int col, long long expected, double scale = 1.0) {
    std::string where = g.name + "!" + std::to_string(row) + ":" + std::to_string(col);
    BOOST_TEST_CONTEXT(where) {
      BOOST_TEST_REQUIRE(row >= 0);
      BOOST_TEST_REQUIRE(col >= 0);
      const Cell* c = g.At(row, col);
      BOOST_TEST_REQUIRE(c != nullptr);
      BOOST_TEST(!c->formula.empty());
      double v = std::strtod(c->value.c_str(), nullptr);
      BOOST_TEST(std::llround(v * scale) == expected);
      unchecked_.erase({g.name, row, col});
    }
  }
  void ExpectAllChecked() {
    for (const auto& [sheet, row, col] : unchecked_)
      BOOST_ERROR("formula cell not checked: " << sheet << " row " << row << " col " << col << ": "
                                               << book_.Sheet(sheet).At(row, col)->formula);
  }

 private:
  const Book& book_;
  std::set<std::tuple<std::string, int, int>> unchecked_;
};

voortgang::Money At(const YearAmounts& a, int year) {
  auto it = a.find(year);
  return it == a.end() ? voortgang::Money{} : it->second;
}

voortgang::Money Minus(voortgang::Money a, voortgang::Money b) {
  (void)a.TrySub(b);
  return a;
}

/// A path in a folder of this process's, removed when the tests end.
std::string TempPath(const std::string& name) {
  static voortgang::testing::TempDir dir;
  return (dir.path() / name).string();
}

void CheckBegroting(Checker& ck, const Grid& g, const Unit& unit, const UnitFigures& u) {
  int hdr = g.FindRow(0, "Thema");
  int total = g.FindCol(hdr, "Totaal begroot"), uit = g.FindCol(hdr, "Uitgaven"),
      verpl = g.FindCol(hdr, "Verplichtingen"), saldo = g.FindCol(hdr, "Saldo");
  for (size_t i = 0; i < u.themas.size(); ++i) {
    const ThemeFigures& t = u.themas[i];
    int row = g.FindRow(0, unit.themas[i].naam);
    ck.Money(g, row, total, t.begroot_total);
    ck.Money(g, row, uit, t.uitgaven);
    ck.Money(g, row, verpl, t.verplichtingen);
    ck.Money(g, row, saldo, t.saldo);
  }
  int tot = g.FindRow(0, "Totaal"), besch = g.FindRow(0, "Beschikbaar (middelen)"),
      versch = g.FindRow(0, "Beschikbaar min begroot"),
      nog = g.FindRow(0, "Nog te programmeren (cumulatief)");
  for (const YearFigures& y : u.years) {
    int col = g.FindCol(hdr, std::to_string(y.year));
    ck.Money(g, tot, col, y.begroot);
    ck.Money(g, versch, col, Minus(y.middelen, y.begroot));
    ck.Money(g, nog, col, y.nog_te_programmeren);
  }
  ck.Money(g, tot, total, u.begroot_total);
  ck.Money(g, tot, uit, u.uitgaven);
  ck.Money(g, tot, verpl, u.verplichtingen);
  ck.Money(g, tot, saldo, Minus(Minus(u.begroot_total, u.uitgaven), u.verplichtingen));
  ck.Money(g, besch, total, u.middelen);
  ck.Money(g, versch, total, Minus(u.middelen, u.begroot_total));
}

void CheckOverzicht(Checker& ck, const Grid& g, const UnitFigures& u) {
  ck.Number(g, g.FindRow(0, "Peildatum"), 1, 45657);  // 31 December 2024
  ck.Number(g, g.FindRow(0, "Periodesleutel"), 1, 20244);
  ck.Money(g, g.FindRow(0, "Middelen"), 1, u.middelen);
  ck.Money(g, g.FindRow(0, "Begroot"), 1, u.begroot_total);
  ck.Money(g, g.FindRow(0, "Uitgaven t/m periode"), 1, u.uitgaven);
  ck.Money(g, g.FindRow(0, "Verplichtingen t/m periode"), 1, u.verplichtingen);
  ck.Money(g, g.FindRow(0, "Saldo (middelen min uitgaven en verplichtingen)"), 1, u.saldo);
  for (const YearFigures& y : u.years) {
    int row = g.FindRow(0, std::to_string(y.year));
    ck.Money(g, row, 1, y.middelen);
    ck.Money(g, row, 2, y.begroot);
    ck.Money(g, row, 3, y.middelen_cumulative);
    ck.Money(g, row, 4, y.begroot_cumulative);
    ck.Money(g, row, 5, y.nog_te_programmeren);
  }
}

void CheckBoekingen(Checker& ck, const Grid& g, const Unit& unit) {
  voortgang::Money all;  // the table's total is of every booking, also those after the period
  for (const Boeking& b : unit.budget->boekingen) (void)all.TryAdd(b.bedrag);
  ck.Money(g, g.FindRow(0, "Totaal"), g.FindCol(0, "Bedrag"), all);
}

void CheckActielijnen(Checker& ck, const Grid& g, const Inputs& in, const Unit& unit,
                      const UnitFigures& u) {
  int hdr = g.FindRow(0, "Thema");
  int total = g.FindCol(hdr, "Begroot totaal"), uit = g.FindCol(hdr, "Uitgaven"),
      verpl = g.FindCol(hdr, "Verplichtingen");
  int row = hdr + 1;
  for (const ThemeFigures& t : u.themas)
    for (const ActielijnFigures& a : t.split) {
      BOOST_TEST(g.Value(row, 0) == t.id);
      BOOST_TEST(g.Value(row, 1) == a.id);
      voortgang::Money sum;
      for (const auto& [year, m] : a.begroot) (void)sum.TryAdd(m);
      ck.Money(g, row++, total, sum);
    }
  auto block = [&](int row, const YearAmounts& begroot, voortgang::Money begroot_total,
                   voortgang::Money uitgaven, voortgang::Money verplichtingen) {
    for (const YearFigures& y : u.years)
      ck.Money(g, row, g.FindCol(hdr, std::to_string(y.year)), At(begroot, y.year));
    ck.Money(g, row, total, begroot_total);
    ck.Money(g, row, uit, uitgaven);
    ck.Money(g, row, verpl, verplichtingen);
  };
  int per_thema = g.FindRow(0, "Totaal per thema");
  for (size_t i = 0; i < u.themas.size(); ++i) {
    const ThemeFigures& t = u.themas[i];
    block(g.FindRow(0, unit.themas[i].naam, per_thema), t.begroot, t.begroot_total, t.uitgaven,
          t.verplichtingen);
  }
  for (size_t i = 0; i < u.actielijnen.size(); ++i) {
    const ActielijnFigures& a = u.actielijnen[i];
    voortgang::Money sum;
    for (const auto& [year, m] : a.begroot) (void)sum.TryAdd(m);
    const Actielijn& al = in.programma.actielijnen[i];
    block(g.FindRow(0, "Actielijn " + al.id + ": " + al.naam), a.begroot, sum, a.uitgaven,
          a.verplichtingen);
  }
  block(g.FindRow(0, "Totaal"), u.begroot, u.begroot_total, u.uitgaven, u.verplichtingen);
}

std::string QuarterLabel(Period q) {
  return "Q" + std::to_string(q.quarter) + " " + std::to_string(q.year);
}

/// One block of Per kwartaal: `expected(label, quarter)` per row label and quarter column, the
/// t/m column as the row's sum, the total row and the cumulative row.
template <typename Expected>
void CheckQuarterBlock(Checker& ck, const Grid& g, const std::string& title,
                       const std::vector<std::string>& labels, const std::vector<Period>& quarters,
                       Expected expected) {
  int hdr = g.FindRow(0, title);
  BOOST_TEST_REQUIRE(hdr >= 0, title);
  int tm = g.FindCol(hdr, "t/m periode");
  std::vector<voortgang::Money> totals(quarters.size());
  voortgang::Money all;
  for (const std::string& label : labels) {
    int row = g.FindRow(0, label, hdr + 1);
    voortgang::Money sum;
    for (size_t i = 0; i < quarters.size(); ++i) {
      voortgang::Money m = expected(label, quarters[i]);
      ck.Money(g, row, g.FindCol(hdr, QuarterLabel(quarters[i])), m);
      (void)sum.TryAdd(m);
      (void)totals[i].TryAdd(m);
    }
    ck.Money(g, row, tm, sum);
    (void)all.TryAdd(sum);
  }
  int total = g.FindRow(0, "Totaal", hdr + 1), cumulative = g.FindRow(0, "Cumulatief", hdr + 1);
  voortgang::Money running;
  for (size_t i = 0; i < quarters.size(); ++i) {
    int col = g.FindCol(hdr, QuarterLabel(quarters[i]));
    ck.Money(g, total, col, totals[i]);
    (void)running.TryAdd(totals[i]);
    ck.Money(g, cumulative, col, running);
  }
  ck.Money(g, total, tm, all);
}

/// The quarters from the first booking's up to P (the fixture stays under 40 quarters).
std::vector<Period> QuartersOf(const std::vector<const Unit*>& units, Period p) {
  std::optional<Period> first;
  for (const Unit* u : units)
    if (u->budget)
      for (const Boeking& b : u->budget->boekingen)
        if (!first || b.periode < *first) first = b.periode;
  std::vector<Period> out;
  for (Period q = first.value_or(NextPeriod(p)); !(p < q); q = NextPeriod(q)) out.push_back(q);
  return out;
}

voortgang::Money Booked(const Unit& u, const std::string& thema, Period q, Soort soort) {
  voortgang::Money m;
  for (const Boeking& b : u.budget->boekingen)
    if (b.periode == q && b.soort == soort && (thema.empty() || b.thema == thema))
      (void)m.TryAdd(b.bedrag);
  return m;
}

void CheckPerKwartaal(Checker& ck, const Grid& g, const Unit& unit, Period p) {
  std::vector<Period> quarters = QuartersOf({&unit}, p);
  if (quarters.empty()) {
    BOOST_TEST(g.FindRow(0, "Uitgaven per thema") < 0);
    return;
  }
  std::vector<std::string> names;
  for (const Thema& t : unit.themas) names.push_back(t.naam);
  for (Soort soort : {Soort::kUitgave, Soort::kVerplichting})
    CheckQuarterBlock(ck, g, soort == Soort::kUitgave ? "Uitgaven per thema" : "Verplichtingen per thema",
                      names, quarters, [&](const std::string& naam, Period q) {
                        for (const Thema& t : unit.themas)
                          if (t.naam == naam) return Booked(unit, t.id, q, soort);
                        return voortgang::Money{};
                      });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xlsx_cached_values_test)

BOOST_AUTO_TEST_CASE(unit_workbooks_cache_the_figures) {
  Inputs in = FixtureInputs();
  Figures fig = FixtureFigures(in, kPeriod);
  for (size_t i = 0; i < in.units.size(); ++i) {
    BOOST_TEST_CONTEXT(in.units[i].id) {
      std::string path = TempPath(in.units[i].id + ".xlsx"), error;
      BOOST_TEST_REQUIRE(WriteUnitWorkbook(in, in.units[i], fig.units[i], kPeriod,
                                           FixtureProvenance(), path, &error),
                         error);
      Book book = ReadBook(path);
      Checker ck(book);
      CheckOverzicht(ck, book.Sheet("Overzicht"), fig.units[i]);
      CheckBegroting(ck, book.Sheet("Begroting"), in.units[i], fig.units[i]);
      CheckBoekingen(ck, book.Sheet("Boekingen"), in.units[i]);
      CheckActielijnen(ck, book.Sheet("Actielijnen"), in, in.units[i], fig.units[i]);
      CheckPerKwartaal(ck, book.Sheet("Per kwartaal"), in.units[i], kPeriod);
      ck.ExpectAllChecked();
    }
  }
}

BOOST_AUTO_TEST_CASE(unit_without_bookings_or_themes) {
  Inputs in = FixtureInputs();
  in.units[0].budget->boekingen.clear();  // gemeente-zuid: a budget, nothing booked yet
  in.units[1].themas.clear();             // regio-noord: middelen only
  in.units[1].budget->begroot.clear();
  in.units[1].budget->boekingen.clear();
  Figures fig = FixtureFigures(in, kPeriod);
  for (size_t i = 0; i < in.units.size(); ++i) {
    BOOST_TEST_CONTEXT(in.units[i].id) {
      std::string path = TempPath("empty-" + in.units[i].id + ".xlsx"), error;
      BOOST_TEST_REQUIRE(WriteUnitWorkbook(in, in.units[i], fig.units[i], kPeriod,
                                           FixtureProvenance(), path, &error),
                         error);
      Book book = ReadBook(path);
      Checker ck(book);
      CheckOverzicht(ck, book.Sheet("Overzicht"), fig.units[i]);
      CheckBegroting(ck, book.Sheet("Begroting"), in.units[i], fig.units[i]);
      CheckBoekingen(ck, book.Sheet("Boekingen"), in.units[i]);
      CheckActielijnen(ck, book.Sheet("Actielijnen"), in, in.units[i], fig.units[i]);
      CheckPerKwartaal(ck, book.Sheet("Per kwartaal"), in.units[i], kPeriod);
      ck.ExpectAllChecked();
    }
  }
}

BOOST_AUTO_TEST_CASE(national_workbook_caches_the_figures) {
  Inputs in = FixtureInputs();
  Figures fig = FixtureFigures(in, kPeriod);
  std::string path = TempPath("landelijk.xlsx"), error;
  BOOST_TEST_REQUIRE(WriteNationalWorkbook(in.programma, Summarize(in.units), fig,
                                           FixtureProvenance(), path, &error),
                     error);
  Book book = ReadBook(path);
  Checker ck(book);
  const NationalFigures& n = fig.national;

  const Grid& e = book.Sheet("Eenheden");
  int hdr = e.FindRow(0, "Eenheid");
  int total = e.FindCol(hdr, "Begroot totaal");
  for (size_t i = 0; i < in.units.size(); ++i) {
    int row = e.FindRow(0, in.units[i].id);
    ck.Money(e, row, total, fig.units[i].begroot_total);
    ck.Money(e, row, e.FindCol(hdr, "Saldo"), fig.units[i].saldo);
  }
  int tot = e.FindRow(0, "Totaal");
  voortgang::Money begroot_total;
  for (const auto& [year, m] : n.begroot) {
    ck.Money(e, tot, e.FindCol(hdr, std::to_string(year)), m);
    (void)begroot_total.TryAdd(m);
  }
  // 2019..2021 of regio-noord and 2024 of gemeente-zuid.
  BOOST_TEST(n.begroot.size() == 4u);
  ck.Money(e, tot, e.FindCol(hdr, "Middelen"), n.middelen);
  ck.Money(e, tot, total, begroot_total);
  ck.Money(e, tot, e.FindCol(hdr, "Uitgaven"), n.uitgaven);
  ck.Money(e, tot, e.FindCol(hdr, "Verplichtingen"), n.verplichtingen);
  ck.Money(e, tot, e.FindCol(hdr, "Saldo"), n.saldo);

  const Grid& d = book.Sheet("Eenheid x actielijn");
  int row = 1;
  for (const UnitFigures& u : fig.units)
    for (const ActielijnFigures& a : u.actielijnen) {
      BOOST_TEST(d.Value(row, 0) == u.id);
      BOOST_TEST(d.Value(row, 1) == a.id);
      voortgang::Money sum;
      for (const auto& [year, m] : a.begroot) (void)sum.TryAdd(m);
      ck.Money(d, row++, d.FindCol(0, "Begroot totaal"), sum);
    }

  const Grid& a = book.Sheet("Actielijnen");
  hdr = a.FindRow(0, "Actielijn");
  auto line = [&](int row, const YearAmounts& begroot, voortgang::Money uitgaven,
                  voortgang::Money verplichtingen) {
    voortgang::Money sum;
    for (const auto& [year, m] : n.begroot) {
      ck.Money(a, row, a.FindCol(hdr, std::to_string(year)), At(begroot, year));
      (void)sum.TryAdd(At(begroot, year));
    }
    ck.Money(a, row, a.FindCol(hdr, "Begroot totaal"), sum);
    ck.Money(a, row, a.FindCol(hdr, "Uitgaven"), uitgaven);
    ck.Money(a, row, a.FindCol(hdr, "Verplichtingen"), verplichtingen);
  };
  for (const ActielijnFigures& al : n.actielijnen)
    line(a.FindRow(0, al.id, hdr + 1), al.begroot, al.uitgaven, al.verplichtingen);
  line(a.FindRow(0, "Totaal"), n.begroot, n.uitgaven, n.verplichtingen);

  // Per kwartaal: a row per unit, each cell its bookings of that quarter.
  std::vector<const Unit*> units;
  std::vector<std::string> names;
  for (const Unit& u : in.units) {
    units.push_back(&u);
    names.push_back(u.naam);
  }
  std::vector<Period> quarters = QuartersOf(units, kPeriod);
  BOOST_TEST(quarters.size() == 22u);  // 2019-Q3 .. 2024-Q4
  const Grid& k = book.Sheet("Per kwartaal");
  for (Soort soort : {Soort::kUitgave, Soort::kVerplichting})
    CheckQuarterBlock(ck, k, soort == Soort::kUitgave ? "Uitgaven per eenheid" : "Verplichtingen per eenheid",
                      names, quarters, [&](const std::string& naam, Period q) {
                        for (const Unit& u : in.units)
                          if (u.naam == naam) return Booked(u, "", q, soort);
                        return voortgang::Money{};
                      });
  ck.ExpectAllChecked();
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang::xlsx_test
