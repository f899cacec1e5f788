// Spans -> clusters (Pango itemises; words are shaped through a per-thread cache, or a whole
// PangoLayout shapes paragraphs with forced breaks) -> our line breaker -> TextLines.
// Converts glyph geometry from Pango units exactly here (through pango_units.h); soft hyphens
// are taken out of the text the PDF carries, and a drawn line-end hyphen is given the text "-"
// so extractors (pdftotext) rejoin the word; a hard hyphen at a line end is given U+2010 so
// they keep it.
#include "renderers/pdf/shape.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "renderers/pdf/break_attrs.h"
#include "renderers/pdf/hyphenate.h"
#include "renderers/pdf/itemize.h"
#include "renderers/pdf/line_break.h"
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

Built Build(const std::vector<Span>& spans, const Hyphenator* hyphenator,
            int min_word, PangoAttrList* attrs) {
  Built b;
  for (const Span& s : spans) {
    b.starts.push_back(b.text.size());
    size_t start = b.text.size();
    if (s.hyphenate && hyphenator)
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
  if (s.find_first_of("\xC2\xE2") == std::string_view::npos) return std::string(s);
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

/// The paragraph laid out without a width: Pango breaks only at forced breaks (U+2028).
std::unique_ptr<PangoLayout, LayoutDeleter> MakeLayout(const std::vector<Span>& spans,
                                                       const Built& built, PangoAttrList* attrs) {
  std::unique_ptr<PangoLayout, LayoutDeleter> layout(pango_layout_new(ThreadPangoContext()));
  if (!spans.empty()) pango_layout_set_font_description(layout.get(),
                                                        ThreadFontDescription(spans[0].font));
  pango_layout_set_text(layout.get(), built.text.data(), static_cast<int>(built.text.size()));
  pango_layout_set_attributes(layout.get(), attrs);
  return layout;
}

struct PlacedGlyph {
  unsigned long glyph;
  int dx;  ///< from the cluster's x
  int dy;
};

/// A Pango item's font as the line needs it: painting, height, and the hyphen for breaks.
struct ItemFont {
  ScaledFont font;
  int ascent = 0, descent = 0;
  unsigned long hyphen_glyph = 0;
  int hyphen_advance = 0;  ///< 0: the font has no hyphen
};

/// The clusters of a paragraph shaped once, with what is needed to paint any line of them.
struct Unbroken {
  std::vector<BreakCluster> breaks;  ///< parallel to the vectors below
  std::vector<size_t> span;
  std::vector<int> item;
  /// Each cluster's text, soft hyphens and line separators taken out: [first, second) in
  /// `texts`, all clusters' in one string and in order, each starting where the one before
  /// ends, so that a line's or a run's text is one range (a string per cluster was an
  /// allocation and a copy for every letter of a note).
  std::vector<std::pair<int, int>> text;
  std::string texts;
  std::vector<std::pair<int, int>> glyphs;  ///< [first, end) into `placed`
  std::vector<int> chars;          ///< each cluster's first character, from the text's start
  std::vector<PlacedGlyph> placed;
  std::vector<ItemFont> fonts;
  struct Line {
    size_t begin, end;  ///< clusters
    bool forced;        ///< ends in a forced break
    int ascent, descent;  ///< Pango's, for a line without clusters
  };
  std::vector<Line> lines;

  std::string_view Text(size_t k) const {
    return std::string_view(texts).substr(text[k].first, text[k].second - text[k].first);
  }
};

ItemFont MakeItemFont(PangoFont* font) {
  ItemFont f;
  cairo_scaled_font_t* raw = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font));
  f.font = ScaledFont(cairo_scaled_font_reference(raw), ScaledFontDeleter());
  // The logical extents Pango gives any glyph of a font, and so any run of it: the font's.
  PangoRectangle logical;
  pango_font_get_glyph_extents(font, PANGO_GLYPH_EMPTY, nullptr, &logical);
  f.ascent = -logical.y;
  f.descent = logical.height + logical.y;
  // Pango draws U+2010 at a soft-hyphen break when the font has it, else U+002D.
  for (const char* hyphen : {"\xE2\x80\x90", "-"}) {
    cairo_glyph_t* glyphs = nullptr;
    int count = 0;
    if (cairo_scaled_font_text_to_glyphs(raw, 0, 0, hyphen, -1, &glyphs, &count, nullptr,
                                         nullptr, nullptr) == CAIRO_STATUS_SUCCESS &&
        count == 1 && glyphs[0].index != 0) {
      cairo_text_extents_t ext;
      cairo_scaled_font_glyph_extents(raw, glyphs, 1, &ext);
      f.hyphen_glyph = glyphs[0].index;
      f.hyphen_advance = ToPango(Pt(ext.x_advance));
    }
    cairo_glyph_free(glyphs);
    if (f.hyphen_advance > 0) break;
  }
  return f;
}

