// Measuring charts into drawing operations: horizontal grouped bars (long Dutch category names
// read best on the left, values at the bar ends) and small-multiple line charts.
#include <algorithm>
#include <cstdint>

#include "pipeline/model/chart_axis.h"
#include "renderers/pdf/chart_text.h"

namespace voortgang::pdf {

void MeasureBarChart(const doc::BarChart& c, Length width, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  ChartText text{ctx};
  double size = s.chart_size_pt;
  FontSpec font = ctx->Body(size);
  Length lh = ctx->LineHeight(size);
  Length y;
  Item item = text.Start(c.title, c.alt_text, width, &y);
  auto& ops = item.ops;
  // Legend.
  size_t nseries = std::min<size_t>(c.series.size(), 2);
  if (nseries > 1 || (nseries == 1 && !c.series[0].label.empty())) {
    Length lx;
    y += Pt(2);
    for (size_t i = 0; i < nseries; ++i) {
      Rgb col = s.chart_colours[i % s.chart_colours.size()];
      ops.push_back(DrawOp{DrawRect{lx, y + Pt(1.5), Pt(size), Pt(size * 0.8), col}});
      ops.push_back(text.At(c.series[i].label, font, s.text_colour, lx + Pt(size * 1.4),
                            y + Pt(size * 0.95), doc::Align::kLeft));
      lx += Pt(size * 1.4) + text.Width(c.series[i].label, font) + Pt(size * 2);
    }
    y += lh + Pt(4);
  }
  if (nseries == 0 || c.categories.empty()) {
    item.height = y;
    L.items.push_back(std::move(item));
    return;
  }
  // Columns: category labels | bars | room for the value at a bar's end.
  Length label_w;
  for (const std::string& cat : c.categories) label_w = Max(label_w, text.Width(cat, font));
  label_w = Min(label_w + Pt(8), width * 0.38);
  int64_t lo = 0, hi = 0;
  for (size_t i = 0; i < nseries; ++i) {
    for (int64_t v : c.series[i].values) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  }
  Length x0 = label_w, plot_w;

  // Ticks in axis units (value / axis_divisor), integers throughout.
  ValueAxis axis = FitValueAxis(lo, hi, c.axis_divisor);
  // Half of the last tick label stands past the axis end.
  plot_w = width - label_w - text.Width(GroupedDigits(axis.hi + 2 * axis.step), font) / 2 - Pt(2);
  auto X = [&](int64_t raw) { return x0 + plot_w * axis.Fraction(raw); };
  // Room for the value labels inside the plot: lengthen the axis by a step while the label of
  // a bar would run past its end.
  auto labels_fit = [&]() {
    for (size_t i = 0; i < nseries; ++i) {
      const doc::BarSeries& sr = c.series[i];
      for (size_t k = 0; k < sr.display.size() && k < c.categories.size(); ++k) {
        int64_t v = k < sr.values.size() ? sr.values[k] : 0;
        Length end = X(std::max<int64_t>(v, 0)) + Pt(3) + text.Width(sr.display[k], font);
        if (end > x0 + plot_w) return false;
      }
    }
    return true;
  };
  for (int tries = 0; tries < 20 && !labels_fit(); ++tries) axis.hi += axis.step;

  Length bar = Mm(s.bar_thickness_mm), gap = Pt(1);
  Length plot_top = y;
  for (size_t k = 0; k < c.categories.size(); ++k) {
    std::vector<TextLine> cat = text.Lines(c.categories[k], font, s.text_colour, label_w - Pt(8));
    Length bars_h = bar * double(nseries) + gap * double(nseries - 1);
    Length cat_h = lh * double(cat.size());
    Length row_h = Max(bars_h, cat_h) + Pt(6);
    Length mid = y + Pt(3) + Max(bars_h, cat_h) / 2;
    StackLines(std::move(cat), Pt(0), mid - cat_h / 2, label_w - Pt(8), lh, doc::Align::kLeft, "", -1, &ops);
    Length by = mid - bars_h / 2;
    for (size_t i = 0; i < nseries; ++i) {
      const doc::BarSeries& sr = c.series[i];
      int64_t v = k < sr.values.size() ? sr.values[k] : 0;
      Length a = X(std::min<int64_t>(v, 0)), b = X(std::max<int64_t>(v, 0));
      Rgb col = s.chart_colours[i % s.chart_colours.size()];
      if (b - a > Pt(0.2)) ops.push_back(DrawOp{DrawRect{a, by, b - a, bar, col}});
      if (k < sr.display.size())
        ops.push_back(text.At(sr.display[k], font, s.text_colour, b + Pt(3),
                              by + bar / 2 + Pt(size * 0.35), doc::Align::kLeft));
      by += bar + gap;
    }
    y += row_h;
  }
  Length plot_bottom = y;
  // Grid, zero line and tick labels.
  for (int64_t t : axis.Ticks()) {
    Length gx = X(t * axis.divisor);
    bool zero = t == 0;
    ops.insert(ops.begin(), DrawOp{DrawLine{gx, plot_top, gx, plot_bottom, Pt(zero ? 0.8 : 0.4),
                                            zero ? s.chart_axis : s.chart_grid}});
    ops.push_back(text.At(GroupedDigits(t), font, s.chart_axis, gx, plot_bottom + Pt(size + 2),
                          doc::Align::kCenter));
  }
  ops.push_back(DrawOp{DrawLine{x0, plot_bottom, x0 + plot_w, plot_bottom, Pt(0.6), s.chart_axis}});
  y = plot_bottom + Pt(size + 4);
  if (!c.axis_label.empty()) {
    ops.push_back(text.At(c.axis_label, font, s.chart_axis, x0 + plot_w, y + Pt(size),
                          doc::Align::kRight));
    y += lh;
  }
  item.height = y + Pt(4);
  L.items.push_back(std::move(item));
}

// GCC 12 warns that a DrawOp moved when the vector grows may read an uninitialised DrawText
// member (its known false positive on std::variant moves): every DrawOp here is fully built,
// and without this a clean build printed two screens of warnings.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
void MeasureLineChart(const doc::LineChart& c, Length width, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  ChartText text{ctx};
  double size = s.chart_size_pt;
  FontSpec font = ctx->Body(size);
  FontSpec small = ctx->Body(size - 1);
  FontSpec bold = ctx->Body(size + 0.5, true);
  Length lh = ctx->LineHeight(size);
  int figure = ctx->NewGroup();
  if (!c.title.empty()) {
    Item t;
    t.kind = ItemKind::kChart;
    t.keep_with_next = true;
    t.space_before = Pt(s.paragraph_spacing_pt * 1.5);
    t.tags = {Tag{"Figure", figure, c.alt_text}};
    t.height = StackLines(text.Lines(c.title, ctx->Body(size + 2, true), s.heading_colour, width),
                          Pt(0), Pt(0), width, ctx->LineHeight(size + 2), doc::Align::kLeft, "", -1,
                          &t.ops) + Pt(2);
    L.items.push_back(std::move(t));
  }
  int per_row = std::max(1, s.panels_per_row);
  Length hgap = Mm(6);
  Length pw = (width - hgap * double(per_row - 1)) / double(per_row);
  Length ph = Mm(s.panel_height_mm);
  Rgb line_colour = s.chart_colours[0];
  for (size_t first = 0; first < c.panels.size(); first += per_row) {
    Item row;
    row.kind = ItemKind::kChart;
    row.tags = {Tag{"Figure", figure, c.alt_text}};
    // A chart broken over a page becomes two Figure elements (the painter closes tags at a
    // page end): keep the rows together unless the chart is taller than a page.
    row.keep_with_next = first + per_row < c.panels.size();
    row.space_before = Pt(4);
    row.height = ph;
    for (size_t k = first; k < std::min(c.panels.size(), first + per_row); ++k) {
      const doc::LinePanel& p = c.panels[k];
      Length px = (pw + hgap) * double(k - first);
      std::vector<TextLine> title = text.Lines(p.title, bold, s.text_colour, pw);
      if (title.size() > 2) title.resize(2);
      Length y = StackLines(std::move(title), px, Pt(0), pw, ctx->LineHeight(size + 0.5), doc::Align::kLeft,
                            "", -1, &row.ops);
      const std::string& note = p.better == doc::Better::kUp     ? s.better_up_text
                                : p.better == doc::Better::kDown ? s.better_down_text
                                                                 : std::string();
      if (!note.empty()) {
        row.ops.push_back(text.At(note, small, s.chart_axis, px, y + Pt(size - 1),
                                  doc::Align::kLeft));
      }
      y += lh;
      // Plot box: the first and last values sit left and right of the line, years below.
      Length top = y + Pt(4), bottom = ph - Pt(size + 6);
      row.ops.push_back(DrawOp{DrawLine{px, bottom, px + pw, bottom, Pt(0.5), s.chart_axis}});
      if (p.points.empty() || bottom - top < Pt(10)) continue;
      size_t n = p.points.size();
      FontSpec last_font = ctx->Body(size, true);
      Length left = px + text.Width(p.points[0].display, font) + Pt(5);
      Length right = px + pw - text.Width(p.points[n - 1].display, last_font) - Pt(5);
      if (n == 1) right = px + pw - Pt(4);
      int64_t lo = p.points[0].value, hi = p.points[0].value;
      for (const doc::LinePoint& pt : p.points) {
        lo = std::min(lo, pt.value);
        hi = std::max(hi, pt.value);
      }
      int64_t span = hi - lo;
      if (span == 0) span = 1;
      auto PX = [&](size_t i) {
        return n == 1 ? (left + right) / 2 : left + (right - left) * (double(i) / double(n - 1));
      };
      auto PY = [&](int64_t v) {
        // 10% headroom above and below so lines do not touch the frame.
        double f = 0.1 + 0.8 * (static_cast<double>(v - lo) / static_cast<double>(span));
        if (hi == lo) f = 0.5;
        return bottom - (bottom - top) * f;
      };
      for (size_t i = 0; i + 1 < n; ++i)
        row.ops.push_back(DrawOp{DrawLine{PX(i), PY(p.points[i].value), PX(i + 1),
                                          PY(p.points[i + 1].value), Pt(1.4), line_colour,
                                          false, true}});
      Rgb last = line_colour;
      if (n >= 2 && p.better != doc::Better::kNeutral) {
        int64_t d = p.points[n - 1].value - p.points[0].value;
        bool up = p.better == doc::Better::kUp;
        if (d != 0) last = (d > 0) == up ? s.chart_better : s.chart_worse;
      }
      // Years: all when they fit (about 24pt each), else every other one plus the last.
      size_t every = (right - left) / double(std::max<size_t>(n - 1, 1)) < Pt(22) ? 2 : 1;
      for (size_t i = 0; i < n; ++i) {
        Length x = PX(i), yy = PY(p.points[i].value);
        bool is_last = i + 1 == n;
        row.ops.push_back(DrawOp{DrawLine{x, yy, x, yy, Pt(is_last ? 4.5 : 3),
                                          is_last ? last : line_colour, false, true}});
        Length mid = yy + Pt(size * 0.35);
        if (i == 0 && n > 1 && !p.points[i].display.empty())
          row.ops.push_back(text.At(p.points[i].display, font, s.text_colour, x - Pt(4), mid,
                                    doc::Align::kRight));
        if (is_last && !p.points[i].display.empty())
          row.ops.push_back(text.At(p.points[i].display, last_font, s.text_colour, x + Pt(4),
                                    mid, n == 1 ? doc::Align::kLeft : doc::Align::kLeft));
        if (i % every == 0 || is_last)
          row.ops.push_back(text.At(std::to_string(p.points[i].year), small, s.chart_axis, x,
                                    bottom + Pt(size + 1), doc::Align::kCenter));
      }
    }
    L.items.push_back(std::move(row));
  }
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

}  // namespace voortgang::pdf
