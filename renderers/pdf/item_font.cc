// ItemFont from a PangoFont through cairo; the per-thread HeldFonts.
#include "renderers/pdf/item_font.h"

#include <pango/pangocairo.h>

#include "renderers/pdf/pango_units.h"
#include "renderers/pdf/shape_caches.h"

namespace voortgang::pdf {

ItemFont MakeItemFont(PangoFont* font) {
  ItemFont f;
  cairo_scaled_font_t* raw = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font));
  f.font = ScaledFont(cairo_scaled_font_reference(raw), ScaledFontDeleter());
  // The logical extents Pango gives any glyph of a font, and so any run of it: the font's.
  PangoRectangle logical;
  pango_font_get_glyph_extents(font, PANGO_GLYPH_EMPTY, nullptr, &logical);
  f.ascent = -logical.y;
  f.descent = logical.height + logical.y;
  // Pango draws U+2010 at a soft-hyphen break when the font has it, else U+002D.
  for (const char* hyphen : {"\xE2\x80\x90", "-"}) {
    cairo_glyph_t* glyphs = nullptr;
    int count = 0;
    if (cairo_scaled_font_text_to_glyphs(raw, 0, 0, hyphen, -1, &glyphs, &count, nullptr, nullptr,
                                         nullptr) == CAIRO_STATUS_SUCCESS &&
        count == 1 && glyphs[0].index != 0) {
      cairo_text_extents_t ext;
      cairo_scaled_font_glyph_extents(raw, glyphs, 1, &ext);
      f.hyphen_glyph = glyphs[0].index;
      f.hyphen_advance = ToPango(Pt(ext.x_advance));
    }
    cairo_glyph_free(glyphs);
    if (f.hyphen_advance > 0) break;
  }
  return f;
}

HeldFonts::~HeldFonts() {
  for (const auto& [font, held] : held_) g_object_unref(font);
}

const ItemFont& HeldFonts::Item(PangoFont* font) {
  Held& held = Hold(font);
  if (!held.item) held.item = MakeItemFont(font);
  return *held.item;
}

HeldFonts::Held& HeldFonts::Hold(PangoFont* font) {
  auto it = held_.find(font);
  if (it == held_.end()) {
    g_object_ref(font);
    it = held_.emplace(font, Held{static_cast<int>(held_.size()), std::nullopt}).first;
  }
  return it->second;
}

int FontIndex(PangoFont* font, std::map<PangoFont*, int>* index, Unbroken* u) {
  auto at = index->find(font);  // called per word: find before a node is made
  if (at == index->end()) {
    at = index->emplace(font, static_cast<int>(u->fonts.size())).first;
    u->fonts.push_back(ThreadShapeCaches().fonts.Item(font));
  }
  return at->second;
}

}  // namespace voortgang::pdf
