// Soft hyphens from libhyphen's Dutch patterns, overridden by templates/afbreekuitzonderingen.txt.
#include "renderers/pdf/hyphenate.h"

#include <hyphen.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace voortgang::pdf {
namespace {

constexpr std::string_view kSoftHyphen = "\xC2\xAD";

/// Decodes one UTF-8 code point at s[*i], advancing *i; returns 0xFFFD on bad input.
char32_t Next(std::string_view s, size_t* i) {
  unsigned char c = s[*i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return cp;
}

bool IsLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
bool IsUpper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }

/// Lower-case Latin-1 bytes of a word, or "" when a letter is outside Latin-1.
std::string ToLatin1Lower(const std::vector<char32_t>& cps) {
  std::string out;
  for (char32_t c : cps) {
    if (c > 0xFF) return "";
    if (IsUpper(c)) c += 0x20;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string Utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    s.push_back(static_cast<char>(0xC0 | (c >> 6)));
    s.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    s.push_back(static_cast<char>(0xE0 | (c >> 12)));
    s.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
  return s;
}

std::string LowerUtf8(const std::vector<char32_t>& cps) {
  std::string out;
  for (char32_t c : cps) out += Utf8(IsUpper(c) ? c + 0x20 : c);
  return out;
}

std::vector<char32_t> CodePoints(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) out.push_back(Next(s, &i));
  return out;
}

/// `cps` as UTF-8 with a soft hyphen after each index in `breaks`.
std::string WithBreaks(const std::vector<char32_t>& cps, const std::vector<int>& breaks) {
  std::string out;
  size_t b = 0;
  for (size_t i = 0; i < cps.size(); ++i) {
    out += Utf8(cps[i]);
    while (b < breaks.size() && breaks[b] < static_cast<int>(i)) ++b;
    if (b < breaks.size() && breaks[b] == static_cast<int>(i) && i + 1 < cps.size())
      out += kSoftHyphen;
  }
  return out;
}

}  // namespace

bool ParseHyphenExceptions(std::string_view text, const std::string& file,
                           std::map<std::string, std::vector<int>>* out, std::string* error) {
  int line_no = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty() || line.front() == '#') {
      if (end == text.size()) break;
      continue;
    }
    std::vector<char32_t> letters;
    std::vector<int> breaks;
    bool ok = true;
    for (char32_t c : CodePoints(line)) {
      if (c == '-') {
        if (letters.empty() || (!breaks.empty() && breaks.back() == int(letters.size()) - 1))
          ok = false;
        breaks.push_back(static_cast<int>(letters.size()) - 1);
      } else if (IsLetter(c)) {
        letters.push_back(c);
      } else {
        ok = false;
      }
    }
    if (!ok || letters.empty() || (!breaks.empty() && breaks.back() == int(letters.size()) - 1)) {
      *error = file + ":" + std::to_string(line_no) +
               ": expected one word of letters with '-' at the allowed breaks, got '" +
               std::string(line) + "'";
      return false;
    }
    (*out)[LowerUtf8(letters)] = breaks;
    if (end == text.size()) break;
  }
  return true;
}

const Hyphenator* Hyphenator::Get(const std::string& dictionary, const std::string& exceptions,
                                  std::string* error) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::unique_ptr<Hyphenator>> loaded;
  std::lock_guard<std::mutex> lock(mutex);
  auto key = std::make_pair(dictionary, exceptions);
  auto it = loaded.find(key);
  if (it != loaded.end()) return it->second.get();

  std::unique_ptr<Hyphenator> h(new Hyphenator());
  h->dict_ = hnj_hyphen_load(dictionary.c_str());
  if (!h->dict_) {
    *error = dictionary + ": cannot load hyphenation patterns";
    return nullptr;
  }
  if (!exceptions.empty()) {
    std::ifstream in(exceptions, std::ios::binary);
    if (!in) {
      *error = exceptions + ": cannot read hyphenation exceptions";
      return nullptr;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    if (!ParseHyphenExceptions(ss.str(), exceptions, &h->exceptions_, error)) return nullptr;
  }
  return loaded.emplace(key, std::move(h)).first->second.get();
}

Hyphenator::~Hyphenator() {
  if (dict_) hnj_hyphen_free(dict_);
}

std::string Hyphenator::Compute(std::string_view word) const {
  std::vector<char32_t> cps = CodePoints(word);
  auto ex = exceptions_.find(LowerUtf8(cps));
  if (ex != exceptions_.end()) return WithBreaks(cps, ex->second);

  std::string latin1 = ToLatin1Lower(cps);
  if (latin1.empty()) return std::string(word);
  std::vector<char> hyphens(latin1.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  std::vector<int> breaks;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (hnj_hyphen_hyphenate3(dict_, latin1.c_str(), static_cast<int>(latin1.size()),
                              hyphens.data(), nullptr, &rep, &pos, &cut, 2, 2, 2, 2) != 0)
      return std::string(word);
  }
  for (size_t i = 0; i + 1 < latin1.size(); ++i) {
    // Non-standard breaks (a spelling change such as "omaatje") are skipped: we cannot respell.
    if ((hyphens[i] & 1) && !(rep && rep[i])) breaks.push_back(static_cast<int>(i));
  }
  if (rep) {
    for (size_t i = 0; i < latin1.size(); ++i) free(rep[i]);
    free(rep);
  }
  free(pos);
  free(cut);
  return WithBreaks(cps, breaks);
}

std::string Hyphenator::HyphenateWord(std::string_view word) const { return Compute(word); }

std::string Hyphenator::Hyphenate(std::string_view text, int min_word) const {
  thread_local std::unordered_map<const Hyphenator*, std::unordered_map<std::string, std::string>>
      caches;
  auto& cache = caches[this];
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  size_t i = 0;
  while (i < text.size()) {
    size_t word_start = i;
    size_t j = i;
    int letters = 0;
    bool later_capital = false;
    while (j < text.size()) {
      size_t k = j;
      char32_t c = Next(text, &k);
      if (!IsLetter(c)) break;
      if (letters > 0 && IsUpper(c)) later_capital = true;
      ++letters;
      j = k;
    }
    if (letters == 0) {
      // Copy one non-letter code point; a word glued to digits ("2025a") stays whole.
      size_t k = i;
      char32_t c = Next(text, &k);
      out.append(text.substr(i, k - i));
      i = k;
      if (c >= '0' && c <= '9') {
        while (i < text.size()) {
          size_t m = i;
          if (!IsLetter(Next(text, &m)) && !(text[i] >= '0' && text[i] <= '9')) break;
          out.append(text.substr(i, m - i));
          i = m;
        }
      }
      continue;
    }
    std::string_view word = text.substr(word_start, j - word_start);
    bool glued_digit = j < text.size() && text[j] >= '0' && text[j] <= '9';
    if (letters < min_word || later_capital || glued_digit) {
      out.append(word);
    } else {
      auto it = cache.find(std::string(word));
      if (it == cache.end()) it = cache.emplace(std::string(word), Compute(word)).first;
      out.append(it->second);
    }
    i = j;
  }
  return out;
}

}  // namespace voortgang::pdf
