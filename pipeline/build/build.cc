// The build: check, plan, render in parallel into temporary files, rename, write the manifest.
#include "pipeline/build/build.h"

#include <sys/file.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include "pipeline/build/atomic_file.h"
#include "pipeline/build/clock.h"
#include "pipeline/build/flusher.h"
#include "pipeline/build/hashing.h"
#include "pipeline/build/plan_outputs.h"
#include "pipeline/build/prepare.h"
#include "pipeline/build/progress.h"
#include "pipeline/build/publish.h"
#include "pipeline/build/render_job.h"
#include "pipeline/build/unit_cache.h"
#include "pipeline/load/load.h"

namespace voortgang {
namespace fs = std::filesystem;
namespace {

/// True when the manifest says this output was made from exactly these inputs and the file
/// is still the one that was written: the same size and modification time as written, else
/// the same hash.
/// `*restat` gets the file's size and time when only its hash showed it unchanged.
bool UpToDate(const PlannedOutput& o, const std::string& final_path, const Manifest& previous,
              std::map<std::string, StatEntry>* restat) {
  auto it = previous.outputs.find(o.relative);
  if (it == previous.outputs.end() || it->second.key != o.key) return false;
  std::optional<StatEntry> stat = StatOf(final_path);
  if (!stat) return false;
  if (it->second.size != 0 && stat->size == it->second.size &&
      stat->mtime_ns == it->second.mtime_ns) {
    return true;
  }
  std::optional<std::string> current = Sha256File(final_path);
  if (!current || *current != it->second.sha256) return false;
  (*restat)[o.relative] = *stat;
  return true;
}

/// <out>/<P>/index.html after the documents it lists: written (atomically) when its bytes
/// changed, skipped otherwise; its key is a hash of those bytes, its inputs the files that
/// shape it besides the documents. False on a write failure.
bool Publish(const BuildOptions& options, const Front& front, const Renderers& renderers,
             const std::string& dir, int64_t build_time, const Manifest& previous,
             FileHasher* hasher, Manifest* manifest, std::ostream& log, BuildSummary* summary) {
  Diagnostics diags;
  std::string bytes =
      PublicationBytes(options, front, renderers, dir, build_time, &diags);
  for (const Diagnostic& d : diags.items) log << "voortgang: error: " << FormatGnu(d) << '\n';
  if (bytes.empty()) {
    ++summary->failed;
    return false;
  }
  PlannedOutput o;
  o.kind = OutputKind::kPublicationPage;
  o.relative = "index.html";
  o.template_name = "publicatie";
  o.house_style = RunHouseStyle(options);
  for (const std::string& path :
       {front.checked.checked.inputs.programma.path, front.resources.publication.path,
        WebCssPath(options), front.resources.style_files.at(o.house_style).toml}) {
    o.inputs.push_back({path, hasher->Hash(path)});
  }
  std::string sha256 = Sha256Hex(bytes);
  o.key = Sha256Hex("voortgang " + options.version + "\nindex.html\n" + sha256);
  std::string final_path = (fs::path(dir) / o.relative).string();
  std::map<std::string, StatEntry> restat;
  if (!options.force && UpToDate(o, final_path, previous, &restat)) {
    ++summary->skipped;
    for (const auto& [relative, stat] : restat) {
      manifest->outputs[relative].size = stat.size;
      manifest->outputs[relative].mtime_ns = stat.mtime_ns;
    }
    return true;
  }
  std::string temp, error;
  if (!WriteTemp(final_path, bytes, &temp, &error) || !CommitTemp(temp, final_path, &error)) {
    log << "voortgang: error: " << error << '\n';
    ++summary->failed;
    return false;
  }
  ++summary->built;
  if (!options.terminal) log << "wrote " << final_path << '\n';
  StatEntry written = StatOf(final_path).value_or(StatEntry{});
  manifest->outputs[o.relative] = {o.key,         sha256,          written.size,
                                   written.mtime_ns, o.inputs,     o.template_name,
                                   o.house_style};
  return true;
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

int Jobs(const BuildOptions& options) {
  if (options.stage.jobs > 0) return options.stage.jobs;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

/// <out>/<P>, created and locked for the rest of the run.
struct OutputFolder {
  std::string dir;
  std::unique_ptr<OutputLock> lock;
  std::string error;  ///< why it cannot be written to; "" when locked

  OutputFolder(const BuildOptions& options, const Checked& checked)
      : dir((fs::path(options.out_dir) / checked.period->ToString()).string()) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
      error = "cannot create output folder " + dir + ": " + ec.message();
      return;
    }
    lock = std::make_unique<OutputLock>(dir);
    if (lock->busy()) error = "another build is writing to " + dir;
    if (lock->failed()) error = "cannot write to output folder " + dir;
  }
};

/// The locked output folder, its previous manifest and the run's hashes.
struct Target {
  std::unique_ptr<OutputFolder> folder;
  Manifest previous;
  std::unique_ptr<FileHasher> hasher;  ///< reads previous.files and hashed_by_cache
  /// Input files the unit cache hashed because their time alone changed, with that hash.
  std::map<std::string, StatEntry> hashed_by_cache;
  /// Skipped outputs found unchanged by their hash only: their new size and time.
  std::map<std::string, StatEntry> restat;

