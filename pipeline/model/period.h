// Reporting periods (quarters, "2024-Q4") and calendar dates as they appear in the input.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace voortgang {

/// Years outside this range are input errors: they are typos, not plans.
inline constexpr int kMinYear = 1990;
inline constexpr int kMaxYear = 2100;

struct Period {
  int year = 0;
  int quarter = 0;  ///< 1..4

  std::string ToString() const;  ///< "2024-Q4"
  friend constexpr auto operator<=>(const Period&, const Period&) = default;
};

/// The quarter before / after `p` (2025-Q1 -> 2024-Q4).
Period PreviousPeriod(Period p);
Period NextPeriod(Period p);

/// Parses exactly "YYYY-Qn" with the year in [kMinYear, kMaxYear]; nullopt otherwise.
std::optional<Period> ParsePeriod(std::string_view text);

struct Date {
  int year = 0;
  int month = 0;  ///< 1..12
  int day = 0;    ///< 1..31
  friend constexpr auto operator<=>(const Date&, const Date&) = default;
};

/// The UTC calendar date of Unix seconds (no time zone, no C library clock).
Date CivilDate(int64_t unix_seconds);

}  // namespace voortgang
