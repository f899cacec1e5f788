// Benchmark (a program, not a test): every workbook of an inputs tree, timed apart from loading.
// Run: build/bench/gen_tree /tmp/natree && build/bench/bench_xlsx /tmp/natree /tmp/natree-out
//      [--threads 2] [--runs 5]
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/aggregate/aggregate.h"
#include "pipeline/load/load.h"
#include "pipeline/validate/validate.h"
#include "renderers/xlsx/workbook.h"

using namespace voortgang;

namespace {

struct Run {
  double wall_s = 0, cpu_s = 0, unit_mean_ms = 0, unit_cpu_mean_ms = 0, unit_max_ms = 0;
};

double CpuSeconds(clockid_t clock) {
  timespec t;
  clock_gettime(clock, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_xlsx INPUTS_DIR OUT_DIR [--threads N] [--runs N]\n");
    return 2;
  }
  int threads = 2, runs = 5;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--threads")) threads = std::max(1, std::atoi(argv[i + 1]));
    else if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
  }
  Diagnostics diags;
  Inputs in = LoadInputs(argv[1], LoadOptions{}, &diags);
  std::optional<Period> period = LatestPeriod(in);
  if (!period || diags.HasErrors()) {
    std::fprintf(stderr, "inputs do not load\n");
    return 1;
  }
  Figures fig = Aggregate(in, *period, &diags);
  std::filesystem::create_directories(argv[2]);
  Provenance prov;
  prov.period = *period;
  prov.build_time = 1733788800;

  std::vector<size_t> jobs;
  for (size_t i = 0; i < in.units.size(); ++i)
    if (in.units[i].budget) jobs.push_back(i);
  std::atomic<int> failures{0};
  // This machine's speed drifts by a third from minute to minute (a shared host), so every
  // figure is given as the best and the median of --runs complete runs.
  auto one_run = [&] {
    std::atomic<size_t> next{0};
    std::vector<double> unit_ms(jobs.size()), unit_cpu_ms(jobs.size());
    double cpu0 = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    auto t0 = std::chrono::steady_clock::now();
    auto work = [&] {
      for (size_t k; (k = next.fetch_add(1)) <= jobs.size();) {
        std::string error;
        auto s = std::chrono::steady_clock::now();
        double c = CpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        bool ok;
        if (k == jobs.size()) {
          ok = WriteNationalWorkbook(in.programma, Summarize(in.units), fig, prov,
                                     std::string(argv[2]) + "/landelijk.xlsx", &error);
        } else {
          const Unit& u = in.units[jobs[k]];
          ok = WriteUnitWorkbook(in, u, fig.units[jobs[k]], *period, prov,
                                 std::string(argv[2]) + "/" + u.id + ".xlsx", &error);
          unit_ms[k] = std::chrono::duration<double, std::milli>(
                           std::chrono::steady_clock::now() - s).count();
          unit_cpu_ms[k] = (CpuSeconds(CLOCK_THREAD_CPUTIME_ID) - c) * 1e3;
        }
        if (!ok) {
          std::fprintf(stderr, "%s\n", error.c_str());
          ++failures;
        }
      }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back(work);
    for (auto& t : pool) t.join();
    Run r;
    r.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    r.cpu_s = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0;
    for (size_t k = 0; k < jobs.size(); ++k) {
      r.unit_mean_ms += unit_ms[k] / jobs.size();
      r.unit_cpu_mean_ms += unit_cpu_ms[k] / jobs.size();
      r.unit_max_ms = std::max(r.unit_max_ms, unit_ms[k]);
    }
    return r;
  };
  std::vector<double> wall, cpu, mean, cpu_mean, max;
  for (int i = 0; i < runs; ++i) {
    Run r = one_run();
    wall.push_back(r.wall_s), cpu.push_back(r.cpu_s), mean.push_back(r.unit_mean_ms);
    cpu_mean.push_back(r.unit_cpu_mean_ms), max.push_back(r.unit_max_ms);
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  auto best = [](const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); };
  std::printf(
      "%zu unit workbooks + 1 national, %d threads, %d runs (best / median):\n"
      "  all workbooks: %.3f / %.3f s wall, %.3f / %.3f s CPU\n"
      "  per unit workbook: %.2f / %.2f ms wall, %.2f / %.2f ms CPU, slowest %.2f / %.2f ms wall\n"
      "  peak RSS %ld MB (including the loaded tree)\n",
      jobs.size(), threads, runs, best(wall), Median(wall), best(cpu), Median(cpu), best(mean),
      Median(mean), best(cpu_mean), Median(cpu_mean), best(max), Median(max),
      ru.ru_maxrss / 1024);
  return failures ? 1 : 0;
}
