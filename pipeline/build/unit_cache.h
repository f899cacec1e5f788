// The unit cache, <out>/.voortgang-cache/<unit>.json: what a build found out about each unit
// (its diagnostics, its figures for the period, and its summary, which the checks across units
// and the national outputs read), so that a rebuild need not parse the files of a unit that
// has not changed. An entry is used only when it is intact, was made by this program version
// from files at the same paths, and those files still have the size and modification time it
// recorded (as make and ninja trust mtimes), or the same size and content hash when only the
// time changed (a fresh checkout in CI gives every file a new one). Internal to the build
// stage.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "pipeline/build/manifest.h"
#include "pipeline/check/check.h"

namespace voortgang {

/// What an earlier build found out about one unit whose files have not changed since:
/// everything the stages after loading need of it.
struct CachedUnit {
  UnitSummary summary;
  Period period;          ///< the reporting period the results below were made for
  Diagnostics load;       ///< what loading its files reported
  Diagnostics validate;   ///< what the rules within the unit reported
  Diagnostics aggregate;  ///< what adding up its figures reported
  UnitFigures figures;
};

/// What the stages found of one unit parsed in this run, for its cache entry.
struct UnitFindings {
  Diagnostics load;
  Diagnostics validate;
  Diagnostics aggregate;
};

/// One input file of an entry: its path as the build sees it, size, mtime and hash.
struct StatFile {
  std::string path;
  StatEntry stat;
};

/// Size and modification time of programma.toml and of every file in a unit folder (plan.toml,
/// budget.toml, the CSV export budget.toml names) that is a regular file, by path; taken
/// before loading.
using InputStats = std::map<std::string, StatEntry>;

InputStats StatInputs(const std::string& inputs_dir);

/// `<out>/.voortgang-cache`: beside the period folders, since the period of a run is known
/// only after loading.
std::string UnitCacheDir(const std::string& out_dir);

/// Entries whose files were found unchanged by their hashes but with new modification times:
/// by unit id, the files as they are now (stat and hash), to be recorded in the entry again.
using Restamps = std::map<std::string, std::vector<StatFile>>;

/// The entries that still describe the files as `stats` found them, by unit id, read on
/// `jobs` threads. A missing, damaged or foreign entry is left out: its unit is parsed.
/// Entries that matched only by hash are listed in `restamps`.
std::map<std::string, CachedUnit> ReadUnitCache(const std::string& cache_dir,
                                                const std::string& inputs_dir,
                                                const std::string& version, const InputStats& stats,
                                                int jobs, Restamps* restamps);

/// What a cache entry holds of a unit parsed in this run.
CachedUnit CachedFromRun(const Unit& unit, const UnitFigures& figures, Period period,
                         const UnitFindings& findings);

/// Entry text for `unit`, made from `files` (programma.toml, plan.toml, budget.toml if any,
/// with their stat and hash). "" when it cannot be written (text that is not UTF-8).
std::string UnitCacheJson(const CachedUnit& unit, const std::vector<StatFile>& files,
                          const std::string& version);

/// Parses an entry; false when it is damaged, foreign or not from `files` (compared by path,
/// size and modification time; a file whose time differs is compared by `hash_of(path)`, and
/// when that matches, `files` gets the hash and `*restamp` is set).
bool ParseUnitCache(const std::string& text, const std::string& id, std::vector<StatFile>* files,
                    const std::string& version,
                    const std::function<std::string(const std::string&)>& hash_of, CachedUnit* unit,
                    bool* restamp);

/// Writes an entry for every unit of `parsed` (the units whose files the stages parsed in this
/// run) whose files the run hashed and found as `before` says (so they did not change while it
/// read them); and records the new times of the entries in `restamps` whose units the cache
/// stood for (`cache`). Call it only after a run without errors. Failures are ignored: the
/// cache only saves time, and a unit without an entry is parsed.
void UpdateUnitCache(const std::string& cache_dir, const Checked& checked,
                     const std::map<std::string, UnitFindings>& parsed,
                     const std::map<std::string, CachedUnit>& cache, const InputStats& before,
                     const std::map<std::string, StatEntry>& hashed, const Restamps& restamps,
                     const std::string& version);

}  // namespace voortgang
