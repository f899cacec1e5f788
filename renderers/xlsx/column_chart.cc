// Column charts whose cached numbers are the figures rather than libxlsxwriter's zeros.
#include "renderers/xlsx/column_chart.h"

#include <cstdlib>

namespace voortgang::xlsx {

void SetCache(lxw_series_range* range, const std::vector<Money>& values) {
  if (!range || !range->data_cache) return;
  for (Money m : values) {
    auto* point = static_cast<lxw_series_data_point*>(calloc(1, sizeof(lxw_series_data_point)));
    if (!point) return;  // without a cache the chart is still right once recalculated
    point->number = Euros(m);
    STAILQ_INSERT_TAIL(range->data_cache, point, list_pointers);
    ++range->num_data_points;
  }
  range->ignore_cache = LXW_TRUE;
}

void InsertColumnChart(lxw_workbook* wb, Sheet& s, int row, const ColumnChart& c) {
  lxw_chart* chart = workbook_add_chart(wb, LXW_CHART_COLUMN);
  const char* sheet = c.data_sheet.c_str();
  for (const ChartSeries& series : c.series) {
    lxw_chart_series* se = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(se, sheet, c.first_row, c.category_col, c.last_row, c.category_col);
    chart_series_set_values(se, sheet, c.first_row, series.col, c.last_row, series.col);
    chart_series_set_name_range(se, sheet, c.header_row, series.col);
    SetCache(se->values, series.cached);
  }
  chart_title_set_name(chart, c.title.c_str());
  chart_axis_set_num_format(chart->y_axis, "[$€-413] #,##0");
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  lxw_chart_options options = {};
  options.x_scale = 2.0;
  options.y_scale = 1.5;
  options.description = const_cast<char*>(c.title.c_str());
  s.Check(worksheet_insert_chart_opt(s.ws(), row, 0, chart, &options), "insert chart");
}

}  // namespace voortgang::xlsx
