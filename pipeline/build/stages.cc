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
    // With load errors the missing period is likely their echo; report it only on its own.
    if (!diags->HasErrors()) {
      diags->Error({options.inputs_dir, 0, 0},
                   "no reporting period: no [[thema.voortgang]] names one; pass --period YYYY-Qn");
    }
  } else {
    Validate(out.inputs, *out.period, diags);
    if (!diags->HasErrors()) out.figures = Aggregate(out.inputs, *out.period, diags);
  }
  diags->Sort();
  return out;
}

}  // namespace voortgang
