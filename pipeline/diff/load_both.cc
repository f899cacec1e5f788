// Loading the two trees of a diff side by side, and the keys of the outputs each would make.
#include <thread>

#include "pipeline/aggregate/aggregate.h"
#include "pipeline/build/plan_outputs.h"
#include "pipeline/diff/diff.h"
#include "pipeline/load/load.h"
#include "pipeline/validate/validate.h"

namespace voortgang {
namespace {

struct Side {
  std::string dir;
  Checked checked;
  Diagnostics diags;
  std::map<std::string, StatEntry> none;
  FileHasher hasher{none, none};
};

/// Parses the tree and hashes its files (the output keys need them; the bytes are warm now).
void Load(const DiffOptions& options, Side* side) {
  LoadOptions load;
  load.jobs = options.jobs;
  side->checked.inputs = LoadInputs(side->dir, load, &side->diags);
  const Inputs& inputs = side->checked.inputs;
  side->hasher.Hash(inputs.programma.path);
  for (const Unit& u : inputs.units) {
    side->hasher.Hash(u.plan_path);
    if (u.budget) side->hasher.Hash(u.budget->path);
  }
}

void Check(Period period, Side* side) {
  side->checked.period = period;
  side->checked.units = Summarize(side->checked.inputs.units);
  Validate(side->checked.inputs, period, &side->diags);
  if (!side->diags.HasErrors()) {
    side->checked.figures = Aggregate(side->checked.inputs, period, &side->diags);
  }
  side->diags.Sort();
}

/// Output path -> a key like the build's, but over paths relative to the tree, so that the
/// same content in two folders gives the same key.
std::map<std::string, std::string> OutputKeys(const DiffOptions& options, Side* side) {
  std::map<std::string, std::string> out;
  if (side->diags.HasErrors()) return out;
  BuildOptions build;
  build.templates_dir = options.templates_dir;
  build.version = options.version;
  std::map<std::string, StyleFiles> styles;
  styles["standaard"] = {JoinPath(options.templates_dir, "huisstijl/standaard.toml"), {}};
  for (const UnitSummary& u : side->checked.units) {
    std::string name = HouseStyleName(build, u);
    styles[name] = {JoinPath(options.templates_dir, "huisstijl/" + name + ".toml"), {}};
  }
  std::string prefix = JoinPath(side->dir, "");
  std::string period = side->checked.period->ToString();
  for (const PlannedOutput& o : PlanOutputs(build, side->checked, styles, true, &side->hasher)) {
    std::string text = options.version + '\n' + period + '\n' + o.relative + '\n';
    for (const FileHash& f : o.inputs) {
      bool inside = f.path.rfind(prefix, 0) == 0;
      text += (inside ? f.path.substr(prefix.size()) : f.path) + '\t' + f.sha256 + '\n';
    }
    out[period + "/" + o.relative] = text;
  }
  return out;
}

}  // namespace

DiffTrees LoadBoth(const DiffOptions& options) {
  Side base, head;
  base.dir = options.base_dir;
  head.dir = options.inputs_dir;
  std::thread other([&] { Load(options, &base); });
  Load(options, &head);
  other.join();
  DiffTrees out;
  std::optional<Period> period =
      options.period ? options.period : LatestPeriod(head.checked.inputs);
  if (!period) {
    if (!head.diags.HasErrors()) {
      head.diags.Error({options.inputs_dir, 0, 0},
                       "no reporting period: no [[thema.voortgang]] names one; pass --period "
                       "YYYY-Qn");
    }
  } else {
    Check(*period, &base);
    Check(*period, &head);
    out.base_outputs = OutputKeys(options, &base);
    out.head_outputs = OutputKeys(options, &head);
  }
  out.base = std::move(base.checked);
  out.head = std::move(head.checked);
  out.base_diags = std::move(base.diags);
  out.head_diags = std::move(head.diags);
  return out;
}

}  // namespace voortgang
