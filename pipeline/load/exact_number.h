// Decimal numbers read exactly from their text: money into cents, weights into fractions.
// Going through a double would turn 0.6 into 0.59999999999999997779.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/model/money.h"
#include "pipeline/model/records.h"

namespace voortgang {

struct ExactResult {
  std::optional<Money> money;
  std::string error;  ///< set when money is empty: why the text is not an amount
};

/// Parses a TOML integer or float literal ("471_498", "23_500.50", "-1.5e3") into cents.
ExactResult ParseMoneyLiteral(std::string_view text);

struct FractionResult {
  std::optional<Fraction> fraction;
  std::string error;
};

/// Parses a TOML number literal into an exact fraction num/10^k (at most 18 decimals).
FractionResult ParseWeightLiteral(std::string_view text);

}  // namespace voortgang
