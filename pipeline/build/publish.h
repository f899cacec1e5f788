// The publication page's content for a run: which documents exist beside it, with their sizes,
// and the warnings per unit. Internal to the build stage.
#pragma once

#include <string>

#include "pipeline/build/build.h"
#include "pipeline/build/prepare.h"

namespace voortgang {

/// <out>/<P>/index.html's bytes, listing the files in `dir` (<out>/<P>); "" after reporting a
/// template error into *diags.
std::string PublicationBytes(const BuildOptions& options, const Front& front,
                             const Renderers& renderers, const std::string& dir,
                             int64_t build_time, Diagnostics* diags);

/// The house style of the run-wide documents, which the page shares.
std::string RunHouseStyle(const BuildOptions& options);

}  // namespace voortgang