/// The fonts this thread has met, each held until the thread ends, so that no other font can
/// be allocated at its address and be taken for it: a number to name it in word-cache keys,
/// and its ItemFont (finding the hyphen cost cairo a text-to-glyphs call per paragraph).
class HeldFonts {
 public:
  HeldFonts() = default;
  HeldFonts(const HeldFonts&) = delete;
  HeldFonts& operator=(const HeldFonts&) = delete;
  ~HeldFonts() {
    for (const auto& [font, held] : held_) g_object_unref(font);
  }
  int Id(PangoFont* font) { return Hold(font).id; }
  const ItemFont& Item(PangoFont* font) {
    Held& held = Hold(font);
    if (!held.item) held.item = MakeItemFont(font);
    return *held.item;
  }

 private:
  struct Held {
    int id;
    std::optional<ItemFont> item;
  };
  Held& Hold(PangoFont* font) {
    auto it = held_.find(font);
    if (it == held_.end()) {
      g_object_ref(font);
      it = held_.emplace(font, Held{static_cast<int>(held_.size()), std::nullopt}).first;
    }
    return it->second;
  }
  std::map<PangoFont*, Held> held_;
};

HeldFonts& ThreadHeldFonts() {
  thread_local HeldFonts fonts;
  return fonts;
}

/// Where `font` is in `u`'s fonts, added on first sight; `index` remembers them.
int FontIndex(PangoFont* font, std::map<PangoFont*, int>* index, Unbroken* u) {
  auto at = index->find(font);  // called per word: find before a node is made
  if (at == index->end()) {
    at = index->emplace(font, static_cast<int>(u->fonts.size())).first;
    u->fonts.push_back(ThreadHeldFonts().Item(font));
  }
  return at->second;
}

/// Turns shaped runs into clusters, in order along a line.
class ClusterSink {
 public:
  ClusterSink(const Built& b, const PangoLogAttr* attrs, int n_attrs, Unbroken* u)
      : b_(b), attrs_(attrs), n_attrs_(n_attrs), u_(*u), char_at_(b.text.size() + 1, 0) {
    for (size_t i = 0, c = 0; i <= b.text.size(); ++i) {
      char_at_[i] = static_cast<int>(c);
      if (i < b.text.size() && (static_cast<unsigned char>(b.text[i]) & 0xC0) != 0x80) ++c;
    }
  }

  void StartLine() { x_ = 0; }

