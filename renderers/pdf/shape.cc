// Spans -> PangoLayout -> TextLines. Converts glyph geometry from Pango units exactly here
// (through pango_units.h); soft hyphens are taken out of the text the PDF carries, and a drawn
// line-end hyphen is given the text "-" so extractors (pdftotext) rejoin the word; a hard
// hyphen at a line end is given U+2010 so they keep it.
#include "renderers/pdf/shape.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <unordered_map>

#include "renderers/pdf/hyphenate.h"
#include "renderers/pdf/pango_units.h"

namespace voortgang::pdf {
namespace {

constexpr std::string_view kSoftHyphen = "\xC2\xAD";
constexpr std::string_view kLineSeparator = "\xE2\x80\xA8";
constexpr std::string_view kHardHyphen = "\xE2\x80\x90";  // U+2010

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};

struct Built {
  std::string text;
  std::vector<size_t> starts;  ///< byte offset where span i starts
};

Built Build(const std::vector<Span>& spans, bool hyphenate, const Hyphenator* hyphenator,
            int min_word, PangoAttrList* attrs) {
  Built b;
  for (const Span& s : spans) {
    b.starts.push_back(b.text.size());
    size_t start = b.text.size();
    if (hyphenate && s.hyphenate && hyphenator)
      b.text += hyphenator->Hyphenate(s.text, min_word);
    else
      b.text += s.text;
    PangoAttribute* a = pango_attr_font_desc_new(ThreadFontDescription(s.font));
    a->start_index = static_cast<guint>(start);
    a->end_index = static_cast<guint>(b.text.size());
    pango_attr_list_insert(attrs, a);
  }
  return b;
}

size_t SpanAt(const Built& b, size_t byte) {
  auto it = std::upper_bound(b.starts.begin(), b.starts.end(), byte);
  return it == b.starts.begin() ? 0 : static_cast<size_t>(it - b.starts.begin()) - 1;
}

std::string Clean(std::string_view s, bool* had_soft_hyphen) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s.substr(i, 2) == kSoftHyphen) {
      *had_soft_hyphen = true;
      i += 2;
    } else if (s.substr(i, 3) == kLineSeparator) {
      i += 3;
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

std::unique_ptr<PangoLayout, LayoutDeleter> MakeLayout(const std::vector<Span>& spans,
                                                       const ShapeOptions& o, bool hyphenate,
                                                       Built* built) {
  PangoAttrList* attrs = pango_attr_list_new();
  *built = Build(spans, hyphenate, o.hyphenator, o.min_hyphen_word, attrs);
  std::unique_ptr<PangoLayout, LayoutDeleter> layout(pango_layout_new(ThreadPangoContext()));
  if (!spans.empty()) pango_layout_set_font_description(layout.get(),
                                                        ThreadFontDescription(spans[0].font));
  pango_layout_set_text(layout.get(), built->text.data(), static_cast<int>(built->text.size()));
  pango_layout_set_attributes(layout.get(), attrs);
  pango_attr_list_unref(attrs);
  if (o.width > Pt(0)) {
    pango_layout_set_width(layout.get(), ToPango(o.width));
    pango_layout_set_wrap(layout.get(), o.break_anywhere ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
  }
  return layout;
}

/// One Pango line -> TextLine (`wrapped`: another line follows); `spaces_before` collects,
/// per glyph, how many stretchable spaces precede it so justification can shift it.
TextLine ConvertLine(PangoLayoutLine* pl, const Built& b, const std::vector<Span>& spans,
                     bool wrapped, std::vector<std::vector<int>>* spaces_before,
                     int* stretchable, bool* forced_break) {
  TextLine line;
  PangoRectangle logical;
  pango_layout_line_get_extents(pl, nullptr, &logical);
  line.ascent = FromPango(-logical.y);
  line.descent = FromPango(logical.height + logical.y);
  std::string_view all(b.text);
  std::string_view own = all.substr(pl->start_index, pl->length);
  *forced_break = own.size() >= 3 && own.substr(own.size() - 3) == kLineSeparator;

  int x = 0;                 // Pango units from the line start
  int natural_end = 0;       // x after the last non-space cluster
  int spaces = 0;
  int spaces_at_natural_end = 0;
  int word_start = 0;  // x where the current stretch between spaces began
  size_t text_at_natural_end = 0;
  for (GSList* r = pl->runs; r; r = r->next) {
    auto* gi = static_cast<PangoGlyphItem*>(r->data);
    PangoItem* item = gi->item;
    PangoGlyphString* gs = gi->glyphs;
    cairo_scaled_font_t* raw = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(item->analysis.font));
    ScaledFont font(cairo_scaled_font_reference(raw), ScaledFontDeleter());
    GlyphRun* run = nullptr;
    size_t run_span = SIZE_MAX;
    for (int i = 0; i < gs->num_glyphs;) {
      int cstart = gs->log_clusters[i];
      int j = i;
      while (j < gs->num_glyphs && gs->log_clusters[j] == cstart) ++j;
      int cend = j < gs->num_glyphs ? gs->log_clusters[j] : item->length;
      if (cend < cstart) cend = cstart;  // right-to-left text is not expected in a Dutch note
      size_t byte = static_cast<size_t>(item->offset + cstart);
      size_t span = SpanAt(b, byte);
      if (!run || span != run_span) {
        line.runs.push_back(GlyphRun{font, {}, {}, {}, spans[span].colour, spans[span].link,
                                     spans[span].footnote});
        run = &line.runs.back();
        run_span = span;
        spaces_before->emplace_back();
      }
      bool soft = false;
      std::string text = Clean(all.substr(byte, cend - cstart), &soft);
      bool is_space = text == " ";
      bool last_cluster = !r->next && j == gs->num_glyphs;
      int drawn = 0;
      for (int k = i; k < j; ++k) {
        const PangoGlyphInfo& g = gs->glyphs[k];
        if (g.glyph != PANGO_GLYPH_EMPTY && !(g.glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
          run->glyphs.push_back(cairo_glyph_t{g.glyph, FromPango(x + g.geometry.x_offset).pt,
                                              FromPango(g.geometry.y_offset).pt});
          spaces_before->back().push_back(spaces);
          ++drawn;
        }
        x += g.geometry.width;
      }
      if (soft && last_cluster && drawn > 0) {
        text += "-";  // the hyphen Pango drew at the break
        line.hyphenated = true;
      }
      // A line ending in a hard hyphen ("Zuid-|Kennemerland"): extractors drop a line-end
      // U+002D and join the lines, so the PDF text says U+2010 HYPHEN and the word keeps it.
      bool hard_break = !soft && wrapped && last_cluster && text == "-";
      std::string actual = hard_break ? std::string(kHardHyphen) : text;
      if (drawn > 0 || !text.empty()) {
        run->clusters.push_back(cairo_text_cluster_t{static_cast<int>(actual.size()), drawn});
        run->text += actual;
        line.text += text;
      }
      if (is_space) {
        ++spaces;
        word_start = x;
      } else if (!text.empty() || drawn > 0) {
        natural_end = x;
        spaces_at_natural_end = spaces;
        line.widest_word = Max(line.widest_word, FromPango(x - word_start));
        text_at_natural_end = line.text.size();
      }
      i = j;
    }
  }
  // Clusters with neither text nor glyphs are not allowed by cairo; drop empty runs.
  for (size_t k = 0; k < line.runs.size();) {
    if (line.runs[k].glyphs.empty() && line.runs[k].text.empty()) {
      line.runs.erase(line.runs.begin() + k);
      spaces_before->erase(spaces_before->begin() + k);
    } else {
      ++k;
    }
  }
  line.text.resize(text_at_natural_end);
  line.width = FromPango(natural_end);
  *stretchable = spaces_at_natural_end;
  return line;
}

/// Key of an unbounded shaping: everything that changes the result.
std::string CacheKey(const std::vector<Span>& spans, const ShapeOptions& o) {
  std::string key;
  key += o.hyphenator ? 'h' : '-';
  key += std::to_string(static_cast<int>(o.align)) + ',' + std::to_string(o.min_hyphen_word) + ',' +
         std::to_string(o.max_space_stretch_em) + (o.break_anywhere ? 'a' : '-');
  for (const Span& s : spans) {
    key += s.text;
    key += '\x1f';
    key += s.font.family;
    key += std::to_string(s.font.size_pt);
    key += s.font.bold ? 'b' : '-';
    key += s.font.italic ? 'i' : '-';
    key += std::to_string((s.colour.r << 16) | (s.colour.g << 8) | s.colour.b);
    key += ',' + std::to_string(s.link) + ',' + std::to_string(s.footnote);
    key += s.hyphenate ? 'h' : '-';
    key += '\x1e';
  }
  return key;
}

std::vector<TextLine> ShapeUncached(const std::vector<Span>& spans, const ShapeOptions& o);

}  // namespace

std::vector<TextLine> Shape(const std::vector<Span>& spans, const ShapeOptions& o) {
  if (o.width > Pt(0)) {
    std::vector<TextLine> lines = ShapeUncached(spans, o);
    if (o.break_anywhere) return lines;
    // A word wider than the box (a long URL, a cramped cell) breaks between letters instead
    // of running past the margin.
    for (const TextLine& l : lines) {
      if (l.width > o.width + Pt(0.01)) {
        ShapeOptions anywhere = o;
        anywhere.break_anywhere = true;
        return ShapeUncached(spans, anywhere);
      }
    }
    return lines;
  }
  // Unbounded lines (labels, cells, numbers, running texts) repeat a lot: cache them per thread.
  thread_local std::unordered_map<std::string, std::vector<TextLine>> cache;
  std::string key = CacheKey(spans, o);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  if (cache.size() > 20000) cache.clear();
  std::vector<TextLine> lines = ShapeUncached(spans, o);
  cache.emplace(std::move(key), lines);
  return lines;
}

namespace {

std::vector<TextLine> ShapeUncached(const std::vector<Span>& spans, const ShapeOptions& o) {
  std::vector<TextLine> out;
  if (spans.empty()) return out;
  Built built;
  auto layout = MakeLayout(spans, o, /*hyphenate=*/true, &built);
  GSList* lines = pango_layout_get_lines_readonly(layout.get());
  int count = static_cast<int>(g_slist_length(lines));
  int index = 0;
  double em = spans[0].font.size_pt;
  for (GSList* l = lines; l; l = l->next, ++index) {
    std::vector<std::vector<int>> spaces_before;
    int stretchable = 0;
    bool forced = false;
    TextLine line = ConvertLine(static_cast<PangoLayoutLine*>(l->data), built, spans,
                                l->next != nullptr, &spaces_before, &stretchable, &forced);
    bool justify = o.align == doc::Align::kJustify && o.width > Pt(0) && index + 1 < count &&
                   !forced && stretchable > 0 && line.width < o.width;
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

}  // namespace

ContentWidths MeasureContent(const std::vector<Span>& spans, bool hyphenate,
                             const Hyphenator* hyphenator, int min_hyphen_word,
                             std::vector<TextLine>* unbroken) {
  ContentWidths w;
  ShapeOptions o;
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
