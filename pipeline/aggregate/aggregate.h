// Stage 3: the money of input-format.md in exact cents, per theme, unit, actielijn and nation,
// with the warnings that only the figures reveal (overprogrammering, overschrijding).
#pragma once

#include <vector>

#include "pipeline/aggregate/figures.h"
#include "pipeline/model/diagnostics.h"
#include "pipeline/model/records.h"

namespace voortgang {

/// Expects inputs that passed Validate without errors.
Figures Aggregate(const Inputs& inputs, Period period, Diagnostics* diags);

/// Splits `amount` over `weights` in whole cents by the largest-remainder method: floors
/// first, leftover cents one each to the largest remainders, ties to the lower index.
/// Negative amounts are split as their absolute value and negated. Shares sum to `amount`.
std::vector<Money> SplitLargestRemainder(Money amount, const std::vector<Fraction>& weights);

}  // namespace voortgang
