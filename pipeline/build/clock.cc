// Reading SOURCE_DATE_EPOCH.
#include "pipeline/build/clock.h"

#include <cstdlib>
#include <ctime>

namespace voortgang {

std::optional<std::string> SourceDateEpoch() {
  const char* text = std::getenv("SOURCE_DATE_EPOCH");
  if (!text || !*text) return std::nullopt;
  for (const char* p = text; *p; ++p) {
    if (*p < '0' || *p > '9') return std::nullopt;  // the convention: decimal digits only
  }
  return std::string(text);
}

int64_t BuildTime() {
  if (std::optional<std::string> epoch = SourceDateEpoch()) return std::stoll(*epoch);
  return static_cast<int64_t>(std::time(nullptr));
}

}  // namespace voortgang
