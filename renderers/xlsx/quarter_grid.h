// The "Per kwartaal" sheet of either workbook (changes.md): quarters as columns, a block for
// uitgaven and one for verplichtingen, each with its rows (themes or units), a total row and a
// cumulative row, and a native chart of the totals per quarter. The callers say what each cell
// computes (a SUMIFS) and what it comes to; this lays it out.
#pragma once

#include <xlsxwriter.h>

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/figures.h"
#include "renderers/xlsx/sheet.h"

namespace voortgang::xlsx {

inline constexpr const char* kPerKwartaal = "Per kwartaal";

/// The columns: "eerder" (the quarters before the last kMaxQuarters, summed) when there is
/// one, then one per quarter up to P.
struct QuarterColumns {
  std::optional<Period> eerder;  ///< the first quarter "eerder" sums
  std::vector<Period> quarters;

  size_t size() const { return quarters.size() + (eerder ? 1 : 0); }
  /// The SUMIFS criterion on a period key for column `i`: "20241", or "\"<20121\"" for eerder.
  std::string KeyCriterion(size_t i) const;
  std::string Label(size_t i) const;  ///< "Q1 2024" or "eerder"
};

/// One row of a block: every column's formula and cached amount, and the row's total.
struct QuarterRow {
  std::string label;
  std::vector<std::string> formulas;
  std::vector<Money> cached;
  std::string total_formula;
  Money total_cached;
};

struct QuarterBlock {
  std::string title;             ///< "Uitgaven per thema", the block's header
  std::string series;            ///< "Uitgaven", its total row's name in the chart
  std::vector<QuarterRow> rows;  ///< themes or units
  QuarterRow total;              ///< "Totaal"; formulas empty = SUBTOTAL of the rows above
};

/// Writes the title, the blocks and the chart of their totals; `note` says what the cells sum.
/// A libxlsxwriter failure becomes *error.
void WriteQuarterSheet(lxw_workbook* wb, lxw_worksheet* ws, const Formats& f,
                       const std::string& title, const std::string& note,
                       const QuarterColumns& columns, const std::vector<QuarterBlock>& blocks,
                       const std::string& footer, std::string* error);

}  // namespace voortgang::xlsx
