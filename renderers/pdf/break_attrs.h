// The break opportunities of a paragraph, word by word through a per-thread cache.
#pragma once

#include <pango/pango.h>

#include <string_view>
#include <vector>

namespace voortgang::pdf {

/// is_line_break and is_char_break of every character of `text`, as pango_get_log_attrs gives
/// them for `language`, with one more entry for the end of the text. That entry and the other
/// fields are as Pango gives them only when the paragraph went to Pango whole: read only
/// those two, and only for characters.
std::vector<PangoLogAttr> BreakAttrs(std::string_view text, PangoLanguage* language);

}  // namespace voortgang::pdf
