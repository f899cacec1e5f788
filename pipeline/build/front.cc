// Load -> validate -> aggregate for a build, with the unit cache.
#include "pipeline/build/front.h"

#include <algorithm>

#include "pipeline/aggregate/aggregate.h"
#include "pipeline/load/load.h"
#include "pipeline/report/markdown.h"
#include "pipeline/validate/validate.h"

namespace voortgang {
namespace {

LoadOptions BaseLoad(const StageOptions& options) {
  LoadOptions load;
  load.jobs = options.jobs;
  load.markdown = CheckMarkdown;
  return load;
}

/// Files the load diagnostics under the parsed unit whose folder they point into.
void AttributeLoad(const Diagnostics& diags, const std::string& inputs_dir,
                   std::map<std::string, UnitFindings>* parsed) {
  for (const Diagnostic& d : diags.items) {
    auto it = parsed->find(UnitOfFile(d.where.file, inputs_dir));
    if (it != parsed->end()) it->second.load.items.push_back(d);
  }
}

/// Moves `more` into `units`, keeping them sorted by id.
void Merge(std::vector<Unit> more, std::vector<Unit>* units) {
  for (Unit& u : more) units->push_back(std::move(u));
  std::stable_sort(units->begin(), units->end(),
                   [](const Unit& a, const Unit& b) { return a.id < b.id; });
}

/// Units named by errors; false when some error belongs to no unit.
bool CollectFailed(const Diagnostics& diags, const std::string& inputs_dir,
                   std::set<std::string>* failed) {
  bool attributable = true;
  for (const Diagnostic& d : diags.items) {
    if (d.severity != Severity::kError) continue;
    std::string unit = UnitOfFile(d.where.file, inputs_dir);
    if (unit.empty())
      attributable = false;
    else
      failed->insert(unit);
  }
  return attributable;
}

/// Removes the failed units' summaries (and figures, when there are) from the run.
void Drop(const std::set<std::string>& failed, std::vector<UnitSummary>* units,
          std::vector<UnitFigures>* figures) {
  std::vector<UnitSummary> kept_units;
  std::vector<UnitFigures> kept_figures;
  for (std::size_t i = 0; i < units->size(); ++i) {
    if (failed.count((*units)[i].id)) continue;
    kept_units.push_back(std::move((*units)[i]));
    if (i < figures->size()) kept_figures.push_back(std::move((*figures)[i]));
  }
  *units = std::move(kept_units);
  *figures = std::move(kept_figures);
}

}  // namespace

std::string UnitOfFile(const std::string& file, const std::string& inputs_dir) {
  std::string prefix = JoinPath(inputs_dir, "");
  if (file.rfind(prefix, 0) != 0) return "";
  std::string rest = file.substr(prefix.size());
  std::size_t slash = rest.find('/');
  return slash == std::string::npos ? "" : rest.substr(0, slash);
}

StagesResult RunStages(const StageOptions& options, bool keep_going,
                       const std::map<std::string, CachedUnit>& cache, Diagnostics* diags) {
  StagesResult out;
  Checked& c = out.checked;
  Diagnostics found;

  // Load: programma.toml and the units the cache has no entry for.
  LoadOptions load = BaseLoad(options);
  for (const auto& [id, entry] : cache) load.skip_units.insert(id);
  Diagnostics loaded;
  c.inputs = LoadInputs(options.inputs_dir, load, &loaded);

  // The period, from the parsed units and the cached units' summaries.
  std::optional<Period> latest = LatestPeriod(c.inputs);
  for (const std::string& id : c.inputs.skipped) {
    const std::optional<Period>& p = cache.at(id).summary.latest;
    if (p && (!latest || *latest < *p)) latest = p;
  }
  c.period = ResolvePeriod(options, latest, &loaded);

  // An entry made for another period holds other warnings and figures: its unit is parsed.
  std::set<std::string> stale;
  std::vector<std::string> from_cache;
  for (const std::string& id : c.inputs.skipped) {
    if (c.period && cache.at(id).period != *c.period)
      stale.insert(id);
    else
      from_cache.push_back(id);
  }
  if (!stale.empty()) {
    LoadOptions again = BaseLoad(options);
    again.only_units = stale;
    Inputs more = LoadInputs(options.inputs_dir, again, &loaded);
    Merge(std::move(more.units), &c.inputs.units);
  }
  c.inputs.skipped = from_cache;
  out.cached = static_cast<int>(from_cache.size());
  for (const Unit& u : c.inputs.units) out.parsed[u.id];
  AttributeLoad(loaded, options.inputs_dir, &out.parsed);
  found.Append(std::move(loaded));
  for (const std::string& id : from_cache) found.Append(cache.at(id).load);

  // Every unit's summary, parsed or cached, in id order.
  std::vector<const Unit*> records;  // parallel to c.units; null: from the cache
  {
    std::size_t p = 0, k = 0;
    const std::vector<Unit>& parsed = c.inputs.units;
    while (p < parsed.size() || k < from_cache.size()) {
      if (k == from_cache.size() || (p < parsed.size() && parsed[p].id < from_cache[k])) {
        c.units.push_back(Summarize(parsed[p]));
        records.push_back(&parsed[p++]);
      } else {
        c.units.push_back(cache.at(from_cache[k++]).summary);
        records.push_back(nullptr);
      }
    }
  }
  auto finish = [&] {
    diags->Append(std::move(found));
    diags->Sort();
    return std::move(out);
  };
  if (!c.period) return finish();

  // Validate: programma.toml, the rule across units, the rules within each unit.
  const Programma& programma = c.inputs.programma;
  // Without the actielijnen every reference would look unknown; the load error says enough.
  if (programma.complete) {
    ValidateProgramma(programma, &found);
    ValidateAcross(c.units, &found);
    for (std::size_t i = 0; i < c.units.size(); ++i) {
      if (!c.units[i].complete) continue;
      if (!records[i]) {
        found.Append(cache.at(c.units[i].id).validate);
        continue;
      }
      Diagnostics& unit_diags = out.parsed[c.units[i].id].validate;
      ValidateUnit(*records[i], programma, *c.period, &unit_diags);
      found.Append(unit_diags);
    }
  }
  std::set<std::string> failed;
  if (found.HasErrors()) {
    if (!keep_going || !CollectFailed(found, options.inputs_dir, &failed)) return finish();
    // A gemeente whose regio failed fails with it: the rule across units, over the rest, says
    // why. Only a jeugdhulpregio can be named as regio, so no further unit can fail for these.
    std::vector<UnitFigures> none;
    Drop(failed, &c.units, &none);
    Diagnostics across;
    ValidateAcross(c.units, &across);
    if (across.HasErrors()) {
      CollectFailed(across, options.inputs_dir, &failed);
      found.Append(std::move(across));
      Drop(failed, &c.units, &none);
    }
  }

  // Aggregate: each unit's figures, then the national sums over those that have no errors.
  std::vector<UnitFigures> figures;
  std::set<std::string> overflowed;
  for (const UnitSummary& u : c.units) {
    auto entry = cache.find(u.id);
    if (const Unit* record = ParsedUnit(c, u.id)) {
      Diagnostics& unit_diags = out.parsed[u.id].aggregate;
      figures.push_back(AggregateUnit(*record, programma, *c.period, &unit_diags));
      if (unit_diags.HasErrors()) overflowed.insert(u.id);
      found.Append(unit_diags);
    } else {
      figures.push_back(entry->second.figures);
      found.Append(entry->second.aggregate);
    }
  }
  if (!overflowed.empty() && keep_going) {
    failed.insert(overflowed.begin(), overflowed.end());
    Drop(failed, &c.units, &figures);
  }
  Diagnostics national;
  c.figures = AggregateNational(programma, c.units, std::move(figures), *c.period, &national);
  if (!overflowed.empty() && !keep_going) {
    found.Append(std::move(national));
    return finish();
  }
  if (national.HasErrors()) {
    bool attributable = CollectFailed(national, options.inputs_dir, &failed);
    found.Append(std::move(national));
    if (!keep_going || !attributable) return finish();
    // The national outputs are not made without every unit, so the sums are not made again.
    Drop(failed, &c.units, &c.figures.units);
  }
  out.usable = true;
  out.failed_units.assign(failed.begin(), failed.end());
  return finish();
}

int ParseForRendering(const StageOptions& options, const std::set<std::string>& ids,
                      Checked* checked, Diagnostics* diags) {
  if (ids.empty()) return 0;
  LoadOptions load = BaseLoad(options);
  load.only_units = ids;
  Diagnostics loaded;
  Inputs more = LoadInputs(options.inputs_dir, load, &loaded);
  for (Diagnostic& d : loaded.items) {
    if (d.severity == Severity::kError) diags->items.push_back(std::move(d));
  }
  int count = static_cast<int>(more.units.size());
  Merge(std::move(more.units), &checked->inputs.units);
  std::vector<std::string>& skipped = checked->inputs.skipped;
  skipped.erase(std::remove_if(skipped.begin(), skipped.end(),
                               [&](const std::string& id) { return ids.count(id) > 0; }),
                skipped.end());
  return count;
}

}  // namespace voortgang
