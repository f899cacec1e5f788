// Orchestrates the PDF stages and the contents' page-number passes.
#include "renderers/pdf/pdf_renderer.h"

#include "renderers/pdf/accessible.h"
#include "renderers/pdf/hyphenate.h"
#include "renderers/pdf/measure.h"
#include "renderers/pdf/missing_glyphs.h"
#include "renderers/pdf/paginate.h"
#include "renderers/pdf/paint.h"
#include "renderers/pdf/running.h"

namespace voortgang::pdf {
namespace {

constexpr int kMaxPasses = 4;

}  // namespace

bool LayoutDocument(const doc::Document& document, const HouseStyle& style, Layout* layout,
                    std::string* error) {
  const Hyphenator* hyphenator =
      Hyphenator::Get(style.hyphen_dictionary, style.hyphen_exceptions, error);
  if (!hyphenator) return false;
  Layout& L = *layout;
  L = Layout{};
  L.page_width = Mm(style.page_width_mm);
  L.page_height = Mm(style.page_height_mm);
  L.left = Mm(style.margin_left_mm);
  L.top = Mm(style.margin_top_mm);
  L.content_width = L.page_width - L.left - Mm(style.margin_right_mm);
  L.content_bottom = L.page_height - Mm(style.margin_bottom_mm);
  MeasureContext ctx{style, hyphenator, &L};
  ctx.warnings = &L.warnings;
  MeasureDocument(document, &ctx);

  // Contents entries show the page of their heading; lay out again until nothing changes.
  std::vector<int> shown(ctx.toc_headings.size(), 0);
  for (L.passes = 1;; ++L.passes) {
    Paginate(&L);
    std::map<std::string, int> page_of;
    for (const auto& [item, page] : L.heading_pages) page_of.emplace(L.items[item].dest, page);
    bool changed = false;
    for (int i = 0; i < L.flow_items; ++i) {
      Item& it = L.items[i];
      if (it.kind != ItemKind::kToc || it.toc_slot < 0) continue;
      const doc::Heading& h = ctx.toc_headings[it.toc_slot];
      int page = page_of.count(h.id) ? page_of[h.id] : 0;
      if (page == shown[it.toc_slot]) continue;
      shown[it.toc_slot] = page;
      it = MeasureTocEntry(h, it.toc_slot, page, &ctx);
      changed = true;
    }
    if (!changed) break;
    if (L.passes == kMaxPasses) {
      Paginate(&L);
      L.warnings.Warning({}, "contents page numbers did not settle after " +
                                 std::to_string(kMaxPasses) + " passes");
      break;
    }
  }
  AddPageFurniture(document.running, &ctx);
  WarnMissingGlyphs(ctx.missing_glyphs, &L.warnings);
  return true;
}

}  // namespace voortgang::pdf

namespace voortgang {

std::string RenderPdf(const doc::Document& document, const HouseStyle& style,
                      Diagnostics* warnings, std::string* error) {
  pdf::Layout layout;
  if (!pdf::LayoutDocument(document, style, &layout, error)) return "";
  if (warnings) warnings->Append(std::move(layout.warnings));
  pdf::Painted notes;
  std::string painted = pdf::PaintPdf(layout, document.metadata, &notes, error);
  if (painted.empty()) return "";
  return pdf::MakeAccessible(painted, document.metadata, notes, error);
}

}  // namespace voortgang
