// The progress note's chart of the quarter (changes.md): uitgaven per quarter as columns, the
// running total as a line over them, and the total begroot as the level that line is read
// against. The series comes cached in UnitFigures (at most kMaxQuarters, earlier ones summed into
// "eerder"); this only labels it, so a national build pays nothing for it.
#include <algorithm>

#include "pipeline/format/dutch.h"
#include "pipeline/report/text.h"
#include "pipeline/report/unit_view.h"

namespace voortgang::report {
namespace {

void AddColumn(const doc::ColumnCategory& category, Money amount, Money running,
               doc::ColumnLineChart* chart) {
  chart->categories.push_back(category);
  chart->columns.values.push_back(amount.cents);
  chart->columns.display.push_back(ChartEuros(amount));
  chart->line.values.push_back(running.cents);
  chart->line.display.push_back(ChartEuros(running));
}

}  // namespace

bool AnyQuarterSpending(const UnitFigures& f) {
  bool any = f.eerder && f.eerder->uitgaven.cents != 0;
  for (const QuarterFigures& q : f.quarters) any = any || q.uitgaven.cents != 0;
  return any;
}

std::optional<doc::ColumnLineChart> QuarterSpendingChart(const UnitFigures& f,
                                                         const std::string& title) {
  if (!AnyQuarterSpending(f)) return std::nullopt;
  doc::ColumnLineChart chart;
  chart.title = title;
  chart.columns.label = "Uitgaven in het kwartaal";
  chart.line.label = "Uitgaven cumulatief";
  Money running;
  // The sums are of figures the aggregate stage already summed without overflow; a failed add
  // would leave the line short, never wrong in a way a reader cannot see in the tables.
  if (f.eerder) {
    (void)running.TryAdd(f.eerder->uitgaven);
    std::string full = "eerder";
    if (!f.quarters.empty())
      full += " (t/m " + FormatQuarterShort(PreviousPeriod(f.quarters.front().period)) + ")";
    AddColumn({"eerder", "", full}, f.eerder->uitgaven, running, &chart);
  }
  for (const QuarterFigures& q : f.quarters) {
    (void)running.TryAdd(q.uitgaven);
    AddColumn({"Q" + std::to_string(q.period.quarter), std::to_string(q.period.year),
               FormatQuarterShort(q.period)},
              q.uitgaven, running, &chart);
  }
  int64_t max = 0;
  for (int64_t v : chart.columns.values) max = std::max(max, v);
  for (int64_t v : chart.line.values) max = std::max(max, v);
  if (f.begroot_total.cents > 0) {
    chart.level = doc::ChartLevel{"Totaal begroot", f.begroot_total.cents,
                                  ChartEuros(f.begroot_total)};
    max = std::max(max, f.begroot_total.cents);
  }
  MoneyAxis(max, &chart.axis_divisor, &chart.axis_label);

  std::string alt = title + ".";
  if (chart.level) alt += " " + chart.level->label + ": " + chart.level->display + ".";
  for (size_t i = 0; i < chart.categories.size(); ++i)
    alt += " " + chart.categories[i].full + ": " + chart.columns.display[i] + " uitgegeven, " +
           chart.line.display[i] + " cumulatief.";
  chart.alt_text = alt;
  return chart;
}

namespace unit {

bool GrafiekKwartaal(const UnitView& v, const Element& d, Captions* c,
                     std::vector<doc::Block>* out, std::string*) {
  if (!v.figures || !v.figures->has_budget || !AnyQuarterSpending(*v.figures)) {
    // Said instead of an empty chart; the shipped template words it itself through
    // heeft_uitgaven_per_kwartaal, this is for a template that does not.
    doc::Paragraph p;
    p.runs.push_back(doc::Text("Tot en met het " + FormatQuarterLong(v.period) +
                               " zijn geen uitgaven geboekt; er is daarom geen grafiek van de "
                               "uitgaven per kwartaal."));
    out->push_back({p});
    return true;
  }
  // Numbered only once there is a chart, so the figure numbers have no gaps.
  std::string title =
      c->Figure(CaptionText(d, "Uitgaven per kwartaal t/m " + FormatQuarterShort(v.period)));
  out->push_back({*QuarterSpendingChart(*v.figures, title)});
  return true;
}

}  // namespace unit

}  // namespace voortgang::report
