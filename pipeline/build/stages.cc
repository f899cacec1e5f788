// Load -> validate -> aggregate.
#include "pipeline/build/stages.h"

#include <vector>

#include "pipeline/load/load.h"
#include "pipeline/report/markdown.h"
#include "pipeline/validate/validate.h"

namespace voortgang {
namespace {

/// Files the diagnostics from `from` on under the unit whose folder they point into.
void Attribute(const Diagnostics& diags, std::size_t from, Stage stage,
               const std::string& inputs_dir, UnitReuse* reuse) {
  if (!reuse) return;
  for (std::size_t i = from; i < diags.items.size(); ++i) {
    std::string unit = UnitOfFile(diags.items[i].where.file, inputs_dir);
    if (!unit.empty()) reuse->diags[unit][stage].items.push_back(diags.items[i]);
  }
}

/// Puts the known units in place of the ones the loader skipped; returns the latest period
/// any unit names.
std::optional<Period> StandIn(const UnitReuse& reuse, Inputs* inputs, Diagnostics* diags) {
  std::optional<Period> latest = LatestPeriod(*inputs);
  for (Unit& u : inputs->units) {
    auto it = reuse.known.find(u.id);
    if (it == reuse.known.end()) continue;
    const KnownUnit& k = it->second;
    bool complete = u.complete;  // the folder rules still ran on it
    u = k.record;
    u.stand_in = true;
    u.complete = u.complete && complete;
    diags->Append(k.load);
    if (k.latest && (!latest || *latest < *k.latest)) latest = k.latest;
  }
  return latest;
}

/// One pass; returns the stand-ins whose results were made for another period than this
/// run's, which must be parsed after all (and the pass run again).
std::vector<std::string> Pass(const StageOptions& options, UnitReuse* reuse, Checked* out,
                              Diagnostics* diags) {
  LoadOptions load;
  load.jobs = options.jobs;
  load.markdown = CheckMarkdown;
  if (reuse) {
    for (const auto& [id, known] : reuse->known) load.skip_units.insert(id);
  }
  out->inputs = LoadInputs(options.inputs_dir, load, diags);
  std::optional<Period> latest =
      reuse ? StandIn(*reuse, &out->inputs, diags) : LatestPeriod(out->inputs);
  Attribute(*diags, 0, kLoadStage, options.inputs_dir, reuse);
  if (reuse) {
    reuse->parsed = reuse->stood_in = 0;
    for (const Unit& u : out->inputs.units) ++(u.stand_in ? reuse->stood_in : reuse->parsed);
  }
  out->period = options.period ? options.period : latest;
  if (!out->period) {
    // With load errors the missing period is likely their echo; report it only on its own.
    if (!diags->HasErrors()) {
      diags->Error({options.inputs_dir, 0, 0},
                   "no reporting period: no [[thema.voortgang]] names one; pass --period YYYY-Qn");
    }
    return {};
  }
  std::vector<std::string> stale;
  for (const Unit& u : out->inputs.units) {
    if (u.stand_in && reuse->known.at(u.id).period != *out->period) stale.push_back(u.id);
  }
  if (!stale.empty()) return stale;
  std::size_t mark = diags->items.size();
  ValidateReusing(out->inputs, *out->period, reuse, diags);
  Attribute(*diags, mark, kValidateStage, options.inputs_dir, reuse);
  if (!diags->HasErrors()) {
    mark = diags->items.size();
    out->figures = AggregateReusing(out->inputs, *out->period, reuse, diags);
    Attribute(*diags, mark, kAggregateStage, options.inputs_dir, reuse);
  }
  return {};
}

}  // namespace

std::string UnitOfFile(const std::string& file, const std::string& inputs_dir) {
  std::string prefix = JoinPath(inputs_dir, "");
  if (file.rfind(prefix, 0) != 0) return "";
  std::string rest = file.substr(prefix.size());
  std::size_t slash = rest.find('/');
  return slash == std::string::npos ? "" : rest.substr(0, slash);
}

void ValidateReusing(const Inputs& inputs, Period period, const UnitReuse* reuse,
                     Diagnostics* diags) {
  Validate(inputs, period, diags);
  if (!reuse || !inputs.programma.complete) return;  // Validate checked no unit either
  for (const Unit& u : inputs.units) {
    if (u.stand_in && u.complete) diags->Append(reuse->known.at(u.id).validate);
  }
}

Figures AggregateReusing(const Inputs& inputs, Period period, const UnitReuse* reuse,
                         Diagnostics* diags) {
  if (!reuse) return Aggregate(inputs, period, diags);
  std::map<std::string, KnownFigures> known;
  for (const Unit& u : inputs.units) {
    if (u.stand_in) known.emplace(u.id, reuse->known.at(u.id).aggregate);
  }
  return Aggregate(inputs, period, diags, &known);
}

Checked LoadAndCheck(const StageOptions& options, Diagnostics* diags, UnitReuse* reuse) {
  for (;;) {
    Checked out;
    Diagnostics pass;
    if (reuse) reuse->diags.clear();
    std::vector<std::string> stale = Pass(options, reuse, &out, &pass);
    if (stale.empty()) {
      diags->Append(std::move(pass));
      diags->Sort();
      return out;
    }
    for (const std::string& id : stale) reuse->known.erase(id);
  }
}

}  // namespace voortgang
