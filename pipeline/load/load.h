// Stage 1: reads an inputs tree (programma.toml, <unit>/plan.toml, <unit>/budget.toml) into
// records. The only code that includes toml++. Problems become diagnostics with file:line:col.
#pragma once

#include <string>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/records.h"

namespace voortgang {

struct LoadOptions {
  int jobs = 0;  ///< parallel file parsing; 0 = number of cores
};

/// Loads every file of the tree. Checks syntax, keys, types and forms of single values;
/// cross-references (unknown themes, actielijnen, units) are left to Validate.
Inputs LoadInputs(const std::string& root, const LoadOptions& options, Diagnostics* diags);

}  // namespace voortgang
