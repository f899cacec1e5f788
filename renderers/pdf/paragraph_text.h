// A paragraph's text as Pango shapes it: the spans' texts joined (hyphenation points inserted),
// with a font attribute per span.
#pragma once

#include <pango/pango.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "renderers/pdf/shape.h"

namespace voortgang::pdf {

inline constexpr std::string_view kSoftHyphen = "\xC2\xAD";
inline constexpr std::string_view kLineSeparator = "\xE2\x80\xA8";
inline constexpr std::string_view kHardHyphen = "\xE2\x80\x90";  // U+2010

struct ParagraphText {
  std::string text;
  std::vector<size_t> starts;  ///< byte offset where span i starts
};

/// Joins `spans` (soft hyphens inserted into those that hyphenate) and adds a font attribute
/// per span to `attrs`.
ParagraphText BuildParagraphText(const std::vector<Span>& spans, const Hyphenator* hyphenator,
                                 int min_word, PangoAttrList* attrs);

/// The span that byte `byte` of the text belongs to.
size_t SpanAt(const ParagraphText& b, size_t byte);

/// `s` without soft hyphens and line separators, the text the PDF carries for a cluster;
/// *had_soft_hyphen is set when there was a soft hyphen.
std::string CleanClusterText(std::string_view s, bool* had_soft_hyphen);

}  // namespace voortgang::pdf
