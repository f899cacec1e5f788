// The front of `check`, `summary` and the report tests: load a whole tree, then validate it,
// then (when there are no errors) aggregate it, each stage called once from where it lives.
// The build runs the same stages with its unit cache (pipeline/build/front.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/figures.h"
#include "pipeline/model/records.h"
#include "pipeline/model/unit_summary.h"

namespace voortgang {

struct StageOptions {
  std::string inputs_dir = "inputs";
  std::optional<Period> period;  ///< default: the latest period any voortgang entry names
  int jobs = 0;                  ///< 0 = number of cores
};

/// The checked inputs of a run.
struct Checked {
  /// programma.toml and the units parsed: every unit of the tree, except in a build, where the
  /// unit cache stands for the units whose files have not changed.
  Inputs inputs;
  std::vector<UnitSummary> units;  ///< every unit of the run, sorted by id
  std::optional<Period> period;    ///< empty when none was given and none could be derived
  Figures figures;  ///< filled only when the input has no errors; figures.units parallels units
};

/// Loads the whole tree, validates it and (without errors) aggregates it; diagnostics come back
/// sorted.
Checked LoadAndCheck(const StageOptions& options, Diagnostics* diags);

/// The run's period: the one given, else `latest`; without either an error (unless `diags`
/// has errors already, which the missing period likely echoes) and nothing.
std::optional<Period> ResolvePeriod(const StageOptions& options, std::optional<Period> latest,
                                    Diagnostics* diags);

/// The parsed unit `id` of `checked`, or null when the run did not parse it.
const Unit* ParsedUnit(const Checked& checked, const std::string& id);

}  // namespace voortgang
