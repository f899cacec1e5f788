// The stages of a build before anything is written: load -> validate -> aggregate, once, with
// the unit cache standing for the units whose files have not changed. Internal to the build
// stage.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "pipeline/build/unit_cache.h"
#include "pipeline/check/check.h"

namespace voortgang {

struct StagesResult {
  Checked checked;      ///< without the failed units when keep_going dropped some
  bool usable = false;  ///< figures are there for every unit in checked.units
  std::vector<std::string> failed_units;
  std::map<std::string, UnitFindings> parsed;  ///< by id: the units whose files the stages parsed
  int cached = 0;                              ///< units the cache stood for
};

/// In order: loads programma.toml and the units `cache` has no entry for; takes the period
/// (the one given, else the latest any unit names, parsed or cached); parses the units whose
/// entries were made for another period; validates each parsed unit and the rule across units
/// over every unit's summary; adds up the figures of each parsed unit and the national sums
/// over all. Diagnostics are those of a run without the cache, sorted.
///
/// With `keep_going`, units with errors are dropped, and with them the gemeenten whose regio
/// was dropped (the rule across units, over the units that are left, says so); the rest is
/// built. No other unit can fail for a dropped one, so this takes no second round.
StagesResult RunStages(const StageOptions& options, bool keep_going,
                       const std::map<std::string, CachedUnit>& cache, Diagnostics* diags);

/// Parses the units `ids` of `checked` that the cache stood for, whose own outputs are to be
/// rendered: their records join checked->inputs.units. What loading reports is what their
/// entries hold already (the files are the ones they were made from), so only errors, which
/// mean a file changed meanwhile, go to *diags. Returns the number of units parsed.
int ParseForRendering(const StageOptions& options, const std::set<std::string>& ids,
                      Checked* checked, Diagnostics* diags);

/// The unit folder `file` lies in ("" when it concerns the tree as a whole, programma.toml).
std::string UnitOfFile(const std::string& file, const std::string& inputs_dir);

}  // namespace voortgang
