// pango_get_log_attrs runs the Unicode line-breaking rules over every character of a paragraph:
// a twentieth of a national build. Words repeat, and for text of PlainLatin characters the
// breaks inside a word and its trailing spaces follow from the word alone: the rules look back
// over spaces only to the last character before them (UAX #14 LB14-LB17), and that decides
// only the break before the word's first character. So a word's flags are kept per word, found
// after a plain letter and a space, and the break before it per (that last character, the
// word's first two characters). break_attrs_test compares the result with Pango's on
// Dutch text and on generated strings of the characters whose rules look furthest.
#include "renderers/pdf/break_attrs.h"

#include <cstdint>
#include <string>
#include <unordered_map>

#include "renderers/pdf/itemize.h"

namespace voortgang::pdf {
namespace {

bool AllPlainLatin(std::string_view text) {
  for (const char* p = text.data(); p < text.data() + text.size(); p = g_utf8_next_char(p))
    if (!PlainLatin(g_utf8_get_char(p))) return false;
  return true;
}

void AppendUtf8(gunichar c, std::string* out) {
  char bytes[6];
  out->append(bytes, static_cast<size_t>(g_unichar_to_utf8(c, bytes)));
}

}  // namespace

size_t WordEnd(std::string_view text, size_t at) {
  size_t space = text.find(' ', at);
  if (space == std::string_view::npos) return text.size();
  size_t next = text.find_first_not_of(' ', space);
  return next == std::string_view::npos ? text.size() : next;
}

const std::vector<PangoLogAttr>& WordBreaks(std::string_view word, PangoLanguage* language) {
  constexpr size_t kMaxWords = 200000;  // about 20 MB per thread
  thread_local std::unordered_map<std::string, std::vector<PangoLogAttr>> cache;
  thread_local std::string key;  // reused: most words are found, and need no copy of it
  key.assign(reinterpret_cast<const char*>(&language), sizeof language);  // interned by Pango
  key += word;
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= kMaxWords) cache.clear();
  std::string text = "a ";  // a letter and a space: no rule holds across the spaces
  text += word;
  int chars = static_cast<int>(g_utf8_strlen(word.data(), static_cast<gssize>(word.size())));
  std::vector<PangoLogAttr> attrs(chars + 3);
  pango_get_log_attrs(text.data(), static_cast<int>(text.size()), -1, language, attrs.data(),
                      chars + 3);
  std::vector<PangoLogAttr> breaks(chars);  // the two fields only: a pure function of the key
  for (int c = 0; c < chars; ++c) {
    breaks[c].is_line_break = attrs[2 + c].is_line_break;
    breaks[c].is_char_break = attrs[2 + c].is_char_break;
  }
  return cache.emplace(key, std::move(breaks)).first->second;
}

gunichar LastBeforeSpaces(std::string_view word) {
  const char* last = word.data() + word.find_last_not_of(' ');
  return g_utf8_get_char(g_utf8_find_prev_char(word.data(), last + 1));
}

bool StartBreak(gunichar context, std::string_view word, PangoLanguage* language) {
  const char* second_at = g_utf8_next_char(word.data());
  gunichar first = g_utf8_get_char(word.data());
  gunichar second = second_at < word.data() + word.size() ? g_utf8_get_char(second_at) : 0;
  // Code points have 21 bits: three of them make the key. One language per thread in
  // practice; another empties the cache.
  thread_local PangoLanguage* cached_for = nullptr;
  thread_local std::unordered_map<uint64_t, bool> cache;
  if (cached_for != language) {
    cache.clear();
    cached_for = language;
  }
  uint64_t key = (uint64_t{context} << 42) | (uint64_t{first} << 21) | second;
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  std::string text;
  if (context != 0) {
    AppendUtf8(context, &text);
    text += ' ';
  }
  AppendUtf8(first, &text);
  if (second != 0) AppendUtf8(second, &text);
  std::vector<PangoLogAttr> attrs(5);
  pango_get_log_attrs(text.data(), static_cast<int>(text.size()), -1, language, attrs.data(), 5);
  bool breaks = attrs[context != 0 ? 2 : 0].is_line_break;
  cache.emplace(key, breaks);
  return breaks;
}

std::vector<PangoLogAttr> BreakAttrs(std::string_view text, PangoLanguage* language) {
  // Leading spaces would make the first word's context the paragraph's start and its spaces.
  if (text.empty() || text[0] == ' ' || !AllPlainLatin(text)) {  // Pango over all of it
    int n = static_cast<int>(g_utf8_strlen(text.data(), static_cast<gssize>(text.size()))) + 1;
    std::vector<PangoLogAttr> attrs(n);
    pango_get_log_attrs(text.data(), static_cast<int>(text.size()), -1, language, attrs.data(),
                        n);
    return attrs;
  }
  std::vector<PangoLogAttr> out;
  out.reserve(text.size() + 1);
  gunichar context = 0;  // the paragraph's start
  for (size_t at = 0; at < text.size();) {
    std::string_view word = text.substr(at, WordEnd(text, at) - at);
    size_t first = out.size();
    const std::vector<PangoLogAttr>& breaks = WordBreaks(word, language);
    out.insert(out.end(), breaks.begin(), breaks.end());
    out[first].is_line_break = StartBreak(context, word, language);
    context = LastBeforeSpaces(word);
    at += word.size();
  }
  out.emplace_back();  // the text's end
  return out;
}

}  // namespace voortgang::pdf
