// Output planning and incremental-build keys.
#include "pipeline/build/plan_outputs.h"

#include <algorithm>

#include "pipeline/build/clock.h"
#include "pipeline/build/hashing.h"
#include "pipeline/load/load.h"

namespace voortgang {
namespace {

/// The part of plan.toml a workbook shows (the unit and its themes with their weights), so
/// that editing a note's narrative does not rebuild the workbooks.
std::string WorkbookPlanDigest(const UnitSummary& u) {
  std::string text = u.naam + '\n' + std::to_string(static_cast<int>(u.soort)) + '\n' + u.regio +
                     '\n' + u.penvoerder + '\n';
  for (const std::string& g : u.gemeenten) text += g + ',';
  for (const ThemeSummary& t : u.themas) {
    text += '\n' + t.id + '\t' + t.naam;
    for (const Share& s : t.actielijnen) {
      text += '\t' + s.actielijn + '=' + std::to_string(s.weight.num) + '/' +
              std::to_string(s.weight.den);
    }
  }
  return Sha256Hex(text);
}

std::string Key(const PlannedOutput& o, const Checked& checked, const std::string& version) {
  std::string text = "voortgang " + version + '\n' +
                     checked.period->ToString() + '\n' + o.relative + '\n' +
                     SourceDateEpoch().value_or("") + '\n';
  for (const FileHash& f : o.inputs) text += f.path + '\t' + f.sha256 + '\n';
  return Sha256Hex(text);
}

/// The hash `stats` records for `path` when it was taken at the file's present size and time.
const std::string* HashAt(const std::map<std::string, StatEntry>& stats, const std::string& path,
                          const StatEntry& now) {
  auto it = stats.find(path);
  if (it == stats.end() || it->second.size != now.size || it->second.mtime_ns != now.mtime_ns ||
      it->second.sha256.empty()) {
    return nullptr;
  }
  return &it->second.sha256;
}

}  // namespace

const std::string& FileHasher::Hash(const std::string& path) {
  if (auto it = seen_.find(path); it != seen_.end()) return it->second.sha256;
  StatEntry entry;
  if (std::optional<StatEntry> st = StatOf(path)) {
    entry = *st;
    if (const std::string* hash = HashAt(previous_, path, entry)) {
      entry.sha256 = *hash;
    } else if (const std::string* hash = HashAt(known_, path, entry)) {
      entry.sha256 = *hash;
    } else {
      entry.sha256 = Sha256File(path).value_or("missing");
    }
  } else {
    entry.sha256 = "missing";
  }
  return seen_.emplace(path, entry).first->second.sha256;
}

std::vector<PlannedOutput> PlanOutputs(const BuildOptions& options, const Checked& checked,
                                       const std::map<std::string, StyleFiles>& styles,
                                       bool national, FileHasher* hasher) {
  const Inputs& inputs = checked.inputs;
  std::string period = checked.period->ToString();
  auto file = [&](const std::string& path) { return FileHash{path, hasher->Hash(path)}; };
  auto add_style = [&](PlannedOutput* o) {
    const StyleFiles& s = styles.at(o->house_style);
    o->inputs.push_back(file(s.toml));
    for (const std::string& extra : s.extra) o->inputs.push_back(file(extra));
  };
  auto budget_files = [&](const UnitSummary& u, std::vector<FileHash>* out) {
    out->push_back(file(*u.budget_path));
    if (!u.boekingen_csv.empty()) out->push_back(file(u.boekingen_csv));
  };
  auto unit_files = [&](const UnitSummary& u, std::vector<FileHash>* out) {
    out->push_back(file(u.plan_path));
    if (u.budget_path) budget_files(u, out);
  };
  bool pdf = MakesPdf(options), html = MakesHtml(options);
  bool xlsx = MakesXlsx(options);

  std::vector<PlannedOutput> out;
  for (std::size_t i = 0; i < checked.units.size(); ++i) {
    const UnitSummary& u = checked.units[i];
    if (!options.units.empty() &&
        std::find(options.units.begin(), options.units.end(), u.id) == options.units.end()) {
      continue;
    }
    // The HTML edition has the PDF's inputs and the web stylesheet.
    for (OutputKind kind : {OutputKind::kUnitDocument, OutputKind::kUnitHtml}) {
      bool html_kind = kind == OutputKind::kUnitHtml;
      if (!(html_kind ? html : pdf)) continue;
      PlannedOutput o;
      o.kind = kind;
      o.unit = i;
      o.template_name = u.sjabloon;
      o.house_style = HouseStyleName(options, u);
      o.relative = u.id + "/" + u.sjabloon + "-" + u.id + "-" + period + (html_kind ? ".html" : ".pdf");
      o.inputs.push_back(file(inputs.programma.path));
      unit_files(u, &o.inputs);
      o.inputs.push_back(file(JoinPath(options.templates_dir, u.sjabloon + ".mustache")));
      add_style(&o);
      if (html_kind) o.inputs.push_back(file(WebCssPath(options)));
      out.push_back(std::move(o));
    }
    if (xlsx && u.budget_path) {
      PlannedOutput o;
      o.kind = OutputKind::kUnitWorkbook;
      o.unit = i;
      o.relative = u.id + "/budget-" + u.id + "-" + period + ".xlsx";
      o.inputs.push_back(file(inputs.programma.path));
      o.inputs.push_back({u.plan_path + "#eenheid-en-themas", WorkbookPlanDigest(u)});
      budget_files(u, &o.inputs);
      out.push_back(std::move(o));
    }
  }
  if (national) {
    for (OutputKind kind : {OutputKind::kNationalDocument, OutputKind::kNationalHtml}) {
      bool html_kind = kind == OutputKind::kNationalHtml;
      if (!(html_kind ? html : pdf)) continue;
      PlannedOutput o;
      o.kind = kind;
      o.template_name = "landelijk";
      o.house_style = options.house_style.empty() ? "standaard" : options.house_style;
      o.relative = "landelijk/overzicht-" + period + (html_kind ? ".html" : ".pdf");
      o.inputs.push_back(file(inputs.programma.path));
      for (const UnitSummary& u : checked.units) unit_files(u, &o.inputs);
      o.inputs.push_back(file(JoinPath(options.templates_dir, "landelijk.mustache")));
      add_style(&o);
      if (html_kind) o.inputs.push_back(file(WebCssPath(options)));
      out.push_back(std::move(o));
    }
    if (xlsx) {
      PlannedOutput o;
      o.kind = OutputKind::kNationalWorkbook;
      o.relative = "landelijk/budget-landelijk-" + period + ".xlsx";
      o.inputs.push_back(file(inputs.programma.path));
      for (const UnitSummary& u : checked.units) {
        o.inputs.push_back({u.plan_path + "#eenheid-en-themas", WorkbookPlanDigest(u)});
        if (u.budget_path) budget_files(u, &o.inputs);
      }
      out.push_back(std::move(o));
    }
  }
  for (PlannedOutput& o : out) o.key = Key(o, checked, options.version);
  return out;
}

}  // namespace voortgang
