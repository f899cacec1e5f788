// "Did you mean ...?": the closest known word to a typo.
#include "pipeline/model/nearest.h"

#include <algorithm>

namespace voortgang {

namespace {

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string NearestWord(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  std::size_t best_distance = 0;
  for (std::string_view c : candidates) {
    std::size_t d = EditDistance(word, c);
    if (best.empty() || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  // A typo changes a letter or two; anything further is another word.
  std::size_t allowed = std::max<std::size_t>(1, std::min<std::size_t>(3, best.size() / 3));
  if (best.empty() || best_distance > allowed) return {};
  return std::string(best);
}

}  // namespace voortgang
