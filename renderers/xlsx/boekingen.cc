// The Boekingen sheet: every booking of the unit as a row of an Excel Table (autofilter, total
// row, typed columns), in period order; bookings after the reporting period are shown but muted,
// and the SUMIFS elsewhere leave them out by their period key. Each row says where the booking
// came from (budget.toml or the CSV export, and the line), so a figure can be traced back.
#include <algorithm>
#include <string>
#include <vector>

#include "renderers/xlsx/unit_sheets.h"

namespace voortgang::xlsx {
namespace {

enum Column {
  kPeriode, kSleutel, kThema, kLijnen, kSoort, kBedrag, kOmschrijving, kHerkomst, kColumns
};

/// "boekingen.csv:12": the file name within the unit folder and the line.
std::string HerkomstOf(const SourceRef& where) {
  if (where.file.empty()) return "";
  std::size_t slash = where.file.rfind('/');
  std::string name = slash == std::string::npos ? where.file : where.file.substr(slash + 1);
  return name + ":" + std::to_string(where.line);
}

std::string ActielijnenOf(const Unit& unit, const std::string& thema_id) {
  std::string out;
  for (const Thema& t : unit.themas) {
    if (t.id != thema_id) continue;
    for (const Share& s : t.actielijnen) out += (out.empty() ? "" : ", ") + s.actielijn;
  }
  return out;
}

}  // namespace

void WriteBoekingen(lxw_worksheet* ws, const UnitContext& ctx) {
  const Formats& f = ctx.formats;
  Sheet s(ws, f, ctx.error);
  const Budget& budget = *ctx.unit.budget;

  std::vector<const Boeking*> rows;
  for (const Boeking& b : budget.boekingen) rows.push_back(&b);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Boeking* a, const Boeking* b) { return a->periode < b->periode; });

  // The table's own total is of every row, also those after the period; it is no figure of
  // the pipeline, so it is summed here, exactly, in cents.
  Money all;
  int row = 1;
  for (const Boeking* b : rows) {
    s.Text(row, kPeriode, b->periode.ToString(), f.text);
    s.Number(row, kSleutel, PeriodKey(b->periode), f.key, 5);
    s.Text(row, kThema, b->thema, f.text);
    s.Text(row, kLijnen, ActielijnenOf(ctx.unit, b->thema), f.text);
    s.Text(row, kSoort, b->soort == Soort::kUitgave ? "uitgave" : "verplichting", f.text);
    s.Amount(row, kBedrag, b->bedrag, f.money);
    s.Text(row, kOmschrijving, b->omschrijving, f.text_wrap_indent);
    s.Text(row, kHerkomst, HerkomstOf(b->where), f.text);
    all = s.Plus(all, b->bedrag);
    ++row;
  }
  int last_data_row = std::max(row - 1, 1);  // a table needs a data row, even an empty one
  int total_row = last_data_row + 1;

  static const char* kHeaders[kColumns] = {
      "Periode", "Periodesleutel", "Thema", "Actielijnen", "Soort", "Bedrag", "Omschrijving",
      "Herkomst"};
  lxw_table_column columns[kColumns] = {};
  lxw_table_column* column_ptrs[kColumns + 1] = {};
  for (int c = 0; c < kColumns; ++c) {
    columns[c].header = const_cast<char*>(kHeaders[c]);
    columns[c].header_format = c == kBedrag ? f.header_right : f.header;
    column_ptrs[c] = &columns[c];
    s.Fit(c, TextChars(kHeaders[c]) + 2);  // room for the filter button
  }
  columns[kPeriode].total_string = const_cast<char*>("Totaal");
  columns[kBedrag].total_function = LXW_TABLE_FUNCTION_SUM;
  columns[kBedrag].format = f.money;
  columns[kSleutel].format = f.key;
  lxw_table_options options = {};
  options.name = const_cast<char*>(kBookingsTable);
  options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  options.style_type_number = 9;
  options.total_row = LXW_TRUE;
  options.columns = column_ptrs;
  s.Check(worksheet_add_table(ws, 0, 0, total_row, kColumns - 1, &options), "add table");
  // libxlsxwriter writes the total without the table's name, which LibreOffice cannot read.
  s.Formula(total_row, kBedrag, std::string("SUBTOTAL(109,") + kBookingsTable + "[Bedrag])", all,
            f.money_total);

  if (!rows.empty()) {
    std::string after = "=" + Ref(1, kSleutel, false, true) + ">" + kPeriodKeyName;
    lxw_conditional_format muted = {};
    muted.type = LXW_CONDITIONAL_TYPE_FORMULA;
    muted.value_string = after.data();
    muted.format = f.cf_muted;
    s.Check(worksheet_conditional_format_range(ws, 1, 0, last_data_row, kColumns - 1, &muted),
            "conditional format");
  }
  s.IgnoreNumbersStoredAsText();  // "Actielijnen" may read "2"
  worksheet_freeze_panes(ws, 1, 1);
  s.SetupPrint(ctx.footer, 0);
  s.SetColumnWidths(8, 60);
}

}  // namespace voortgang::xlsx
