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

void AddConditionalFormats(Sheet& s, const BegrotingLayout& l, int nog_row) {
  int saldo_col = l.saldo_col, last_year_col = l.total_col - 1;
  const Formats& f = s.formats();
  // Overspending: uitgaven + verplichtingen above the theme's (or the unit's) total begroot.
  std::string over = "=" + Ref(l.first_theme_row, l.uitgaven_col, false, true) + "+" +
                     Ref(l.first_theme_row, l.verplichtingen_col, false, true) + ">" +
                     Ref(l.first_theme_row, l.total_col, false, true);
  lxw_conditional_format overspending = {};
  overspending.type = LXW_CONDITIONAL_TYPE_FORMULA;
  overspending.value_string = over.data();
  overspending.format = f.cf_alarm;
  s.Check(worksheet_conditional_format_range(s.ws(), l.first_theme_row, 0, l.totaal_row, saldo_col,
                                             &overspending),
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

namespace {

constexpr int kFirstYearCol = 2;

void WriteHeader(Sheet& s, const UnitContext& ctx, BegrotingLayout* l) {
  const Formats& f = ctx.formats;
  int col = 0;
  s.Text(kHeaderRow, col++, "Thema", f.header);
  s.Text(kHeaderRow, col++, "Actielijnen", f.header);
  for (int year : ctx.years) {
    l->year_col[year] = col;
    s.Number(kHeaderRow, col++, year, f.header_year, 5);
  }
  l->total_col = col++;
  l->uitgaven_col = col++;
  l->verplichtingen_col = col++;
  l->saldo_col = col++;
  s.Text(kHeaderRow, l->total_col, "Totaal begroot", f.header_right);
  s.Text(kHeaderRow, l->uitgaven_col, "Uitgaven", f.header_right);
  s.Text(kHeaderRow, l->verplichtingen_col, "Verplichtingen", f.header_right);
  s.Text(kHeaderRow, l->saldo_col, "Saldo", f.header_right);
}

/// A row per theme, then their column totals.
void WriteThemeRows(Sheet& s, const UnitContext& ctx, BegrotingLayout* l) {
  const Formats& f = ctx.formats;
  const UnitFigures& fig = ctx.figures;
  int row = kHeaderRow + 1;
  l->first_theme_row = row;
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
      if (it == t.begroot.end())
        s.Blank(row, l->year_col[year], f.money);
      else
        s.Amount(row, l->year_col[year], it->second, f.money);
    }
    s.Formula(row, l->total_col, Sum(row, kFirstYearCol, row, l->total_col - 1), t.begroot_total,
              f.money);
    s.Formula(row, l->uitgaven_col, BookingsSumifs("uitgave", t.id), t.uitgaven, f.money);
    s.Formula(row, l->verplichtingen_col, BookingsSumifs("verplichting", t.id), t.verplichtingen,
              f.money);
    s.Formula(row, l->saldo_col,
              Ref(row, l->total_col) + "-" + Ref(row, l->uitgaven_col) + "-" +
                  Ref(row, l->verplichtingen_col),
              t.saldo, f.money);
    ++row;
  }
  l->last_theme_row = row - 1;

  l->totaal_row = row;
  s.Text(row, 0, "Totaal", f.text_total);
  s.Blank(row, 1, f.text_total);
  auto column_sum = [&](int c, Money cached) {
    s.Formula(row, c, Sum(l->first_theme_row, c, l->last_theme_row, c), cached, f.money_total);
  };
  for (int year : ctx.years) column_sum(l->year_col[year], At(fig.begroot, year));
  column_sum(l->total_col, fig.begroot_total);
  column_sum(l->uitgaven_col, fig.uitgaven);
  column_sum(l->verplichtingen_col, fig.verplichtingen);
  column_sum(l->saldo_col, s.Minus(s.Minus(fig.begroot_total, fig.uitgaven), fig.verplichtingen));
}

/// Beneath the totals, as in seed 001: the funds per year, what is left of them per year, and
/// cumulatively what is still to be programmed. Returns the last row.
int WriteFundsRows(Sheet& s, const UnitContext& ctx, BegrotingLayout* l) {
  const Formats& f = ctx.formats;
  const UnitFigures& fig = ctx.figures;
  const BegrotingLayout& c = *l;
  int last_year_col = c.total_col - 1;
  l->beschikbaar_row = c.totaal_row + 1;
  int besch = c.beschikbaar_row, tot = c.totaal_row;
  s.Text(besch, 0, "Beschikbaar (middelen)", f.label);
  for (int year : ctx.years) {
    auto it = fig.middelen_per_year.find(year);
    if (it == fig.middelen_per_year.end())
      s.Blank(besch, c.year_col.at(year), f.money);
    else
      s.Amount(besch, c.year_col.at(year), it->second, f.money);
  }
  s.Formula(besch, c.total_col, Sum(besch, kFirstYearCol, besch, last_year_col), fig.middelen,
            f.money);

  int verschil = besch + 1;
  s.Text(verschil, 0, "Beschikbaar min begroot", f.label);
  for (int year : ctx.years) {
    int col = c.year_col.at(year);
    s.Formula(verschil, col, Ref(besch, col) + "-" + Ref(tot, col),
              s.Minus(At(fig.middelen_per_year, year), At(fig.begroot, year)), f.money);
  }
  s.Formula(verschil, c.total_col, Ref(besch, c.total_col) + "-" + Ref(tot, c.total_col),
            s.Minus(fig.middelen, fig.begroot_total), f.money);

  int nog = verschil + 1;
  s.Text(nog, 0, "Nog te programmeren (cumulatief)", f.label);
  for (const YearFigures& y : fig.years) {
    int col = c.year_col.at(y.year);
    s.Formula(nog, col,
              "SUM(" + Ref(besch, kFirstYearCol, true, true) + ":" + Ref(besch, col) + ")-SUM(" +
                  Ref(tot, kFirstYearCol, true, true) + ":" + Ref(tot, col) + ")",
              y.nog_te_programmeren, f.money);
  }
  return nog;
}

}  // namespace

BegrotingLayout WriteBegroting(lxw_worksheet* ws, const UnitContext& ctx) {
  const Formats& f = ctx.formats;
  Sheet s(ws, f, ctx.error);
  BegrotingLayout l;
  s.Text(0, 0, "Begroting per thema en jaar: " + ctx.unit.naam, f.title, false);
  s.Text(1, 0,
         "Bedragen in euro. Uitgaven en verplichtingen t/m de rapportageperiode (" +
             ctx.period.ToString() + "), uit de boekingen.",
         f.note, false);
  WriteHeader(s, ctx, &l);
  WriteThemeRows(s, ctx, &l);
  int nog_row = WriteFundsRows(s, ctx, &l);
  s.Text(nog_row + 2, 0,
         "Rood gemarkeerd: een thema waarvan uitgaven plus verplichtingen boven het totaal "
         "begroot liggen (overschrijding), en een jaar waarin cumulatief meer is begroot dan "
         "beschikbaar (overprogrammering).",
         f.note, false);

  AddConditionalFormats(s, l, nog_row);
  worksheet_freeze_panes(ws, kHeaderRow + 1, 1);
  s.SetupPrint(ctx.footer, kHeaderRow);
  s.Fit(0, 24);
  s.SetColumnWidths(8, 48);
  return l;
}

}  // namespace voortgang::xlsx
