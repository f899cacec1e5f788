// Text in a chart: shaped lines in a box, or one unbroken line placed at a point; shared by the
// chart measurers (measure_chart.cc, measure_column_chart.cc).
#pragma once

#include <string>
#include <vector>

#include "renderers/pdf/measure.h"

namespace voortgang::pdf {

struct ChartText {
  MeasureContext* ctx;
  std::vector<TextLine> Lines(const std::string& s, const FontSpec& f, Rgb colour, Length width,
                              doc::Align align = doc::Align::kLeft) {
    std::vector<Span> sp{Span{s, f, colour}};
    sp[0].hyphenate = width > Pt(0);
    return Shape(sp, ctx->Options(width, align));
  }
  /// One unbroken line placed with its alignment point at x (left, centre or right).
  DrawOp At(const std::string& s, const FontSpec& f, Rgb colour, Length x, Length baseline,
            doc::Align align) {
    TextLine l = std::move(Lines(s, f, colour, Pt(0))[0]);
    Length lx = align == doc::Align::kCenter ? x - l.width / 2
                : align == doc::Align::kRight ? x - l.width
                                              : x;
    Length w = l.width;
    return DrawOp{DrawText{lx, baseline, w, std::move(l)}};
  }
  Length Width(const std::string& s, const FontSpec& f) {
    return s.empty() ? Pt(0) : Lines(s, f, Rgb{}, Pt(0))[0].width;
  }

  /// A chart's item (one Figure, never split over pages) with its title in bold at the top;
  /// *y is set below the title.
  Item Start(const std::string& title, const std::string& alt, Length width, Length* y) {
    const HouseStyle& s = ctx->style;
    Item item;
    item.kind = ItemKind::kChart;
    item.space_before = Pt(s.paragraph_spacing_pt * 1.5);
    item.tags = {Tag{"Figure", ctx->NewGroup(), alt}};
    *y = Pt(0);
    if (!title.empty())
      *y = StackLines(Lines(title, ctx->Body(s.chart_size_pt + 2, true), s.heading_colour, width),
                      Pt(0), Pt(0), width, ctx->LineHeight(s.chart_size_pt + 2),
                      doc::Align::kLeft, "", -1, &item.ops);
    return item;
  }
};

}  // namespace voortgang::pdf
