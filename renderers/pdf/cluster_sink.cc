// Glyph clusters -> BreakClusters with their glyphs, texts and break flags.
#include "renderers/pdf/cluster_sink.h"

#include <string>
#include <string_view>

#include "renderers/pdf/item_font.h"

namespace voortgang::pdf {

ClusterSink::ClusterSink(const ParagraphText& b, const PangoLogAttr* attrs, int n_attrs,
                         Unbroken* u)
    : b_(b), attrs_(attrs), n_attrs_(n_attrs), u_(*u), char_at_(b.text.size() + 1, 0) {
  for (size_t i = 0, c = 0; i <= b.text.size(); ++i) {
    char_at_[i] = static_cast<int>(c);
    if (i < b.text.size() && (static_cast<unsigned char>(b.text[i]) & 0xC0) != 0x80) ++c;
  }
}

void ClusterSink::AddRun(PangoFont* font, int offset, int length, PangoGlyphString* gs, int level) {
  int font_index = FontIndex(font, &font_index_, &u_);
  if (level % 2 == 0) {
    for (int i = 0; i < gs->num_glyphs;) {
      int cstart = gs->log_clusters[i];
      int j = i;
      while (j < gs->num_glyphs && gs->log_clusters[j] == cstart) ++j;
      int cend = j < gs->num_glyphs ? gs->log_clusters[j] : length;
      if (cend < cstart) cend = cstart;
      AddCluster(gs, i, j, offset, cstart, cend, font_index, level);
      i = j;
    }
    return;
  }
  // Right to left: Pango gives the glyphs in visual order, so the logically first cluster is
  // the last one, and a cluster's text ends where the one drawn left of it begins.
  std::vector<std::pair<int, int>> drawn;  // [i, j) of each cluster, in glyph order
  for (int i = 0; i < gs->num_glyphs;) {
    int j = i;
    while (j < gs->num_glyphs && gs->log_clusters[j] == gs->log_clusters[i]) ++j;
    drawn.emplace_back(i, j);
    i = j;
  }
  for (size_t c = drawn.size(); c-- > 0;) {
    auto [i, j] = drawn[c];
    int cstart = gs->log_clusters[i];
    int cend = i > 0 ? gs->log_clusters[i - 1] : length;
    if (cend < cstart) cend = cstart;
    AddCluster(gs, i, j, offset, cstart, cend, font_index, level);
  }
}

void ClusterSink::AddCluster(PangoGlyphString* gs, int i, int j, int offset, int cstart, int cend,
                             int font_index, int level) {
  const ItemFont& item_font = u_.fonts[font_index];
  std::string_view all(b_.text);
  size_t byte = static_cast<size_t>(offset + cstart);
  bool soft = false;
  std::string text = CleanClusterText(all.substr(byte, cend - cstart), &soft);
  BreakCluster c;
  c.x = x_;
  int first = static_cast<int>(u_.placed.size());
  int dx = 0;
  for (int k = i; k < j; ++k) {
    const PangoGlyphInfo& g = gs->glyphs[k];
    if (g.glyph & PANGO_GLYPH_UNKNOWN_FLAG)  // Pango's "unknown" glyph names the code point
      u_.missing.push_back(g.glyph & ~PANGO_GLYPH_UNKNOWN_FLAG);
    else if (g.glyph != PANGO_GLYPH_EMPTY)
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
  u_.levels.push_back(static_cast<unsigned char>(level));
  int text_begin = static_cast<int>(u_.texts.size());
  u_.texts += text;
  u_.text.emplace_back(text_begin, static_cast<int>(u_.texts.size()));
  u_.glyphs.emplace_back(first, static_cast<int>(u_.placed.size()));
  u_.chars.push_back(char_at_[byte]);
}

}  // namespace voortgang::pdf
