// Stage 2: cross-file rules of input-format.md on loaded records: references, duplicates,
// weights, periods. Pure: reads records, appends diagnostics.
#pragma once

#include <optional>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/records.h"

namespace voortgang {

/// Checks every rule; warnings that depend on the reporting period (a theme without voortgang
/// for it, bookings after it) use `period`. Of a stand-in unit (Unit::stand_in) only the rule
/// across units runs: the rules within it were checked when its cache entry was made.
void Validate(const Inputs& inputs, Period period, Diagnostics* diags);

/// The default reporting period: the latest period named by any voortgang entry.
std::optional<Period> LatestPeriod(const Inputs& inputs);

/// The latest period named by the unit's voortgang entries.
std::optional<Period> LatestPeriod(const Unit& unit);

}  // namespace voortgang
