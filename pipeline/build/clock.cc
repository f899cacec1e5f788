// Reading SOURCE_DATE_EPOCH.
#include "pipeline/build/clock.h"

#include <cstdlib>
#include <ctime>

namespace voortgang {

EpochSetting ParseSourceDateEpoch(const char* text) {
  EpochSetting s;
  // Unset and empty are the same: CI systems often export a variable with no value.
  if (!text || !*text) return s;
  std::string value(text);
  int64_t seconds = 0;
  for (char c : value) {
    if (c < '0' || c > '9') {
      s.error = "SOURCE_DATE_EPOCH must be a number of seconds in ASCII digits (no sign, space, "
                "fraction or prefix)";
      return s;
    }
    // Checked before it could overflow: anything past the limit is refused anyway.
    if (seconds > kLatestBuildTime) break;
    seconds = seconds * 10 + (c - '0');
  }
  if (seconds > kLatestBuildTime) {
    s.error = "SOURCE_DATE_EPOCH is past 9999-12-31 23:59:59 UTC (at most " +
              std::to_string(kLatestBuildTime) + "), the last date the outputs can hold";
    return s;
  }
  s.seconds = seconds;
  s.text = value;
  return s;
}

EpochSetting SourceDateEpochSetting() { return ParseSourceDateEpoch(std::getenv("SOURCE_DATE_EPOCH")); }

std::optional<std::string> SourceDateEpoch() {
  EpochSetting s = SourceDateEpochSetting();
  if (!s.seconds) return std::nullopt;
  return s.text;
}

int64_t BuildTime() {
  if (std::optional<int64_t> seconds = SourceDateEpochSetting().seconds) return *seconds;
  return static_cast<int64_t>(std::time(nullptr));
}

}  // namespace voortgang
