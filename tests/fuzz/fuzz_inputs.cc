// libFuzzer target: one unit's plan.toml (and budget.toml, programma.toml) text -> load ->
// validate -> aggregate -> summary JSON, checking on the way that every split adds up.
//
// The input is up to three files separated by a line "%%%": plan, budget, programma. Without
// a programma the base tree's (tests/bad_inputs/base/programma.toml) is used.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "pipeline/aggregate/aggregate.h"
#include "pipeline/aggregate/summary_json.h"
#include "pipeline/load/load.h"
#include "pipeline/validate/validate.h"

namespace {

std::string BaseProgramma() {
  std::ifstream in(VOORTGANG_SOURCE_DIR "/tests/bad_inputs/base/programma.toml");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// A silent wrong figure is a crash here: each theme's split must add up to the theme.
void CheckSplits(const voortgang::Figures& figures) {
  for (const voortgang::UnitFigures& u : figures.units) {
    for (const voortgang::ThemeFigures& t : u.themas) {
      if (t.split.empty()) continue;
      int64_t uitgaven = 0, verplichtingen = 0;
      for (const voortgang::ActielijnFigures& a : t.split) {
        uitgaven += a.uitgaven.cents;
        verplichtingen += a.verplichtingen.cents;
      }
      if (uitgaven != t.uitgaven.cents || verplichtingen != t.verplichtingen.cents) std::abort();
      for (const auto& [year, amount] : t.begroot) {
        int64_t sum = 0;
        for (const voortgang::ActielijnFigures& a : t.split) {
          auto it = a.begroot.find(year);
          if (it != a.begroot.end()) sum += it->second.cents;
        }
        if (sum != amount.cents) std::abort();
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string base_programma = BaseProgramma();
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string parts[3];
  int found = 0;
  for (std::size_t start = 0; found < 3;) {
    std::size_t sep = found < 2 ? text.find("\n%%%\n", start) : std::string::npos;
    parts[found++] = text.substr(start, sep == std::string::npos ? std::string::npos : sep - start);
    if (sep == std::string::npos) break;
    start = sep + 5;
  }
  std::vector<voortgang::UnitTexts> units(1);
  units[0].id = "west";
  units[0].plan = parts[0];
  if (found >= 2) units[0].budget = parts[1];
  voortgang::Diagnostics diags;
  voortgang::Inputs inputs =
      voortgang::LoadTexts(found >= 3 ? parts[2] : base_programma, units, &diags);
  voortgang::Period period =
      voortgang::LatestPeriod(inputs).value_or(voortgang::Period{2024, 4});
  if (!diags.HasErrors()) voortgang::Validate(inputs, period, &diags);
  if (!diags.HasErrors()) {
    voortgang::Figures figures = voortgang::Aggregate(inputs, period, &diags);
    if (!diags.HasErrors()) {
      CheckSplits(figures);
      (void)voortgang::SummaryJson(figures);
    }
  }
  diags.Sort();
  for (const voortgang::Diagnostic& d : diags.items) (void)voortgang::FormatGnu(d);
  return 0;
}
