// Rendering the jobs of a build: a document tree built once for its PDF and HTML editions.
#include "pipeline/build/render_job.h"

#include <filesystem>
#include <map>
#include <optional>
#include <tuple>

#include "pipeline/build/atomic_file.h"
#include "pipeline/build/hashing.h"
#include "pipeline/load/load.h"
#include "pipeline/report/report.h"

namespace voortgang {
namespace fs = std::filesystem;
namespace {

std::string RelativeToInputs(const std::string& path, const std::string& inputs_dir) {
  std::string prefix = JoinPath(inputs_dir, "");
  return path.rfind(prefix, 0) == 0 ? path.substr(prefix.size()) : path;
}

BuildInfo InfoFor(const PlannedOutput& o, const Checked& checked, const BuildOptions& options,
                  int64_t build_time) {
  BuildInfo info;
  for (const FileHash& f : o.inputs) {
    info.files.push_back({RelativeToInputs(f.path, options.stage.inputs_dir), f.sha256});
  }
  info.period = *checked.period;
  info.build_time = build_time;
  info.version = options.version;
  return info;
}

bool MakeFolder(const std::string& final_path, JobResult* result) {
  std::error_code ec;
  fs::create_directories(fs::path(final_path).parent_path(), ec);
  if (!ec) return true;
  result->error = "cannot create folder for " + final_path + ": " + ec.message();
  return false;
}

/// The unit an output is made for; null (with result->error) when it was not parsed.
const Unit* UnitOf(const PlannedOutput& o, const std::string& final_path, const Checked& checked,
                   JobResult* result) {
  const Unit* unit = ParsedUnit(checked, checked.units[o.unit].id);
  // Planning should have prevented this.
  if (!unit) result->error = "internal error: " + final_path + " planned from the unit cache";
  return unit;
}

void RenderWorkbook(const PlannedOutput& o, const std::string& final_path, const Checked& checked,
                    const Renderers& renderers, const BuildOptions& options, int64_t build_time,
                    JobResult* result) {
  const Unit* unit = nullptr;
  if (o.kind == OutputKind::kUnitWorkbook && !(unit = UnitOf(o, final_path, checked, result)))
    return;
  if (!MakeFolder(final_path, result)) return;
  result->temp = TempPathFor(final_path);
  BuildInfo info = InfoFor(o, checked, options, build_time);
  const Inputs& inputs = checked.inputs;
  bool ok = unit ? renderers.unit_workbook(inputs, *unit, checked.figures.units[o.unit], info,
                                           result->temp, &result->error)
                 : renderers.national_workbook(inputs.programma, checked.units, checked.figures,
                                               info, result->temp, &result->error);
  if (!ok) {
    DiscardTemp(result->temp);
    if (result->error.empty()) result->error = "cannot write " + final_path;
    return;
  }
  result->sha256 = Sha256File(result->temp).value_or("");
  result->ok = true;
}

/// The document tree of a document output (PDF or HTML); nullopt when the unit is missing or
/// the report stage found errors (in result->diags).
std::optional<doc::Document> BuildDocument(const PlannedOutput& o, const std::string& final_path,
                                           const Checked& checked, const Resources& resources,
                                           const BuildOptions& options, int64_t build_time,
                                           JobResult* result) {
  doc::Document document;
  if (IsUnitOutput(o.kind)) {
    const Unit* unit = UnitOf(o, final_path, checked, result);
    if (!unit) return std::nullopt;
    NoteInput in;
    in.inputs = &checked.inputs;
    in.unit = unit;
    in.unit_figures = &checked.figures.units[o.unit];
    in.figures = &checked.figures;
    in.period = *checked.period;
    in.template_source = resources.templates.at(o.template_name);
    in.build_time_unix = build_time;
    in.version = options.version;
    document = BuildUnitDocument(in, &result->diags);
  } else {
    NationalInput in;
    in.programma = &checked.inputs.programma;
    in.units = &checked.units;
    in.figures = &checked.figures;
    in.period = *checked.period;
    in.template_source = resources.templates.at(o.template_name);
    in.build_time_unix = build_time;
    in.version = options.version;
    document = BuildNational(in, &result->diags);
  }
  if (result->diags.HasErrors()) return std::nullopt;
  return document;
}

void RenderDocument(const PlannedOutput& o, const std::string& final_path,
                    const doc::Document& document, const Resources& resources,
                    const Renderers& renderers, JobResult* result) {
  if (!MakeFolder(final_path, result)) return;
  const HouseStyle& style = resources.styles.at(o.house_style);
  std::string bytes;
  if (IsHtml(o.kind)) {
    bytes = renderers.html(document, style, resources.web_css, &result->error);
  } else {
    Diagnostics warnings;
    bytes = renderers.pdf(document, style, &warnings, &result->error);
    // A warning about the document as a whole names the output it concerns.
    for (Diagnostic& d : warnings.items)
      if (d.where.file.empty()) d.where.file = final_path;
    result->diags.Append(std::move(warnings));
  }
  if (bytes.empty()) {
    if (result->error.empty()) result->error = "cannot render " + final_path;
    return;
  }
  if (!WriteTemp(final_path, bytes, &result->temp, &result->error)) return;
  result->sha256 = Sha256Hex(bytes);
  result->ok = true;
}

}  // namespace

std::vector<std::vector<std::size_t>> GroupRenderJobs(const std::vector<PlannedOutput>& outputs,
                                                      const std::vector<std::size_t>& todo) {
  std::vector<std::vector<std::size_t>> jobs;
  // (unit output, unit, template) -> job; the document tree depends on nothing else.
  std::map<std::tuple<bool, std::size_t, std::string>, std::size_t> by_document;
  for (std::size_t i : todo) {
    const PlannedOutput& o = outputs[i];
    if (IsWorkbook(o.kind)) {
      jobs.push_back({i});
      continue;
    }
    bool unit = IsUnitOutput(o.kind);
    auto [it, added] = by_document.try_emplace({unit, unit ? o.unit : 0, o.template_name},
                                               jobs.size());
    if (added) jobs.emplace_back();
    jobs[it->second].push_back(i);
  }
  return jobs;
}

void RenderJob(const std::vector<std::size_t>& job, const std::vector<PlannedOutput>& outputs,
               const std::vector<std::string>& finals, const Checked& checked,
               const Resources& resources, const Renderers& renderers,
               const BuildOptions& options, int64_t build_time, std::vector<JobResult>* results) {
  const PlannedOutput& first = outputs[job.front()];
  JobResult& lead = (*results)[job.front()];
  if (IsWorkbook(first.kind)) {
    RenderWorkbook(first, finals[job.front()], checked, renderers, options, build_time, &lead);
    return;
  }
  std::optional<doc::Document> document = BuildDocument(
      first, finals[job.front()], checked, resources, options, build_time, &lead);
  for (std::size_t i : job) {
    JobResult& r = (*results)[i];
    if (!document) {
      if (r.error.empty()) r.error = "cannot build the document for " + finals[i];
      continue;
    }
    RenderDocument(outputs[i], finals[i], *document, resources, renderers, &r);
  }
}

}  // namespace voortgang
