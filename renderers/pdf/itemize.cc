// pango_itemize costs as much as finding the break opportunities: per character it resolves the
// script, the bidi level, emoji presentation and the font of the fontset that has it. A
// paragraph of Dutch text needs none of that resolved per character: it is one item per span
// (Pango ends an item at every attribute boundary), each in the font Pango picks for a plain
// letter of the span's font, all of Latin script (or Common when no letter has a script).
// PlainItems builds those items when every character is certain to give them; everything else
// goes to pango_itemize. itemize_test compares both on texts of each kind.
#include "renderers/pdf/itemize.h"

#include <map>
#include <memory>
#include <vector>

namespace voortgang::pdf {
namespace {

constexpr gunichar kPlainLatinEnd = 0x20AD;  // past the last code point PlainLatin takes

/// Per font of this thread: the item Pango gives a plain letter, and which characters the font
/// has (1), lacks (-1) or was not asked for yet (0).
struct FontFacts {
  std::unique_ptr<PangoItem, decltype(&pango_item_free)> sample{nullptr, pango_item_free};
  std::vector<signed char> has = std::vector<signed char>(kPlainLatinEnd, 0);
};

FontFacts& FactsOf(const FontSpec& font) {
  ThreadPangoContext();  // made first, so that it outlives the fonts the samples hold
  thread_local std::map<FontSpec, FontFacts> facts;
  FontFacts& f = facts[font];
  if (!f.sample) {
    PangoAttrList* attrs = pango_attr_list_new();
    pango_attr_list_insert(attrs, pango_attr_font_desc_new(ThreadFontDescription(font)));
    pango_attr_list_insert(attrs, NewWordFeatures());
    Items items(pango_itemize(ThreadPangoContext(), "a", 0, 1, attrs, nullptr));
    pango_attr_list_unref(attrs);
    if (items && !items->next)
      f.sample.reset(pango_item_copy(static_cast<PangoItem*>(items->data)));
  }
  return f;
}

}  // namespace

bool PlainLatin(gunichar c) {
  if (c >= 0x20 && c < 0x7F) return true;
  if (c >= 0xA0 && c < 0x250) return c != 0xA9 && c != 0xAE;
  if (c >= 0x2010 && c < 0x2028) return true;
  if (c >= 0x2030 && c < 0x205F) return c != 0x203C && c != 0x2049;
  return c == 0x20AC;
}

Items PlainItems(std::string_view text, const std::vector<SpanFont>& spans) {
  struct Piece {
    size_t begin, end;
    const PangoItem* sample;
    int chars;
  };
  std::vector<Piece> pieces;
  bool latin = false;
  for (const SpanFont& span : spans) {
    if (span.begin == span.end) continue;  // an empty attribute makes no item
    FontFacts& facts = FactsOf(*span.font);
    if (!facts.sample || !facts.sample->analysis.font || facts.sample->analysis.level != 0)
      return nullptr;
    PangoFont* f = facts.sample->analysis.font;
    bool visible = false;
    int chars = 0;
    for (const char* p = text.data() + span.begin; p < text.data() + span.end;
         p = g_utf8_next_char(p)) {
      gunichar c = g_utf8_get_char(p);
      ++chars;
      if (!PlainLatin(c)) return nullptr;
      if (c < 0x80) {  // most of the text: what GLib's tables say, without the lookups
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin = true;
        if (c == ' ') continue;  // the only ASCII character PlainLatin takes that is not graphic
      } else {
        GUnicodeScript script = g_unichar_get_script(c);
        if (script == G_UNICODE_SCRIPT_LATIN)
          latin = true;
        else if (script != G_UNICODE_SCRIPT_COMMON && script != G_UNICODE_SCRIPT_INHERITED)
          return nullptr;
        if (!g_unichar_isgraph(c)) continue;  // Pango picks no font for a space
      }
      visible = true;
      signed char& has = facts.has[c];
      if (has == 0) has = pango_font_has_char(f, c) ? 1 : -1;
      if (has < 0) return nullptr;
    }
    if (!visible) return nullptr;
    pieces.push_back({span.begin, span.end, facts.sample.get(), chars});
  }
  // Pango's script runs span the paragraph: Common and Inherited characters join the Latin
  // around them, so one letter anywhere makes every item Latin.
  GList* items = nullptr;
  for (auto piece = pieces.rbegin(); piece != pieces.rend(); ++piece) {
    PangoItem* item = pango_item_copy(const_cast<PangoItem*>(piece->sample));
    item->offset = static_cast<int>(piece->begin);
    item->length = static_cast<int>(piece->end - piece->begin);
    item->num_chars = piece->chars;
    item->analysis.script = latin ? PANGO_SCRIPT_LATIN : PANGO_SCRIPT_COMMON;
    items = g_list_prepend(items, item);
  }
  return Items(items);
}

Items Itemize(std::string_view text, const std::vector<SpanFont>& spans, PangoAttrList* attrs,
              bool* plain) {
  Items items = PlainItems(text, spans);
  *plain = items != nullptr;
  if (!items)
    items.reset(pango_itemize(ThreadPangoContext(), text.data(), 0, static_cast<int>(text.size()),
                              attrs, nullptr));
  return items;
}

}  // namespace voortgang::pdf
