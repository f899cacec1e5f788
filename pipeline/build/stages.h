// The front of every command: load, validate and aggregate, in that order, stopping before
// aggregation when the input has errors.
#pragma once

#include <optional>
#include <string>

#include "pipeline/aggregate/figures.h"
#include "pipeline/model/diagnostics.h"
#include "pipeline/model/records.h"

namespace voortgang {

struct StageOptions {
  std::string inputs_dir = "inputs";
  std::optional<Period> period;  ///< default: the latest period any voortgang entry names
  int jobs = 0;                  ///< 0 = number of cores
};

struct Checked {
  Inputs inputs;
  std::optional<Period> period;  ///< empty when none was given and none could be derived
  Figures figures;               ///< filled only when the input has no errors
};

/// Runs load, validate and (when there are no errors) aggregate; diagnostics come back sorted.
Checked LoadAndCheck(const StageOptions& options, Diagnostics* diags);

}  // namespace voortgang
