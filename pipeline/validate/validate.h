// Stage 2: cross-file rules of input-format.md on loaded records: references, duplicates,
// weights, periods. Pure: reads records, appends diagnostics. The rules within a unit read only
// that unit and programma.toml; the one rule across units reads the units' summaries, so that
// the build can check it for units its cache holds.
#pragma once

#include <optional>
#include <vector>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/records.h"
#include "pipeline/model/unit_summary.h"

namespace voortgang {

/// Checks every rule on a fully parsed tree: ValidateProgramma, then per complete unit the
/// rule across units and the rules within it. Nothing of the units when programma.toml is
/// incomplete.
void Validate(const Inputs& inputs, Period period, Diagnostics* diags);

/// The rules of programma.toml: unique ids, known actielijnen.
void ValidateProgramma(const Programma& programma, Diagnostics* diags);

/// The rules within one unit; warnings that depend on the reporting period (a theme without
/// voortgang for it, bookings after it) use `period`.
void ValidateUnit(const Unit& unit, const Programma& programma, Period period, Diagnostics* diags);

/// The rule across units, for every complete unit of `units` (the tree's, sorted by id): a
/// gemeente's regio is a jeugdhulpregio among them.
void ValidateAcross(const std::vector<UnitSummary>& units, Diagnostics* diags);

/// The default reporting period: the latest period named by any voortgang entry.
std::optional<Period> LatestPeriod(const Inputs& inputs);

}  // namespace voortgang
