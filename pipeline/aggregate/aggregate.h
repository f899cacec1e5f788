// Stage 3: the money of input-format.md in exact cents, per theme, unit, actielijn and nation,
// with the warnings that only the figures reveal (overprogrammering, overschrijding).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/figures.h"
#include "pipeline/model/records.h"
#include "pipeline/model/unit_summary.h"

namespace voortgang {

/// The figures of a fully parsed tree: AggregateUnit for every unit, then AggregateNational.
/// Expects inputs that passed Validate without errors.
Figures Aggregate(const Inputs& inputs, Period period, Diagnostics* diags);

/// One unit's figures for the period, its totals included, with the warnings that adding them
/// up gives. Expects a unit that passed ValidateUnit without errors.
UnitFigures AggregateUnit(const Unit& unit, const Programma& programma, Period period,
                          Diagnostics* diags);

/// The national sums over `figures`, one per unit of `units` in the same order (parsed now or
/// from the build's unit cache); an overflow is reported at the unit where it happens.
Figures AggregateNational(const Programma& programma, const std::vector<UnitSummary>& units,
                          std::vector<UnitFigures> figures, Period period, Diagnostics* diags);

/// Splits `amount` over `weights` in whole cents by the largest-remainder method: floors
/// first, leftover cents one each to the largest remainders, ties to the lower index.
/// Negative amounts are split as their absolute value and negated. Shares sum to `amount`.
std::vector<Money> SplitLargestRemainder(Money amount, const std::vector<Fraction>& weights);

}  // namespace voortgang
