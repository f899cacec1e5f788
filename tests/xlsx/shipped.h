// Test helper: the workbooks of the shipped inputs/ tree, loaded, validated and aggregated by
// the pipeline itself, for the latest period the inputs name.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/aggregate/aggregate.h"
#include "pipeline/load/load.h"
#include "pipeline/validate/validate.h"
#include "renderers/xlsx/workbook.h"

namespace voortgang::xlsx_test {

struct Shipped {
  Inputs inputs;
  Figures figures;
  std::vector<std::string> files;  ///< unit workbooks, then the national one
  std::string error;               ///< diagnostics or a write failure, empty when all went well
};

inline Shipped WriteShippedWorkbooks(const std::filesystem::path& dir) {
  Shipped s;
  Diagnostics diags;
  s.inputs = LoadInputs(std::string(VOORTGANG_SOURCE_DIR) + "/inputs", LoadOptions{}, &diags);
  std::optional<Period> period = LatestPeriod(s.inputs);
  if (!period) {
    s.error = "the shipped inputs name no period";
    return s;
  }
  if (!diags.HasErrors()) Validate(s.inputs, *period, &diags);
  if (!diags.HasErrors()) s.figures = Aggregate(s.inputs, *period, &diags);
  for (const Diagnostic& d : diags.items)
    if (d.severity == Severity::kError) s.error += FormatGnu(d) + "\n";
  if (!s.error.empty()) return s;
  Provenance provenance;
  provenance.period = *period;
  provenance.build_time = 1733788800;
  provenance.files = {{"programma.toml", std::string(64, '0')}};
  for (size_t i = 0; i < s.inputs.units.size(); ++i) {
    const Unit& unit = s.inputs.units[i];
    if (!unit.budget) continue;
    s.files.push_back((dir / ("budget-" + unit.id + ".xlsx")).string());
    if (!WriteUnitWorkbook(s.inputs, unit, s.figures.units[i], *period, provenance, s.files.back(),
                           &s.error))
      return s;
  }
  s.files.push_back((dir / "budget-landelijk.xlsx").string());
  WriteNationalWorkbook(s.inputs.programma, Summarize(s.inputs.units), s.figures, provenance,
                        s.files.back(), &s.error);
  return s;
}

}  // namespace voortgang::xlsx_test
