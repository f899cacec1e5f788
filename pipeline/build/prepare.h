// Everything a build does before it writes: load and check the inputs (with the unit cache
// standing for unchanged units), read and check the templates and house styles, and decide
// whether the run goes on. Internal to the build stage.
#pragma once

#include <map>
#include <string>

#include "pipeline/build/build.h"
#include "pipeline/build/front.h"
#include "pipeline/build/plan_outputs.h"
#include "pipeline/check/resources.h"

namespace voortgang {

/// What the run's options say of its templates and house styles.
ResourceOptions ResourcesFor(const BuildOptions& options);

/// Everything before rendering: the checked inputs, templates and styles, diagnostics.
struct Front {
  Diagnostics diags;
  StagesResult checked;
  Resources resources;
};

/// Loads and checks the inputs, then the templates and styles they name; diagnostics sorted.
Front CheckInputs(const BuildOptions& options, const std::map<std::string, CachedUnit>& cache);

/// The first --unit that names no unit, or "".
std::string UnknownUnit(const BuildOptions& options, const Front& f);

/// Input errors that stop the run before anything is written.
bool Stops(const BuildOptions& options, const Front& f);

}  // namespace voortgang
