// Benchmark (a program, not a test): every workbook of an inputs tree, timed apart from loading.
// Run: build/bench/gen_tree /tmp/natree && build/bench/bench_xlsx /tmp/natree /tmp/natree-out
//      [--threads 2]
#include <sys/resource.h>

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

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_xlsx INPUTS_DIR OUT_DIR [--threads N]\n");
    return 2;
  }
  int threads = 2;
  if (argc == 5 && std::strcmp(argv[3], "--threads") == 0) threads = std::atoi(argv[4]);
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
  std::atomic<size_t> next{0};
  std::atomic<int> failures{0};
  std::vector<double> unit_ms(jobs.size());
  struct rusage before;
  getrusage(RUSAGE_SELF, &before);
  auto t0 = std::chrono::steady_clock::now();
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) <= jobs.size();) {
      std::string error;
      auto s = std::chrono::steady_clock::now();
      bool ok;
      if (k == jobs.size()) {
        ok = WriteNationalWorkbook(in, fig, prov, std::string(argv[2]) + "/landelijk.xlsx", &error);
      } else {
        const Unit& u = in.units[jobs[k]];
        ok = WriteUnitWorkbook(in, u, fig.units[jobs[k]], *period, prov,
                               std::string(argv[2]) + "/" + u.id + ".xlsx", &error);
        unit_ms[k] =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - s).count();
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
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double max_ms = 0, sum_ms = 0;
  for (double ms : unit_ms) max_ms = std::max(max_ms, ms), sum_ms += ms;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  double cpu = seconds(ru.ru_utime) + seconds(ru.ru_stime) - seconds(before.ru_utime) -
               seconds(before.ru_stime);
  std::printf(
      "%zu unit workbooks + 1 national in %.3f s wall, %.3f s CPU (%d threads); per unit "
      "mean %.2f ms, max %.2f ms wall; peak RSS %ld MB (including the loaded tree)\n",
      jobs.size(), wall, cpu, threads, sum_ms / std::max<size_t>(jobs.size(), 1), max_ms,
      ru.ru_maxrss / 1024);
  return failures ? 1 : 0;
}
