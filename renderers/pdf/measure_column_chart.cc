// Measuring a column-and-line chart (amounts per quarter as columns, their running total as a
// line, a reference level such as the total begroot) into drawing operations. Categories run
// left to right; under the columns their labels ("Q1") and, once per run, the group ("2024").
#include <algorithm>
#include <cstdint>

#include "pipeline/model/chart_axis.h"
#include "renderers/pdf/chart_text.h"

// GCC 12's false positive on std::variant moves of DrawOp (see measure_chart.cc).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace voortgang::pdf {
namespace {

/// The legend: a swatch per series and the level's dotted line, in one row.
Length Legend(const doc::ColumnLineChart& c, Length y, ChartText* text, std::vector<DrawOp>* ops) {
  const HouseStyle& s = text->ctx->style;
  double size = s.chart_size_pt;
  FontSpec font = text->ctx->Body(size);
  Rgb bar_colour = s.chart_colours[0];
  Rgb line_colour = s.chart_colours[s.chart_colours.size() > 1 ? 1 : 0];
  Length lx, mid = y + Pt(size * 0.6);
  auto label = [&](const std::string& t) {
    ops->push_back(text->At(t, font, s.text_colour, lx, y + Pt(size * 0.95), doc::Align::kLeft));
    lx += text->Width(t, font) + Pt(size * 2);
  };
  ops->push_back(DrawOp{DrawRect{lx, y + Pt(1.5), Pt(size), Pt(size * 0.8), bar_colour}});
  lx += Pt(size * 1.4);
  label(c.columns.label);
  ops->push_back(DrawOp{DrawLine{lx, mid, lx + Pt(size * 1.6), mid, Pt(1.4), line_colour, false,
                                 true}});
  lx += Pt(size * 2);
  label(c.line.label);
  if (c.level) {
    ops->push_back(
        DrawOp{DrawLine{lx, mid, lx + Pt(size * 1.6), mid, Pt(1.2), s.text_colour, true, true}});
    lx += Pt(size * 2);
    label(c.level->label);
  }
  return y + text->ctx->LineHeight(size) + Pt(4);
}

}  // namespace

void MeasureColumnLineChart(const doc::ColumnLineChart& c, Length width, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  ChartText text{ctx};
  double size = s.chart_size_pt;
  FontSpec font = ctx->Body(size);
  Length lh = ctx->LineHeight(size);
  Length y;
  Item item = text.Start(c.title, c.alt_text, width, &y);
  auto& ops = item.ops;
  y = Legend(c, y + Pt(2), &text, &ops);
  size_t n = c.categories.size();
  if (n == 0) {
    item.height = y;
    ctx->layout->items.push_back(std::move(item));
    return;
  }

  ValueAxis axis = FitValueAxis(c);
  Length tick_w;
  for (int64_t t : axis.Ticks()) tick_w = Max(tick_w, text.Width(GroupedDigits(t), font));
  Length x0 = tick_w + Pt(4), plot_w = width - x0 - Pt(2);
  // As wide as the column and about a third as high: the line's rise reads at a glance.
  Length plot_top = y + lh, plot_h = Max(Mm(40), plot_w * 0.34);
  Length plot_bottom = plot_top + plot_h;
  auto Y = [&](int64_t raw) { return plot_bottom - plot_h * axis.Fraction(raw); };
  Length slot = plot_w / double(n);
  auto X = [&](size_t i) { return x0 + slot * (double(i) + 0.5); };

  for (int64_t t : axis.Ticks()) {
    Length gy = Y(t * axis.divisor);
    ops.push_back(DrawOp{DrawLine{x0, gy, x0 + plot_w, gy, Pt(t == 0 ? 0.8 : 0.4),
                                  t == 0 ? s.chart_axis : s.chart_grid}});
    ops.push_back(text.At(GroupedDigits(t), font, s.chart_axis, x0 - Pt(4), gy + Pt(size * 0.35),
                          doc::Align::kRight));
  }
  Length bar = Min(slot * 0.7, Mm(s.bar_thickness_mm * 2));
  for (size_t i = 0; i < n && i < c.columns.values.size(); ++i) {
    int64_t v = c.columns.values[i];
    Length top = Y(std::max<int64_t>(v, 0)), bottom = Y(std::min<int64_t>(v, 0));
    if (bottom - top > Pt(0.2))
      ops.push_back(DrawOp{DrawRect{X(i) - bar / 2, top, bar, bottom - top, s.chart_colours[0]}});
  }
  if (c.level) {
    Length ly = Y(c.level->value);
    ops.push_back(DrawOp{DrawLine{x0, ly, x0 + plot_w, ly, Pt(1.2), s.text_colour, true, true}});
    ops.push_back(text.At(c.level->label + " " + c.level->display, font, s.text_colour,
                          x0 + Pt(3), ly - Pt(3), doc::Align::kLeft));
  }
  Rgb line_colour = s.chart_colours[s.chart_colours.size() > 1 ? 1 : 0];
  size_t points = std::min(n, c.line.values.size());
  for (size_t i = 0; i + 1 < points; ++i)
    ops.push_back(DrawOp{DrawLine{X(i), Y(c.line.values[i]), X(i + 1), Y(c.line.values[i + 1]),
                                  Pt(1.4), line_colour, false, true}});
  for (size_t i = 0; i < points; ++i) {
    Length py = Y(c.line.values[i]);
    ops.push_back(DrawOp{DrawLine{X(i), py, X(i), py, Pt(i + 1 == points ? 4.5 : 3), line_colour,
                                  false, true}});
  }
  if (points > 0 && points <= c.line.display.size())
    ops.push_back(text.At(c.line.display[points - 1], ctx->Body(size, true), s.text_colour,
                          X(points - 1) + slot / 2, Y(c.line.values[points - 1]) - Pt(5),
                          doc::Align::kRight));

  // Under the columns: the labels when each fits its slot, then the groups once per run.
  bool labels = true;
  for (const doc::ColumnCategory& cat : c.categories)
    labels = labels && text.Width(cat.label, font) + Pt(2) <= slot;
  Length ty = plot_bottom + Pt(size + 2);
  if (labels)
    for (size_t i = 0; i < n; ++i)
      ops.push_back(text.At(c.categories[i].label, font, s.chart_axis, X(i), ty,
                            doc::Align::kCenter));
  Length gy = labels ? ty + lh : ty;
  Length free_from = Pt(0);
  for (const CategoryRun& run : CategoryRuns(c.categories)) {
    Length left = x0 + slot * double(run.first), right = x0 + slot * double(run.last + 1);
    if (run.first > 0)
      ops.push_back(DrawOp{DrawLine{left, plot_bottom, left, gy + Pt(2), Pt(0.4), s.chart_grid}});
    std::string t = run.group.empty() && !labels ? c.categories[run.first].label : run.group;
    Length w = text.Width(t, font), mid = (left + right) / 2;
    if (t.empty() || mid - w / 2 < free_from || mid + w / 2 > width) continue;
    ops.push_back(text.At(t, font, s.chart_axis, mid, gy, doc::Align::kCenter));
    free_from = mid + w / 2 + Pt(4);
  }
  y = gy + Pt(4);
  if (!c.axis_label.empty()) {
    ops.push_back(text.At(c.axis_label, font, s.chart_axis, x0 + plot_w, y + Pt(size),
                          doc::Align::kRight));
    y += lh;
  }
  item.height = y + Pt(4);
  ctx->layout->items.push_back(std::move(item));
}

}  // namespace voortgang::pdf
