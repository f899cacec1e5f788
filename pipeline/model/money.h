// Money as exact integer euro cents with checked arithmetic; no double ever holds an amount.
#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace voortgang {

struct Money {
  int64_t cents = 0;

  static constexpr Money Cents(int64_t c) { return Money{c}; }

  /// Adds `other` in place; returns false and leaves this unchanged when the sum does not fit.
  [[nodiscard]] bool TryAdd(Money other) {
    int64_t sum;
    if (__builtin_add_overflow(cents, other.cents, &sum)) return false;
    cents = sum;
    return true;
  }
  [[nodiscard]] bool TrySub(Money other) {
    int64_t diff;
    if (__builtin_sub_overflow(cents, other.cents, &diff)) return false;
    cents = diff;
    return true;
  }

  friend constexpr auto operator<=>(Money, Money) = default;
};

/// "-1234.50": exact, locale-free; for diagnostics and machine output, not for documents.
std::string ToDecimalString(Money m);

}  // namespace voortgang
