// Times load + validate + aggregate over an inputs tree against toml++ alone parsing the same
// files on the same number of threads, with the peak memory of each.
//
// Usage: bench_load [--threads N] [--runs R] [--period YYYY-Qn] INPUTS_DIR
//   Runs each mode R times in its own child process (alternating, so a burst of load from
//   elsewhere hits both), then prints best and median wall and CPU time, the ratios, and the
//   peak RSS of each mode against the input size.
// Usage: bench_load --mode toml|pipeline [--threads N] [--period YYYY-Qn] INPUTS_DIR
//   One measured run in this process; prints one line of key=value fields for the parent.
//
// The toml++ baseline reads and parses each file exactly as a plain program would and then
// drops the table: that is the floor the loader cannot go below.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <toml++/toml.h>

#include "pipeline/check/check.h"
#include "pipeline/model/diagnostics.h"
#include "pipeline/model/period.h"

namespace {

namespace fs = std::filesystem;
using voortgang::Period;

constexpr double kWallTarget = 1.2;    // pipeline wall / toml++ wall
constexpr double kMemoryTarget = 3.0;  // pipeline peak RSS / input bytes

struct Options {
  std::string mode;  // empty: the parent that runs both modes in children
  std::string dir;
  int threads = 2;
  int runs = 5;
  std::optional<Period> period;
};

struct FileList {
  std::vector<std::string> paths;
  uint64_t bytes = 0;
};

/// The files the loader reads from a valid tree: programma.toml and each unit's plan.toml
/// and budget.toml, in the loader's (sorted) order.
FileList ListInputs(const std::string& dir) {
  FileList list;
  std::vector<fs::path> entries;
  for (const fs::directory_entry& e : fs::directory_iterator(dir)) entries.push_back(e.path());
  std::sort(entries.begin(), entries.end());
  auto add = [&](const fs::path& p) {
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) return;
    list.paths.push_back(p.string());
    list.bytes += fs::file_size(p);
  };
  for (const fs::path& p : entries) {
    std::string name = p.filename().string();
    if (name[0] == '.' || name[0] == '_') continue;
    if (name == "programma.toml") add(p);
    if (fs::is_directory(p)) {
      add(p / "budget.toml");  // the loader sorts a unit's files by name too
      add(p / "plan.toml");
    }
  }
  return list;
}

