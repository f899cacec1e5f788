// The one place that reads the clock: SOURCE_DATE_EPOCH when set (reproducible builds), else now.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace voortgang {

/// Unix seconds for every date written into an output.
int64_t BuildTime();

/// The SOURCE_DATE_EPOCH text when set and valid, for the incremental-build key.
std::optional<std::string> SourceDateEpoch();

}  // namespace voortgang
