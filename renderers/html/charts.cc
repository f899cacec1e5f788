// Charts as inline SVG beside their numbers. The SVG is a picture with the PDF's alt text
// (role="img"); the same numbers stand in a table below it, so they are never only a picture.
#include <algorithm>
#include <cstdint>
#include <map>

#include "pipeline/model/chart_axis.h"
#include "renderers/html/svg.h"

namespace voortgang::html {
namespace {

/// Words into lines of at most `max_chars` characters (a longer word gets a line of its own).
std::vector<std::string> Wrap(const std::string& text, std::size_t max_chars) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    if (!word.empty()) {
      if (!line.empty() && Chars(line) + 1 + Chars(word) > max_chars) {
        lines.push_back(line);
        line.clear();
      }
      line += (line.empty() ? "" : " ") + word;
    }
    start = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace

std::string OpenFigure(const std::string& title, const std::string& alt, double height,
                       Writer* w) {
  std::string id = "figuur-" + std::to_string(++w->figures);
  w->Raw("<figure class=\"grafiek\" id=\"" + id + "\">\n");
  if (!title.empty()) {
    w->Raw("<figcaption id=\"" + id + "-titel\">");
    w->Text(title);
    w->Raw("</figcaption>\n");
  }
  // On a narrow screen the picture keeps a legible size and scrolls in its own box, which a
  // keyboard can reach as it can a wide table's.
  w->Raw("<div class=\"tekening\" tabindex=\"0\"");
  if (!title.empty()) w->Raw(" role=\"region\" aria-labelledby=\"" + id + "-titel\"");
  w->Raw(">\n<svg role=\"img\" aria-labelledby=\"" + id + "-alt\" viewBox=\"0 0 " + N(kWidth) + " " +
         N(height) + "\" width=\"" + N(kWidth) + "\" height=\"" + N(height) +
         "\" font-size=\"" + N(w->style.chart_size_pt * 1.5) + "\">\n<title id=\"" + id +
         "-alt\">");
  w->Text(alt.empty() ? title : alt);
  w->Raw("</title>\n");
  return id;
}

void NumbersTable(const std::string& caption, const std::vector<std::string>& columns,
                  const std::vector<std::pair<std::string, std::vector<std::string>>>& rows,
                  Writer* w) {
  doc::Table t;
  t.caption = caption;
  t.id = "figuur-" + std::to_string(w->figures) + "-cijfers";
  t.columns.push_back({doc::Align::kLeft, false});
  doc::Row header;
  header.cells.push_back({});
  for (const std::string& c : columns) {
    header.cells.push_back({{doc::Text(c)}});
    t.columns.push_back({doc::Align::kRight, true});
  }
  t.header = std::move(header);
  for (const auto& [label, cells] : rows) {
    doc::Row row;
    row.cells.push_back({{doc::Text(label)}});
    for (const std::string& c : cells) row.cells.push_back({{doc::Text(c)}});
    t.body.push_back(std::move(row));
  }
  w->Raw("<details>\n<summary>");
  w->Text(w->style.figure_numbers_text);
  w->Raw("</summary>\n");
  WriteTable(t, w);
  w->Raw("</details>\n");
}


void WriteBarChart(const doc::BarChart& c, Writer* w) {
  const HouseStyle& s = w->style;
  Svg svg{w, s.chart_size_pt * 1.5};
  double lh = svg.font * 1.3;
  size_t nseries = std::min<size_t>(c.series.size(), 2);
  // Columns: category labels | bars | room for the value at a bar's end.
  double label_w = 0;
  for (const std::string& cat : c.categories) label_w = std::max(label_w, svg.Width(cat));
  label_w = std::min(label_w + 8, kWidth * 0.38);
  std::size_t label_chars = static_cast<std::size_t>((label_w - 8) / (0.55 * svg.font));
  int64_t lo = 0, hi = 0;
  for (size_t i = 0; i < nseries; ++i) {
    for (int64_t v : c.series[i].values) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  }
  ValueAxis axis = FitValueAxis(lo, hi, c.axis_divisor);
  double x0 = label_w;
  double plot_w = kWidth - label_w - svg.Width(GroupedDigits(axis.hi + 2 * axis.step)) / 2 - 2;
  auto X = [&](int64_t raw) { return x0 + plot_w * axis.Fraction(raw); };
  auto labels_fit = [&]() {
    for (size_t i = 0; i < nseries; ++i) {
      const doc::BarSeries& sr = c.series[i];
      for (size_t k = 0; k < sr.display.size() && k < c.categories.size(); ++k) {
        int64_t v = k < sr.values.size() ? sr.values[k] : 0;
        if (X(std::max<int64_t>(v, 0)) + 3 + svg.Width(sr.display[k]) > x0 + plot_w) return false;
      }
    }
    return true;
  };
  for (int tries = 0; tries < 20 && !labels_fit(); ++tries) axis.hi += axis.step;

  double bar = s.bar_thickness_mm * kPxPerMm, gap = 1.5;
  double bars_h = bar * double(nseries) + gap * double(nseries > 0 ? nseries - 1 : 0);
  std::vector<std::vector<std::string>> labels;
  double height = 0;
  bool legend = nseries > 1 || (nseries == 1 && !c.series[0].label.empty());
  if (legend) height += lh + 8;
  double plot_top = height;
  for (const std::string& cat : c.categories) {
    labels.push_back(Wrap(cat, std::max<std::size_t>(label_chars, 8)));
    height += std::max(bars_h, lh * double(labels.back().size())) + 8;
  }
  double plot_bottom = height;
  height += svg.font + 6 + (c.axis_label.empty() ? 0 : lh) + 4;

  OpenFigure(c.title, c.alt_text, height, w);
  if (legend) {
    double lx = 0;
    for (size_t i = 0; i < nseries; ++i) {
      svg.Rect(lx, 2, svg.font, svg.font * 0.8, s.chart_colours[i % s.chart_colours.size()]);
      svg.Text(lx + svg.font * 1.4, svg.font * 0.85, c.series[i].label, s.text_colour, "start");
      lx += svg.font * 1.4 + svg.Width(c.series[i].label) + svg.font * 2;
    }
  }
  if (nseries > 0 && !c.categories.empty()) {
    for (int64_t t : axis.Ticks()) {
      double gx = X(t * axis.divisor);
      svg.Line(gx, plot_top, gx, plot_bottom, t == 0 ? 1 : 0.6, t == 0 ? s.chart_axis : s.chart_grid);
    }
    double y = plot_top;
    for (size_t k = 0; k < c.categories.size(); ++k) {
      double cat_h = lh * double(labels[k].size());
      double mid = y + 4 + std::max(bars_h, cat_h) / 2;
      double ty = mid - cat_h / 2 + svg.font;
      for (const std::string& line : labels[k]) {
        svg.Text(0, ty, line, s.text_colour, "start");
        ty += lh;
      }
      double by = mid - bars_h / 2;
      for (size_t i = 0; i < nseries; ++i) {
        const doc::BarSeries& sr = c.series[i];
        int64_t v = k < sr.values.size() ? sr.values[k] : 0;
        double a = X(std::min<int64_t>(v, 0)), b = X(std::max<int64_t>(v, 0));
        if (b - a > 0.2) svg.Rect(a, by, b - a, bar, s.chart_colours[i % s.chart_colours.size()]);
        if (k < sr.display.size())
          svg.Text(b + 3, by + bar / 2 + svg.font * 0.35, sr.display[k], s.text_colour, "start");
        by += bar + gap;
      }
      y += std::max(bars_h, cat_h) + 8;
    }
    svg.Line(x0, plot_bottom, x0 + plot_w, plot_bottom, 1, s.chart_axis);
    for (int64_t t : axis.Ticks())
      svg.Text(X(t * axis.divisor), plot_bottom + svg.font + 2, GroupedDigits(t), s.chart_axis, "middle");
    if (!c.axis_label.empty())
      svg.Text(x0 + plot_w, plot_bottom + svg.font + 4 + lh, c.axis_label, s.chart_axis, "end");
  }
  w->Raw("</svg>\n</div>\n");
  std::vector<std::string> columns;
  std::vector<std::pair<std::string, std::vector<std::string>>> rows;
  for (size_t i = 0; i < nseries; ++i) columns.push_back(c.series[i].label);
  for (size_t k = 0; k < c.categories.size(); ++k) {
    std::vector<std::string> cells;
    for (size_t i = 0; i < nseries; ++i)
      cells.push_back(k < c.series[i].display.size() ? c.series[i].display[k] : "");
    rows.emplace_back(c.categories[k], std::move(cells));
  }
  NumbersTable(c.title, columns, rows, w);
  w->Raw("</figure>\n");
}

void WriteLineChart(const doc::LineChart& c, Writer* w) {
  const HouseStyle& s = w->style;
  Svg svg{w, s.chart_size_pt * 1.5};
  int per_row = std::max(1, s.panels_per_row);
  double hgap = 24;
  double pw = (kWidth - hgap * (per_row - 1)) / per_row;
  double ph = std::max(s.panel_height_mm * kPxPerMm, 6 * svg.font);
  size_t rows_n = (c.panels.size() + per_row - 1) / per_row;
  double height = rows_n * (ph + 12);
  OpenFigure(c.title, c.alt_text, std::max(height, 1.0), w);
  Rgb line_colour = s.chart_colours[0];
  double small = svg.font * 0.9;
  for (size_t k = 0; k < c.panels.size(); ++k) {
    const doc::LinePanel& p = c.panels[k];
    double px = (pw + hgap) * double(k % per_row);
    double py = (ph + 12) * double(k / per_row);
    std::vector<std::string> title = Wrap(p.title, static_cast<std::size_t>(pw / (0.55 * svg.font)));
    if (title.size() > 2) title.resize(2);
    double y = py;
    for (const std::string& line : title) {
      y += svg.font * 1.2;
      svg.Text(px, y, line, s.text_colour, "start", true);
    }
    const std::string& note = p.better == doc::Better::kUp     ? s.better_up_text
                              : p.better == doc::Better::kDown ? s.better_down_text
                                                               : std::string();
    y += small * 1.3;
    if (!note.empty()) svg.Text(px, y, note, s.chart_axis, "start", false, small);
    double top = y + 8, bottom = py + ph - svg.font - 6;
    svg.Line(px, bottom, px + pw, bottom, 0.8, s.chart_axis);
    if (p.points.empty() || bottom - top < 10) continue;
    size_t n = p.points.size();
    double left = px + svg.Width(p.points[0].display) + 6;
    double right = px + pw - svg.Width(p.points[n - 1].display) - 6;
    if (n == 1) right = px + pw - 4;
    int64_t lo = p.points[0].value, hi = p.points[0].value;
    for (const doc::LinePoint& pt : p.points) {
      lo = std::min(lo, pt.value);
      hi = std::max(hi, pt.value);
    }
    int64_t span = hi - lo == 0 ? 1 : hi - lo;
    auto PX = [&](size_t i) {
      return n == 1 ? (left + right) / 2 : left + (right - left) * (double(i) / double(n - 1));
    };
    auto PY = [&](int64_t v) {
      double f = hi == lo ? 0.5 : 0.1 + 0.8 * (static_cast<double>(v - lo) / double(span));
      return bottom - (bottom - top) * f;
    };
    if (n > 1) {
      std::string points;
      for (size_t i = 0; i < n; ++i) points += N(PX(i)) + "," + N(PY(p.points[i].value)) + " ";
      points.pop_back();
      w->Raw("<polyline fill=\"none\" stroke=\"" + Hex(line_colour) +
             "\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"" + points + "\"/>\n");
    }
    Rgb last = line_colour;
    if (n >= 2 && p.better != doc::Better::kNeutral) {
      int64_t d = p.points[n - 1].value - p.points[0].value;
      if (d != 0) last = (d > 0) == (p.better == doc::Better::kUp) ? s.chart_better : s.chart_worse;
    }
    size_t every = (right - left) / double(std::max<size_t>(n - 1, 1)) < 30 ? 2 : 1;
    for (size_t i = 0; i < n; ++i) {
      double x = PX(i), yy = PY(p.points[i].value);
      bool is_last = i + 1 == n;
      w->Raw("<circle cx=\"" + N(x) + "\" cy=\"" + N(yy) + "\" r=\"" + (is_last ? "3.5" : "2.2") +
             "\" fill=\"" + Hex(is_last ? last : line_colour) + "\"/>\n");
      double mid = yy + svg.font * 0.35;
      if (i == 0 && n > 1) svg.Text(x - 5, mid, p.points[i].display, s.text_colour, "end");
      if (is_last) svg.Text(x + 5, mid, p.points[i].display, s.text_colour, "start", true);
      if (i % every == 0 || is_last)
        svg.Text(x, bottom + svg.font + 2, std::to_string(p.points[i].year), s.chart_axis,
                 "middle", false, small);
    }
  }
  w->Raw("</svg>\n</div>\n");
  // The numbers: a row per indicator, a column per year any of them has.
  std::map<int, bool> years;
  for (const doc::LinePanel& p : c.panels)
    for (const doc::LinePoint& pt : p.points) years[pt.year] = true;
  std::vector<std::string> columns;
  for (const auto& [year, unused] : years) columns.push_back(std::to_string(year));
  std::vector<std::pair<std::string, std::vector<std::string>>> rows;
  for (const doc::LinePanel& p : c.panels) {
    std::vector<std::string> cells;
    for (const auto& [year, unused] : years) {
      std::string cell;
      for (const doc::LinePoint& pt : p.points)
        if (pt.year == year) cell = pt.display;
      cells.push_back(cell);
    }
    rows.emplace_back(p.title, std::move(cells));
  }
  NumbersTable(c.title, columns, rows, w);
  w->Raw("</figure>\n");
}

}  // namespace voortgang::html