  /// The glyphs `gs` of the text at [offset, offset + length) in `font`; gs's log_clusters
  /// count from `offset`.
  void AddRun(PangoFont* font, int offset, int length, PangoGlyphString* gs) {
    int font_index = FontIndex(font, &font_index_, &u_);
    const ItemFont& item_font = u_.fonts[font_index];
    std::string_view all(b_.text);
    for (int i = 0; i < gs->num_glyphs;) {
      int cstart = gs->log_clusters[i];
      int j = i;
      while (j < gs->num_glyphs && gs->log_clusters[j] == cstart) ++j;
      int cend = j < gs->num_glyphs ? gs->log_clusters[j] : length;
      if (cend < cstart) cend = cstart;  // right-to-left text is not expected in a Dutch note
      size_t byte = static_cast<size_t>(offset + cstart);
      bool soft = false;
      std::string text = Clean(all.substr(byte, cend - cstart), &soft);
      BreakCluster c;
      c.x = x_;
      int first = static_cast<int>(u_.placed.size());
      int dx = 0;
      for (int k = i; k < j; ++k) {
        const PangoGlyphInfo& g = gs->glyphs[k];
        if (g.glyph != PANGO_GLYPH_EMPTY && !(g.glyph & PANGO_GLYPH_UNKNOWN_FLAG))
          u_.placed.push_back({g.glyph, dx + g.geometry.x_offset, g.geometry.y_offset});
        dx += g.geometry.width;
      }
      c.advance = dx;
      x_ += dx;
      bool drawn = static_cast<int>(u_.placed.size()) > first;
      c.content = text != " " && (drawn || !text.empty());
      int ch = char_at_[byte];
      c.break_before = ch < n_attrs_ && attrs_[ch].is_line_break;
      c.char_break_before = ch < n_attrs_ && attrs_[ch].is_char_break;
      c.soft_hyphen = soft;
      c.hyphen_advance = soft ? item_font.hyphen_advance : 0;
      u_.breaks.push_back(c);
      u_.span.push_back(SpanAt(b_, byte));
      u_.item.push_back(font_index);
      int text_begin = static_cast<int>(u_.texts.size());
      u_.texts += text;
      u_.text.emplace_back(text_begin, static_cast<int>(u_.texts.size()));
      u_.glyphs.emplace_back(first, static_cast<int>(u_.placed.size()));
      u_.chars.push_back(char_at_[byte]);
      i = j;
    }
  }

 private:
  const Built& b_;
  const PangoLogAttr* attrs_;
  int n_attrs_;
  Unbroken& u_;
  std::vector<int> char_at_;
  std::map<PangoFont*, int> font_index_;
  int x_ = 0;
};

/// The general way: a PangoLayout without a width, one line per forced break.
Unbroken Flatten(PangoLayout* layout, const Built& b) {
  Unbroken u;
  int n_attrs = 0;
  const PangoLogAttr* attrs = pango_layout_get_log_attrs_readonly(layout, &n_attrs);
  ClusterSink sink(b, attrs, n_attrs, &u);
  std::string_view all(b.text);
  for (GSList* l = pango_layout_get_lines_readonly(layout); l; l = l->next) {
    auto* pl = static_cast<PangoLayoutLine*>(l->data);
    Unbroken::Line line{u.breaks.size(), 0, false, 0, 0};
    std::string_view own = all.substr(pl->start_index, pl->length);
    line.forced = own.size() >= 3 && own.substr(own.size() - 3) == kLineSeparator;
    PangoRectangle logical;
    pango_layout_line_get_extents(pl, nullptr, &logical);
    line.ascent = -logical.y;
    line.descent = logical.height + logical.y;
    sink.StartLine();
    for (GSList* r = pl->runs; r; r = r->next) {
      auto* gi = static_cast<PangoGlyphItem*>(r->data);
      sink.AddRun(gi->item->analysis.font, gi->item->offset, gi->item->length, gi->glyphs);
    }
    line.end = u.breaks.size();
    u.lines.push_back(line);
  }
  return u;
}

/// One word (a word with the spaces after it) shaped alone in one font, as the clusters
/// ClusterSink makes of it: x counted from the word's start, break flags as the word has them
/// after a letter and a space (WordBreaks). One allocation per part: a thread keeps tens of
/// thousands of these.
struct ShapedWord {
  struct Cluster {
    BreakCluster breaks;
    int first_char;              ///< from the word's start
    int text_begin, text_end;    ///< in `texts`
    int glyph_begin, glyph_end;  ///< in `placed`
  };
  std::vector<Cluster> clusters;
  std::vector<PlacedGlyph> placed;
  std::string texts;  ///< the clusters' texts, soft hyphens and line separators taken out
  int char_count = 0;
  int advance = 0;
};

