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

/// The break flags of a word's characters (kLineBreak, kCharBreak), one per character.
constexpr unsigned char kLineBreak = 1, kCharBreak = 2;

/// The flags of `word` (a word as WordEnd cuts it, of PlainLatin characters) as Pango gives them
/// to the word inside a paragraph after a letter and a space; a word without trailing spaces is
/// taken to end the paragraph. Of those, only the line break before the first character depends
/// on what comes before the word: StartBreak gives it. The reference is valid until the next
/// call on this thread.
const std::vector<unsigned char>& WordBreaks(std::string_view word, PangoLanguage* language);

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
