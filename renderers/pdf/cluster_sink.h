// Shaped Pango glyph strings -> the clusters of an Unbroken, in order along a line.
#pragma once

#include <pango/pango.h>

#include <map>
#include <vector>

#include "renderers/pdf/paragraph_text.h"
#include "renderers/pdf/unbroken.h"

namespace voortgang::pdf {

/// Turns shaped runs into clusters, in order along a line.
class ClusterSink {
 public:
  /// `attrs` (n_attrs of them) are the break attributes of `b`'s characters.
  ClusterSink(const ParagraphText& b, const PangoLogAttr* attrs, int n_attrs, Unbroken* u);

  void StartLine() { x_ = 0; }

  /// The glyphs `gs` of the text at [offset, offset + length) in `font` at bidi embedding
  /// level `level`; gs's log_clusters count from `offset`. The clusters are added in logical
  /// order: for a right-to-left run (odd level) that is the reverse of the glyphs' order.
  void AddRun(PangoFont* font, int offset, int length, PangoGlyphString* gs, int level = 0);

 private:
  /// Glyphs [i, j) of `gs`, the text at bytes [cstart, cend) from `offset`.
  void AddCluster(PangoGlyphString* gs, int i, int j, int offset, int cstart, int cend,
                  int font_index, int level);

  const ParagraphText& b_;
  const PangoLogAttr* attrs_;
  int n_attrs_;
  Unbroken& u_;
  std::vector<int> char_at_;
  std::map<PangoFont*, int> font_index_;
  int x_ = 0;
};

}  // namespace voortgang::pdf
