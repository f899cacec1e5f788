// Lays out the "Per kwartaal" sheet: per block a header row of quarters, the rows, a total row
// and a cumulative row, then a column chart of the two total rows.
#include "renderers/xlsx/quarter_grid.h"

#include "renderers/xlsx/column_chart.h"
#include "renderers/xlsx/unit_sheets.h"

namespace voortgang::xlsx {
namespace {

constexpr int kFirstCol = 1;

struct BlockRows {
  std::string series;  ///< the chart's name for the total row
  int header = 0;
  int total = 0;
  std::vector<Money> totals;  ///< the total row's cached amounts per column
};

BlockRows WriteBlock(Sheet& s, int row, const QuarterColumns& columns, const QuarterBlock& b) {
  const Formats& f = s.formats();
  const int n = static_cast<int>(columns.size()), total_col = kFirstCol + n;
  BlockRows out;
  out.series = b.series;
  out.header = row;
  s.Text(row, 0, b.title, f.header);
  for (int c = 0; c < n; ++c) s.Text(row, kFirstCol + c, columns.Label(c), f.header_right);
  s.Text(row, total_col, "t/m periode", f.header_right);
  const int first = ++row;
  for (const QuarterRow& r : b.rows) {
    s.Text(row, 0, r.label, f.text_wrap);
    for (int c = 0; c < n; ++c) s.Formula(row, kFirstCol + c, r.formulas[c], r.cached[c], f.money);
    s.Formula(row, total_col, r.total_formula, r.total_cached, f.money);
    ++row;
  }
  const int last = row - 1;
  out.total = row;
  s.Text(row, 0, "Totaal", f.text_total);
  for (int c = 0; c <= n; ++c) {
    std::string formula = c < n ? (b.total.formulas.empty() ? "" : b.total.formulas[c])
                                : b.total.total_formula;
    if (formula.empty())
      formula = last < first ? "0"
                             : "SUBTOTAL(109," + Range(first, kFirstCol + c, last, kFirstCol + c) + ")";
    Money cached = c < n ? b.total.cached[c] : b.total.total_cached;
    s.Formula(row, kFirstCol + c, formula, cached, f.money_total);
    if (c < n) out.totals.push_back(cached);
  }
  // The running total: what was booked up to and including each quarter.
  ++row;
  s.Text(row, 0, "Cumulatief", f.text);
  Money running;
  for (int c = 0; c < n; ++c) {
    running = s.Plus(running, b.total.cached[c]);
    std::string formula = c == 0 ? Ref(out.total, kFirstCol)
                                 : Ref(row, kFirstCol + c - 1) + "+" + Ref(out.total, kFirstCol + c);
    s.Formula(row, kFirstCol + c, formula, running, f.money);
  }
  return out;
}

void InsertChart(lxw_workbook* wb, Sheet& s, int row, const QuarterColumns& columns,
                 const std::vector<BlockRows>& blocks) {
  lxw_chart* chart = workbook_add_chart(wb, LXW_CHART_COLUMN);
  const int last_col = kFirstCol + static_cast<int>(columns.size()) - 1;
  for (const BlockRows& b : blocks) {
    lxw_chart_series* se = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(se, kPerKwartaal, b.header, kFirstCol, b.header, last_col);
    chart_series_set_values(se, kPerKwartaal, b.total, kFirstCol, b.total, last_col);
    chart_series_set_name(se, b.series.c_str());
    SetCache(se->values, b.totals);
  }
  // Quarter labels stay under the plot when a quarter is negative (commitments released).
  chart_axis_set_label_position(chart->x_axis, LXW_CHART_AXIS_LABEL_POSITION_LOW);
  chart_title_set_name(chart, "Per kwartaal geboekt");
  chart_axis_set_num_format(chart->y_axis, "[$€-413] #,##0");
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  lxw_chart_options options = {};
  options.x_scale = 2.0;
  options.y_scale = 1.5;
  options.description = const_cast<char*>("Uitgaven en verplichtingen per kwartaal");
  s.Check(worksheet_insert_chart_opt(s.ws(), row, 0, chart, &options), "insert chart");
}

}  // namespace

std::string QuarterColumns::KeyCriterion(size_t i) const {
  if (eerder && i == 0) return "\"<" + std::to_string(PeriodKey(quarters.front())) + "\"";
  return std::to_string(PeriodKey(quarters[i - (eerder ? 1 : 0)]));
}

std::string QuarterColumns::Label(size_t i) const {
  if (eerder && i == 0) return "eerder";
  // "Q1 2024", as the notes write it; the period cell's "2024-Q4" stays a text of its own.
  const Period& p = quarters[i - (eerder ? 1 : 0)];
  return "Q" + std::to_string(p.quarter) + " " + std::to_string(p.year);
}

void WriteQuarterSheet(lxw_workbook* wb, lxw_worksheet* ws, const Formats& f,
                       const std::string& title, const std::string& note,
                       const QuarterColumns& columns, const std::vector<QuarterBlock>& blocks,
                       const std::string& footer, std::string* error) {
  Sheet s(ws, f, error);
  s.Text(0, 0, title, f.title, false);
  if (columns.quarters.empty()) {
    s.Text(1, 0, "Er zijn t/m de rapportageperiode geen boekingen.", f.note, false);
    s.SetupPrint(footer, -1);
    return;
  }
  s.Text(1, 0, note, f.note, false);
  int row = 3;
  std::vector<BlockRows> written;
  for (const QuarterBlock& b : blocks) {
    written.push_back(WriteBlock(s, row, columns, b));
    row = written.back().total + 3;
  }
  InsertChart(wb, s, row, columns, written);
  worksheet_freeze_panes(ws, 0, kFirstCol);
  s.SetupPrint(footer, -1);
  s.SetColumnWidths(10, 45);
}

}  // namespace voortgang::xlsx
