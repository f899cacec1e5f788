// ParagraphText -> PangoLayout -> Unbroken. The only user of PangoLayout.
#include "renderers/pdf/shape_layout.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <string_view>

#include "renderers/pdf/cluster_sink.h"
#include "renderers/pdf/fonts.h"

namespace voortgang::pdf {
namespace {

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};

std::unique_ptr<PangoLayout, LayoutDeleter> MakeLayout(const std::vector<Span>& spans,
                                                       const ParagraphText& built,
                                                       PangoAttrList* attrs) {
  std::unique_ptr<PangoLayout, LayoutDeleter> layout(pango_layout_new(ThreadPangoContext()));
  if (!spans.empty())
    pango_layout_set_font_description(layout.get(), ThreadFontDescription(spans[0].font));
  pango_layout_set_text(layout.get(), built.text.data(), static_cast<int>(built.text.size()));
  pango_layout_set_attributes(layout.get(), attrs);
  return layout;
}

}  // namespace

Unbroken ShapeByLayout(const std::vector<Span>& spans, const ParagraphText& b,
                       PangoAttrList* attrs) {
  std::unique_ptr<PangoLayout, LayoutDeleter> layout = MakeLayout(spans, b, attrs);
  Unbroken u;
  int n_attrs = 0;
  const PangoLogAttr* log = pango_layout_get_log_attrs_readonly(layout.get(), &n_attrs);
  ClusterSink sink(b, log, n_attrs, &u);
  std::string_view all(b.text);
  bool any_rtl = false;
  for (GSList* l = pango_layout_get_lines_readonly(layout.get()); l; l = l->next) {
    auto* pl = static_cast<PangoLayoutLine*>(l->data);
    Unbroken::Line line{u.breaks.size(), 0, false, 0, 0};
    std::string_view own = all.substr(pl->start_index, pl->length);
    line.forced = own.size() >= 3 && own.substr(own.size() - 3) == kLineSeparator;
    PangoRectangle logical;
    pango_layout_line_get_extents(pl, nullptr, &logical);
    line.ascent = -logical.y;
    line.descent = logical.height + logical.y;
    line.rtl = pl->resolved_dir == PANGO_DIRECTION_RTL;
    any_rtl = any_rtl || line.rtl;
    // Pango gives the runs in visual order; lines are broken in logical order.
    std::vector<PangoGlyphItem*> runs;
    for (GSList* r = pl->runs; r; r = r->next)
      runs.push_back(static_cast<PangoGlyphItem*>(r->data));
    std::stable_sort(runs.begin(), runs.end(), [](PangoGlyphItem* a, PangoGlyphItem* b) {
      return a->item->offset < b->item->offset;
    });
    sink.StartLine();
    for (PangoGlyphItem* gi : runs) {
      const PangoAnalysis& a = gi->item->analysis;
      any_rtl = any_rtl || a.level % 2;
      sink.AddRun(a.font, gi->item->offset, gi->item->length, gi->glyphs, a.level);
    }
    line.end = u.breaks.size();
    u.lines.push_back(line);
  }
  if (!any_rtl) u.levels.clear();
  return u;
}

}  // namespace voortgang::pdf
