// The break opportunities of a paragraph, word by word through a per-thread cache.
#pragma once

#include <pango/pango.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace voortgang::pdf {

/// Where the word that begins at byte `at` of `text` ends: a word is what lies up to the next
/// U+0020, with the spaces after it. The unit of the word caches (shaping and breaks).
size_t WordEnd(std::string_view text, size_t at);

/// is_line_break and is_char_break of every character of `text`, as pango_get_log_attrs gives
/// them for `language`, with one more entry for the end of the text. That entry and the other
/// fields are as Pango gives them only when the paragraph went to Pango whole: read only
/// those two, and only for characters.
std::vector<PangoLogAttr> BreakAttrs(std::string_view text, PangoLanguage* language);

}  // namespace voortgang::pdf
