// The shipped inputs/ tree, loaded once, and the NoteInput of each of its units and the
// NationalInput, for the report tests. The build time is SOURCE_DATE_EPOCH's 10 december 2024.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "pipeline/check/check.h"
#include "pipeline/report/report.h"

namespace voortgang::report_test {

inline constexpr int64_t kBuildTime = 1733788800;  // 2024-12-10T00:00:00Z
inline constexpr Period kPeriod{2024, 4};

inline std::string SourcePath(const std::string& relative) {
  return std::string(VOORTGANG_SOURCE_DIR) + "/" + relative;
}

inline std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline const Checked& Shipped() {
  static const Checked checked = [] {
    StageOptions options;
    options.inputs_dir = SourcePath("inputs");
    options.period = kPeriod;
    Diagnostics diags;
    Checked c = LoadAndCheck(options, &diags);
    if (diags.HasErrors()) throw std::runtime_error("shipped inputs have errors");
    return c;
  }();
  return checked;
}

/// The NoteInput for a shipped unit with the given template (default: the unit's own).
inline NoteInput ShippedNote(const std::string& unit_id, std::string template_name = "") {
  const Checked& c = Shipped();
  NoteInput in;
  in.inputs = &c.inputs;
  in.figures = &c.figures;
  in.period = kPeriod;
  for (size_t i = 0; i < c.inputs.units.size(); ++i) {
    if (c.inputs.units[i].id != unit_id) continue;
    in.unit = &c.inputs.units[i];
    in.unit_figures = &c.figures.units[i];
  }
  if (!in.unit) throw std::runtime_error("no shipped unit " + unit_id);
  if (template_name.empty()) template_name = in.unit->sjabloon;
  in.template_source.path = TemplatePath(SourcePath("templates"), template_name);
  in.template_source.text = ReadText(in.template_source.path);
  in.build_time_unix = kBuildTime;
  in.version = "0.1.0";
  return in;
}

/// The NationalInput of a checked tree (the shipped one, or a crafted one), with the shipped
/// national template.
inline NationalInput NationalInputOf(const Checked& c) {
  NationalInput in;
  in.programma = &c.inputs.programma;
  in.units = &c.units;
  in.figures = &c.figures;
  in.period = kPeriod;
  in.template_source.path = TemplatePath(SourcePath("templates"), "landelijk");
  in.template_source.text = ReadText(in.template_source.path);
  in.build_time_unix = kBuildTime;
  in.version = "0.1.0";
  return in;
}

}  // namespace voortgang::report_test