/// Shaping is most of the layout time, and the words of running text repeat: within a note,
/// and from one note to the next far more. Each word is shaped and cut into clusters once per
/// thread, without the text around it (so the result is a pure function of the key); what that
/// gives up is kerning between a space and the next letter. `language` is the one breaks are
/// found for. The reference is valid until the next call.
const ShapedWord& ShapeWord(const PangoAnalysis& analysis, std::string_view word,
                            PangoLanguage* language) {
  constexpr size_t kMaxWords = 60000;  // at most about 50 MB per thread; the national tree: 40 000
  HeldFonts& fonts = ThreadHeldFonts();  // made before the cache: destroyed after it
  thread_local std::unordered_map<std::string, ShapedWord> cache;
  // Fixed-size fields first, then the word: no two keys can read alike. Languages are
  // interned by Pango for the life of the process, so their addresses name them.
  int fields[5] = {fonts.Id(analysis.font), analysis.level, analysis.script, analysis.gravity,
                   analysis.flags};
  thread_local std::string key;  // reused: most words are found, and need no copy of it
  key.assign(reinterpret_cast<const char*>(fields), sizeof fields);
  key.append(reinterpret_cast<const char*>(&analysis.language), sizeof analysis.language);
  key.append(reinterpret_cast<const char*>(&language), sizeof language);
  key += word;
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= kMaxWords) cache.clear();

  PangoGlyphString* gs = pango_glyph_string_new();
  pango_shape_with_flags(word.data(), static_cast<int>(word.size()), word.data(),
                         static_cast<int>(word.size()), &analysis, gs, PANGO_SHAPE_NONE);
  std::vector<PangoLogAttr> attrs = WordBreaks(word, language);
  int chars = static_cast<int>(attrs.size());
  attrs.emplace_back();  // the word's end
  Built alone{std::string(word), {0}};
  Unbroken u;
  ClusterSink sink(alone, attrs.data(), static_cast<int>(attrs.size()), &u);
  sink.StartLine();
  sink.AddRun(analysis.font, 0, static_cast<int>(word.size()), gs);
  pango_glyph_string_free(gs);

  ShapedWord w;
  w.clusters.reserve(u.breaks.size());
  for (size_t k = 0; k < u.breaks.size(); ++k)
    w.clusters.push_back({u.breaks[k], u.chars[k], u.text[k].first, u.text[k].second,
                          u.glyphs[k].first, u.glyphs[k].second});
  w.texts = std::move(u.texts);
  w.placed = std::move(u.placed);
  w.char_count = chars;
  if (!u.breaks.empty()) w.advance = u.breaks.back().x + u.breaks.back().advance;
  return cache.emplace(key, std::move(w)).first->second;
}

/// Appends `w`'s clusters to `u`, starting at `x`, in span `span` and item font `item`.
void AppendWord(const ShapedWord& w, int x, size_t span, int item, Unbroken* u) {
  int placed = static_cast<int>(u->placed.size());
  int texts = static_cast<int>(u->texts.size());
  u->texts += w.texts;
  for (const ShapedWord::Cluster& c : w.clusters) {
    u->breaks.push_back(c.breaks);
    u->breaks.back().x += x;
    u->span.push_back(span);
    u->item.push_back(item);
    u->text.emplace_back(texts + c.text_begin, texts + c.text_end);
    u->glyphs.emplace_back(c.glyph_begin + placed, c.glyph_end + placed);
  }
  u->placed.insert(u->placed.end(), w.placed.begin(), w.placed.end());
}

