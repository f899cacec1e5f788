// The progress note's chart of the quarter, [[grafiek:kwartaal]] (changes.md): a column per
// quarter with its uitgaven, the running total as a line that ends at uitgaven t/m P, the total
// begroot as the level, "eerder" for the quarters before the last 40, and a sentence instead of
// an empty chart.
#include <boost/test/unit_test.hpp>

#include "pipeline/model/chart_axis.h"
#include "pipeline/report/unit_view.h"
#include "tests/report/doc_text.h"

namespace voortgang::report_test {
namespace {

using report::Captions;
using report::Element;
using report::unit::GrafiekKwartaal;
using report::QuarterSpendingChart;
using report::UnitView;

UnitFigures FourQuarters() {
  UnitFigures f;
  f.id = "u";
  f.has_budget = true;
  f.begroot_total = Money{141'000'000};  // € 1.410.000
  f.quarters = {{{2024, 1}, Money{1'275'050}, Money{500'000}},
                {{2024, 2}, Money{0}, Money{0}},
                {{2024, 3}, Money{-250'000}, Money{0}},
                {{2024, 4}, Money{5'750'000}, Money{-1'900'000}}};
  f.uitgaven = Money{1'275'050 - 250'000 + 5'750'000};
  return f;
}

Element Directive(std::vector<std::string> texts = {}) {
  Element d;
  d.kind = Element::Kind::kDirective;
  d.name = "grafiek";
  d.args = {"kwartaal"};
  d.texts = std::move(texts);
  return d;
}

/// The blocks [[grafiek:kwartaal]] gives for `f` at 2024-Q4, and how many figures it numbered.
std::vector<doc::Block> Run(const UnitFigures* f, int* figures) {
  Unit unit;
  UnitView v;
  v.unit = &unit;
  v.figures = f;
  v.period = Period{2024, 4};
  Captions captions(std::map<std::string, std::string>{});
  std::vector<doc::Block> out;
  BOOST_REQUIRE(GrafiekKwartaal(v, Directive(), &captions, &out, nullptr));
  *figures = captions.figures;
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(quarter_chart_test)

BOOST_AUTO_TEST_CASE(a_column_per_quarter_the_cumulative_line_and_the_begroot_level) {
  UnitFigures f = FourQuarters();
  std::optional<doc::ColumnLineChart> c = QuarterSpendingChart(f, "Figuur 3. Uitgaven");
  BOOST_REQUIRE(c.has_value());
  BOOST_REQUIRE_EQUAL(c->categories.size(), 4u);
  for (int q = 0; q < 4; ++q) {
    BOOST_TEST(c->categories[q].label == "Q" + std::to_string(q + 1));
    BOOST_TEST(c->categories[q].group == "2024");
    BOOST_TEST(c->categories[q].full == "Q" + std::to_string(q + 1) + " 2024");
  }
  BOOST_TEST(c->columns.values == (std::vector<int64_t>{1'275'050, 0, -250'000, 5'750'000}),
             boost::test_tools::per_element());
  BOOST_TEST(c->line.values == (std::vector<int64_t>{1'275'050, 1'275'050, 1'025'050, 6'775'050}),
             boost::test_tools::per_element());
  // The line ends at uitgaven t/m P, to the cent.
  BOOST_TEST(c->line.values.back() == f.uitgaven.cents);
  // Chart labels are whole euros, as on the other charts.
  BOOST_TEST(c->columns.display[0] == "€\u00A012.751");
  BOOST_TEST(c->columns.display[2] == "€\u00A0-2.500");
  BOOST_TEST(c->line.display[3] == "€\u00A067.751");
  BOOST_REQUIRE(c->level.has_value());
  BOOST_TEST(c->level->label == "Totaal begroot");
  BOOST_TEST(c->level->value == 141'000'000);
  BOOST_TEST(c->level->display == "€\u00A01.410.000");
  BOOST_TEST(c->axis_divisor == 100'000);
  BOOST_TEST(c->axis_label == "× €\u00A01.000");
  BOOST_TEST(c->alt_text ==
             "Figuur 3. Uitgaven. Totaal begroot: €\u00A01.410.000. Q1 2024: €\u00A012.751 "
             "uitgegeven, €\u00A012.751 cumulatief. Q2 2024: €\u00A00 uitgegeven, €\u00A012.751 "
             "cumulatief. Q3 2024: €\u00A0-2.500 uitgegeven, €\u00A010.251 cumulatief. Q4 2024: "
             "€\u00A057.500 uitgegeven, €\u00A067.751 cumulatief.");
  // One axis for all three, reaching the level; the negative quarter below zero.
  ValueAxis axis = FitValueAxis(*c);
  BOOST_TEST(axis.lo == -500);
  BOOST_TEST(axis.hi == 1500);
  BOOST_TEST(axis.step == 500);
  BOOST_TEST(axis.Fraction(0) == 0.25);
}

BOOST_AUTO_TEST_CASE(quarters_before_the_last_forty_are_one_column_eerder) {
  UnitFigures f;
  f.has_budget = true;
  f.eerder = QuarterFigures{{2010, 1}, Money{800}, Money{0}};
  for (Period p{2012, 1}; !(Period{2021, 4} < p); p = NextPeriod(p))
    f.quarters.push_back({p, Money{100}, Money{0}});
  BOOST_REQUIRE_EQUAL(f.quarters.size(), 40u);
  std::optional<doc::ColumnLineChart> c = QuarterSpendingChart(f, "");
  BOOST_REQUIRE(c.has_value());
  BOOST_REQUIRE_EQUAL(c->categories.size(), 41u);
  BOOST_TEST(c->categories[0].label == "eerder");
  BOOST_TEST(c->categories[0].group == "");
  BOOST_TEST(c->categories[0].full == "eerder (t/m Q4 2011)");
  BOOST_TEST(c->categories[1].full == "Q1 2012");
  BOOST_TEST(c->line.values[0] == 800);
  BOOST_TEST(c->line.values[40] == 800 + 40 * 100);
  BOOST_TEST(!c->level.has_value());  // nothing begroot: no level to read against
  // The years as runs for the second row of axis labels.
  std::vector<CategoryRun> runs = CategoryRuns(c->categories);
  BOOST_REQUIRE_EQUAL(runs.size(), 11u);
  BOOST_TEST(runs[0].group == "");
  BOOST_TEST(runs[1].group == "2012");
  BOOST_TEST(runs[1].first == 1u);
  BOOST_TEST(runs[1].last == 4u);
  BOOST_TEST(runs[10].last == 40u);
}

BOOST_AUTO_TEST_CASE(the_directive_numbers_the_figure_and_uses_the_caption) {
  UnitFigures f = FourQuarters();
  int figures = 0;
  std::vector<doc::Block> out = Run(&f, &figures);
  BOOST_REQUIRE_EQUAL(out.size(), 1u);
  const auto* c = std::get_if<doc::ColumnLineChart>(&out[0].content);
  BOOST_REQUIRE(c);
  BOOST_TEST(c->title == "Figuur 1. Uitgaven per kwartaal t/m Q4 2024");
  BOOST_TEST(figures == 1);
}

BOOST_AUTO_TEST_CASE(no_uitgaven_in_any_quarter_gives_a_sentence_not_an_empty_chart) {
  const std::string sentence =
      "Tot en met het vierde kwartaal 2024 zijn geen uitgaven geboekt; er is daarom geen grafiek "
      "van de uitgaven per kwartaal.\n";
  UnitFigures only_commitments = FourQuarters();
  for (QuarterFigures& q : only_commitments.quarters) q.uitgaven = Money{};
  UnitFigures no_bookings;
  no_bookings.has_budget = true;
  UnitFigures no_budget = FourQuarters();
  no_budget.has_budget = false;
  for (const UnitFigures* f : {&only_commitments, &no_bookings, &no_budget}) {
    if (f->has_budget) BOOST_TEST(!QuarterSpendingChart(*f, "").has_value());
    int figures = -1;
    std::vector<doc::Block> out = Run(f, &figures);
    std::string text;
    BlocksText(out, &text);
    BOOST_TEST(text == sentence);
    BOOST_TEST(figures == 0);  // no number used up by a chart that is not there
  }
  int figures = -1;
  std::vector<doc::Block> out = Run(nullptr, &figures);
  std::string text;
  BlocksText(out, &text);
  BOOST_TEST(text == sentence);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang::report_test
