// The front of every command: load, validate and aggregate, in that order, stopping before
// aggregation when the input has errors.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>

#include "pipeline/aggregate/aggregate.h"
#include "pipeline/model/diagnostics.h"
#include "pipeline/model/figures.h"
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

/// What an earlier build found out about one unit whose files have not changed since
/// (unit_cache.h): everything the stages after loading need of it.
struct KnownUnit {
  Unit record;                   ///< the trimmed stand-in (Unit::stand_in)
  std::optional<Period> latest;  ///< the latest period its voortgang names
  Period period;                 ///< the reporting period the results below were made for
  Diagnostics load;              ///< what loading its files reported
  Diagnostics validate;          ///< what the rules within the unit reported
  KnownFigures aggregate;
};

enum Stage { kLoadStage, kValidateStage, kAggregateStage };

/// Lets a build put cached units in place of parsed ones, and hands back, per unit parsed now,
/// what the cache will need of it.
struct UnitReuse {
  /// In: units whose files are not parsed. LoadAndCheck removes those whose results were made
  /// for another reporting period (they are parsed after all).
  std::map<std::string, KnownUnit> known;
  /// Out: the diagnostics of each stage by the unit whose files they point into.
  std::map<std::string, std::array<Diagnostics, 3>> diags;
  int parsed = 0;     ///< out: units whose files were parsed
  int stood_in = 0;   ///< out: units that known entries stood in for
};

/// Runs load, validate and (when there are no errors) aggregate; diagnostics come back sorted.
/// With `reuse`, its known units stand in for their files: the diagnostics and figures are
/// the same as if they had been parsed.
Checked LoadAndCheck(const StageOptions& options, Diagnostics* diags, UnitReuse* reuse = nullptr);

/// Validate, adding the stand-in units' own diagnostics from `reuse`.
void ValidateReusing(const Inputs& inputs, Period period, const UnitReuse* reuse,
                     Diagnostics* diags);

/// Aggregate, taking the stand-in units' figures from `reuse`.
Figures AggregateReusing(const Inputs& inputs, Period period, const UnitReuse* reuse,
                         Diagnostics* diags);

/// The unit folder `file` lies in ("" when it concerns the tree as a whole, programma.toml).
std::string UnitOfFile(const std::string& file, const std::string& inputs_dir);

}  // namespace voortgang
