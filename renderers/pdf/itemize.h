// Pango items of a paragraph: pango_itemize, or the items it would give built directly when
// that is certain.
#pragma once

#include <pango/pango.h>

#include <memory>
#include <string_view>
#include <vector>

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

/// A run of a paragraph in one font: bytes [begin, end).
struct SpanFont {
  size_t begin, end;
  const FontSpec* font;
};

/// The items pango_itemize gives for `text` under `attrs` in this thread's context, where
/// `attrs` holds one font attribute per span of `spans` (in order, covering the text).
/// `*plain`: they were built by PlainItems, so every character is PlainLatin.
Items Itemize(std::string_view text, const std::vector<SpanFont>& spans, PangoAttrList* attrs,
              bool* plain);

/// The items pango_itemize would give `text` with one font attribute per span (Pango ends an
/// item at every attribute boundary, so one per non-empty span), built directly; empty when
/// that is not certain: a character outside Latin, Common and Inherited script, one that may be
/// an emoji, one a span's font lacks (Pango would fall back to another font), or a span with
/// no visible character.
Items PlainItems(std::string_view text, const std::vector<SpanFont>& spans);

}  // namespace voortgang::pdf
