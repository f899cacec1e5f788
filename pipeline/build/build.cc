// The build: check, plan, render in parallel into temporary files, rename, write the manifest.
#include "pipeline/build/build.h"

#include <sys/file.h>
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <set>
#include <thread>

#include "pipeline/build/atomic_file.h"
#include "pipeline/build/clock.h"
#include "pipeline/build/hashing.h"
#include "pipeline/build/keep_going.h"
#include "pipeline/build/plan_outputs.h"
#include "pipeline/build/progress.h"
#include "pipeline/load/house_style_loader.h"
#include "pipeline/report/report.h"

namespace voortgang {
namespace fs = std::filesystem;
namespace {

enum Exit { kOk = 0, kInputErrors = 1, kRenderFailure = 3 };

std::string ReadText(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// Templates and house styles are read and checked once, before any rendering.
struct Resources {
  std::map<std::string, report::TemplateSource> templates;  ///< by name
  std::map<std::string, HouseStyle> styles;                 ///< by name
  std::map<std::string, StyleFiles> style_files;
};

bool LoadResources(const BuildOptions& options, const Checked& checked, Resources* r,
                   Diagnostics* diags) {
  std::set<std::string> templates, styles;
  bool pdf = options.only != OutputKinds::kXlsx;
  if (!pdf) return true;
  for (const Unit& u : checked.inputs.units) {
    templates.insert(u.sjabloon);
    styles.insert(HouseStyleName(options, u));
  }
  templates.insert("landelijk");
  styles.insert(options.house_style.empty() ? "standaard" : options.house_style);
  for (const std::string& name : templates) {
    std::string path = TemplatePath(options.templates_dir, name);
    bool ok = false;
    std::string text = ReadText(path, &ok);
    if (!ok) {
      diags->Error({path, 0, 0}, "template '" + name + "' not found");
      continue;
    }
    report::TemplateSource source{text, path};
    const report::Vocabulary& vocabulary =
        name == "landelijk" ? NationalVocabulary() : UnitVocabulary();
    if (report::CheckTemplate(source, vocabulary, diags)) r->templates[name] = source;
  }
  for (const std::string& name : styles) {
    std::string path = (fs::path(options.templates_dir) / "huisstijl" / (name + ".toml")).string();
    if (!fs::exists(path)) {
      diags->Error({path, 0, 0}, "house style '" + name + "' not found");
      continue;
    }
    int errors = diags->ErrorCount();
    HouseStyle style = LoadHouseStyle(path, diags);
    if (diags->ErrorCount() > errors) continue;
    StyleFiles files{path, {}};
    if (!style.logo_path.empty()) files.extra.push_back(style.logo_path);
    if (!style.hyphen_exceptions.empty()) files.extra.push_back(style.hyphen_exceptions);
    r->styles[name] = std::move(style);
    r->style_files[name] = std::move(files);
  }
  return !diags->HasErrors();
}

struct JobResult {
  bool ok = false;
  std::string temp;
  std::string sha256;
  std::string error;
  Diagnostics diags;
};

std::string RelativeToInputs(const std::string& path, const std::string& inputs_dir) {
  std::string prefix = inputs_dir.empty() || inputs_dir.back() == '/' ? inputs_dir : inputs_dir + "/";
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

void RenderOne(const PlannedOutput& o, const std::string& final_path, const Checked& checked,
               const Resources& resources, const Renderers& renderers,
               const BuildOptions& options, int64_t build_time, JobResult* result) {
  const Inputs& inputs = checked.inputs;
  std::error_code ec;
  fs::create_directories(fs::path(final_path).parent_path(), ec);
  if (ec) {
    result->error = "cannot create folder for " + final_path + ": " + ec.message();
    return;
  }
  if (o.kind == OutputKind::kUnitWorkbook || o.kind == OutputKind::kNationalWorkbook) {
    result->temp = TempPathFor(final_path);
    BuildInfo info = InfoFor(o, checked, options, build_time);
    bool ok = o.kind == OutputKind::kUnitWorkbook
                  ? renderers.unit_workbook(inputs, inputs.units[o.unit],
                                            checked.figures.units[o.unit], info, result->temp,
                                            &result->error)
                  : renderers.national_workbook(inputs, checked.figures, info, result->temp,
                                                &result->error);
    if (!ok) {
      DiscardTemp(result->temp);
      if (result->error.empty()) result->error = "cannot write " + final_path;
      return;
    }
    result->sha256 = Sha256File(result->temp).value_or("");
    result->ok = true;
    return;
  }
  doc::Document document;
  if (o.kind == OutputKind::kUnitDocument) {
    NoteInput in;
    in.inputs = &inputs;
    in.unit = &inputs.units[o.unit];
    in.unit_figures = &checked.figures.units[o.unit];
    in.figures = &checked.figures;
    in.period = *checked.period;
    in.template_source = resources.templates.at(o.template_name);
    in.build_time_unix = build_time;
    in.version = options.version;
    document = BuildUnitDocument(in, &result->diags);
  } else {
    NationalInput in;
    in.inputs = &inputs;
    in.figures = &checked.figures;
    in.period = *checked.period;
    in.template_source = resources.templates.at(o.template_name);
    in.build_time_unix = build_time;
    in.version = options.version;
    document = BuildNational(in, &result->diags);
  }
  if (result->diags.HasErrors()) {
    result->error = "cannot build the document for " + final_path;
    return;
  }
  std::string bytes = renderers.pdf(document, resources.styles.at(o.house_style), &result->error);
  if (bytes.empty()) {
    if (result->error.empty()) result->error = "cannot render " + final_path;
    return;
  }
  if (!WriteTemp(final_path, bytes, &result->temp, &result->error)) return;
  result->sha256 = Sha256Hex(bytes);
  result->ok = true;
}

/// True when the manifest says this output was made from exactly these inputs and the file
/// is still the one that was written.
bool UpToDate(const PlannedOutput& o, const std::string& final_path, const Manifest& previous) {
  auto it = previous.outputs.find(o.relative);
  if (it == previous.outputs.end() || it->second.key != o.key) return false;
  std::optional<std::string> current = Sha256File(final_path);
  return current && *current == it->second.sha256;
}

/// Holds an exclusive lock on the output folder: two builds into one folder would rename
/// over each other's files.
class OutputLock {
 public:
  explicit OutputLock(const std::string& dir) {
    fd_ = ::open((fs::path(dir) / ".voortgang.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      ::close(fd_);
      fd_ = -2;
    }
  }
  ~OutputLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  bool busy() const { return fd_ == -2; }
  bool failed() const { return fd_ == -1; }

 private:
  int fd_ = -1;
};

}  // namespace

int RunBuild(const BuildOptions& options, const Renderers& renderers,
             const std::function<void(const Diagnostics&)>& on_diagnostics, std::ostream& log,
             BuildSummary* summary) {
  auto start = std::chrono::steady_clock::now();
  auto finish = [&](int status) {
    summary->seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return status;
  };
  Diagnostics diags;
  KeepGoingResult checked = LoadAndCheckKeepGoing(options.stage, options.keep_going, &diags);
  Resources resources;
  if (checked.usable) LoadResources(options, checked.checked, &resources, &diags);
  diags.Sort();
  summary->warnings = diags.WarningCount();
  on_diagnostics(diags);
  for (const std::string& id : options.units) {
    bool known = false;
    for (const Unit& u : checked.checked.inputs.units) known = known || u.id == id;
    if (!known) {
      log << "voortgang: unknown unit '" << id << "' in --unit\n";
      return finish(kInputErrors);
    }
  }
  if (!checked.usable || (diags.HasErrors() && !options.keep_going) ||
      (options.keep_going && !resources.templates.size() && options.only != OutputKinds::kXlsx)) {
    return finish(kInputErrors);
  }
  summary->failed = static_cast<int>(checked.failed_units.size());

  std::string period_dir = (fs::path(options.out_dir) / checked.checked.period->ToString()).string();
  std::error_code ec;
  fs::create_directories(period_dir, ec);
  if (ec) {
    log << "voortgang: cannot create output folder " << period_dir << ": " << ec.message() << '\n';
    return finish(kRenderFailure);
  }
  OutputLock lock(period_dir);
  if (lock.busy()) {
    log << "voortgang: another build is writing to " << period_dir << '\n';
    return finish(kRenderFailure);
  }
  if (lock.failed()) {
    log << "voortgang: cannot write to output folder " << period_dir << '\n';
    return finish(kRenderFailure);
  }
  SweepStaleTemps(period_dir);
  InstallSignalCleanup();

  std::string manifest_path = (fs::path(period_dir) / "manifest.json").string();
  Manifest previous = ReadManifest(manifest_path);
  FileHasher hasher(previous.files);
  // National figures are sums over every unit: with a unit missing they would be wrong, so a
  // run limited to units, or one that dropped failed units, leaves them as they were.
  bool national = options.units.empty() && checked.failed_units.empty();
  std::vector<PlannedOutput> outputs =
      PlanOutputs(options, checked.checked, resources.style_files, national, &hasher);

  std::vector<std::size_t> todo;
  std::vector<std::string> finals;
  for (const PlannedOutput& o : outputs) {
    finals.push_back((fs::path(period_dir) / o.relative).string());
    if (options.force || !UpToDate(o, finals.back(), previous)) todo.push_back(finals.size() - 1);
  }
  summary->skipped = static_cast<int>(outputs.size() - todo.size());

  int64_t build_time = BuildTime();
  std::vector<JobResult> results(outputs.size());
  Progress progress(options.terminal, todo.size(), log);
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < todo.size();) {
      std::size_t i = todo[k];
      progress.Start(outputs[i].relative);
      RenderOne(outputs[i], finals[i], checked.checked, resources, renderers, options,
                build_time, &results[i]);
      progress.Done();
    }
  };
  int jobs = options.stage.jobs > 0 ? options.stage.jobs
                                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (int t = 1; t < std::min<int>(jobs, static_cast<int>(todo.size())); ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  progress.Finish();

  // Rename in a fixed order, so the log does not depend on thread scheduling.
  Manifest manifest = previous;
  manifest.version = options.version;
  manifest.period = checked.checked.period->ToString();
  bool write_failed = false;
  for (std::size_t i : todo) {
    JobResult& r = results[i];
    Diagnostics job_diags = r.diags;
    if (!job_diags.items.empty()) on_diagnostics(job_diags);
    if (r.ok && !CommitTemp(r.temp, finals[i], &r.error)) r.ok = false;
    if (!r.ok) {
      log << "voortgang: error: " << r.error << '\n';
      ++summary->failed;
      write_failed = true;
      // The previous file is still in place and its entry still describes it truly.
      continue;
    }
    ++summary->built;
    if (!options.terminal) log << "wrote " << finals[i] << '\n';
    manifest.outputs[outputs[i].relative] = {outputs[i].key, r.sha256, outputs[i].inputs,
                                             outputs[i].template_name, outputs[i].house_style};
  }
  for (const auto& [path, entry] : hasher.seen()) manifest.files[path] = entry;
  std::string temp, error;
  if (!WriteTemp(manifest_path, ManifestJson(manifest), &temp, &error) ||
      !CommitTemp(temp, manifest_path, &error)) {
    log << "voortgang: error: " << error << '\n';
    return finish(kRenderFailure);
  }
  if (write_failed) return finish(kRenderFailure);
  if (!checked.failed_units.empty() || diags.HasErrors()) return finish(kInputErrors);
  return finish(kOk);
}

}  // namespace voortgang
