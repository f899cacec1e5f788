// Dropping units with errors and checking the rest again.
#include "pipeline/build/keep_going.h"

#include <algorithm>
#include <set>

namespace voortgang {
namespace {

/// Units named by errors; false when some error belongs to no unit.
bool CollectFailed(const Diagnostics& diags, const std::string& inputs_dir,
                   std::set<std::string>* failed) {
  bool attributable = true;
  for (const Diagnostic& d : diags.items) {
    if (d.severity != Severity::kError) continue;
    std::string unit = UnitOfFile(d.where.file, inputs_dir);
    if (unit.empty()) attributable = false;
    else failed->insert(unit);
  }
  return attributable;
}

}  // namespace

KeepGoingResult LoadAndCheckKeepGoing(const StageOptions& options, bool keep_going,
                                      Diagnostics* diags, UnitReuse* reuse) {
  KeepGoingResult r;
  r.checked = LoadAndCheck(options, diags, reuse);
  if (!r.checked.period) return r;
  if (!diags->HasErrors()) {
    r.usable = true;
    return r;
  }
  if (!keep_going) return r;
  std::set<std::string> failed;
  if (!CollectFailed(*diags, options.inputs_dir, &failed)) return r;
  // Dropping a region can make its gemeenten fail in turn; a few rounds settle it.
  for (int round = 0; round < 5; ++round) {
    std::vector<Unit>& units = r.checked.inputs.units;
    units.erase(std::remove_if(units.begin(), units.end(),
                               [&](const Unit& u) { return failed.count(u.id) > 0; }),
                units.end());
    Diagnostics again;
    ValidateReusing(r.checked.inputs, *r.checked.period, reuse, &again);
    if (again.HasErrors()) {
      diags->Append(again);  // the new errors explain why more units fail
      if (!CollectFailed(again, options.inputs_dir, &failed)) return r;
      continue;
    }
    Diagnostics figures_diags;
    r.checked.figures = AggregateReusing(r.checked.inputs, *r.checked.period, reuse, &figures_diags);
    for (Diagnostic& d : figures_diags.items) {
      if (d.severity == Severity::kWarning) diags->items.push_back(std::move(d));
    }
    if (figures_diags.HasErrors()) {
      diags->Append(figures_diags);
      if (!CollectFailed(figures_diags, options.inputs_dir, &failed)) return r;
      continue;
    }
    r.usable = true;
    r.failed_units.assign(failed.begin(), failed.end());
    return r;
  }
  return r;
}

}  // namespace voortgang
