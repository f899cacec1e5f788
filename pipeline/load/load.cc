// The inputs tree: folder layout rules, then every file parsed in parallel.
#include "pipeline/load/load.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "pipeline/load/file_loaders.h"
#include "pipeline/load/limits.h"
#include "pipeline/model/ids.h"

namespace voortgang {
namespace fs = std::filesystem;
namespace {

enum class FileKind { kProgramma, kPlan, kBudget };

struct Job {
  FileKind kind;
  std::string path;
  std::size_t unit = 0;
};

struct JobResult {
  Diagnostics diags;
  Programma programma;
  Unit plan;
  Budget budget;
  std::optional<CsvImport> import;  ///< budget.toml's [import.boekingen], if any
  bool loaded = false;
};

/// A file of a unit folder that is neither plan.toml nor budget.toml: an error unless
/// budget.toml names it as its CSV export, which is known only after loading.
struct OtherFile {
  std::size_t unit;
  std::string name;
  std::string path;
};

bool Ignored(const std::string& name) { return name[0] == '.' || name[0] == '_'; }

bool ValidUnitId(const std::string& id) { return IsId(id); }

/// The kind of a directory entry without following symbolic links, which are refused:
/// an input that points outside the tree would escape the manifest's hashes.
fs::file_type KindOf(const fs::directory_entry& entry) {
  std::error_code ec;
  return entry.symlink_status(ec).type();
}

/// Parses one file's text and turns it into records of its kind.
void LoadText(const Job& job, const SourceText& src, const MarkdownCheck& markdown,
              JobResult* result);

/// The path of a file named in budget.toml, beside it.
std::string Beside(const std::string& budget_path, const std::string& name) {
  std::size_t slash = budget_path.rfind('/');
  return slash == std::string::npos ? name : budget_path.substr(0, slash + 1) + name;
}

void RunJob(const Job& job, const MarkdownCheck& markdown, JobResult* result) {
  std::optional<SourceText> src = SourceText::Read(job.path, &result->diags);
  if (src) LoadText(job, *src, markdown, result);
  if (!result->budget.boekingen_csv.empty()) {
    result->budget.boekingen_csv = Beside(job.path, result->budget.boekingen_csv);
  }
  if (!result->import) return;
  std::optional<SourceText> csv = SourceText::Read(result->budget.boekingen_csv, &result->diags);
  if (!csv) {
    result->loaded = false;  // its bookings are missing: the unit's figures would be wrong
    return;
  }
  LoadCsvBookings(*result->import, csv->path(), csv->bytes(), &result->budget, &result->diags);
}

void LoadText(const Job& job, const SourceText& src, const MarkdownCheck& markdown,
              JobResult* result) {
  std::optional<toml::table> root = ParseToml(src, &result->diags);
  if (!root) return;
  switch (job.kind) {
    case FileKind::kProgramma: LoadProgramma(*root, src, &result->programma, &result->diags); break;
    case FileKind::kPlan: LoadPlan(*root, src, markdown, &result->plan, &result->diags); break;
    case FileKind::kBudget:
      LoadBudget(*root, src, &result->budget, &result->diags, &result->import);
      break;
  }
  result->loaded = true;
}

/// Keeps the first kMaxDiagnosticsPerFile problems of one file (in file order) and says how
/// many more there were: a file with a million bad lines would otherwise flood the terminal.
void CapDiagnostics(const std::string& path, Diagnostics* diags) {
  if (diags->items.size() <= kMaxDiagnosticsPerFile) return;
  std::size_t more = diags->items.size() - kMaxDiagnosticsPerFile;
  diags->Sort();
  diags->items.resize(kMaxDiagnosticsPerFile);
  SourceRef last = diags->items.back().where;
  diags->Error({path, last.line, last.column},
               "and " + std::to_string(more) + " more problems in this file, not shown");
}

/// Lists the tree, reporting layout errors, and returns the files to load.
std::vector<Job> ScanTree(const std::string& root, const LoadOptions& options, Inputs* inputs,
                          std::vector<OtherFile>* others, Diagnostics* reported) {
  std::vector<Job> jobs;
  // A load of named units follows a load of the tree, which reported its layout already.
  bool only = !options.only_units.empty();
  Diagnostics layout_seen;
  Diagnostics* diags = only ? &layout_seen : reported;
  std::size_t found = 0;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    diags->Error({root, 0, 0}, "inputs folder not found");
    return jobs;
  }
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) {
    diags->Error({root, 0, 0}, "cannot list inputs folder: " + ec.message());
    return jobs;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });

  bool has_programma = false;
  for (const fs::directory_entry& entry : entries) {
    std::string name = entry.path().filename().string();
    std::string path = JoinPath(root, name);
    if (Ignored(name)) continue;
    fs::file_type kind = KindOf(entry);
    if (kind == fs::file_type::symlink) {
      diags->Error({path, 0, 0}, "symbolic links are not allowed in the inputs tree");
      has_programma = has_programma || name == "programma.toml";  // one error is enough
      continue;
    }
    if (name == "programma.toml") {
      has_programma = true;
      if (only) continue;
      if (kind == fs::file_type::regular) {
        jobs.push_back({FileKind::kProgramma, path});
      } else {
        inputs->programma.complete = false;
        diags->Error({path, 0, 0}, "programma.toml must be a regular file");
      }
      continue;
    }
    if (kind != fs::file_type::directory) {
      diags->Error({path, 0, 0}, "unexpected file in the inputs folder: only programma.toml "
                                 "and one folder per unit belong here");
      continue;
    }
    if (name == "landelijk") {
      diags->Error({path, 0, 0}, "a unit cannot be named 'landelijk': the national outputs use "
                                 "that folder name");
      continue;
    }
    if (!ValidUnitId(name)) {
      diags->Error({path, 0, 0}, "unit folder name '" + name +
                                     "' must match ^[a-z0-9]+(-[a-z0-9]+)*$ (lower-case letters, "
                                     "digits, single hyphens), at most 64 characters");
      continue;
    }
    if (found++ >= kMaxUnits) {
      diags->Error({path, 0, 0}, "more than " + std::to_string(kMaxUnits) + " unit folders");
      break;
    }
    if (only && !options.only_units.count(name)) continue;
    std::size_t unit = inputs->units.size();
    inputs->units.emplace_back().id = name;
    std::vector<Job> unit_jobs;
    std::vector<OtherFile> unit_others;
    bool has_plan = false;
    std::vector<fs::directory_entry> files;
    for (fs::directory_iterator it(entry.path(), ec), end; !ec && it != end; it.increment(ec)) {
      files.push_back(*it);
    }
    if (ec) diags->Error({path, 0, 0}, "cannot list unit folder: " + ec.message());
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
    for (const fs::directory_entry& file : files) {
      std::string file_name = file.path().filename().string();
      std::string file_path = JoinPath(path, file_name);
      if (Ignored(file_name)) continue;
      fs::file_type file_kind = KindOf(file);
      bool known = file_name == "plan.toml" || file_name == "budget.toml";
      has_plan = has_plan || file_name == "plan.toml";  // reported below if it is not a file
      if (file_kind == fs::file_type::symlink) {
        diags->Error({file_path, 0, 0}, "symbolic links are not allowed in the inputs tree");
        inputs->units[unit].complete = false;
      } else if (known && file_kind != fs::file_type::regular) {
        // A folder, pipe or device: opening a pipe would wait forever.
        diags->Error({file_path, 0, 0}, file_name + " must be a regular file");
        inputs->units[unit].complete = false;
      } else if (file_kind == fs::file_type::regular && file_name == "plan.toml") {
        has_plan = true;
        unit_jobs.push_back({FileKind::kPlan, file_path, unit});
      } else if (file_kind == fs::file_type::regular && file_name == "budget.toml") {
        unit_jobs.push_back({FileKind::kBudget, file_path, unit});
      } else if (file_kind == fs::file_type::regular) {
        unit_others.push_back({unit, file_name, file_path});
      } else {
        diags->Error({file_path, 0, 0},
                     "unexpected file in a unit folder: only plan.toml and budget.toml belong here");
      }
    }
    if (!has_plan) {
      diags->Error({JoinPath(path, "plan.toml"), 0, 0}, "missing plan.toml for unit '" + name + "'");
      inputs->units[unit].complete = false;  // its budget cannot be checked against no themes
    }
    // A unit from the cache had no error, so its other file was its CSV export then, and the
    // cache is used only while the folder holds the same files. One that breaks a folder rule
    // now is parsed, as it would be without the cache.
    if (options.skip_units.count(name) && inputs->units[unit].complete) {
      inputs->units.pop_back();
      inputs->skipped.push_back(name);
      continue;
    }
    jobs.insert(jobs.end(), unit_jobs.begin(), unit_jobs.end());
    others->insert(others->end(), unit_others.begin(), unit_others.end());
  }
  if (!has_programma) {
    inputs->programma.complete = false;
    diags->Error({JoinPath(root, "programma.toml"), 0, 0}, "missing programma.toml");
  }
  return jobs;
}