/// What the word path cannot take: forced breaks and tabs (PangoLayout handles those), and
/// right-to-left text.
bool Plain(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c == '\n' || c == '\r' || c == '\t') return false;
  return text.find(kLineSeparator) == std::string::npos &&
         text.find("\xE2\x80\xA9") == std::string::npos;  // U+2029
}

/// The fast way for a paragraph that is one line of left-to-right text: Pango itemizes (fonts,
/// fallback; see itemize.h), and the words come shaped and cut into clusters from ShapeWord.
/// Their break flags need nothing but the word and the character before its spaces when the
/// paragraph is one item of plain Latin text (break_attrs.h); otherwise, when an item may end
/// inside a word, they are found for the whole paragraph.
std::optional<Unbroken> FlattenByWords(const Built& b, const std::vector<Span>& spans,
                                       PangoAttrList* attrs) {
  PangoLanguage* language = pango_context_get_language(ThreadPangoContext());
  std::vector<SpanFont> runs;
  for (size_t k = 0; k < spans.size(); ++k)
    runs.push_back({b.starts[k], k + 1 < spans.size() ? b.starts[k + 1] : b.text.size(),
                    &spans[k].font});
  bool plain = false;
  Items items = Itemize(b.text, runs, attrs, &plain);
  // Pango ends an item at every attribute boundary, so one item means one span, and no item
  // ends inside a word.
  bool words_alone = plain && items && !items->next && b.text[0] != ' ';
  for (GList* i = items.get(); i; i = i->next)
    if (static_cast<PangoItem*>(i->data)->analysis.level % 2) return std::nullopt;
  std::vector<PangoLogAttr> log;
  if (!words_alone) log = BreakAttrs(b.text, language);
  int n_attrs = static_cast<int>(log.size());

  Unbroken u;
  size_t clusters = b.text.size();  // at most one per byte
  u.breaks.reserve(clusters);
  u.span.reserve(clusters);
  u.item.reserve(clusters);
  u.text.reserve(clusters);
  u.texts.reserve(clusters);
  u.glyphs.reserve(clusters);
  u.placed.reserve(clusters);
  std::map<PangoFont*, int> font_index;
  int x = 0;
  int first_char = 0;
  gunichar context = 0;  // the paragraph's start
  for (GList* i = items.get(); i; i = i->next) {
    auto* item = static_cast<PangoItem*>(i->data);
    int font = FontIndex(item->analysis.font, &font_index, &u);
    size_t span = SpanAt(b, static_cast<size_t>(item->offset));
    std::string_view text(b.text.data() + item->offset, item->length);
    for (size_t start = 0; start < text.size();) {
      std::string_view word = text.substr(start, WordEnd(text, start) - start);
      const ShapedWord& w = ShapeWord(item->analysis, word, language);
      size_t first = u.breaks.size();
      AppendWord(w, x, span, font, &u);
      if (words_alone) {
        if (first < u.breaks.size())
          u.breaks[first].break_before = StartBreak(context, word, language);
        context = LastBeforeSpaces(word);
      } else {
        for (size_t k = first; k < u.breaks.size(); ++k) {
          int ch = first_char + w.clusters[k - first].first_char;
          u.breaks[k].break_before = ch < n_attrs && log[ch].is_line_break;
          u.breaks[k].char_break_before = ch < n_attrs && log[ch].is_char_break;
        }
      }
      x += w.advance;
      first_char += w.char_count;
      start += word.size();
    }
  }
  Unbroken::Line line{0, u.breaks.size(), false, 0, 0};
  for (const ItemFont& f : u.fonts) {
    line.ascent = std::max(line.ascent, f.ascent);
    line.descent = std::max(line.descent, f.descent);
  }
  u.lines.push_back(line);
  return u;
}