  void Open(const BuildOptions& options, const Checked& checked) {
    folder = std::make_unique<OutputFolder>(options, checked);
    if (!folder->error.empty()) return;
    previous = ReadManifest(ManifestPath());
    hasher = std::make_unique<FileHasher>(previous.files, hashed_by_cache);
  }
  std::string ManifestPath() const { return (fs::path(folder->dir) / "manifest.json").string(); }
};

/// The run's outputs and which of them can be skipped.
struct Plan {
  std::vector<PlannedOutput> outputs;
  std::vector<std::string> finals;  ///< full paths
  std::vector<std::size_t> todo;    ///< indices of the outputs to render
};

Plan PlanRun(const BuildOptions& options, const Front& f, Target* target) {
  Plan plan;
  // National figures are sums over every unit: with a unit missing they would be wrong, so a
  // run limited to units, or one that dropped failed units, leaves them as they were.
  bool national = options.units.empty() && f.checked.failed_units.empty();
  plan.outputs = PlanOutputs(options, f.checked.checked, f.resources.style_files, national,
                             target->hasher.get());
  for (const PlannedOutput& o : plan.outputs) {
    plan.finals.push_back((fs::path(target->folder->dir) / o.relative).string());
    if (options.force || !UpToDate(o, plan.finals.back(), target->previous, &target->restat)) {
      plan.todo.push_back(plan.finals.size() - 1);
    }
  }
  return plan;
}

/// The units the cache stood for that have an output to render: they are parsed now.
std::set<std::string> CachedToRender(const Checked& checked, const Plan& plan) {
  std::set<std::string> ids;
  for (std::size_t i : plan.todo) {
    const PlannedOutput& o = plan.outputs[i];
    if (IsUnitOutput(o.kind) && !ParsedUnit(checked, checked.units[o.unit].id)) {
      ids.insert(checked.units[o.unit].id);
    }
  }
  return ids;
}

}  // namespace

int RunBuild(const BuildOptions& options, const Renderers& renderers,
             const std::function<void(const Diagnostics&)>& on_diagnostics, std::ostream& log,
             BuildSummary* summary) {
  auto start = std::chrono::steady_clock::now();
  // From the start, so that an interrupt at any point says what it left behind.
  InstallSignalCleanup();
  auto finish = [&](int status) {
    summary->seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return status;
  };
  // Units whose files have not changed since a build cached them are not parsed for the
  // stages; --force parses everything.
  std::string cache_dir = UnitCacheDir(options.out_dir);
  InputStats input_stats = StatInputs(options.stage.inputs_dir);
  std::map<std::string, CachedUnit> cache;
  Restamps restamps;
  if (!options.force) {
    cache = ReadUnitCache(cache_dir, options.stage.inputs_dir, options.version, input_stats,
                          Jobs(options), &restamps);
  }
  Front front = CheckInputs(options, cache);
  Checked& checked_inputs = front.checked.checked;
  summary->units_parsed = static_cast<int>(front.checked.parsed.size());
  summary->units_cached = front.checked.cached;

  // The output folder is locked, its manifest read and the outputs planned only when the run
  // is going to write; the cached units with an output to render are parsed then.
  Target target;
  for (const auto& [id, files] : restamps) {
    for (const StatFile& f : files) target.hashed_by_cache[f.path] = f.stat;
  }
  bool writes = !Stops(options, front) && UnknownUnit(options, front).empty();
  Plan plan;
  if (writes) {
    target.Open(options, checked_inputs);
    if (target.folder->error.empty()) {
      plan = PlanRun(options, front, &target);
      int parsed = ParseForRendering(options.stage, CachedToRender(checked_inputs, plan),
                                     &checked_inputs, &front.diags);
      summary->units_parsed += parsed;
      summary->units_cached -= parsed;
      front.diags.Sort();
    }
  }

  const Diagnostics& diags = front.diags;
  const StagesResult& checked = front.checked;
  summary->errors = diags.ErrorCount();
  summary->warnings = diags.WarningCount();
  on_diagnostics(diags);
  if (std::string id = UnknownUnit(options, front); !id.empty()) {
    log << "voortgang: unknown unit '" << id << "' in --unit\n";
    return finish(kUsage);
  }
  if (Stops(options, front)) return finish(kInputErrors);
  summary->failed = static_cast<int>(checked.failed_units.size());

  if (!target.folder->error.empty()) {
    log << "voortgang: " << target.folder->error << '\n';
    return finish(kRenderFailure);
  }
  SweepStaleTemps(target.folder->dir);
  SweepStaleTemps(cache_dir);

  const std::vector<PlannedOutput>& outputs = plan.outputs;
  const std::vector<std::string>& finals = plan.finals;
  const std::vector<std::size_t>& todo = plan.todo;
  summary->skipped = static_cast<int>(outputs.size() - todo.size());
  const Resources& resources = front.resources;

  int64_t build_time = BuildTime();
  std::vector<JobResult> results(outputs.size());
  Progress progress(options.terminal, todo.size(), log);
  // The national documents take longest: started first, they do not finish alone at the end
  // of a rebuild of a few outputs. (Renames and log lines keep the planned order.)
  std::vector<std::size_t> order = todo;
  std::stable_partition(order.begin(), order.end(), [&](std::size_t i) {
    return !IsUnitOutput(outputs[i].kind);
  });
  std::vector<std::vector<std::size_t>> jobs = GroupRenderJobs(outputs, order);
  std::atomic<std::size_t> next{0};
  Flusher flusher;
  auto worker = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < jobs.size();) {
      progress.Start(outputs[jobs[k].front()].relative);
      RenderJob(jobs[k], outputs, finals, checked.checked, resources, renderers, options,
                build_time, &results);
      for (std::size_t i : jobs[k]) {
        JobResult& r = results[i];
        if (r.ok) flusher.Add(r.temp, finals[i], &r.ok, &r.error);
        progress.Done();
      }
    }
  };
  int threads = std::min<int>(Jobs(options), static_cast<int>(jobs.size()));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  flusher.Finish();
  progress.Finish();

  // Rename in a fixed order, so the log does not depend on thread scheduling.
  Manifest manifest = target.previous;
  for (const auto& [relative, stat] : target.restat) {
    manifest.outputs[relative].size = stat.size;
    manifest.outputs[relative].mtime_ns = stat.mtime_ns;
  }
  manifest.version = options.version;
  manifest.period = checked.checked.period->ToString();
  bool write_failed = false;
  for (std::size_t i : todo) {
    JobResult& r = results[i];
    Diagnostics job_diags = r.diags;
    if (!job_diags.items.empty()) on_diagnostics(job_diags);
    summary->warnings += job_diags.WarningCount();
    if (r.ok && !RenameTemp(r.temp, finals[i], &r.error)) r.ok = false;  // flushed already
    if (!r.ok) {
      log << "voortgang: error: " << r.error << '\n';
      ++summary->failed;
      write_failed = true;
      // The previous file is still in place and its entry still describes it truly.
      continue;
    }
    ++summary->built;
    if (!options.terminal) log << "wrote " << finals[i] << '\n';
    StatEntry written = StatOf(finals[i]).value_or(StatEntry{});
    manifest.outputs[outputs[i].relative] = {outputs[i].key,           r.sha256,
                                             written.size,             written.mtime_ns,
                                             outputs[i].inputs,        outputs[i].template_name,
                                             outputs[i].house_style};
  }
  // The publication page lists the documents of every unit and the national ones: made when
  // the run makes the national outputs and HTML.
  if (options.units.empty() && checked.failed_units.empty() && MakesHtml(options) &&
      !Publish(options, front, renderers, target.folder->dir, build_time, target.previous,
               target.hasher.get(), &manifest, log, summary)) {
    write_failed = true;
  }
  // Before the manifest, which stays the last file written.
  if (!diags.HasErrors()) {
    UpdateUnitCache(cache_dir, checked.checked, checked.parsed, cache, input_stats,
                    target.hasher->seen(), restamps, options.version);
  }
  for (const auto& [path, entry] : target.hasher->seen()) manifest.files[path] = entry;
  // Unchanged (nothing built, no file touched), it is not written again: at national scale
  // writing it is a good part of a rebuild that has nothing to do.
  std::string manifest_path = target.ManifestPath(), temp, error;
  if (!(manifest == target.previous) &&
      (!WriteTemp(manifest_path, ManifestJson(manifest), &temp, &error) ||
       !CommitTemp(temp, manifest_path, &error))) {
    log << "voortgang: error: " << error << '\n';
    return finish(kRenderFailure);
  }
  if (write_failed) return finish(kRenderFailure);
  if (!checked.failed_units.empty() || diags.HasErrors()) return finish(kInputErrors);
  return finish(kOk);
}

}  // namespace voortgang
