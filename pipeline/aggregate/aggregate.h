// Stage 3: the money of input-format.md in exact cents, per theme, unit, actielijn and nation,
// with the warnings that only the figures reveal (overprogrammering, overschrijding).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/figures.h"
#include "pipeline/model/records.h"

namespace voortgang {

/// A unit's figures for the period and the warnings adding them up gave, from an earlier run.
struct KnownFigures {
  UnitFigures figures;
  Diagnostics diags;
};

/// Expects inputs that passed Validate without errors. A unit named in `known` (the build's
/// cache, for stand-in units) takes those figures and warnings instead of adding up its
/// records; the national sums are made over every unit either way.
Figures Aggregate(const Inputs& inputs, Period period, Diagnostics* diags,
                  const std::map<std::string, KnownFigures>* known = nullptr);

/// Splits `amount` over `weights` in whole cents by the largest-remainder method: floors
/// first, leftover cents one each to the largest remainders, ties to the lower index.
/// Negative amounts are split as their absolute value and negated. Shares sum to `amount`.
std::vector<Money> SplitLargestRemainder(Money amount, const std::vector<Fraction>& weights);

}  // namespace voortgang