/// Clusters [begin, end) -> TextLine (`wrapped`: another line follows; `broken`: the line ends
/// at a break this renderer chose, so a soft hyphen there is drawn). `spaces_before` collects,
/// per glyph, how many stretchable spaces precede it so justification can shift it.
TextLine ConvertLine(const Unbroken& u, const Unbroken::Line& from, Segment seg,
                     const std::vector<Span>& spans, bool wrapped, bool broken,
                     std::vector<std::vector<int>>* spaces_before, int* stretchable) {
  TextLine line;
  int ascent = 0, descent = 0;
  int x0 = seg.begin < seg.end ? u.breaks[seg.begin].x : 0;
  int natural_end = 0;  // from the line start, after the last non-space cluster
  int spaces = 0;
  int spaces_at_natural_end = 0;
  int word_start = 0;  // where the current stretch between spaces began
  // The clusters' texts follow each other in u.texts, so a run's text and the line's are
  // ranges of it, copied once; only a hyphen drawn at the line's end is not there.
  const size_t line_from = seg.begin < seg.end ? u.text[seg.begin].first : 0;
  size_t text_at_natural_end = line_from;  // in u.texts
  bool hyphen_at_natural_end = false;
  GlyphRun* run = nullptr;
  size_t run_from = 0;  // in u.texts: where the part of the run's text not yet copied starts
  auto copy_run_text = [&](size_t to) {
    run->text.append(u.texts, run_from, to - run_from);
    run_from = to;
  };
  int run_item = -1;
  size_t run_span = SIZE_MAX;
  for (size_t k = seg.begin; k < seg.end; ++k) {
    const BreakCluster& c = u.breaks[k];
    const ItemFont& font = u.fonts[u.item[k]];
    ascent = std::max(ascent, font.ascent);
    descent = std::max(descent, font.descent);
    const size_t text_begin = u.text[k].first, text_end = u.text[k].second;
    size_t span = u.span[k];
    if (!run || span != run_span || u.item[k] != run_item) {
      if (run) copy_run_text(text_begin);
      line.runs.push_back(GlyphRun{font.font, {}, {}, {}, spans[span].colour, spans[span].link,
                                   spans[span].footnote});
      run = &line.runs.back();
      run_from = text_begin;
      run_span = span;
      run_item = u.item[k];
      spaces_before->emplace_back();
      // Most lines are one run: room for the rest of the line (and a hyphen) at once.
      size_t rest = seg.end - k + 1;
      run->glyphs.reserve(rest);
      run->clusters.reserve(rest);
      spaces_before->back().reserve(rest);
    }
    int x = c.x - x0;
    int drawn = 0;
    for (int g = u.glyphs[k].first; g < u.glyphs[k].second; ++g) {
      const PlacedGlyph& p = u.placed[g];
      run->glyphs.push_back(
          cairo_glyph_t{p.glyph, FromPango(x + p.dx).pt, FromPango(p.dy).pt});
      spaces_before->back().push_back(spaces);
      ++drawn;
    }
    int end_x = x + c.advance;
    std::string_view text = u.Text(k);
    bool last = k + 1 == seg.end;
    int cluster_bytes = static_cast<int>(text.size());
    if (c.soft_hyphen && last && broken && font.hyphen_advance > 0) {
      run->glyphs.push_back(cairo_glyph_t{font.hyphen_glyph, FromPango(x).pt, 0});
      spaces_before->back().push_back(spaces);
      ++drawn;
      end_x = x + font.hyphen_advance;
      // Extractors rejoin a word whose line ends in "-".
      copy_run_text(text_end);
      run->text += '-';
      ++cluster_bytes;
      line.hyphenated = true;
    } else if (!c.soft_hyphen && wrapped && last && text == "-") {
      // A line ending in a hard hyphen ("Zuid-|Kennemerland"): extractors drop a line-end
      // U+002D and join the lines, so the PDF text says U+2010 HYPHEN and the word keeps it.
      copy_run_text(text_begin);
      run->text += kHardHyphen;
      run_from = text_end;
      cluster_bytes = static_cast<int>(kHardHyphen.size());
    }
    if (drawn > 0 || !text.empty())
      run->clusters.push_back(cairo_text_cluster_t{cluster_bytes, drawn});
    if (text == " ") {
      ++spaces;
      word_start = end_x;
    } else if (!text.empty() || drawn > 0) {
      natural_end = end_x;
      spaces_at_natural_end = spaces;
      line.widest_word = Max(line.widest_word, FromPango(end_x - word_start));
      text_at_natural_end = text_end;
      hyphen_at_natural_end = line.hyphenated;  // set by this cluster, the last
    }
  }
  if (run) copy_run_text(u.text[seg.end - 1].second);
  // Clusters with neither text nor glyphs are not allowed by cairo; drop empty runs.
  for (size_t k = 0; k < line.runs.size();) {
    if (line.runs[k].glyphs.empty() && line.runs[k].text.empty()) {
      line.runs.erase(line.runs.begin() + k);
      spaces_before->erase(spaces_before->begin() + k);
    } else {
      ++k;
    }
  }
  if (seg.begin == seg.end) {
    ascent = from.ascent;
    descent = from.descent;
  }
  line.ascent = FromPango(ascent);
  line.descent = FromPango(descent);
  line.text.assign(u.texts, line_from, text_at_natural_end - line_from);
  if (hyphen_at_natural_end) line.text += '-';
  line.width = FromPango(natural_end);
  *stretchable = spaces_at_natural_end;
  return line;
}

