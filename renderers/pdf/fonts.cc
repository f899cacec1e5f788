// Thread-local Pango font map and context, with the PDF's font options.
#include "renderers/pdf/fonts.h"

#include <pango/pangocairo.h>

#include <map>
#include <memory>

#include "renderers/pdf/pango_units.h"

namespace voortgang::pdf {
namespace {

struct ThreadFonts {
  PangoFontMap* map = nullptr;
  PangoContext* context = nullptr;
  std::map<FontSpec, PangoFontDescription*> descriptions;

  ThreadFonts() {
    map = pango_cairo_font_map_new();
    // 72 dpi: one Pango point is one PDF unit.
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(map), 72.0);
    context = pango_font_map_create_context(map);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context, FALSE);
    pango_context_set_language(context, pango_language_from_string("nl-NL"));
  }
  ~ThreadFonts() {
    for (auto& [spec, d] : descriptions) pango_font_description_free(d);
    g_object_unref(context);
    g_object_unref(map);
  }
};

ThreadFonts& Fonts() {
  thread_local ThreadFonts fonts;
  return fonts;
}

}  // namespace

PangoContext* ThreadPangoContext() { return Fonts().context; }

const PangoFontDescription* ThreadFontDescription(const FontSpec& spec) {
  auto& cache = Fonts().descriptions;
  auto it = cache.find(spec);
  if (it != cache.end()) return it->second;
  PangoFontDescription* d = pango_font_description_new();
  pango_font_description_set_family(d, spec.family.c_str());
  pango_font_description_set_size(d, ToPango(Pt(spec.size_pt)));
  pango_font_description_set_weight(d, spec.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(d, spec.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  cache.emplace(spec, d);
  return d;
}

PangoAttribute* NewWordFeatures() {
  // Its range stays the whole text: the word cache shapes words apart from their paragraph.
  return pango_attr_font_features_new("liga 0, clig 0, kern 0");
}

}  // namespace voortgang::pdf
