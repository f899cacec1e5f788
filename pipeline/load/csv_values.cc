// Amounts and dates from CSV fields.
#include "pipeline/load/csv_values.h"

#include <cstdint>

namespace voortgang {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

/// Reads exactly `count` digits at `pos`.
std::optional<int> Digits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!IsDigit(text[i])) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool LeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && LeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

CsvAmount ParseCsvAmount(std::string_view text, char decimal_mark) {
  const char thousands = decimal_mark == ',' ? '.' : ',';
  std::string_view s = text;
  if (s.empty()) return {std::nullopt, "is empty"};
  bool negative = false;
  if (s[0] == '-' || s[0] == '+') {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  std::size_t mark = s.find(decimal_mark);
  std::string_view whole = s.substr(0, mark);
  std::string_view fraction = mark == std::string_view::npos ? "" : s.substr(mark + 1);
  std::string form = std::string("is not an amount such as ") +
                     (decimal_mark == ',' ? "\"1.234,56\"" : "\"1,234.56\"");
  if (whole.empty()) return {std::nullopt, form};
  // Thousands separators, when used, group the whole euros by three: "1.234.567".
  int64_t euros = 0;
  std::size_t group = 0;
  bool grouped = whole.find(thousands) != std::string_view::npos;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    char c = whole[i];
    if (c == thousands) {
      if (group == 0 || (i != whole.find(thousands) && group != 3) || group > 3) {
        return {std::nullopt, form};
      }
      group = 0;
      continue;
    }
    if (!IsDigit(c)) return {std::nullopt, form};
    ++group;
    if (__builtin_mul_overflow(euros, int64_t{10}, &euros) ||
        __builtin_add_overflow(euros, int64_t{c - '0'}, &euros)) {
      return {std::nullopt, "is too large"};
    }
  }
  if (grouped && group != 3) return {std::nullopt, form};
  if (mark != std::string_view::npos) {
    if (fraction.empty()) return {std::nullopt, form};
    for (char c : fraction) {
      if (!IsDigit(c)) return {std::nullopt, form};
    }
    if (fraction.size() > 2) return {std::nullopt, "has more than two decimals"};
  }
  int64_t cents = 0;
  int64_t decimals = 0;
  for (std::size_t i = 0; i < 2; ++i) {
    decimals = decimals * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
  }
  if (__builtin_mul_overflow(euros, int64_t{100}, &cents) ||
      __builtin_add_overflow(cents, decimals, &cents)) {
    return {std::nullopt, "is too large"};
  }
  return {Money{negative ? -cents : cents}, ""};
}

std::optional<Date> ParseCsvDate(std::string_view text, DateOrder order) {
  if (text.size() != 10) return std::nullopt;
  std::optional<int> year, month, day;
  if (order == DateOrder::kDayMonthYear) {
    if (text[2] != '-' || text[5] != '-') return std::nullopt;
    day = Digits(text, 0, 2), month = Digits(text, 3, 2), year = Digits(text, 6, 4);
  } else {
    if (text[4] != '-' || text[7] != '-') return std::nullopt;
    year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
  }
  if (!year || !month || !day) return std::nullopt;
  if (*year < kMinYear || *year > kMaxYear || *month < 1 || *month > 12 || *day < 1 ||
      *day > DaysIn(*year, *month)) {
    return std::nullopt;
  }
  return Date{*year, *month, *day};
}

Period PeriodOf(const Date& date) { return Period{date.year, (date.month - 1) / 3 + 1}; }

}  // namespace voortgang
