// The fast shaping path: a paragraph of one line of left-to-right text, word by word through
// the per-thread word cache.
#pragma once

#include <pango/pango.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "renderers/pdf/paragraph_text.h"
#include "renderers/pdf/unbroken.h"

namespace voortgang::pdf {

/// Whether the word path may take `text`: not empty, no forced breaks or tabs (PangoLayout
/// handles those). Right-to-left text is found later, by ShapeByWords.
bool WordPathTakes(const std::string& text);

/// Shaping is most of the layout time, and the words of running text repeat: within a note,
/// and from one note to the next far more. Each word is shaped and cut into clusters once per
/// thread, without the text around it (so the result is a pure function of the key); text is set
/// unkerned (fonts.h), so nothing across a space is lost. `language` is the one breaks are
/// found for, `context` what WordContextOf gives for the analysis and `language`. The
/// reference is valid until the next call.
const ShapedWord& ShapeWord(const PangoAnalysis& analysis, uint16_t context,
                            std::string_view word, PangoLanguage* language);

/// The word cache's name for what shapes a word besides its letters (shape_caches.h): once
/// per item, not per word.
uint16_t WordContextOf(const PangoAnalysis& analysis, PangoLanguage* language);

/// Pango itemizes (fonts, fallback; see itemize.h), and the words come shaped and cut into
/// clusters from ShapeWord. Their break flags need nothing but the word and the character
/// before its spaces when the paragraph is one item of plain Latin text (break_attrs.h);
/// otherwise, when an item may end inside a word, they are found for the whole paragraph.
/// Empty when an item is right to left.
std::optional<Unbroken> ShapeByWords(const ParagraphText& b, const std::vector<Span>& spans,
                                     PangoAttrList* attrs);

}  // namespace voortgang::pdf
