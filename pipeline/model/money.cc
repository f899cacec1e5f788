// Locale-free text for amounts in diagnostics.
#include "pipeline/model/money.h"

namespace voortgang {

std::string ToDecimalString(Money m) {
  // Work in unsigned so that INT64_MIN has an absolute value.
  bool negative = m.cents < 0;
  uint64_t abs = negative ? uint64_t{0} - static_cast<uint64_t>(m.cents)
                          : static_cast<uint64_t>(m.cents);
  std::string cents = std::to_string(abs % 100);
  if (cents.size() < 2) cents = "0" + cents;
  return (negative ? "-" : "") + std::to_string(abs / 100) + "." + cents;
}

}  // namespace voortgang
