// The national workbook's "Per kwartaal" sheet: a row per unit, a column per quarter. The
// national workbook holds no bookings (nationally they run to a hundred megabytes of input), so
// its SUMIFS sum the sheet Kwartaalcijfers: one row per unit, quarter and kind with the amount
// the pipeline computed (the unit's quarter series), which finance staff can also filter and
// pivot. The columns are the last kMaxQuarters quarters up to P over all units, earlier ones in
// "eerder", exactly as each unit's own series: a unit with an "eerder" has it before the same
// first quarter.
#include <algorithm>

#include "renderers/xlsx/national_sheets.h"
#include "renderers/xlsx/quarter_grid.h"
#include "renderers/xlsx/unit_sheets.h"

namespace voortgang::xlsx {
namespace {

enum DataColumn { kEenheid, kPeriode, kSleutel, kSoort, kBedrag, kDataColumns };

/// The data columns by defined name, which keeps the SUMIFS short enough to read.
constexpr const char* kNames[kDataColumns] = {"Kwartaal_eenheid", "", "Kwartaal_sleutel",
                                              "Kwartaal_soort", "Kwartaal_bedrag"};

struct DataRange {
  int first = 1;
  int last = 0;  ///< < first when there are no rows
  std::string Col(int col) const { return kNames[col]; }
};

QuarterColumns NationalColumns(const Figures& figures) {
  QuarterColumns columns;
  std::optional<Period> first;
  for (const UnitFigures& u : figures.units) {
    if (!u.has_budget || u.quarters.empty()) continue;
    if (u.eerder && (!columns.eerder || u.eerder->period < *columns.eerder))
      columns.eerder = u.eerder->period;
    if (!first || u.quarters.front().period < *first) first = u.quarters.front().period;
  }
  if (!first) return columns;
  if (columns.eerder) {  // then every unit's series starts at the same quarter, P - 39
    first = figures.period;
    for (int i = 1; i < kMaxQuarters; ++i) first = PreviousPeriod(*first);
  }
  for (Period p = *first; !(figures.period < p); p = NextPeriod(p)) columns.quarters.push_back(p);
  return columns;
}

DataRange WriteData(lxw_workbook* wb, lxw_worksheet* ws, const NationalContext& ctx) {
  const Formats& f = ctx.formats;
  Sheet s(ws, f, ctx.error);
  const char* headers[kDataColumns] = {"Eenheid", "Periode", "Periodesleutel", "Soort", "Bedrag"};
  for (int c = 0; c < kDataColumns; ++c)
    s.Text(0, c, headers[c], c == kBedrag ? f.header_right : f.header);
  int row = 1;
  auto put = [&](const std::string& unit, const std::string& periode, Period key,
                 const char* soort, Money m) {
    if (m.cents == 0) return;
    s.Text(row, kEenheid, unit, f.text);
    s.Text(row, kPeriode, periode, f.text);
    s.Number(row, kSleutel, PeriodKey(key), f.key, 5);
    s.Text(row, kSoort, soort, f.text);
    s.Amount(row, kBedrag, m, f.money);
    ++row;
  };
  for (size_t i = 0; i < ctx.figures.units.size() && i < ctx.units.size(); ++i) {
    const UnitFigures& u = ctx.figures.units[i];
    if (!u.has_budget) continue;
    const std::string& id = ctx.units[i].id;
    if (u.eerder) {  // the quarters before the shown ones, under the first of them
      put(id, "eerder", u.eerder->period, "uitgave", u.eerder->uitgaven);
      put(id, "eerder", u.eerder->period, "verplichting", u.eerder->verplichtingen);
    }
    for (const QuarterFigures& q : u.quarters) {
      put(id, q.period.ToString(), q.period, "uitgave", q.uitgaven);
      put(id, q.period.ToString(), q.period, "verplichting", q.verplichtingen);
    }
  }
  DataRange range;
  range.last = row - 1;
  if (range.last >= range.first) {
    s.Check(worksheet_autofilter(ws, 0, 0, range.last, kDataColumns - 1), "autofilter");
    for (int c : {kEenheid, kSleutel, kSoort, kBedrag}) {  // the columns the SUMIFS name
      std::string target = "=" + SheetPrefix(kKwartaalcijfers) +
                           Range(range.first, c, range.last, c, true);
      s.Check(workbook_define_name(wb, kNames[c], target.c_str()),
              std::string("define name ") + kNames[c]);
    }
  }
  s.IgnoreNumbersStoredAsText();
  worksheet_freeze_panes(ws, 1, 0);
  s.SetupPrint(ctx.footer, 0);
  s.SetColumnWidths(8, 40);
  return range;
}

QuarterBlock Block(const NationalContext& ctx, Sheet& s, const QuarterColumns& columns,
                   const DataRange& data, bool uitgaven) {
  const std::string kind = uitgaven ? "uitgave" : "verplichting";
  auto sumifs = [&](const std::string& id, const std::string& key) {
    std::string f = "SUMIFS(" + data.Col(kBedrag) + "," + data.Col(kEenheid) + "," + Quoted(id) +
                    "," + data.Col(kSoort) + "," + Quoted(kind);
    if (!key.empty()) f += "," + data.Col(kSleutel) + "," + key;
    return f + ")";
  };
  QuarterBlock block;
  block.title = uitgaven ? "Uitgaven per eenheid" : "Verplichtingen per eenheid";
  block.series = uitgaven ? "Uitgaven" : "Verplichtingen";
  block.total.cached.assign(columns.size(), Money{});
  for (size_t u = 0; u < ctx.figures.units.size() && u < ctx.units.size(); ++u) {
    const UnitFigures& fig = ctx.figures.units[u];
    if (!fig.has_budget) continue;
    const UnitSummary& unit = ctx.units[u];
    QuarterRow r;
    r.label = unit.naam;
    for (size_t i = 0; i < columns.size(); ++i) {
      Money m;
      if (columns.eerder && i == 0) {
        if (fig.eerder) m = uitgaven ? fig.eerder->uitgaven : fig.eerder->verplichtingen;
      } else {
        const Period& p = columns.quarters[i - (columns.eerder ? 1 : 0)];
        for (const QuarterFigures& q : fig.quarters)
          if (q.period == p) m = uitgaven ? q.uitgaven : q.verplichtingen;
      }
      r.formulas.push_back(data.last < data.first ? "0" : sumifs(unit.id, columns.KeyCriterion(i)));
      r.cached.push_back(m);
      block.total.cached[i] = s.Plus(block.total.cached[i], m);
    }
    r.total_formula = data.last < data.first ? "0" : sumifs(unit.id, "");
    r.total_cached = uitgaven ? fig.uitgaven : fig.verplichtingen;
    block.total.total_cached = s.Plus(block.total.total_cached, r.total_cached);
    block.rows.push_back(std::move(r));
  }
  return block;
}

}  // namespace

void WriteNationalPerKwartaal(lxw_workbook* wb, lxw_worksheet* per_kwartaal,
                              lxw_worksheet* kwartaalcijfers, const NationalContext& ctx) {
  DataRange data = WriteData(wb, kwartaalcijfers, ctx);
  QuarterColumns columns = NationalColumns(ctx.figures);
  std::string scratch;
  Sheet sums(per_kwartaal, ctx.formats, &scratch);
  std::vector<QuarterBlock> blocks;
  if (!columns.quarters.empty())
    blocks = {Block(ctx, sums, columns, data, true), Block(ctx, sums, columns, data, false)};
  if (!scratch.empty() && ctx.error->empty()) *ctx.error = scratch;
  WriteQuarterSheet(wb, per_kwartaal, ctx.formats,
                    "Per kwartaal geboekt, alle eenheden, t/m " + ctx.figures.period.ToString(),
                    std::string("Per eenheid wat in elk kwartaal is geboekt: de som van het blad ") +
                        kKwartaalcijfers + ". De totaalrij telt alleen de zichtbare rijen.",
                    columns, blocks, ctx.footer, ctx.error);
}

}  // namespace voortgang::xlsx
