// The one place that reads the clock: SOURCE_DATE_EPOCH when set (reproducible builds), else now.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace voortgang {

/// The last second every output can print: 9999-12-31 23:59:59 UTC. Excel's dates, PDF dates
/// (D:YYYY...) and XMP dates all have four-digit years.
inline constexpr int64_t kLatestBuildTime = 253402300799;

/// What SOURCE_DATE_EPOCH says: unset (or empty), a valid time, or an error message.
struct EpochSetting {
  std::optional<int64_t> seconds;
  std::string text;   ///< the value as given, when valid
  std::string error;  ///< non-empty: the value is refused (a usage error)
};

/// Parses SOURCE_DATE_EPOCH as reproducible-builds.org specifies it: ASCII decimal digits
/// only (no sign, space, fraction or base prefix), and here at most kLatestBuildTime.
EpochSetting ParseSourceDateEpoch(const char* text);

/// The environment's SOURCE_DATE_EPOCH, parsed.
EpochSetting SourceDateEpochSetting();

/// Unix seconds for every date written into an output. SOURCE_DATE_EPOCH must have been
/// checked first (the CLI refuses a bad value before anything runs); a bad one reads as now.
int64_t BuildTime();

/// The SOURCE_DATE_EPOCH text when set and valid, for the incremental-build key.
std::optional<std::string> SourceDateEpoch();

}  // namespace voortgang
