// Usage errors (exit status 2) that CLI11's own checks cannot see: values that must name
// something, the environment, and flags that contradict each other. Each is found before
// anything is read or written.
#pragma once

#include <string>

#include "pipeline/build/build.h"

namespace voortgang {

/// CLI11 check text for a value that must not be empty ("" when it is fine).
std::string NonEmptyError(const std::string& value);

/// CLI11 check text for --unit: a unit id, as unit folders are named.
std::string UnitIdError(const std::string& value);

/// CLI11 check text for --huisstijl: a name under templates/huisstijl/, never a path.
std::string HouseStyleNameError(const std::string& value);

/// "invalid --period ...": the form and the range of years.
std::string PeriodError(const std::string& value);

/// SOURCE_DATE_EPOCH and the output folder's place; "" when the build may start.
std::string BuildUsageError(const BuildOptions& options);

}  // namespace voortgang
