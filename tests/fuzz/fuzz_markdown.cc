// libFuzzer target: Markdown text (a voortgang or inleiding field) -> document blocks ->
// PDF layout with the standard house style, as a unit note would lay it out; links that
// the link rule refuses must never reach the document.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "pipeline/load/house_style_loader.h"
#include "pipeline/report/markdown.h"
#include "renderers/pdf/pdf_renderer.h"

namespace {

/// TOML strings are valid UTF-8 (the loader checks), so only such text reaches a renderer.
bool ValidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    uint32_t cp = n == 1 ? b : b & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
      unsigned char c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const voortgang::HouseStyle style = [] {
    voortgang::Diagnostics diags;
    voortgang::HouseStyle s =
        voortgang::LoadHouseStyle(VOORTGANG_SOURCE_DIR "/templates/huisstijl/standaard.toml", &diags);
    if (diags.HasErrors()) std::abort();
    return s;
  }();
  if (size > 64 * 1024) return 0;  // a field is at most 256 KiB; keep each run quick
  std::string_view markdown(reinterpret_cast<const char*>(data), size);
  if (!ValidUtf8(markdown)) return 0;
  // `check` refuses what CheckMarkdown finds; the document must be safe to lay out anyway
  // (nesting flattened past the limit) and must never hold a link the rule refuses.
  (void)voortgang::CheckMarkdown(markdown);
  voortgang::doc::Document document;
  document.blocks = voortgang::MarkdownToBlocks(markdown);
  for (const voortgang::doc::Run& r : voortgang::MarkdownToRuns(markdown)) {
    if (!r.link_url.empty() && !voortgang::LinkProblem(r.link_url).empty()) std::abort();
  }
  voortgang::pdf::Layout layout;
  std::string error;
  if (!voortgang::pdf::LayoutDocument(document, style, &layout, &error)) std::abort();
  (void)voortgang::pdf::DumpLayout(layout);
  return 0;
}