void CheckOtherFiles(const std::vector<OtherFile>& others, const Inputs& inputs,
                     Diagnostics* diags) {
  for (const OtherFile& f : others) {
    const Unit& unit = inputs.units[f.unit];
    if (unit.budget && unit.budget->boekingen_csv == f.path) continue;
    if (!unit.complete) continue;  // budget.toml, which may name it, could not be read
    diags->Error({f.path, 0, 0}, "unexpected file in a unit folder: only plan.toml, budget.toml "
                                 "and the CSV file its [import.boekingen] names belong here");
  }
}

/// Moves each finished job's records into the tree, in job order.
void Collect(const std::vector<Job>& jobs, std::vector<JobResult>& results, Inputs* inputs,
             Diagnostics* diags) {
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    diags->Append(std::move(results[i].diags));
    if (jobs[i].kind == FileKind::kProgramma) {
      // Not inputs->units[0]: a tree may have no unit at all.
      if (results[i].loaded) inputs->programma = std::move(results[i].programma);
      else inputs->programma.complete = false;
      continue;
    }
    Unit& unit = inputs->units[jobs[i].unit];
    if (!results[i].loaded) {
      unit.complete = false;
      continue;
    }
    switch (jobs[i].kind) {
      case FileKind::kProgramma: break;
      case FileKind::kPlan: {
        std::string id = std::move(unit.id);
        std::optional<Budget> budget = std::move(unit.budget);
        bool complete = unit.complete;
        unit = std::move(results[i].plan);
        unit.id = std::move(id);
        unit.budget = std::move(budget);
        unit.complete = complete;
        break;
      }
      case FileKind::kBudget: unit.budget = std::move(results[i].budget); break;
    }
  }
}

}  // namespace

