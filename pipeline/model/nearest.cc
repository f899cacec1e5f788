// "Did you mean ...?": the closest known word to a typo.
#include "pipeline/model/nearest.h"

#include <algorithm>

namespace voortgang {

namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbours each cost one ("vrom" -> "vorm" is one typo); case is ignored.
std::size_t TypoDistance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = Lower(a[i - 1]) == Lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && Lower(a[i - 1]) == Lower(b[j - 2]) &&
          Lower(a[i - 2]) == Lower(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::string NearestWord(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  std::size_t best_distance = 0;
  for (std::string_view c : candidates) {
    std::size_t d = TypoDistance(word, c);
    if (best.empty() || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  // A typo changes about one letter in three; in a one- or two-letter id ("7" for "1") any
  // change makes another word, so only a difference of case is suggested there.
  std::size_t allowed = std::min<std::size_t>(3, best.size() / 3);
  if (best.empty() || best_distance > allowed) return {};
  return std::string(best);
}

}  // namespace voortgang
