// pango_get_log_attrs runs the Unicode line-breaking rules over every character of a paragraph:
// a twentieth of a national build. Words repeat, and for text of PlainLatin characters the
// breaks inside a word and its trailing spaces follow from the word alone: the rules look back
// over spaces only to the last character before them (UAX #14 LB14-LB17), and no further than
// the word's first character otherwise. So a word's breaks are kept per (that last character,
// the word), and only the words not seen before go to Pango, all in one call on a string that
// gives each its context. break_attrs_test compares the result with Pango's on generated text.
#include "renderers/pdf/break_attrs.h"

#include <string>
#include <unordered_map>

#include "renderers/pdf/itemize.h"

namespace voortgang::pdf {
namespace {

constexpr unsigned char kLineBreak = 1, kCharBreak = 2;

/// A word: characters other than U+0020 and the spaces after them.
struct Word {
  size_t begin, end;  ///< bytes
  int first_char;     ///< index of its first character in the paragraph
  int chars;
};

bool AllPlainLatin(std::string_view text) {
  for (const char* p = text.data(); p < text.data() + text.size(); p = g_utf8_next_char(p))
    if (!PlainLatin(g_utf8_get_char(p))) return false;
  return true;
}

}  // namespace

size_t WordEnd(std::string_view text, size_t at) {
  size_t space = text.find(' ', at);
  if (space == std::string_view::npos) return text.size();
  size_t next = text.find_first_not_of(' ', space);
  return next == std::string_view::npos ? text.size() : next;
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

  std::vector<Word> words;
  int chars = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = WordEnd(text, at);
    Word w{at, end, chars, static_cast<int>(g_utf8_strlen(text.data() + at,
                                                          static_cast<gssize>(end - at)))};
    chars += w.chars;
    words.push_back(w);
    at = end;
  }
  // What each word's breaks depend on. The strings are kept from call to call, so that a
  // paragraph of known words allocates nothing.
  thread_local std::vector<std::string> keys;
  if (keys.size() < words.size()) keys.resize(words.size());
  for (size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    std::string& key = keys[k];
    // The context: the paragraph's start, or the last character before the spaces ahead.
    key.assign(reinterpret_cast<const char*>(&language), sizeof language);  // interned
    if (k == 0) {
      key += "\x02";
    } else {
      const Word& prev = words[k - 1];
      size_t last = text.find_last_not_of(' ', prev.end - 1);
      const char* start = g_utf8_find_prev_char(text.data(), text.data() + last + 1);
      key.append(start, text.data() + last + 1);
      key += '\x01';
    }
    key.append(text.data() + w.begin, w.end - w.begin);
    if (w.end == text.size() && text.back() != ' ') key += '\x03';  // the paragraph's end
  }

  constexpr size_t kMaxWords = 200000;  // about 20 MB per thread
  // Keyed by language too: one thread renders one house style, but need not.
  thread_local std::unordered_map<std::string, std::vector<unsigned char>> cache;
  if (cache.size() > kMaxWords) cache.clear();
  // Elements of an unordered_map stay where they are while others are added.
  std::vector<const std::vector<unsigned char>*> found(words.size(), nullptr);
  std::vector<size_t> missing;
  for (size_t k = 0; k < words.size(); ++k) {
    auto it = cache.find(keys[k]);
    if (it != cache.end()) found[k] = &it->second;
    else missing.push_back(k);
  }
  if (!missing.empty()) {
    // One string for all new words: the first word first (it starts the paragraph), the last
    // last (it ends it), every other one after its context character and a space.
    std::string batch;
    std::vector<int> starts;  // character where each missing word begins in `batch`
    int batch_chars = 0;
    for (size_t k : missing) {
      const Word& w = words[k];
      if (k > 0) {
        size_t context_begin = sizeof language;
        batch.append(keys[k], context_begin, keys[k].find('\x01', context_begin) - context_begin);
        batch += ' ';
        batch_chars += 2;
      }
      starts.push_back(batch_chars);
      batch.append(text.data() + w.begin, w.end - w.begin);
      batch_chars += w.chars;
    }
    int batch_attrs = batch_chars + 1;
    std::vector<PangoLogAttr> attrs(batch_attrs);
    pango_get_log_attrs(batch.data(), static_cast<int>(batch.size()), -1, language, attrs.data(),
                        batch_attrs);
    for (size_t m = 0; m < starts.size(); ++m) {
      const Word& w = words[missing[m]];
      const std::string& key = keys[missing[m]];
      std::vector<unsigned char> flags(w.chars);
      for (int c = 0; c < w.chars; ++c) {
        const PangoLogAttr& a = attrs[starts[m] + c];
        flags[c] = (a.is_line_break ? kLineBreak : 0) | (a.is_char_break ? kCharBreak : 0);
      }
      found[missing[m]] = &cache.insert_or_assign(key, std::move(flags)).first->second;
    }
  }

  std::vector<PangoLogAttr> out(chars + 1);  // the words' characters, and the text's end
  for (size_t k = 0; k < words.size(); ++k) {
    const std::vector<unsigned char>& flags = *found[k];
    for (int c = 0; c < words[k].chars; ++c) {
      out[words[k].first_char + c].is_line_break = (flags[c] & kLineBreak) != 0;
      out[words[k].first_char + c].is_char_break = (flags[c] & kCharBreak) != 0;
    }
  }
  return out;
}

}  // namespace voortgang::pdf