std::shared_ptr<const Unbroken> Unshaped(const std::vector<Span>& spans, const ShapeOptions& o) {
  PangoAttrList* attrs = pango_attr_list_new();
  Built built = Build(spans, o.hyphenator, o.min_hyphen_word, attrs);
  std::optional<Unbroken> u;
  if (Plain(built.text)) u = FlattenByWords(built, spans, attrs);
  if (!u) u = Flatten(MakeLayout(spans, built, attrs).get(), built);
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

/// Labels, cells, numbers and running texts repeat a lot, and a table cell is measured at
/// several widths: keep each shaping per thread (fonts are per thread), up to a bound on
/// memory. Shaping is a pure function of its key, so a hit gives what a miss would.
std::shared_ptr<const Unbroken> ShapedOnce(const std::vector<Span>& spans, const ShapeOptions& o) {
  constexpr size_t kMaxClusters = 400000;  // about 40 MB per thread
  thread_local std::unordered_map<std::string, std::shared_ptr<const Unbroken>> cache;
  thread_local size_t clusters = 0;
  std::string key = ShapingKey(spans, o);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  std::shared_ptr<const Unbroken> u = Unshaped(spans, o);
  if (clusters + u->breaks.size() > kMaxClusters) {
    cache.clear();
    clusters = 0;
  }
  clusters += u->breaks.size();
  cache.emplace(std::move(key), u);
  return u;
}

std::vector<TextLine> LinesOf(const Unbroken& u, const std::vector<Span>& spans,
                              const ShapeOptions& o);

}  // namespace

std::vector<TextLine> Shape(const std::vector<Span>& spans, const ShapeOptions& o) {
  if (spans.empty()) return {};
  std::shared_ptr<const Unbroken> u = ShapedOnce(spans, o);
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

namespace {

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
    for (size_t s = 0; s < segs.size(); ++s)
      pieces.push_back({l, segs[s], s + 1 < segs.size()});
  }
  double em = spans[0].font.size_pt;
  for (size_t index = 0; index < pieces.size(); ++index) {
    const Piece& p = pieces[index];
    const Unbroken::Line& from = u.lines[p.line];
    std::vector<std::vector<int>> spaces_before;
    int stretchable = 0;
    bool wrapped = index + 1 < pieces.size();
    TextLine line = ConvertLine(u, from, p.seg, spans, wrapped, p.broken, &spaces_before,
                                &stretchable);
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