double CpuSeconds() {
  rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long PeakRssKiB() {
  rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;  // KiB on Linux
}

double Now() {
  using Clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}

/// The floor: each worker takes the next file, reads it whole, parses it, drops the table.
/// Returns the number of files that failed to parse (0 on a valid tree).
int ParseAllWithToml(const FileList& files, int threads, uint64_t* nodes) {
  std::atomic<std::size_t> next{0};
  std::atomic<int> failed{0};
  std::atomic<uint64_t> top_level{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < files.paths.size();) {
      const std::string& path = files.paths[i];
      std::ifstream in(path, std::ios::binary);
      std::string text(fs::file_size(path), '\0');
      in.read(text.data(), static_cast<std::streamsize>(text.size()));
      try {
        toml::table table = toml::parse(std::string_view(text), std::string_view(path));
        top_level += table.size();  // keeps the parse observable
      } catch (const toml::parse_error& e) {
        ++failed;
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  *nodes = top_level;
  return failed;
}

/// One measured run of one mode in this process; prints "key=value ..." on one line.
int RunMode(const Options& opt) {
  FileList files = ListInputs(opt.dir);
  std::string extra;
  double wall = 0, cpu = 0;
  if (opt.mode == "toml") {
    double cpu0 = CpuSeconds(), t0 = Now();
    uint64_t keys = 0;
    int failed = ParseAllWithToml(files, opt.threads, &keys);
    wall = Now() - t0;
    cpu = CpuSeconds() - cpu0;
    extra = "parse_failures=" + std::to_string(failed) + " top_level_keys=" + std::to_string(keys);
  } else {
    double cpu0 = CpuSeconds(), t0 = Now();
    voortgang::Diagnostics diags;
    voortgang::StageOptions stage{opt.dir, opt.period, opt.threads};
    std::optional<voortgang::Checked> checked = voortgang::LoadAndCheck(stage, &diags);
    wall = Now() - t0;
    cpu = CpuSeconds() - cpu0;
    extra = "errors=" + std::to_string(diags.ErrorCount()) +
            " warnings=" + std::to_string(diags.WarningCount()) +
            " units=" + std::to_string(checked->figures.units.size()) +
            " national_middelen_cents=" + std::to_string(checked->figures.national.middelen.cents);
    // With errors aggregation is skipped and the timing would flatter the pipeline: show why.
    for (std::size_t i = 0; i < diags.items.size() && i < 5 && diags.HasErrors(); ++i) {
      std::fprintf(stderr, "%s\n", voortgang::FormatGnu(diags.items[i]).c_str());
    }
    // Freeing the records is not part of the work, but say what it costs.
    double teardown0 = Now();
    checked.reset();
    extra += " teardown_s=" + std::to_string(Now() - teardown0);
  }
  std::printf("mode=%s files=%zu bytes=%llu wall_s=%.4f cpu_s=%.4f rss_kib=%ld %s\n",
              opt.mode.c_str(), files.paths.size(), static_cast<unsigned long long>(files.bytes),
              wall, cpu, PeakRssKiB(), extra.c_str());
  return 0;
}

/// Runs this program again with --mode and returns its key=value fields.
std::map<std::string, std::string> RunChild(const Options& opt, const std::string& mode) {
  std::vector<std::string> args = {"/proc/self/exe", "--mode", mode, "--threads",
                                   std::to_string(opt.threads)};
  if (opt.period) args.insert(args.end(), {"--period", opt.period->ToString()});
  args.push_back(opt.dir);
  int fds[2];
  if (pipe(fds) != 0) std::exit(2);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(fds[1]);
  std::string out;
  char buf[4096];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, n);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "bench_load: the %s child failed\n", mode.c_str());
    std::exit(2);
  }
  std::map<std::string, std::string> fields;
  std::size_t pos = 0;
  while (pos < out.size()) {
    std::size_t end = out.find_first_of(" \n", pos);
    if (end == std::string::npos) end = out.size();
    std::string field = out.substr(pos, end - pos);
    if (std::size_t eq = field.find('='); eq != std::string::npos) {
      fields[field.substr(0, eq)] = field.substr(eq + 1);
    }
    pos = end + 1;
  }
  return fields;
}

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double Best(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }

