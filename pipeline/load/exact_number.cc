// Exact decimal parsing of TOML number literals.
#include "pipeline/load/exact_number.h"

#include <numeric>

namespace voortgang {
namespace {

/// A literal taken apart: value = (negative ? -1 : 1) * digits * 10^exponent.
struct Decimal {
  bool negative = false;
  std::string digits;  ///< no leading zeros (empty means zero)
  long exponent = 0;
};

std::optional<Decimal> Decompose(std::string_view text, std::string* error) {
  Decimal d;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) d.negative = text[i++] == '-';
  std::string_view rest = text.substr(i);
  if (rest == "inf" || rest == "nan") {
    *error = "is not a finite number";
    return std::nullopt;
  }
  if (rest.size() > 1 && rest[0] == '0' && (rest[1] == 'x' || rest[1] == 'o' || rest[1] == 'b')) {
    *error = "must be written in decimal";
    return std::nullopt;
  }
  bool any_digit = false;
  bool in_fraction = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') continue;
    if (c >= '0' && c <= '9') {
      any_digit = true;
      if (!(d.digits.empty() && c == '0')) d.digits += c;
      if (in_fraction) --d.exponent;
    } else if (c == '.' && !in_fraction) {
      in_fraction = true;
    } else if (c == 'e' || c == 'E') {
      break;
    } else {
      *error = "is not a number";
      return std::nullopt;
    }
  }
  if (!any_digit) {
    *error = "is not a number";
    return std::nullopt;
  }
  if (i < text.size()) {  // exponent
    ++i;
    bool exp_negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) exp_negative = text[i++] == '-';
    long e = 0;
    bool exp_digit = false;
    for (; i < text.size(); ++i) {
      if (text[i] == '_') continue;
      if (text[i] < '0' || text[i] > '9') {
        *error = "is not a number";
        return std::nullopt;
      }
      exp_digit = true;
      if (e < 100000) e = e * 10 + (text[i] - '0');
    }
    if (!exp_digit) {
      *error = "is not a number";
      return std::nullopt;
    }
    d.exponent += exp_negative ? -e : e;
  }
  // Trailing zeros carry no value: 10.500 is 105 * 10^-1.
  while (!d.digits.empty() && d.digits.back() == '0') {
    d.digits.pop_back();
    ++d.exponent;
  }
  if (d.digits.empty()) d.exponent = 0;
  return d;
}

/// digits * 10^shift as int64, or nullopt when it does not fit.
std::optional<int64_t> Scale(const std::string& digits, long shift) {
  if (digits.empty()) return 0;
  if (shift < 0 || static_cast<long>(digits.size()) + shift > 19) return std::nullopt;
  int64_t v = 0;
  for (char c : digits) {
    if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, c - '0', &v)) {
      return std::nullopt;
    }
  }
  for (long k = 0; k < shift; ++k) {
    if (__builtin_mul_overflow(v, 10, &v)) return std::nullopt;
  }
  return v;
}

}  // namespace

ExactResult ParseMoneyLiteral(std::string_view text) {
  ExactResult r;
  std::optional<Decimal> d = Decompose(text, &r.error);
  if (!d) return r;
  long shift = d->exponent + 2;  // to cents
  if (shift < 0) {
    r.error = "has more than two decimals; money is held in whole cents";
    return r;
  }
  std::optional<int64_t> cents = Scale(d->digits, shift);
  if (!cents) {
    r.error = "is too large: amounts must stay below € 92.233.720.368.547.758,07";
    return r;
  }
  r.money = Money{d->negative ? -*cents : *cents};
  return r;
}

FractionResult ParseWeightLiteral(std::string_view text) {
  FractionResult r;
  std::optional<Decimal> d = Decompose(text, &r.error);
  if (!d) return r;
  if (d->negative && !d->digits.empty()) {
    r.error = "must be greater than zero";
    return r;
  }
  long decimals = d->exponent < 0 ? -d->exponent : 0;
  if (decimals > 18) {
    r.error = "has more than 18 decimals";
    return r;
  }
  std::optional<int64_t> num = Scale(d->digits, d->exponent > 0 ? d->exponent : 0);
  if (!num) {
    r.error = "is too large";
    return r;
  }
  int64_t den = 1;
  for (long k = 0; k < decimals; ++k) den *= 10;
  int64_t g = std::gcd(*num, den);
  if (g == 0) g = 1;
  r.fraction = Fraction{*num / g, den / g};
  return r;
}

}  // namespace voortgang
