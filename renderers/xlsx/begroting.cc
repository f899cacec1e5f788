// The Begroting sheet: themes x years as in the plan's budget table (seed 001 section 4), with
// row and column totals, the available funds beneath, and per theme what was spent and committed.
#include <string>

#include "renderers/xlsx/unit_sheets.h"

namespace voortgang::xlsx {
namespace {

constexpr int kHeaderRow = 3;

std::string Sum(int row1, int col1, int row2, int col2) {
  if (row2 < row1 || col2 < col1) return "0";
  return "SUM(" + Range(row1, col1, row2, col2) + ")";
}

const Thema* FindThema(const Unit& unit, const std::string& id) {
  for (const Thema& t : unit.themas)
    if (t.id == id) return &t;
  return nullptr;
}

Money At(const YearAmounts& amounts, int year) {
  auto it = amounts.find(year);
  return it == amounts.end() ? Money{} : it->second;
}

void AddConditionalFormats(Sheet& s, const BegrotingLayout& l, int saldo_col, int nog_row,
                           int last_year_col) {
  const Formats& f = s.formats();
  // Overspending: uitgaven + verplichtingen above the theme's (or the unit's) total begroot.
  std::string over = "=" + Ref(l.first_theme_row, l.uitgaven_col, false, true) + "+" +
                     Ref(l.first_theme_row, l.verplichtingen_col, false, true) + ">" +
                     Ref(l.first_theme_row, l.total_col, false, true);
  lxw_conditional_format overspending = {};
  overspending.type = LXW_CONDITIONAL_TYPE_FORMULA;
  overspending.value_string = over.data();
  overspending.format = f.cf_alarm;
  s.Check(worksheet_conditional_format_range(s.ws(), l.first_theme_row, 0, l.totaal_row,
                                             saldo_col, &overspending),
          "conditional format");
  // Overprogramming: the cumulative funds of a year fall short of the cumulative plan.
  lxw_conditional_format overprogramming = {};
  overprogramming.type = LXW_CONDITIONAL_TYPE_CELL;
  overprogramming.criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN;
  overprogramming.value = 0;
  overprogramming.format = f.cf_alarm;
  if (last_year_col >= 2)
    s.Check(worksheet_conditional_format_range(s.ws(), nog_row, 2, nog_row, last_year_col,
                                               &overprogramming),
            "conditional format");
}

}  // namespace

std::string BookingsSumifs(const std::string& soort, const std::string& thema_id) {
  std::string t = kBookingsTable;
  std::string f = "SUMIFS(" + t + "[Bedrag]," + t + "[Soort]," + Quoted(soort) + ",";
  if (!thema_id.empty()) f += t + "[Thema]," + Quoted(thema_id) + ",";
  return f + t + "[Periodesleutel],\"<=\"&" + kPeriodKeyName + ")";
}

BegrotingLayout WriteBegroting(lxw_worksheet* ws, const UnitContext& ctx) {
  const Formats& f = ctx.formats;
  const UnitFigures& fig = ctx.figures;
  Sheet s(ws, f, ctx.error);
  BegrotingLayout l;

  s.Text(0, 0, "Begroting per thema en jaar: " + ctx.unit.naam, f.title, false);
  s.Text(1, 0,
         "Bedragen in euro. Uitgaven en verplichtingen t/m de rapportageperiode (" +
             ctx.period.ToString() + "), uit de boekingen.",
         f.note, false);

  int col = 0;
  s.Text(kHeaderRow, col++, "Thema", f.header);
  s.Text(kHeaderRow, col++, "Actielijnen", f.header);
  for (int year : ctx.years) {
    l.year_col[year] = col;
    s.Number(kHeaderRow, col++, year, f.header_year, 5);
  }
  l.total_col = col++;
  l.uitgaven_col = col++;
  l.verplichtingen_col = col++;
  int saldo_col = col++;
  s.Text(kHeaderRow, l.total_col, "Totaal begroot", f.header_right);
  s.Text(kHeaderRow, l.uitgaven_col, "Uitgaven", f.header_right);
  s.Text(kHeaderRow, l.verplichtingen_col, "Verplichtingen", f.header_right);
  s.Text(kHeaderRow, saldo_col, "Saldo", f.header_right);
  int first_year_col = 2, last_year_col = l.total_col - 1;

  int row = kHeaderRow + 1;
  l.first_theme_row = row;
  for (const ThemeFigures& t : fig.themas) {
    const Thema* thema = FindThema(ctx.unit, t.id);
    s.Text(row, 0, thema ? thema->naam : t.id, f.text_wrap);
    std::string lines;
    if (thema)
      for (const Share& share : thema->actielijnen)
        lines += (lines.empty() ? "" : ", ") + share.actielijn;
    s.Text(row, 1, lines, f.text);
    for (int year : ctx.years) {
      auto it = t.begroot.find(year);
      if (it == t.begroot.end()) s.Blank(row, l.year_col[year], f.money);
      else s.Amount(row, l.year_col[year], it->second, f.money);
    }
    s.Formula(row, l.total_col, Sum(row, first_year_col, row, last_year_col), t.begroot_total,
              f.money);
    s.Formula(row, l.uitgaven_col, BookingsSumifs("uitgave", t.id), t.uitgaven, f.money);
    s.Formula(row, l.verplichtingen_col, BookingsSumifs("verplichting", t.id), t.verplichtingen,
              f.money);
    s.Formula(row, saldo_col,
              Ref(row, l.total_col) + "-" + Ref(row, l.uitgaven_col) + "-" +
                  Ref(row, l.verplichtingen_col),
              t.saldo, f.money);
    ++row;
  }
  l.last_theme_row = row - 1;

  l.totaal_row = row++;
  s.Text(l.totaal_row, 0, "Totaal", f.text_total);
  s.Blank(l.totaal_row, 1, f.text_total);
  auto column_sum = [&](int c, Money cached) {
    s.Formula(l.totaal_row, c, Sum(l.first_theme_row, c, l.last_theme_row, c), cached,
              f.money_total);
  };
  for (int year : ctx.years) column_sum(l.year_col[year], At(fig.begroot, year));
  column_sum(l.total_col, fig.begroot_total);
  column_sum(l.uitgaven_col, fig.uitgaven);
  column_sum(l.verplichtingen_col, fig.verplichtingen);
  column_sum(saldo_col, s.Minus(s.Minus(fig.begroot_total, fig.uitgaven), fig.verplichtingen));

  l.beschikbaar_row = row++;
  s.Text(l.beschikbaar_row, 0, "Beschikbaar (middelen)", f.label);
  for (int year : ctx.years) {
    auto it = fig.middelen_per_year.find(year);
    if (it == fig.middelen_per_year.end()) s.Blank(l.beschikbaar_row, l.year_col[year], f.money);
    else s.Amount(l.beschikbaar_row, l.year_col[year], it->second, f.money);
  }
  s.Formula(l.beschikbaar_row, l.total_col,
            Sum(l.beschikbaar_row, first_year_col, l.beschikbaar_row, last_year_col),
            fig.middelen, f.money);

  int verschil_row = row++;
  s.Text(verschil_row, 0, "Beschikbaar min begroot", f.label);
  for (int year : ctx.years) {
    int c = l.year_col[year];
    s.Formula(verschil_row, c, Ref(l.beschikbaar_row, c) + "-" + Ref(l.totaal_row, c),
              s.Minus(At(fig.middelen_per_year, year), At(fig.begroot, year)), f.money);
  }
  s.Formula(verschil_row, l.total_col,
            Ref(l.beschikbaar_row, l.total_col) + "-" + Ref(l.totaal_row, l.total_col),
            s.Minus(fig.middelen, fig.begroot_total), f.money);

  int nog_row = row++;
  s.Text(nog_row, 0, "Nog te programmeren (cumulatief)", f.label);
  for (const YearFigures& y : fig.years) {
    int c = l.year_col[y.year];
    s.Formula(nog_row, c,
              "SUM(" + Ref(l.beschikbaar_row, first_year_col, true, true) + ":" +
                  Ref(l.beschikbaar_row, c) + ")-SUM(" +
                  Ref(l.totaal_row, first_year_col, true, true) + ":" + Ref(l.totaal_row, c) +
                  ")",
              y.nog_te_programmeren, f.money);
  }

  ++row;
  s.Text(row++, 0,
         "Rood gemarkeerd: een thema waarvan uitgaven plus verplichtingen boven het totaal "
         "begroot liggen (overschrijding), en een jaar waarin cumulatief meer is begroot dan "
         "beschikbaar (overprogrammering).",
         f.note, false);

  AddConditionalFormats(s, l, saldo_col, nog_row, last_year_col);
  worksheet_freeze_panes(ws, kHeaderRow + 1, 1);
  s.SetupPrint(ctx.footer, kHeaderRow);
  s.Fit(0, 24);
  s.SetColumnWidths(8, 48);
  return l;
}

}  // namespace voortgang::xlsx
