// Loading, checking and reading the templates before a build writes anything.
#include "pipeline/build/prepare.h"

namespace voortgang {

ResourceOptions ResourcesFor(const BuildOptions& options) {
  return {options.templates_dir, options.house_style, options.only != OutputKinds::kXlsx,
          MakesHtml(options)};
}

Front CheckInputs(const BuildOptions& options, const std::map<std::string, CachedUnit>& cache) {
  Front f;
  f.checked = RunStages(options.stage, options.keep_going, cache, &f.diags);
  if (f.checked.usable) {
    LoadResources(ResourcesFor(options), f.checked.checked.units, &f.resources, &f.diags);
  }
  f.diags.Sort();
  return f;
}

std::string UnknownUnit(const BuildOptions& options, const Front& f) {
  for (const std::string& id : options.units) {
    bool known = false;
    for (const UnitSummary& u : f.checked.checked.units) known = known || u.id == id;
    if (!known) return id;
  }
  return "";
}

bool Stops(const BuildOptions& options, const Front& f) {
  return !f.checked.usable || (f.diags.HasErrors() && !options.keep_going) ||
         (options.keep_going && !f.resources.templates.size() && options.only != OutputKinds::kXlsx);
}

}  // namespace voortgang
