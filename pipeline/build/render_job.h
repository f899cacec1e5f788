// One render job of a build: the outputs made from one document tree (a note and its HTML
// edition, the national overview and its HTML edition), or one workbook.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/build/build.h"
#include "pipeline/build/plan_outputs.h"
#include "pipeline/check/resources.h"
#include "pipeline/model/diagnostics.h"

namespace voortgang {

/// What rendering one output left: a temporary file to rename into place, or an error.
struct JobResult {
  bool ok = false;
  std::string temp;
  std::string sha256;
  std::string error;
  Diagnostics diags;
};

/// The planned outputs to render (`todo`, in the order to start them) as jobs: a PDF and its
/// HTML edition are made from one document tree, so they are one job and the tree is built
/// once. Job order follows the first output of each job in `todo`.
std::vector<std::vector<std::size_t>> GroupRenderJobs(const std::vector<PlannedOutput>& outputs,
                                                      const std::vector<std::size_t>& todo);

/// Renders the outputs of one job into temporary files next to their final paths.
/// Diagnostics of building the document go to the job's first output only.
void RenderJob(const std::vector<std::size_t>& job, const std::vector<PlannedOutput>& outputs,
               const std::vector<std::string>& finals, const Checked& checked,
               const Resources& resources, const Renderers& renderers,
               const BuildOptions& options, int64_t build_time, std::vector<JobResult>* results);

}  // namespace voortgang
