// Dutch hyphenation: libhyphen patterns (ISO-8859-1) plus a user-editable exception list;
// inserts U+00AD soft hyphens where Pango may break a word.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

typedef struct _HyphenDict HyphenDict;

namespace voortgang::pdf {

class Hyphenator {
 public:
  /// Loaded once per process for each (dictionary, exceptions) pair and shared by all threads.
  /// Returns null and sets *error when the dictionary cannot be loaded; an unreadable
  /// exceptions file is an error too, an empty path means none.
  static const Hyphenator* Get(const std::string& dictionary, const std::string& exceptions,
                               std::string* error);

  /// `text` with U+00AD inserted at the allowed breaks of each word of at least `min_word`
  /// letters. Words with digits, capitals after the first letter (acronyms) or letters
  /// outside Latin-1 stay whole. Results are cached per thread.
  std::string Hyphenate(std::string_view text, int min_word) const;

  /// One word (UTF-8, no spaces) with soft hyphens; "" when it cannot be hyphenated.
  std::string HyphenateWord(std::string_view word) const;

  ~Hyphenator();

 private:
  Hyphenator() = default;
  std::string Compute(std::string_view word) const;

  HyphenDict* dict_ = nullptr;
  mutable std::mutex mutex_;  ///< libhyphen is not documented as reentrant
  /// Lower-case word without hyphens -> code point indices after which a break is allowed.
  std::map<std::string, std::vector<int>> exceptions_;
};

/// Parses the exception list: one word a line with '-' at each allowed break, '#' comments.
/// Returns false with *error "FILE:LINE: message" on a malformed line.
bool ParseHyphenExceptions(std::string_view text, const std::string& file,
                           std::map<std::string, std::vector<int>>* out, std::string* error);

}  // namespace voortgang::pdf
