// The national workbook's sheets: a row per unit, a row per unit x actielijn (the pivot source),
// and a row per actielijn totalled from those by SUMIFS.
#include <string>

#include "renderers/xlsx/column_chart.h"
#include "renderers/xlsx/national_sheets.h"
#include "renderers/xlsx/unit_sheets.h"

namespace voortgang::xlsx {
namespace {

constexpr int kHeaderRow = 3;

Money At(const YearAmounts& amounts, int year) {
  auto it = amounts.find(year);
  return it == amounts.end() ? Money{} : it->second;
}

void AlarmIf(Sheet& s, const std::string& formula, int row1, int col1, int row2, int col2) {
  lxw_conditional_format cf = {};
  cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
  std::string text = formula;
  cf.value_string = text.data();
  cf.format = s.formats().cf_alarm;
  s.Check(worksheet_conditional_format_range(s.ws(), row1, col1, row2, col2, &cf),
          "conditional format");
}

/// "SUBTOTAL(109,D5:D9)", which follows the autofilter; "0" over no rows.
std::string Subtotal(int row1, int row2, int col) {
  if (row2 < row1) return "0";
  return "SUBTOTAL(109," + Range(row1, col, row2, col) + ")";
}

}  // namespace

void WriteEenheden(lxw_worksheet* ws, const NationalContext& ctx) {
  const Formats& f = ctx.formats;
  const NationalFigures& nat = ctx.figures.national;
  Sheet s(ws, f, ctx.error);
  s.Text(0, 0, "Budget per eenheid t/m " + ctx.figures.period.ToString(), f.title, false);
  s.Text(1, 0,
         "Eén rij per eenheid met een begroting. Uitgaven en verplichtingen t/m de "
         "rapportageperiode; de totaalrij telt alleen de gefilterde rijen.",
         f.note, false);
  int col = 0;
  for (const char* h : {"Eenheid", "Naam", "Soort"}) s.Text(kHeaderRow, col++, h, f.header);
  const int middelen_col = col++;
  s.Text(kHeaderRow, middelen_col, "Middelen", f.header_right);
  std::map<int, int> year_col;
  for (int year : ctx.years) {
    year_col[year] = col;
    s.Number(kHeaderRow, col++, year, f.header_year, 5);
  }
  const int total_col = col++, uitgaven_col = col++, verpl_col = col++, saldo_col = col++;
  s.Text(kHeaderRow, total_col, "Begroot totaal", f.header_right);
  s.Text(kHeaderRow, uitgaven_col, "Uitgaven", f.header_right);
  s.Text(kHeaderRow, verpl_col, "Verplichtingen", f.header_right);
  s.Text(kHeaderRow, saldo_col, "Saldo", f.header_right);

  int row = kHeaderRow + 1;
  const int first = row;
  for (size_t i = 0; i < ctx.figures.units.size() && i < ctx.units.size(); ++i) {
    const UnitFigures& u = ctx.figures.units[i];
    const UnitSummary& unit = ctx.units[i];
    if (!u.has_budget) continue;
    s.Text(row, 0, unit.id, f.text);
    s.Text(row, 1, unit.naam, f.text_wrap);
    s.Text(row, 2, unit.soort == UnitKind::kGemeente ? "gemeente" : "jeugdhulpregio", f.text);
    s.Amount(row, middelen_col, u.middelen, f.money);
    for (int year : ctx.years) {
      auto it = u.begroot.find(year);
      if (it == u.begroot.end())
        s.Blank(row, year_col[year], f.money);
      else
        s.Amount(row, year_col[year], it->second, f.money);
    }
    std::string years =
        ctx.years.empty() ? std::string("0")
                          : "SUM(" + Range(row, year_col.begin()->second, row, total_col - 1) + ")";
    s.Formula(row, total_col, years, u.begroot_total, f.money);
    s.Amount(row, uitgaven_col, u.uitgaven, f.money);
    s.Amount(row, verpl_col, u.verplichtingen, f.money);
    s.Formula(row, saldo_col,
              Ref(row, middelen_col) + "-" + Ref(row, uitgaven_col) + "-" + Ref(row, verpl_col),
              u.saldo, f.money);
    ++row;
  }
  const int last = row - 1;
  if (last >= first)
    s.Check(worksheet_autofilter(ws, kHeaderRow, 0, last, saldo_col), "autofilter");

  s.Text(row, 0, "Totaal", f.text_total);
  s.Blank(row, 1, f.text_total);
  s.Blank(row, 2, f.text_total);
  s.Formula(row, middelen_col, Subtotal(first, last, middelen_col), nat.middelen, f.money_total);
  Money begroot_total;
  for (int year : ctx.years) {
    s.Formula(row, year_col[year], Subtotal(first, last, year_col[year]), At(nat.begroot, year),
              f.money_total);
    begroot_total = s.Plus(begroot_total, At(nat.begroot, year));
  }
  s.Formula(row, total_col, Subtotal(first, last, total_col), begroot_total, f.money_total);
  s.Formula(row, uitgaven_col, Subtotal(first, last, uitgaven_col), nat.uitgaven, f.money_total);
  s.Formula(row, verpl_col, Subtotal(first, last, verpl_col), nat.verplichtingen, f.money_total);
  s.Formula(row, saldo_col, Subtotal(first, last, saldo_col), nat.saldo, f.money_total);
  s.Text(row + 2, 0,
         "Rood gemarkeerd: uitgaven plus verplichtingen boven het totaal begroot "
         "(overschrijding), of meer begroot dan er aan middelen is (overprogrammering).",
         f.note, false);

  if (last >= first) {
    AlarmIf(s,
            "=OR(" + Ref(first, uitgaven_col, false, true) + "+" +
                Ref(first, verpl_col, false, true) + ">" + Ref(first, total_col, false, true) +
                "," + Ref(first, total_col, false, true) + ">" +
                Ref(first, middelen_col, false, true) + ")",
            first, 0, last, saldo_col);
  }
  worksheet_activate(ws);
  worksheet_freeze_panes(ws, kHeaderRow + 1, 1);
  s.SetupPrint(ctx.footer, kHeaderRow);
  s.SetColumnWidths(8, 40);
}

DetailLayout WriteDetail(lxw_worksheet* ws, const NationalContext& ctx) {
  const Formats& f = ctx.formats;
  Sheet s(ws, f, ctx.error);
  DetailLayout l;
  l.actielijn_col = 1;
  int col = 0;
  s.Text(0, col++, "Eenheid", f.header);
  s.Text(0, col++, "Actielijn", f.header);
  for (int year : ctx.years) {
    l.year_col[year] = col;
    s.Number(0, col++, year, f.header_year, 5);
  }
  l.total_col = col++;
  l.uitgaven_col = col++;
  l.verplichtingen_col = col++;
  s.Text(0, l.total_col, "Begroot totaal", f.header_right);
  s.Text(0, l.uitgaven_col, "Uitgaven", f.header_right);
  s.Text(0, l.verplichtingen_col, "Verplichtingen", f.header_right);

  int row = 1;
  l.first_row = row;
  for (size_t i = 0; i < ctx.figures.units.size() && i < ctx.units.size(); ++i) {
    const UnitFigures& u = ctx.figures.units[i];
    if (!u.has_budget) continue;
    for (const ActielijnFigures& a : u.actielijnen) {
      s.Text(row, 0, ctx.units[i].id, f.text);
      s.Text(row, 1, a.id, f.text);
      Money total;
      for (int year : ctx.years) {
        auto it = a.begroot.find(year);
        if (it == a.begroot.end()) {
          s.Blank(row, l.year_col[year], f.money);
        } else {
          s.Amount(row, l.year_col[year], it->second, f.money);
          total = s.Plus(total, it->second);
        }
      }
      std::string years =
          ctx.years.empty() ? std::string("0") : "SUM(" + Range(row, 2, row, l.total_col - 1) + ")";
      s.Formula(row, l.total_col, years, total, f.money);
      s.Amount(row, l.uitgaven_col, a.uitgaven, f.money);
      s.Amount(row, l.verplichtingen_col, a.verplichtingen, f.money);
      ++row;
    }
  }
  l.last_row = row - 1;
  if (l.last_row >= l.first_row)
    s.Check(worksheet_autofilter(ws, 0, 0, l.last_row, l.verplichtingen_col), "autofilter");
  s.IgnoreNumbersStoredAsText();
  worksheet_freeze_panes(ws, 1, 2);
  s.SetupPrint(ctx.footer, 0);
  s.SetColumnWidths(8, 40);
  return l;
}

void WriteNationalActielijnen(lxw_workbook* wb, lxw_worksheet* ws, const NationalContext& ctx,
                              const DetailLayout& d) {
  const Formats& f = ctx.formats;
  const NationalFigures& nat = ctx.figures.national;
  Sheet s(ws, f, ctx.error);
  s.Text(0, 0, "Budget per actielijn, alle eenheden, t/m " + ctx.figures.period.ToString(), f.title,
         false);
  s.Text(1, 0,
         std::string("Som over het blad '") + kDetail +
             "' van de bedragen van de thema's, naar gewicht over hun actielijnen verdeeld.",
         f.note, false);
  int col = 0;
  s.Text(kHeaderRow, col++, "Actielijn", f.header);
  s.Text(kHeaderRow, col++, "Naam", f.header);
  std::map<int, int> year_col;
  for (int year : ctx.years) {
    year_col[year] = col;
    s.Number(kHeaderRow, col++, year, f.header_year, 5);
  }
  const int total_col = col++, uitgaven_col = col++, verpl_col = col++;
  s.Text(kHeaderRow, total_col, "Begroot totaal", f.header_right);
  s.Text(kHeaderRow, uitgaven_col, "Uitgaven", f.header_right);
  s.Text(kHeaderRow, verpl_col, "Verplichtingen", f.header_right);

  std::string detail = SheetPrefix(kDetail);
  auto sumifs = [&](int detail_col, const std::string& id) -> std::string {
    if (d.last_row < d.first_row) return "0";
    return "SUMIFS(" + detail + Range(d.first_row, detail_col, d.last_row, detail_col, true) + "," +
           detail + Range(d.first_row, d.actielijn_col, d.last_row, d.actielijn_col, true) + "," +
           Quoted(id) + ")";
  };
  int row = kHeaderRow + 1;
  const int first = row;
  for (const ActielijnFigures& a : nat.actielijnen) {
    std::string naam;
    for (const Actielijn& al : ctx.programma.actielijnen)
      if (al.id == a.id) naam = al.naam;
    s.Text(row, 0, a.id, f.text);
    s.Text(row, 1, naam, f.text_wrap);
    Money total;
    for (int year : ctx.years) {
      s.Formula(row, year_col[year], sumifs(d.year_col.at(year), a.id), At(a.begroot, year),
                f.money);
      total = s.Plus(total, At(a.begroot, year));
    }
    s.Formula(row, total_col, sumifs(d.total_col, a.id), total, f.money);
    s.Formula(row, uitgaven_col, sumifs(d.uitgaven_col, a.id), a.uitgaven, f.money);
    s.Formula(row, verpl_col, sumifs(d.verplichtingen_col, a.id), a.verplichtingen, f.money);
    ++row;
  }
  const int last = row - 1;
  if (last >= first)
    s.Check(worksheet_autofilter(ws, kHeaderRow, 0, last, verpl_col), "autofilter");
  s.Text(row, 0, "Totaal", f.text_total);
  s.Blank(row, 1, f.text_total);
  Money begroot_total;
  for (int year : ctx.years) {
    s.Formula(row, year_col[year], Subtotal(first, last, year_col[year]), At(nat.begroot, year),
              f.money_total);
    begroot_total = s.Plus(begroot_total, At(nat.begroot, year));
  }
  s.Formula(row, total_col, Subtotal(first, last, total_col), begroot_total, f.money_total);
  s.Formula(row, uitgaven_col, Subtotal(first, last, uitgaven_col), nat.uitgaven, f.money_total);
  s.Formula(row, verpl_col, Subtotal(first, last, verpl_col), nat.verplichtingen, f.money_total);

  if (last >= first) {
    ColumnChart chart;
    chart.title = "Begroot en uitgaven per actielijn t/m " + ctx.figures.period.ToString();
    chart.data_sheet = kActielijnen;
    chart.header_row = kHeaderRow;
    chart.first_row = first;
    chart.last_row = last;
    chart.category_col = 0;
    ChartSeries begroot{total_col, {}}, uitgaven{uitgaven_col, {}};
    for (const ActielijnFigures& a : nat.actielijnen) {
      Money sum;
      for (const auto& [year, amount] : a.begroot) sum = s.Plus(sum, amount);
      begroot.cached.push_back(sum);
      uitgaven.cached.push_back(a.uitgaven);
    }
    chart.series = {begroot, uitgaven};
    InsertColumnChart(wb, s, row + 2, chart);
  }
  s.IgnoreNumbersStoredAsText();
  worksheet_freeze_panes(ws, kHeaderRow + 1, 1);
  s.SetupPrint(ctx.footer, kHeaderRow);
  s.SetColumnWidths(8, 48);
}

}  // namespace voortgang::xlsx