int RunBoth(const Options& opt) {
  FileList files = ListInputs(opt.dir);
  if (files.paths.empty()) {
    std::fprintf(stderr, "bench_load: no input files in %s\n", opt.dir.c_str());
    return 2;
  }
  const double mib = 1024.0 * 1024.0;
  std::printf("inputs: %s: %zu files, %.1f MiB (%llu bytes)\n", opt.dir.c_str(),
              files.paths.size(), files.bytes / mib,
              static_cast<unsigned long long>(files.bytes));
  std::printf("threads: %d (of %u cores); %d runs per mode, alternating, each in a fresh process\n",
              opt.threads, std::thread::hardware_concurrency(), opt.runs);
  std::printf("load average before: %s\n", LoadAverage().c_str());
  std::fflush(stdout);

  // One unmeasured pass of each, so both modes start from a warm page cache.
  RunChild(opt, "toml");
  std::map<std::string, std::string> last_pipeline = RunChild(opt, "pipeline");

  std::vector<double> toml_wall, toml_cpu, pipe_wall, pipe_cpu, pair_ratio;
  long toml_rss = 0, pipe_rss = 0;
  for (int r = 0; r < opt.runs; ++r) {
    std::map<std::string, std::string> t = RunChild(opt, "toml");
    std::map<std::string, std::string> p = RunChild(opt, "pipeline");
    toml_wall.push_back(std::stod(t["wall_s"]));
    toml_cpu.push_back(std::stod(t["cpu_s"]));
    pipe_wall.push_back(std::stod(p["wall_s"]));
    pipe_cpu.push_back(std::stod(p["cpu_s"]));
    pair_ratio.push_back(pipe_wall.back() / toml_wall.back());
    toml_rss = std::max(toml_rss, std::stol(t["rss_kib"]));
    pipe_rss = std::max(pipe_rss, std::stol(p["rss_kib"]));
    last_pipeline = p;
    std::printf("  run %d: toml++ %.3f s wall %.3f s cpu | pipeline %.3f s wall %.3f s cpu\n",
                r + 1, toml_wall.back(), toml_cpu.back(), pipe_wall.back(), pipe_cpu.back());
    std::fflush(stdout);
  }
  std::printf("load average after: %s\n\n", LoadAverage().c_str());

  double mb = files.bytes / 1e6;
  std::printf("%-28s %10s %10s %10s %10s %12s\n", "", "wall best", "median", "cpu best", "median",
              "MB/s (best)");
  std::printf("%-28s %9.3fs %9.3fs %9.3fs %9.3fs %12.1f\n", "toml++ parse only",
              Best(toml_wall), Median(toml_wall), Best(toml_cpu), Median(toml_cpu),
              mb / Best(toml_wall));
  std::printf("%-28s %9.3fs %9.3fs %9.3fs %9.3fs %12.1f\n", "load+validate+aggregate",
              Best(pipe_wall), Median(pipe_wall), Best(pipe_cpu), Median(pipe_cpu),
              mb / Best(pipe_wall));
  double best_ratio = Best(pipe_wall) / Best(toml_wall);
  std::printf("\nwall ratio pipeline/toml++: best %.3f, median %.3f, median of pairs %.3f "
              "(target <= %.1f: %s)\n",
              best_ratio, Median(pipe_wall) / Median(toml_wall), Median(pair_ratio), kWallTarget,
              best_ratio <= kWallTarget ? "met" : "MISSED");
  std::printf("cpu ratio pipeline/toml++:  best %.3f, median %.3f\n",
              Best(pipe_cpu) / Best(toml_cpu), Median(pipe_cpu) / Median(toml_cpu));
  double mem_ratio = pipe_rss * 1024.0 / files.bytes;
  std::printf("peak RSS toml++ only: %.1f MiB (%.2fx input)\n", toml_rss / 1024.0,
              toml_rss * 1024.0 / files.bytes);
  std::printf("peak RSS pipeline:    %.1f MiB (%.2fx input; target < %.1fx: %s)\n",
              pipe_rss / 1024.0, mem_ratio, kMemoryTarget, mem_ratio < kMemoryTarget ? "met" : "MISSED");
  std::printf("pipeline teardown of the records (not timed above): %s s\n",
              last_pipeline["teardown_s"].c_str());
  std::printf("diagnostics: %s errors, %s warnings; %s units aggregated\n",
              last_pipeline["errors"].c_str(), last_pipeline["warnings"].c_str(),
              last_pipeline["units"].c_str());
  if (std::stod(LoadAverage()) > std::thread::hardware_concurrency()) {
    std::printf("note: the machine was busy (load average above %u cores): wall times include "
                "waiting for other processes; the CPU ratio is the steadier figure\n",
                std::thread::hardware_concurrency());
  }
  bool ok = best_ratio <= kWallTarget && mem_ratio < kMemoryTarget && last_pipeline["errors"] == "0";
  return ok ? 0 : 1;
}

int Usage() {
  std::fprintf(stderr,
               "usage: bench_load [--threads N] [--runs R] [--period YYYY-Qn] INPUTS_DIR\n"
               "       bench_load --mode toml|pipeline [--threads N] [--period YYYY-Qn] "
               "INPUTS_DIR\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    if (a == "--mode" && has_value) {
      opt.mode = argv[++i];
      if (opt.mode != "toml" && opt.mode != "pipeline") return Usage();
    } else if (a == "--threads" && has_value) {
      opt.threads = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--runs" && has_value) {
      opt.runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--period" && has_value) {
      opt.period = voortgang::ParsePeriod(argv[++i]);
      if (!opt.period) return Usage();
    } else if (!a.empty() && a[0] != '-' && opt.dir.empty()) {
      opt.dir = a;
    } else {
      return Usage();
    }
  }
  if (opt.dir.empty()) return Usage();
  return opt.mode.empty() ? RunBoth(opt) : RunMode(opt);
}
