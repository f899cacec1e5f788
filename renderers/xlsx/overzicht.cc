// The Overzicht sheet: the reporting period (editable: every booking total follows it), the key
// totals with defined names, the funds against the plan per year, and the begroot vs uitgaven
// chart per theme.
#include <string>

#include "renderers/xlsx/column_chart.h"
#include "renderers/xlsx/unit_sheets.h"

namespace voortgang::xlsx {
namespace {

constexpr int kPeriodRow = 1;
constexpr int kDateRow = 2;
constexpr int kKeyRow = 3;
constexpr int kTotalsHeaderRow = 5;

/// Excel's serial day of the last day of the quarter.
double QuarterEndSerial(Period p) {
  static constexpr int kLastMonth[] = {3, 6, 9, 12};
  static constexpr int kLastDay[] = {31, 30, 30, 31};
  // Days from civil (Howard Hinnant), relative to 1970-01-01; Excel's day 25569 is 1970-01-01.
  int y = p.year, m = kLastMonth[p.quarter - 1], d = kLastDay[p.quarter - 1];
  y -= m <= 2;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return 25569.0 + era * 146097 + doe - 719468;
}

void DefineName(lxw_workbook* wb, Sheet& s, const char* name, int row, int col) {
  std::string target = "=" + SheetPrefix(kOverzicht) + Ref(row, col, true, true);
  s.Check(workbook_define_name(wb, name, target.c_str()), std::string("define name ") + name);
}

void InsertChart(lxw_workbook* wb, Sheet& s, const UnitContext& ctx, const BegrotingLayout& b,
                 int row) {
  if (b.last_theme_row < b.first_theme_row) return;
  ColumnChart chart;
  chart.title = "Begroot en uitgaven per thema t/m " + ctx.period.ToString();
  chart.data_sheet = kBegroting;
  chart.header_row = b.first_theme_row - 1;  // "Totaal begroot", "Uitgaven"
  chart.first_row = b.first_theme_row;
  chart.last_row = b.last_theme_row;
  chart.category_col = b.name_col;
  ChartSeries begroot{b.total_col, {}}, uitgaven{b.uitgaven_col, {}};
  for (const ThemeFigures& t : ctx.figures.themas) {
    begroot.cached.push_back(t.begroot_total);
    uitgaven.cached.push_back(t.uitgaven);
  }
  chart.series = {begroot, uitgaven};
  InsertColumnChart(wb, s, row, chart);
}

}  // namespace

void WriteOverzicht(lxw_workbook* wb, lxw_worksheet* ws, const UnitContext& ctx,
                    const BegrotingLayout& b) {
  const Formats& f = ctx.formats;
  const UnitFigures& fig = ctx.figures;
  Sheet s(ws, f, ctx.error);

  s.Text(0, 0, "Budget " + ctx.unit.naam, f.title, false);
  s.Text(kPeriodRow, 0, "Rapportageperiode", f.label);
  s.Text(kPeriodRow, 1, ctx.period.ToString(), f.text);
  DefineName(wb, s, kPeriodName, kPeriodRow, 1);
  s.Text(kPeriodRow, 2,
         "(jjjj-Qn; wijzig deze cel om de boekingen t/m een ander kwartaal te tellen)", f.note,
         false);
  // The date and the key follow the period cell, so a changed period moves every total.
  std::string p = kPeriodName;
  s.Text(kDateRow, 0, "Peildatum", f.label);
  s.FormulaNumber(kDateRow, 1,
                  "DATE(VALUE(LEFT(" + p + ",4)),3*VALUE(RIGHT(" + p + ",1)),CHOOSE(VALUE(RIGHT(" +
                      p + ",1)),31,30,30,31))",
                  QuarterEndSerial(ctx.period), f.date, 17);
  s.Text(kKeyRow, 0, "Periodesleutel", f.label);
  s.FormulaNumber(kKeyRow, 1, "10*VALUE(LEFT(" + p + ",4))+VALUE(RIGHT(" + p + ",1))",
                  PeriodKey(ctx.period), f.key, 5);
  DefineName(wb, s, kPeriodKeyName, kKeyRow, 1);

  s.Text(kTotalsHeaderRow, 0, "Totaal, alle jaren", f.header);
  s.Text(kTotalsHeaderRow, 1, "Bedrag", f.header_right);
  std::string begroting = SheetPrefix(kBegroting);
  struct Line {
    const char* label;
    const char* name;
    std::string formula;
    Money cached;
  };
  int first = kTotalsHeaderRow + 1;
  const Line lines[] = {
      {"Middelen", "Middelen_totaal", begroting + Ref(b.beschikbaar_row, b.total_col, true, true),
       fig.middelen},
      {"Begroot", "Begroot_totaal", begroting + Ref(b.totaal_row, b.total_col, true, true),
       fig.begroot_total},
      {"Uitgaven t/m periode", "Uitgaven_totaal", BookingsSumifs("uitgave", ""), fig.uitgaven},
      {"Verplichtingen t/m periode", "Verplichtingen_totaal", BookingsSumifs("verplichting", ""),
       fig.verplichtingen},
      {"Saldo (middelen min uitgaven en verplichtingen)", "Saldo_totaal",
       Ref(first, 1) + "-" + Ref(first + 2, 1) + "-" + Ref(first + 3, 1), fig.saldo},
  };
  int row = first;
  for (const Line& line : lines) {
    s.Text(row, 0, line.label, row == first + 4 ? f.text_total : f.text);
    s.Formula(row, 1, line.formula, line.cached, row == first + 4 ? f.money_total : f.money);
    DefineName(wb, s, line.name, row, 1);
    ++row;
  }

  ++row;
  int year_header = row++;
  const char* headers[] = {"Jaar",
                           "Middelen",
                           "Begroot",
                           "Middelen cumulatief",
                           "Begroot cumulatief",
                           "Nog te programmeren"};
  for (int c = 0; c < 6; ++c) s.Text(year_header, c, headers[c], c ? f.header_right : f.header);
  int first_year_row = row;
  for (const YearFigures& y : fig.years) {
    int yc = b.year_col.at(y.year);
    s.Number(row, 0, y.year, f.key, 4);
    s.Formula(row, 1, begroting + Ref(b.beschikbaar_row, yc, true, true), y.middelen, f.money);
    s.Formula(row, 2, begroting + Ref(b.totaal_row, yc, true, true), y.begroot, f.money);
    s.Formula(row, 3, "SUM(" + Ref(first_year_row, 1, true) + ":" + Ref(row, 1) + ")",
              y.middelen_cumulative, f.money);
    s.Formula(row, 4, "SUM(" + Ref(first_year_row, 2, true) + ":" + Ref(row, 2) + ")",
              y.begroot_cumulative, f.money);
    s.Formula(row, 5, Ref(row, 3) + "-" + Ref(row, 4), y.nog_te_programmeren, f.money);
    ++row;
  }
  if (row > first_year_row) {
    lxw_conditional_format over = {};
    over.type = LXW_CONDITIONAL_TYPE_CELL;
    over.criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN;
    over.value = 0;
    over.format = f.cf_alarm;
    s.Check(worksheet_conditional_format_range(ws, first_year_row, 5, row - 1, 5, &over),
            "conditional format");
  }
  s.Text(row++, 0, "Negatief nog te programmeren (rood): overprogrammering in dat jaar.", f.note,
         false);

  InsertChart(wb, s, ctx, b, row + 1);
  worksheet_activate(ws);
  s.SetupPrint(ctx.footer, -1, 1);  // the overview and its chart on one page
  s.SetColumnWidths(10, 50);
}

}  // namespace voortgang::xlsx
