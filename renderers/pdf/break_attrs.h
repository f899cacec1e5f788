// The break opportunities of a paragraph, word by word through per-thread caches.
#pragma once

#include <pango/pango.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace voortgang::pdf {

/// Where the word that begins at byte `at` of `text` ends: a word is what lies up to the next
/// U+0020, with the spaces after it. The unit of the word caches (shaping and breaks).
size_t WordEnd(std::string_view text, size_t at);

/// is_line_break and is_char_break of each character of `word` (a word as WordEnd cuts it, of
/// PlainLatin characters; the other fields are zero) as Pango gives them to the word inside a
/// paragraph after a letter and a space; a word without trailing spaces is taken to end the
/// paragraph. Of those, only the line break before the first character depends on what comes
/// before the word: StartBreak gives it. The reference is valid until the next call on this
/// thread.
const std::vector<PangoLogAttr>& WordBreaks(std::string_view word, PangoLanguage* language);

/// The character StartBreak wants as the context of the word after `word`: its last one
/// before its spaces. `word` holds a character other than a space.
gunichar LastBeforeSpaces(std::string_view word);

/// Whether a line may break before the first character of `word` when `context` is the last
/// character before the spaces ahead of it, or 0 at the paragraph's start. The line-breaking
/// rules look back over spaces to that one character only (UAX #14 LB14-LB17).
bool StartBreak(gunichar context, std::string_view word, PangoLanguage* language);

/// is_line_break and is_char_break of every character of `text`, as pango_get_log_attrs gives
/// them for `language`, with one more entry for the end of the text. That entry and the other
/// fields are as Pango gives them only when the paragraph went to Pango whole: read only
/// those two, and only for characters.
std::vector<PangoLogAttr> BreakAttrs(std::string_view text, PangoLanguage* language);

}  // namespace voortgang::pdf
