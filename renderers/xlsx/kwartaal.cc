// The unit workbook's "Per kwartaal" sheet: a row per theme, a column per quarter, every cell a
// SUMIFS over the bookings table that also stops at the period cell on Overzicht, so a changed
// period moves every amount. The cached amounts are the bookings summed here in exact cents
// (per theme and quarter is no pipeline figure); the total row caches the unit's quarter series.
#include <map>

#include "renderers/xlsx/quarter_grid.h"
#include "renderers/xlsx/unit_sheets.h"

namespace voortgang::xlsx {
namespace {

/// SUMIFS of one kind of booking in column `i`, of one theme or (empty id) all, up to the
/// period cell.
std::string CellSumifs(const QuarterColumns& columns, size_t i, const std::string& soort,
                       const std::string& thema_id) {
  std::string t = kBookingsTable;
  std::string f = "SUMIFS(" + t + "[Bedrag]," + t + "[Soort]," + Quoted(soort) + ",";
  if (!thema_id.empty()) f += t + "[Thema]," + Quoted(thema_id) + ",";
  return f + t + "[Periodesleutel]," + columns.KeyCriterion(i) + "," + t +
         "[Periodesleutel],\"<=\"&" + kPeriodKeyName + ")";
}

QuarterBlock Block(const UnitContext& ctx, Sheet& s, const QuarterColumns& columns, Soort soort) {
  const bool uitgaven = soort == Soort::kUitgave;
  const std::string kind = uitgaven ? "uitgave" : "verplichting";
  // (theme, column) -> amount, for the bookings up to P.
  std::map<std::pair<std::string, size_t>, Money> sums;
  for (const Boeking& b : ctx.unit.budget->boekingen) {
    if (b.soort != soort || ctx.period < b.periode) continue;
    size_t col = 0;
    if (!columns.eerder || !(b.periode < columns.quarters.front())) {
      const Period& first = columns.quarters.front();
      col = (b.periode.year - first.year) * 4 + (b.periode.quarter - first.quarter) +
            (columns.eerder ? 1 : 0);
    }
    Money& m = sums[{b.thema, col}];
    m = s.Plus(m, b.bedrag);
  }
  QuarterBlock block;
  block.title = uitgaven ? "Uitgaven per thema" : "Verplichtingen per thema";
  block.series = uitgaven ? "Uitgaven" : "Verplichtingen";
  for (const Thema& t : ctx.unit.themas) {
    QuarterRow r;
    r.label = t.naam;
    for (size_t i = 0; i < columns.size(); ++i) {
      r.formulas.push_back(CellSumifs(columns, i, kind, t.id));
      auto it = sums.find({t.id, i});
      r.cached.push_back(it == sums.end() ? Money{} : it->second);
      r.total_cached = s.Plus(r.total_cached, r.cached.back());
    }
    r.total_formula = BookingsSumifs(kind, t.id);
    block.rows.push_back(std::move(r));
  }
  const UnitFigures& f = ctx.figures;
  for (size_t i = 0; i < columns.size(); ++i) {
    block.total.formulas.push_back(CellSumifs(columns, i, kind, ""));
    const QuarterFigures& q =
        columns.eerder && i == 0 ? *f.eerder : f.quarters[i - (columns.eerder ? 1 : 0)];
    block.total.cached.push_back(uitgaven ? q.uitgaven : q.verplichtingen);
  }
  block.total.total_formula = BookingsSumifs(kind, "");
  block.total.total_cached = uitgaven ? f.uitgaven : f.verplichtingen;
  return block;
}

}  // namespace

void WritePerKwartaal(lxw_workbook* wb, lxw_worksheet* ws, const UnitContext& ctx) {
  QuarterColumns columns;
  if (ctx.figures.eerder) columns.eerder = ctx.figures.eerder->period;
  for (const QuarterFigures& q : ctx.figures.quarters) columns.quarters.push_back(q.period);
  // Only the sums need the sheet (its overflow check); the sheet itself is written below.
  std::string scratch;
  Sheet sums(ws, ctx.formats, &scratch);
  std::vector<QuarterBlock> blocks;
  if (!columns.quarters.empty())
    blocks = {Block(ctx, sums, columns, Soort::kUitgave),
              Block(ctx, sums, columns, Soort::kVerplichting)};
  if (!scratch.empty() && ctx.error->empty()) *ctx.error = scratch;
  WriteQuarterSheet(wb, ws, ctx.formats, "Per kwartaal geboekt, t/m " + ctx.period.ToString(),
                    "Per thema wat in elk kwartaal is geboekt (blad " + std::string(kBoekingen) +
                        "); de kolom t/m periode en de cumulatieve rij tellen t/m de "
                        "rapportageperiode op " + kOverzicht + ", en een kwartaal daarna telt "
                        "als 0.",
                    columns, blocks, ctx.footer, ctx.error);
}

}  // namespace voortgang::xlsx