Inputs LoadTexts(const std::string& programma, const std::vector<UnitTexts>& units,
                 Diagnostics* diags, const MarkdownCheck& markdown) {
  Inputs inputs;
  std::vector<Job> jobs;
  std::vector<SourceText> texts;
  jobs.push_back({FileKind::kProgramma, "programma.toml"});
  texts.push_back(SourceText::FromString("programma.toml", programma));
  for (const UnitTexts& u : units) {
    std::size_t index = inputs.units.size();
    inputs.units.emplace_back().id = u.id;
    jobs.push_back({FileKind::kPlan, u.id + "/plan.toml", index});
    texts.push_back(SourceText::FromString(jobs.back().path, u.plan));
    if (u.budget) {
      jobs.push_back({FileKind::kBudget, u.id + "/budget.toml", index});
      texts.push_back(SourceText::FromString(jobs.back().path, *u.budget));
    }
  }
  std::vector<JobResult> results(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    LoadText(jobs[i], texts[i], markdown, &results[i]);
    std::string& csv_path = results[i].budget.boekingen_csv;
    if (!csv_path.empty()) csv_path = Beside(jobs[i].path, csv_path);
    if (results[i].import) {
      const UnitTexts& u = units[jobs[i].unit];
      std::string path = csv_path;
      if (u.csv) {
        LoadCsvBookings(*results[i].import, path, *u.csv, &results[i].budget, &results[i].diags);
      } else {
        results[i].diags.Error({path, 0, 0}, "cannot read file: no CSV text given");
        results[i].loaded = false;
      }
    }
    CapDiagnostics(jobs[i].path, &results[i].diags);
  }
  Collect(jobs, results, &inputs, diags);
  return inputs;
}

Inputs LoadInputs(const std::string& root, const LoadOptions& options, Diagnostics* diags) {
  Inputs inputs;
  inputs.root = root;
  std::vector<OtherFile> others;
  std::vector<Job> jobs = ScanTree(root, options, &inputs, &others, diags);
  std::vector<JobResult> results(jobs.size());

  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < jobs.size();) {
      RunJob(jobs[i], options.markdown, &results[i]);
      CapDiagnostics(jobs[i].path, &results[i].diags);
    }
  };
  unsigned threads = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, std::max<std::size_t>(1, jobs.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();

  Collect(jobs, results, &inputs, diags);
  CheckOtherFiles(others, inputs, diags);
  return inputs;
}

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

}  // namespace voortgang
