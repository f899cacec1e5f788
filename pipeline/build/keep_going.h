// --keep-going: when some units have input errors, drop them and check the rest again, so the
// units without errors can still be built. Internal to the build stage.
#pragma once

#include <string>
#include <vector>

#include "pipeline/build/stages.h"

namespace voortgang {

struct KeepGoingResult {
  Checked checked;  ///< without the failed units when keep_going dropped some
  bool usable = false;  ///< figures are there for every unit in checked.inputs
  std::vector<std::string> failed_units;
};

KeepGoingResult LoadAndCheckKeepGoing(const StageOptions& options, bool keep_going,
                                      Diagnostics* diags, UnitReuse* reuse = nullptr);

}  // namespace voortgang
