// Load -> validate -> aggregate.
#include "pipeline/build/stages.h"

#include "pipeline/aggregate/aggregate.h"
#include "pipeline/load/load.h"
#include "pipeline/validate/validate.h"

namespace voortgang {

Checked LoadAndCheck(const StageOptions& options, Diagnostics* diags) {
  Checked out;
  out.inputs = LoadInputs(options.inputs_dir, LoadOptions{options.jobs}, diags);
  out.period = options.period ? options.period : LatestPeriod(out.inputs);
  if (!out.period) {
    diags->Error({options.inputs_dir, 0, 0},
                 "no reporting period: no [[thema.voortgang]] names one; pass --period YYYY-Qn");
  } else if (!diags->HasErrors()) {
    // Records with load errors are incomplete; cross-checking them would only add noise.
    Validate(out.inputs, *out.period, diags);
    if (!diags->HasErrors()) out.figures = Aggregate(out.inputs, *out.period, diags);
  }
  diags->Sort();
  return out;
}

}  // namespace voortgang
