// Shaped clusters before line breaking: of a whole paragraph (Unbroken) and of one word
// (ShapedWord, the unit of the word cache).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "renderers/pdf/line_break.h"
#include "renderers/pdf/text_line.h"

namespace voortgang::pdf {

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
  std::vector<int> chars;  ///< each cluster's first character, from the text's start
  std::vector<PlacedGlyph> placed;
  std::vector<ItemFont> fonts;
  /// Each cluster's bidi embedding level (odd: right to left); empty when the whole paragraph
  /// is left to right. Clusters are in logical order either way, so lines break in logical
  /// order; ConvertLine puts each line in visual order.
  std::vector<unsigned char> levels;
  /// Code points no font had a glyph for (drawn as nothing), in the order met.
  std::vector<unsigned> missing;
  struct Line {
    size_t begin, end;    ///< clusters
    bool forced;          ///< ends in a forced break
    int ascent, descent;  ///< Pango's, for a line without clusters
    bool rtl = false;     ///< the paragraph's base direction is right to left
  };
  std::vector<Line> lines;

  std::string_view Text(size_t k) const {
    return std::string_view(texts).substr(text[k].first, text[k].second - text[k].first);
  }
};

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
  std::vector<unsigned> missing;  ///< as Unbroken::missing
};

}  // namespace voortgang::pdf
