// A column-and-line chart as inline SVG (amounts per quarter as columns, their running total as
// a line, a reference level such as the total begroot), with its numbers as a table; the same
// geometry as the PDF's (renderers/pdf/measure_column_chart.cc), in CSS pixels.
#include <algorithm>
#include <cstdint>

#include "pipeline/model/chart_axis.h"
#include "renderers/html/svg.h"

namespace voortgang::html {
namespace {

Rgb LineColour(const HouseStyle& s) { return s.chart_colours[s.chart_colours.size() > 1 ? 1 : 0]; }

/// A stroke, dotted for the reference level.
void Stroke(Writer* w, double x1, double y1, double x2, double y2, double width, Rgb colour,
            bool dotted) {
  w->Raw("<line x1=\"" + N(x1) + "\" y1=\"" + N(y1) + "\" x2=\"" + N(x2) + "\" y2=\"" + N(y2) +
         "\" stroke=\"" + Hex(colour) + "\" stroke-width=\"" + N(width) + "\"" +
         (dotted ? " stroke-dasharray=\"0 " + N(width * 3) + "\" stroke-linecap=\"round\"" : "") +
         "/>\n");
}

void Legend(const doc::ColumnLineChart& c, Svg* svg) {
  const HouseStyle& s = svg->w->style;
  double f = svg->font, lx = 0, mid = f * 0.55;
  auto label = [&](const std::string& t) {
    svg->Text(lx, f * 0.95, t, s.text_colour, "start");
    lx += svg->Width(t) + f * 2;
  };
  svg->Rect(lx, 2, f, f * 0.8, s.chart_colours[0]);
  lx += f * 1.4;
  label(c.columns.label);
  Stroke(svg->w, lx, mid, lx + f * 1.6, mid, 2, LineColour(s), false);
  lx += f * 2;
  label(c.line.label);
  if (c.level) {
    Stroke(svg->w, lx, mid, lx + f * 1.6, mid, 1.6, s.text_colour, true);
    lx += f * 2;
    label(c.level->label);
  }
}

}  // namespace

void WriteColumnLineChart(const doc::ColumnLineChart& c, Writer* w) {
  const HouseStyle& s = w->style;
  Svg svg{w, s.chart_size_pt * 1.5};
  double f = svg.font, lh = f * 1.3;
  size_t n = c.categories.size();
  ValueAxis axis = FitValueAxis(c);
  double tick_w = 0;
  for (int64_t t : axis.Ticks()) tick_w = std::max(tick_w, svg.Width(GroupedDigits(t)));
  double x0 = tick_w + 6, plot_w = kWidth - x0 - 2;
  double plot_top = lh + 8 + lh, plot_h = std::max(150.0, plot_w * 0.34);
  double plot_bottom = plot_top + plot_h;
  double slot = n ? plot_w / double(n) : plot_w;
  bool labels = true;
  for (const doc::ColumnCategory& cat : c.categories)
    labels = labels && svg.Width(cat.label) + 3 <= slot;
  double ty = plot_bottom + f + 3, gy = labels ? ty + lh : ty;
  double height = gy + 6 + (c.axis_label.empty() ? 0 : lh) + 4;
  auto Y = [&](int64_t raw) { return plot_bottom - plot_h * axis.Fraction(raw); };
  auto X = [&](size_t i) { return x0 + slot * (double(i) + 0.5); };

  OpenFigure(c.title, c.alt_text, height, w);
  Legend(c, &svg);
  for (int64_t t : axis.Ticks()) {
    double y = Y(t * axis.divisor);
    svg.Line(x0, y, x0 + plot_w, y, t == 0 ? 1 : 0.6, t == 0 ? s.chart_axis : s.chart_grid);
    svg.Text(x0 - 5, y + f * 0.35, GroupedDigits(t), s.chart_axis, "end");
  }
  double bar = std::min(slot * 0.7, s.bar_thickness_mm * 2 * kPxPerMm);
  for (size_t i = 0; i < n && i < c.columns.values.size(); ++i) {
    int64_t v = c.columns.values[i];
    double top = Y(std::max<int64_t>(v, 0)), bottom = Y(std::min<int64_t>(v, 0));
    if (bottom - top > 0.2) svg.Rect(X(i) - bar / 2, top, bar, bottom - top, s.chart_colours[0]);
  }
  if (c.level) {
    double y = Y(c.level->value);
    Stroke(w, x0, y, x0 + plot_w, y, 1.6, s.text_colour, true);
    svg.Text(x0 + 4, y - 4, c.level->label + " " + c.level->display, s.text_colour, "start");
  }
  size_t points = std::min(n, c.line.values.size());
  if (points > 1) {
    std::string at;
    for (size_t i = 0; i < points; ++i) at += N(X(i)) + "," + N(Y(c.line.values[i])) + " ";
    at.pop_back();
    w->Raw("<polyline fill=\"none\" stroke=\"" + Hex(LineColour(s)) +
           "\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"" + at + "\"/>\n");
  }
  for (size_t i = 0; i < points; ++i)
    w->Raw("<circle cx=\"" + N(X(i)) + "\" cy=\"" + N(Y(c.line.values[i])) + "\" r=\"" +
           (i + 1 == points ? "3.5" : "2.2") + "\" fill=\"" + Hex(LineColour(s)) + "\"/>\n");
  if (points > 0 && points <= c.line.display.size())
    svg.Text(X(points - 1) + slot / 2, Y(c.line.values[points - 1]) - 7,
             c.line.display[points - 1], s.text_colour, "end", true);

  if (labels)
    for (size_t i = 0; i < n; ++i)
      svg.Text(X(i), ty, c.categories[i].label, s.chart_axis, "middle");
  double free_from = 0;
  for (const CategoryRun& run : CategoryRuns(c.categories)) {
    double left = x0 + slot * double(run.first), right = x0 + slot * double(run.last + 1);
    if (run.first > 0) svg.Line(left, plot_bottom, left, gy + 3, 0.6, s.chart_grid);
    std::string t = run.group.empty() && !labels ? c.categories[run.first].label : run.group;
    double tw = svg.Width(t), mid = (left + right) / 2;
    if (t.empty() || mid - tw / 2 < free_from || mid + tw / 2 > kWidth) continue;
    svg.Text(mid, gy, t, s.chart_axis, "middle");
    free_from = mid + tw / 2 + 6;
  }
  if (!c.axis_label.empty())
    svg.Text(x0 + plot_w, gy + 6 + f, c.axis_label, s.chart_axis, "end");
  w->Raw("</svg>\n</div>\n");

  std::vector<std::pair<std::string, std::vector<std::string>>> rows;
  for (size_t i = 0; i < n; ++i)
    rows.push_back({c.categories[i].full,
                    {i < c.columns.display.size() ? c.columns.display[i] : "",
                     i < c.line.display.size() ? c.line.display[i] : ""}});
  if (c.level) rows.push_back({c.level->label, {"", c.level->display}});
  NumbersTable(c.title, {c.columns.label, c.line.label}, rows, w);
  w->Raw("</figure>\n");
}

}  // namespace voortgang::html
