// The Actielijnen sheet: each theme's amounts split over its actielijnen (the pipeline's
// largest-remainder shares, as values), then SUMIFS totals per theme, which equal the theme
// totals to the cent, and per actielijn.
#include <string>

#include "renderers/xlsx/unit_sheets.h"

namespace voortgang::xlsx {
namespace {

constexpr int kHeaderRow = 3;
constexpr int kThemaCol = 0;
constexpr int kActielijnCol = 1;
constexpr int kWeightCol = 2;
constexpr int kFirstYearCol = 3;

struct Columns {
  std::map<int, int> year;
  int total = 0;
  int uitgaven = 0;
  int verplichtingen = 0;
};

Money At(const YearAmounts& amounts, int year) {
  auto it = amounts.find(year);
  return it == amounts.end() ? Money{} : it->second;
}

/// Writes the amount columns' headers on `row`.
void AmountHeaders(Sheet& s, int row, const UnitContext& ctx, const Columns& c) {
  const Formats& f = s.formats();
  for (int year : ctx.years) s.Number(row, c.year.at(year), year, f.header_year, 5);
  s.Text(row, c.total, "Begroot totaal", f.header_right);
  s.Text(row, c.uitgaven, "Uitgaven", f.header_right);
  s.Text(row, c.verplichtingen, "Verplichtingen", f.header_right);
}

}  // namespace

void WriteActielijnen(lxw_worksheet* ws, const UnitContext& ctx) {
  const Formats& f = ctx.formats;
  const UnitFigures& fig = ctx.figures;
  Sheet s(ws, f, ctx.error);
  Columns c;
  int col = kFirstYearCol;
  for (int year : ctx.years) c.year[year] = col++;
  c.total = col++;
  c.uitgaven = col++;
  c.verplichtingen = col++;

  s.Text(0, 0, "Begroting, uitgaven en verplichtingen per actielijn: " + ctx.unit.naam, f.title,
         false);
  s.Text(1, 0,
         "Elk bedrag van een thema is naar gewicht over zijn actielijnen verdeeld, in hele centen "
         "(grootste-restmethode); de delen tellen op tot het bedrag van het thema.",
         f.note, false);
  s.Text(kHeaderRow, kThemaCol, "Thema", f.header);
  s.Text(kHeaderRow, kActielijnCol, "Actielijn", f.header);
  s.Text(kHeaderRow, kWeightCol, "Gewicht", f.header_right);
  AmountHeaders(s, kHeaderRow, ctx, c);

  int row = kHeaderRow + 1;
  const int first = row;
  for (const ThemeFigures& t : fig.themas) {
    const Thema* thema = nullptr;
    for (const Thema& candidate : ctx.unit.themas)
      if (candidate.id == t.id) thema = &candidate;
    for (const ActielijnFigures& a : t.split) {
      s.Text(row, kThemaCol, t.id, f.text);
      s.Text(row, kActielijnCol, a.id, f.text);
      // The split is in programma order; the weight belongs to the theme's share of that id.
      if (thema)
        for (const Share& share : thema->actielijnen)
          if (share.actielijn == a.id && share.weight.den != 0)
            s.Number(row, kWeightCol, static_cast<double>(share.weight.num) / share.weight.den,
                     f.percent, 8);
      Money total;
      for (int year : ctx.years) {
        auto it = a.begroot.find(year);
        if (it == a.begroot.end()) {
          s.Blank(row, c.year[year], f.money);
        } else {
          s.Amount(row, c.year[year], it->second, f.money);
          total = s.Plus(total, it->second);
        }
      }
      s.Formula(row, c.total, "SUM(" + Range(row, kFirstYearCol, row, c.total - 1) + ")", total,
                f.money);
      s.Amount(row, c.uitgaven, a.uitgaven, f.money);
      s.Amount(row, c.verplichtingen, a.verplichtingen, f.money);
      ++row;
    }
  }
  const int last = row - 1;
  if (last >= first)
    s.Check(worksheet_autofilter(ws, kHeaderRow, 0, last, c.verplichtingen), "autofilter");

  // SUMIFS over the detail rows by a key column; "0" when there are none.
  auto sumifs = [&](int sum_col, int key_col, const std::string& key) -> std::string {
    if (last < first) return "0";
    return "SUMIFS(" + Range(first, sum_col, last, sum_col, true) + "," +
           Range(first, key_col, last, key_col, true) + "," + Quoted(key) + ")";
  };
  auto amount_row = [&](int r, int key_col, const std::string& key, const YearAmounts& begroot,
                        Money begroot_total, Money uitgaven, Money verplichtingen) {
    for (int year : ctx.years)
      s.Formula(r, c.year[year], sumifs(c.year[year], key_col, key), At(begroot, year), f.money);
    s.Formula(r, c.total, sumifs(c.total, key_col, key), begroot_total, f.money);
    s.Formula(r, c.uitgaven, sumifs(c.uitgaven, key_col, key), uitgaven, f.money);
    s.Formula(r, c.verplichtingen, sumifs(c.verplichtingen, key_col, key), verplichtingen, f.money);
  };

  row += 1;
  s.Text(row, 0, "Totaal per thema", f.header);
  s.Blank(row, 1, f.header);
  s.Blank(row, 2, f.header);
  AmountHeaders(s, row++, ctx, c);
  for (const ThemeFigures& t : fig.themas) {
    std::string naam = t.id;
    for (const Thema& th : ctx.unit.themas)
      if (th.id == t.id) naam = th.naam;
    s.Text(row, 0, naam, f.text_wrap);
    amount_row(row++, kThemaCol, t.id, t.begroot, t.begroot_total, t.uitgaven, t.verplichtingen);
  }

  row += 1;
  s.Text(row, 0, "Totaal per actielijn", f.header);
  s.Blank(row, 1, f.header);
  s.Blank(row, 2, f.header);
  AmountHeaders(s, row++, ctx, c);
  const int first_line = row;
  for (const ActielijnFigures& a : fig.actielijnen) {
    std::string naam = "Actielijn " + a.id;
    for (const Actielijn& al : ctx.inputs.programma.actielijnen)
      if (al.id == a.id) naam += ": " + al.naam;
    Money total;
    for (const auto& [year, amount] : a.begroot) total = s.Plus(total, amount);
    s.Text(row, 0, naam, f.text_wrap);
    amount_row(row++, kActielijnCol, a.id, a.begroot, total, a.uitgaven, a.verplichtingen);
  }
  s.Text(row, 0, "Totaal", f.text_total);
  s.Blank(row, 1, f.text_total);
  s.Blank(row, 2, f.text_total);
  auto column_sum = [&](int col, Money cached) {
    std::string formula =
        row > first_line ? "SUM(" + Range(first_line, col, row - 1, col) + ")" : std::string("0");
    s.Formula(row, col, formula, cached, f.money_total);
  };
  for (int year : ctx.years) column_sum(c.year[year], At(fig.begroot, year));
  column_sum(c.total, fig.begroot_total);
  column_sum(c.uitgaven, fig.uitgaven);
  column_sum(c.verplichtingen, fig.verplichtingen);

  s.IgnoreNumbersStoredAsText();
  worksheet_freeze_panes(ws, kHeaderRow + 1, 1);
  s.SetupPrint(ctx.footer, kHeaderRow);
  s.SetColumnWidths(8, 48);
}

}  // namespace voortgang::xlsx
