// Stage 1: reads an inputs tree (programma.toml, <unit>/plan.toml, <unit>/budget.toml) into
// records. The only code that includes toml++. Problems become diagnostics with file:line:col.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/markdown_check.h"
#include "pipeline/model/records.h"

namespace voortgang {

struct LoadOptions {
  int jobs = 0;  ///< parallel file parsing; 0 = number of cores
  /// Units whose files are not parsed (the build has them from its cache): the folder rules
  /// are still checked; those that hold them are listed in Inputs::skipped, not in
  /// Inputs::units.
  std::set<std::string> skip_units;
  /// When not empty: parse only these unit folders, not programma.toml, and report nothing
  /// about the tree's layout (a load of the whole tree did). For the build, which parses the
  /// units its cache cannot stand for in a second step.
  std::set<std::string> only_units;
  /// The report stage's rules for Markdown fields, reported at their place in the file;
  /// empty: not checked.
  MarkdownCheck markdown;
};

/// `name` inside `dir`, joined the way the loader joins the paths its records and diagnostics
/// carry, so that other stages can compare paths with them.
std::string JoinPath(const std::string& dir, const std::string& name);

/// Loads every file of the tree. Checks syntax, keys, types and forms of single values;
/// cross-references (unknown themes, actielijnen, units) are left to Validate.
Inputs LoadInputs(const std::string& root, const LoadOptions& options, Diagnostics* diags);

/// One unit's files as text, for LoadTexts.
struct UnitTexts {
  std::string id;
  std::string plan;
  std::optional<std::string> budget;
  std::optional<std::string> csv;  ///< the file budget.toml's [import.boekingen] names, if any
};

/// Loads files given as text instead of read from a tree (for the fuzzers: no disk, no folder
/// rules); file names in diagnostics are "programma.toml" and "<id>/plan.toml".
Inputs LoadTexts(const std::string& programma, const std::vector<UnitTexts>& units,
                 Diagnostics* diags, const MarkdownCheck& markdown = {});

}  // namespace voortgang
