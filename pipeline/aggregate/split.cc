// The largest-remainder split of an amount over exact weights.
#include <algorithm>
#include <numeric>

#include "pipeline/aggregate/aggregate.h"

namespace voortgang {

std::vector<Money> SplitLargestRemainder(Money amount, const std::vector<Fraction>& weights) {
  std::vector<Money> shares(weights.size());
  if (weights.empty()) return shares;
  bool negative = amount.cents < 0;
  // The absolute value of INT64_MIN does not fit in int64; in 128 bits it does.
  __int128 abs = negative ? -static_cast<__int128>(amount.cents) : amount.cents;
  std::vector<__int128> floors(weights.size());
  std::vector<__int128> remainders(weights.size());
  __int128 assigned = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    __int128 exact = abs * weights[i].num;
    floors[i] = exact / weights[i].den;
    remainders[i] = exact % weights[i].den;
    assigned += floors[i];
  }
  // Remainder i as a fraction is remainders[i] / den[i]; compare them exactly by cross-multiplying.
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return remainders[a] * weights[b].den > remainders[b] * weights[a].den;
  });
  __int128 leftover = abs - assigned;
  for (std::size_t k = 0; leftover > 0 && k < order.size(); ++k, --leftover) ++floors[order[k]];
  for (std::size_t i = 0; i < weights.size(); ++i) {
    shares[i] = Money{static_cast<int64_t>(negative ? -floors[i] : floors[i])};
  }
  return shares;
}

}  // namespace voortgang
