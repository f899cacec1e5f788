// The begroot vs uitgaven column chart, with its data cache filled from the figures: left to
// itself libxlsxwriter caches formula cells as 0, which previewers would draw as empty bars.
#pragma once

#include <xlsxwriter.h>

#include <string>
#include <vector>

#include "pipeline/model/money.h"
#include "renderers/xlsx/sheet.h"

namespace voortgang::xlsx {

struct ChartSeries {
  int col = 0;                ///< values in rows first_row..last_row of this column
  std::vector<Money> cached;  ///< one per row: what the formulas there compute
};

struct ColumnChart {
  std::string title;
  std::string data_sheet;  ///< where categories and values are
  int header_row = 0;      ///< series names come from this row
  int first_row = 0;
  int last_row = 0;
  int category_col = 0;
  std::vector<ChartSeries> series;
};

/// Fills a series range's number cache with `values` and tells libxlsxwriter not to overwrite
/// it; the chart frees the points (calloc'ed, as its own are) when the workbook closes.
void SetCache(lxw_series_range* range, const std::vector<Money>& values);

/// Inserts the chart into `s` with its top-left corner at (row, 0).
void InsertColumnChart(lxw_workbook* wb, Sheet& s, int row, const ColumnChart& chart);

}  // namespace voortgang::xlsx
