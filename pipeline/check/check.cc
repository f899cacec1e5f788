// Load -> validate -> aggregate over a whole tree.
#include "pipeline/check/check.h"

#include <algorithm>

#include "pipeline/aggregate/aggregate.h"
#include "pipeline/load/load.h"
#include "pipeline/report/markdown.h"
#include "pipeline/validate/validate.h"

namespace voortgang {

std::optional<Period> ResolvePeriod(const StageOptions& options, std::optional<Period> latest,
                                    Diagnostics* diags) {
  std::optional<Period> period = options.period ? options.period : latest;
  if (!period && !diags->HasErrors()) {
    diags->Error({options.inputs_dir, 0, 0},
                 "no reporting period: no [[thema.voortgang]] names one; pass --period YYYY-Qn");
  }
  return period;
}

Checked LoadAndCheck(const StageOptions& options, Diagnostics* diags) {
  Checked out;
  LoadOptions load;
  load.jobs = options.jobs;
  load.markdown = CheckMarkdown;
  Diagnostics found;
  out.inputs = LoadInputs(options.inputs_dir, load, &found);
  out.units = Summarize(out.inputs.units);
  out.period = ResolvePeriod(options, LatestPeriod(out.inputs), &found);
  if (out.period) {
    Validate(out.inputs, *out.period, &found);
    if (!found.HasErrors()) out.figures = Aggregate(out.inputs, *out.period, &found);
  }
  diags->Append(std::move(found));
  diags->Sort();
  return out;
}

const Unit* ParsedUnit(const Checked& checked, const std::string& id) {
  const std::vector<Unit>& units = checked.inputs.units;
  auto it = std::lower_bound(units.begin(), units.end(), id,
                             [](const Unit& u, const std::string& key) { return u.id < key; });
  return it != units.end() && it->id == id ? &*it : nullptr;
}

}  // namespace voortgang
