// Spans -> clusters (Pango itemises; words are shaped through a per-thread cache, or a whole
// PangoLayout shapes paragraphs with forced breaks) -> our line breaker -> TextLines, justified.
#include "renderers/pdf/shape.h"

#include <pango/pango.h>

#include <memory>
#include <optional>
#include <string>

#include "renderers/pdf/convert_line.h"
#include "renderers/pdf/line_break.h"
#include "renderers/pdf/pango_units.h"
#include "renderers/pdf/paragraph_text.h"
#include "renderers/pdf/shape_caches.h"
#include "renderers/pdf/shape_layout.h"
#include "renderers/pdf/shape_words.h"

namespace voortgang::pdf {
namespace {

std::shared_ptr<const Unbroken> Unshaped(const std::vector<Span>& spans, const ShapeOptions& o) {
  PangoAttrList* attrs = pango_attr_list_new();
  ParagraphText built = BuildParagraphText(spans, o.hyphenator, o.min_hyphen_word, attrs);
  std::optional<Unbroken> u;
  if (WordPathTakes(built.text)) u = ShapeByWords(built, spans, attrs);
  if (!u) u = ShapeByLayout(spans, built, attrs);
  pango_attr_list_unref(attrs);
  return std::make_shared<const Unbroken>(std::move(*u));
}

/// Key of a paragraph's shaping: everything that changes the clusters (not the box).
std::string ShapingKey(const std::vector<Span>& spans, const ShapeOptions& o) {
  std::string key;
  key += o.hyphenator ? 'h' : '-';
  key.append(reinterpret_cast<const char*>(&o.min_hyphen_word), sizeof o.min_hyphen_word);
  for (const Span& s : spans) {
    key += s.text;
    key += '\x1f';
    // Fixed-size fields before the family, so that no two keys read alike; the size as its
    // bytes (to_string cost a printf per span).
    key.append(reinterpret_cast<const char*>(&s.font.size_pt), sizeof s.font.size_pt);
    key += s.font.bold ? 'b' : '-';
    key += s.font.italic ? 'i' : '-';
    key += s.hyphenate ? 'h' : '-';
    key += s.font.family;
    key += '\x1e';
  }
  return key;
}

/// A paragraph's shaping through the thread's paragraph cache (see shape_caches.h).
std::shared_ptr<const Unbroken> ShapedOnce(const std::vector<Span>& spans, const ShapeOptions& o) {
  ShapeCaches& caches = ThreadShapeCaches();
  std::string key = ShapingKey(spans, o);
  if (auto it = caches.paragraphs.find(key); it != caches.paragraphs.end()) return it->second;
  std::shared_ptr<const Unbroken> u = Unshaped(spans, o);
  caches.AddParagraph(std::move(key), u);
  return u;
}

std::vector<TextLine> LinesOf(const Unbroken& u, const std::vector<Span>& spans,
                              const ShapeOptions& o) {
  std::vector<TextLine> out;
  struct Piece {
    size_t line;
    Segment seg;
    bool broken;
  };
  std::vector<Piece> pieces;
  for (size_t l = 0; l < u.lines.size(); ++l) {
    const Unbroken::Line& line = u.lines[l];
    if (o.width <= Pt(0)) {
      pieces.push_back({l, {line.begin, line.end}, false});
      continue;
    }
    std::vector<Segment> segs =
        BreakLines(u.breaks, line.begin, line.end, ToPango(o.width), o.break_anywhere);
    for (size_t s = 0; s < segs.size(); ++s) pieces.push_back({l, segs[s], s + 1 < segs.size()});
  }
  double em = spans[0].font.size_pt;
  for (size_t index = 0; index < pieces.size(); ++index) {
    const Piece& p = pieces[index];
    const Unbroken::Line& from = u.lines[p.line];
    std::vector<std::vector<int>> spaces_before;
    int stretchable = 0;
    bool wrapped = index + 1 < pieces.size();
    TextLine line =
        ConvertLine(u, from, p.seg, spans, wrapped, p.broken, &spaces_before, &stretchable);
    bool forced = !p.broken && from.forced;
    bool justify = o.align == doc::Align::kJustify && o.width > Pt(0) && wrapped && !forced &&
                   stretchable > 0 && line.width < o.width;
    if (justify) {
      double extra = (o.width - line.width).pt / stretchable;
      if (extra <= o.max_space_stretch_em * em) {
        for (size_t r = 0; r < line.runs.size(); ++r)
          for (size_t g = 0; g < line.runs[r].glyphs.size(); ++g)
            line.runs[r].glyphs[g].x += extra * spaces_before[r][g];
        line.width = o.width;
        line.justified = true;
      }
    }
    out.push_back(std::move(line));
  }
  return out;
}

/// Notes `u`'s missing code points with the text of `spans` (line separators as spaces).
void NoteMissing(const Unbroken& u, const std::vector<Span>& spans, MissingGlyphs* missing) {
  std::string text;
  for (const Span& s : spans) text += s.text == kLineSeparator ? std::string_view(" ") : s.text;
  for (unsigned c : u.missing) missing->emplace(c, text);
}

}  // namespace

std::vector<TextLine> Shape(const std::vector<Span>& spans, const ShapeOptions& o) {
  if (spans.empty()) return {};
  std::shared_ptr<const Unbroken> u = ShapedOnce(spans, o);
  if (o.missing && !u->missing.empty()) NoteMissing(*u, spans, o.missing);
  std::vector<TextLine> lines = LinesOf(*u, spans, o);
  if (o.width <= Pt(0) || o.break_anywhere) return lines;
  // A word wider than the box (a long URL, a cramped cell) breaks between letters instead
  // of running past the margin.
  for (const TextLine& l : lines) {
    if (l.width > o.width + Pt(0.01)) {
      ShapeOptions anywhere = o;
      anywhere.break_anywhere = true;
      return LinesOf(*u, spans, anywhere);
    }
  }
  return lines;
}

ContentWidths MeasureContent(const std::vector<Span>& spans, bool hyphenate,
                             const Hyphenator* hyphenator, int min_hyphen_word,
                             std::vector<TextLine>* unbroken, MissingGlyphs* missing) {
  ContentWidths w;
  ShapeOptions o;
  o.missing = missing;
  o.hyphenator = hyphenate ? hyphenator : nullptr;
  o.min_hyphen_word = min_hyphen_word;
  if (!hyphenate) {
    // One shaping gives both: words are the stretches between spaces of the unbroken lines.
    std::vector<TextLine> lines = Shape(spans, o);
    for (const TextLine& l : lines) {
      w.max = Max(w.max, l.width);
      w.min = Max(w.min, l.widest_word);
    }
    if (unbroken) *unbroken = std::move(lines);
    return w;
  }
  for (const TextLine& l : Shape(spans, o)) w.max = Max(w.max, l.width);
  o.width = Pt(1);
  for (const TextLine& l : Shape(spans, o)) w.min = Max(w.min, l.width);
  return w;
}

Length AlignOffset(doc::Align align, Length line_width, Length box_width) {
  switch (align) {
    case doc::Align::kCenter:
      return (box_width - line_width) / 2;
    case doc::Align::kRight:
      return box_width - line_width;
    default:
      return Pt(0);
  }
}

}  // namespace voortgang::pdf
