// Pango items of a paragraph in one font: pango_itemize, or the one item it would give built
// directly when that is certain.
#pragma once

#include <pango/pango.h>

#include <memory>
#include <string_view>

#include "renderers/pdf/fonts.h"

namespace voortgang::pdf {

/// Code points that are never an emoji or an emoji component, a combining mark or a bidi
/// control, and are written left to right or are neutral: ASCII, Latin-1 and Latin
/// Extended-A/B (but © and ®), General Punctuation (but ‼, ⁉ and the bidi controls) and the euro
/// sign. Pango decides their items and break opportunities from each character and its
/// neighbours alone.
bool PlainLatin(gunichar c);

/// A list of PangoItems, owned.
struct ItemsDeleter {
  void operator()(GList* items) const {
    g_list_free_full(items, reinterpret_cast<GDestroyNotify>(pango_item_free));
  }
};
using Items = std::unique_ptr<GList, ItemsDeleter>;

/// The items pango_itemize gives for `text` under `attrs` in this thread's context. `font` is
/// the font of the one attribute in `attrs`, which covers all of `text`, or nullptr (Pango ends
/// an item at every attribute boundary, so several attributes are always left to it).
Items Itemize(std::string_view text, const FontSpec* font, PangoAttrList* attrs);

/// The single item pango_itemize would give `text` set in `font`, or nullptr when that is not
/// certain: a character outside Latin, Common and Inherited script, one that may be an emoji,
/// one the font lacks (Pango would fall back to another font), or no visible character at all.
PangoItem* SingleItem(std::string_view text, const FontSpec& font);

}  // namespace voortgang::pdf
