// CPU time of one typical note through the PDF engine, stage by stage: the sample document
// (renderers/pdf/sample_document.h, after seed 002) in the standard house style, rendered
// --runs times after one warm-up run, its paragraphs varied per run (see Variant). Issue 3's target: a 10-15 page note in under 50 ms CPU.
//   build/bench/bench_note [--runs N] [--templates DIR]
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <variant>
#include <vector>

#include "pipeline/load/house_style_loader.h"
#include "renderers/pdf/accessible.h"
#include "renderers/pdf/paint.h"
#include "renderers/pdf/pdf_renderer.h"
#include "renderers/pdf/sample_document.h"

namespace {

double CpuMs() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/// The sample with every paragraph of running text ending in a run number: each run then
/// shapes its paragraphs afresh, as a batch of different notes does, while tables, labels and
/// headings repeat as they do between real notes.
voortgang::doc::Document Variant(const voortgang::doc::Document& sample, int run) {
  voortgang::doc::Document d = sample;
  for (voortgang::doc::Block& b : d.blocks)
    if (auto* p = std::get_if<voortgang::doc::Paragraph>(&b.content))
      p->runs.push_back(voortgang::doc::Text(" (" + std::to_string(run) + ")"));
  return d;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 50;
  std::string templates = "templates";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
    else if (!std::strcmp(argv[i], "--templates")) templates = argv[i + 1];
  }
  using namespace voortgang;
  Diagnostics diags;
  HouseStyle style = LoadHouseStyle(templates + "/huisstijl/standaard.toml", &diags);
  if (diags.HasErrors()) {
    std::fprintf(stderr, "bench_note: cannot load %s/huisstijl/standaard.toml\n", templates.c_str());
    return 2;
  }
  const doc::Document sample = pdf::SampleDocument();
  double layout_ms = 0, paint_ms = 0, post_ms = 0;
  size_t pages = 0, bytes = 0;
  for (int run = 0; run <= runs; ++run) {  // run 0 warms the font and shaping caches
    const doc::Document document = Variant(sample, run);
    std::string error;
    pdf::Layout layout;
    double t0 = CpuMs();
    if (!pdf::LayoutDocument(document, style, &layout, &error)) {
      std::fprintf(stderr, "bench_note: %s\n", error.c_str());
      return 1;
    }
    double t1 = CpuMs();
    pdf::Painted alts;
    std::string painted = pdf::PaintPdf(layout, document.metadata, &alts, &error);
    double t2 = CpuMs();
    std::string pdf = pdf::MakeAccessible(painted, document.metadata, alts, &error);
    double t3 = CpuMs();
    if (pdf.empty()) {
      std::fprintf(stderr, "bench_note: %s\n", error.c_str());
      return 1;
    }
    if (run == 0) continue;
    layout_ms += t1 - t0;
    paint_ms += t2 - t1;
    post_ms += t3 - t2;
    pages = layout.pages.size();
    bytes = pdf.size();
  }
  double total = (layout_ms + paint_ms + post_ms) / runs;
  std::printf("sample note: %zu pages, %zu bytes; mean of %d runs, CPU per note: "
              "layout %.1f ms, paint %.1f ms, post-processing %.1f ms, total %.1f ms "
              "(target < 50 ms)\n",
              pages, bytes, runs, layout_ms / runs, paint_ms / runs, post_ms / runs, total);
  return total < 50 ? 0 : 1;
}
