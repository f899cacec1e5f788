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

  /// The glyphs `gs` of the text at [offset, offset + length) in `font`; gs's log_clusters
  /// count from `offset`.
  void AddRun(PangoFont* font, int offset, int length, PangoGlyphString* gs);

 private:
  const ParagraphText& b_;
  const PangoLogAttr* attrs_;
  int n_attrs_;
  Unbroken& u_;
  std::vector<int> char_at_;
  std::map<PangoFont*, int> font_index_;
  int x_ = 0;
};

}  // namespace voortgang::pdf
