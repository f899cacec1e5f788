// Stage 2: cross-file rules of input-format.md on loaded records: references, duplicates,
// weights, periods. Pure: reads records, appends diagnostics.
#pragma once

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/records.h"

namespace voortgang {

void Validate(const Inputs& inputs, Diagnostics* diags);

/// The default reporting period: the latest period named by any voortgang entry.
std::optional<Period> LatestPeriod(const Inputs& inputs);

}  // namespace voortgang
