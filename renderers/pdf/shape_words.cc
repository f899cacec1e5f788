// Paragraph -> items -> cached words -> Unbroken.
#include "renderers/pdf/shape_words.h"

#include <algorithm>
#include <map>

#include "renderers/pdf/break_attrs.h"
#include "renderers/pdf/cluster_sink.h"
#include "renderers/pdf/fonts.h"
#include "renderers/pdf/item_font.h"
#include "renderers/pdf/itemize.h"
#include "renderers/pdf/shape_caches.h"

namespace voortgang::pdf {
namespace {

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
  u->missing.insert(u->missing.end(), w.missing.begin(), w.missing.end());
}

}  // namespace

bool WordPathTakes(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c == '\n' || c == '\r' || c == '\t') return false;
  return text.find(kLineSeparator) == std::string::npos &&
         text.find("\xE2\x80\xA9") == std::string::npos;  // U+2029
}

uint16_t WordContextOf(const PangoAnalysis& analysis, PangoLanguage* language) {
  return ThreadShapeCaches().ContextId({analysis.font, analysis.level, analysis.script,
                                        analysis.gravity, analysis.flags, analysis.language,
                                        language});
}

const ShapedWord& ShapeWord(const PangoAnalysis& analysis, uint16_t context,
                            std::string_view word, PangoLanguage* language) {
  ShapeCaches& caches = ThreadShapeCaches();
  // The context's index first, fixed size, then the word: no two keys can read alike.
  std::string& key = caches.word_key;
  key.assign(reinterpret_cast<const char*>(&context), sizeof context);
  key += word;
  if (auto it = caches.words.find(key); it != caches.words.end()) return it->second;

  PangoGlyphString* gs = pango_glyph_string_new();
  pango_shape_with_flags(word.data(), static_cast<int>(word.size()), word.data(),
                         static_cast<int>(word.size()), &analysis, gs, PANGO_SHAPE_NONE);
  std::vector<PangoLogAttr> attrs = WordBreaks(word, language);
  int chars = static_cast<int>(attrs.size());
  attrs.emplace_back();  // the word's end
  ParagraphText alone{std::string(word), {0}};
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
  w.missing = std::move(u.missing);
  w.char_count = chars;
  if (!u.breaks.empty()) w.advance = u.breaks.back().x + u.breaks.back().advance;
  return caches.AddWord(key, std::move(w));
}

std::optional<Unbroken> ShapeByWords(const ParagraphText& b, const std::vector<Span>& spans,
                                     PangoAttrList* attrs) {
  PangoLanguage* language = pango_context_get_language(ThreadPangoContext());
  std::vector<SpanFont> runs;
  for (size_t k = 0; k < spans.size(); ++k)
    runs.push_back(
        {b.starts[k], k + 1 < spans.size() ? b.starts[k + 1] : b.text.size(), &spans[k].font});
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
    uint16_t shaping = WordContextOf(item->analysis, language);
    for (size_t start = 0; start < text.size();) {
      std::string_view word = text.substr(start, WordEnd(text, start) - start);
      const ShapedWord& w = ShapeWord(item->analysis, shaping, word, language);
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

}  // namespace voortgang::pdf
