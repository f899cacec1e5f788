// Internal to renderers/html: drawing a chart as inline SVG, shared by the chart writers
// (charts.cc, column_chart.cc). Geometry is in CSS pixels of a picture kWidth wide that the page
// scales to its column; text widths are estimated (0.55 em a character), since only the browser
// measures text.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "renderers/html/writer.h"

namespace voortgang::html {

inline constexpr double kWidth = 640;
inline constexpr double kPxPerMm = 96 / 25.4;

inline std::string N(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

/// Characters, not bytes, of UTF-8 text.
inline std::size_t Chars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  return n;
}

struct Svg {
  Writer* w;
  double font;  ///< px

  double Width(std::string_view s, double size = 0) const {
    return Chars(s) * 0.55 * (size > 0 ? size : font);
  }
  void Rect(double x, double y, double width, double height, Rgb fill) {
    w->Raw("<rect x=\"" + N(x) + "\" y=\"" + N(y) + "\" width=\"" + N(width) + "\" height=\"" +
           N(height) + "\" fill=\"" + Hex(fill) + "\"/>\n");
  }
  void Line(double x1, double y1, double x2, double y2, double stroke, Rgb colour) {
    w->Raw("<line x1=\"" + N(x1) + "\" y1=\"" + N(y1) + "\" x2=\"" + N(x2) + "\" y2=\"" + N(y2) +
           "\" stroke=\"" + Hex(colour) + "\" stroke-width=\"" + N(stroke) + "\"/>\n");
  }
  /// anchor: "start", "middle" or "end".
  void Text(double x, double y, const std::string& s, Rgb colour, const char* anchor,
            bool bold = false, double size = 0) {
    w->Raw("<text x=\"" + N(x) + "\" y=\"" + N(y) + "\" fill=\"" + Hex(colour) + "\"");
    if (std::string_view(anchor) != "start") w->Raw(std::string(" text-anchor=\"") + anchor + "\"");
    if (bold) w->Raw(" font-weight=\"bold\"");
    if (size > 0) w->Raw(" font-size=\"" + N(size) + "\"");
    w->Raw(">");
    w->Text(s);
    w->Raw("</text>\n");
  }
};

/// Opens <figure>, its caption and the picture (an <svg> with role="img" and the alt text as its
/// <title>); returns the figure's id.
std::string OpenFigure(const std::string& title, const std::string& alt, double height,
                       Writer* w);

/// The chart's numbers, folded in a <details>: a row per category, a column per series.
void NumbersTable(const std::string& caption, const std::vector<std::string>& columns,
                  const std::vector<std::pair<std::string, std::vector<std::string>>>& rows,
                  Writer* w);

}  // namespace voortgang::html
