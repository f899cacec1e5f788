// A shaped line of text ready to paint: glyph runs with positions relative to the line's start
// and baseline, plus the text each glyph stands for (so the PDF's text extracts cleanly).
#pragma once

#include <cairo.h>

#include <memory>
#include <string>
#include <vector>

#include "pipeline/model/house_style.h"
#include "renderers/pdf/length.h"

namespace voortgang::pdf {

struct ScaledFontDeleter {
  void operator()(cairo_scaled_font_t* f) const { cairo_scaled_font_destroy(f); }
};
using ScaledFont = std::shared_ptr<cairo_scaled_font_t>;

/// Glyphs of one font, colour and link.
struct GlyphRun {
  ScaledFont font;
  std::vector<cairo_glyph_t> glyphs;  ///< x from the line start, y from the baseline, in pt
  std::string text;                   ///< what the glyphs say, cluster by cluster
  std::vector<cairo_text_cluster_t> clusters;
  Rgb colour;
  int link = -1;      ///< index into Layout::links, or -1
  int footnote = -1;  ///< this run is the reference mark of Layout::footnotes[footnote]
  /// Right to left: `text` and `clusters` in logical order, `glyphs` in visual order (cairo's
  /// CAIRO_TEXT_CLUSTER_FLAG_BACKWARD), so the text layer keeps the logical order.
  bool backward = false;
};

struct TextLine {
  Length width;    ///< advance width without trailing spaces (after justification: the box)
  Length ascent;   ///< of the line's fonts
  Length descent;
  std::vector<GlyphRun> runs;
  Length widest_word;  ///< the widest stretch between spaces (min-content of an unbroken line)
  std::string text;  ///< plain text of the line for the dump: soft hyphens removed
  bool hyphenated = false;  ///< ends in a hyphen drawn at a soft-hyphen break
  bool justified = false;
  bool rtl = false;  ///< the paragraph is right to left: a left-aligned line starts at the right
};

}  // namespace voortgang::pdf
