// The one form of an id that also names a file or folder: units, themes, house styles.
#pragma once

#include <cstddef>
#include <string_view>

namespace voortgang {

inline constexpr std::size_t kMaxIdLength = 64;

/// Whether `id` matches ^[a-z0-9]+(-[a-z0-9]+)*$ and has at most kMaxIdLength characters:
/// no path separator, no dot, nothing a file system treats specially.
inline bool IsId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength || id.front() == '-' || id.back() == '-') {
    return false;
  }
  char previous = 0;
  for (char c : id) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum && !(c == '-' && previous != '-')) return false;
    previous = c;
  }
  return true;
}

}  // namespace voortgang
