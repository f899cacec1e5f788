// Pango shaping and line breaking: styled spans -> TextLines. The only user of PangoLayout.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "renderers/pdf/fonts.h"
#include "renderers/pdf/text_line.h"

namespace voortgang::pdf {

class Hyphenator;

/// A stretch of text in one look.
struct Span {
  Span(std::string t, FontSpec f, Rgb c, int l = -1)
      : text(std::move(t)), font(std::move(f)), colour(c), link(l) {}

  std::string text;  ///< UTF-8; U+2028 forces a line break
  FontSpec font;
  Rgb colour;
  int link = -1;
  int footnote = -1;      ///< the reference mark of this footnote
  bool hyphenate = true;  ///< insert soft hyphens (off for numbers, URLs, labels)
};

/// Code points no font has a glyph for, each with the first text it was met in.
using MissingGlyphs = std::map<uint32_t, std::string>;

struct ShapeOptions {
  Length width;                ///< line box width; <= 0 means one unbounded line per break
  doc::Align align = doc::Align::kLeft;
  bool break_anywhere = false; ///< for URLs: break between any characters when a word overflows
  const Hyphenator* hyphenator = nullptr;
  int min_hyphen_word = 6;
  /// Justified lines may widen a space by at most this many ems; a looser line stays ragged.
  double max_space_stretch_em = 0.9;
  /// Gets the code points of the text that no font has (they are drawn as nothing).
  MissingGlyphs* missing = nullptr;
};

/// Breaks `spans` into lines no wider than options.width. Justified lines get their spaces
/// widened; the last line, lines before a forced break and lines without a space stay natural.
/// Lines keep x from 0; centring and right alignment are left to the caller (see AlignOffset).
std::vector<TextLine> Shape(const std::vector<Span>& spans, const ShapeOptions& options);

/// Width of the longest unbreakable piece (min-content) and of the longest line when only
/// forced breaks apply (max-content).
struct ContentWidths {
  Length min, max;
};
/// Without hyphenation the lines as shaped unbroken are handed back in *unbroken (if given),
/// so a cell that fits its column need not be shaped again.
ContentWidths MeasureContent(const std::vector<Span>& spans, bool hyphenate,
                             const Hyphenator* hyphenator, int min_hyphen_word,
                             std::vector<TextLine>* unbroken = nullptr,
                             MissingGlyphs* missing = nullptr);

/// x offset of a line of `line_width` in a box of `box_width` for alignment `align`.
Length AlignOffset(doc::Align align, Length line_width, Length box_width);

}  // namespace voortgang::pdf
