// The items PlainItems builds are the ones pango_itemize gives, field by field, for the texts it
// takes; the texts it refuses go to pango_itemize. Also: every PDF of the national tree came out
// byte-identical with and without it when it was introduced (then for one span only).
#include "renderers/pdf/itemize.h"

#include <boost/test/unit_test.hpp>

#include <string>

namespace voortgang::pdf {
namespace {

const FontSpec kBody{"Carlito", 11, false, false};
const FontSpec kBold{"Carlito", 11, true, false};

/// pango_itemize over `text` with one font attribute per (length, font) piece.
Items PangoItems(const std::string& text, const std::vector<std::pair<size_t, FontSpec>>& pieces) {
  PangoAttrList* attrs = pango_attr_list_new();
  size_t at = 0;
  for (const auto& [length, font] : pieces) {
    PangoAttribute* a = pango_attr_font_desc_new(ThreadFontDescription(font));
    a->start_index = static_cast<guint>(at);
    a->end_index = static_cast<guint>(at + length);
    pango_attr_list_insert(attrs, a);
    at += length;
  }
  pango_attr_list_insert(attrs, NewWordFeatures());  // as BuildParagraphText adds it
  Items items(pango_itemize(ThreadPangoContext(), text.data(), 0, static_cast<int>(text.size()),
                            attrs, nullptr));
  pango_attr_list_unref(attrs);
  return items;
}

/// PlainItems for `text` in one font.
Items OneSpan(const std::string& text, const FontSpec& font) {
  return PlainItems(text, {SpanFont{0, text.size(), &font}});
}

const PangoItem& First(const Items& items) { return *static_cast<PangoItem*>(items->data); }

void ExpectSameItem(const PangoItem& ours, const PangoItem& pango, const std::string& text) {
  BOOST_TEST_CONTEXT(text) {
    BOOST_TEST(ours.offset == pango.offset);
    BOOST_TEST(ours.length == pango.length);
    BOOST_TEST(ours.num_chars == pango.num_chars);
    BOOST_TEST((ours.analysis.font == pango.analysis.font));
    BOOST_TEST(ours.analysis.level == pango.analysis.level);
    BOOST_TEST(ours.analysis.gravity == pango.analysis.gravity);
    BOOST_TEST(ours.analysis.flags == pango.analysis.flags);
    BOOST_TEST(ours.analysis.script == pango.analysis.script);
    BOOST_TEST((ours.analysis.language == pango.analysis.language));
    BOOST_TEST(g_slist_length(ours.analysis.extra_attrs) ==
               g_slist_length(pango.analysis.extra_attrs));
  }
}

BOOST_AUTO_TEST_SUITE(itemize_test)

BOOST_AUTO_TEST_CASE(dutch_text_in_one_font_is_the_item_pango_gives) {
  for (const std::string text : {
           "De jeugdhulpaanbieders en de gemeenteraad.",
           "Cliëntondersteuning, geïmplementeerd: financiële “middelen” – € 1.234,56 (2024).",
           "co\u00ADordinatie van zorg\u00A0en veiligheid",
           "  spaties vooraf en achteraf  ",
           "2024",                    // no letter: Common script
           "€ 212.480,15 — 19,2%",   // no letter either
           "Œuvre ĳs ß ø ł ſ ș ț …",  // Latin Extended-A/B
           "x",
       }) {
    Items ours = OneSpan(text, kBody);
    BOOST_REQUIRE_MESSAGE(ours, text);
    BOOST_TEST(g_list_length(ours.get()) == 1u, text);
    Items pango = PangoItems(text, {{text.size(), kBody}});
    BOOST_REQUIRE(pango);
    BOOST_TEST(g_list_length(pango.get()) == 1u, text);
    ExpectSameItem(First(ours), First(pango), text);
  }
  std::string bold = "Vetgedrukt kopje";
  Items ours = OneSpan(bold, kBold);
  BOOST_REQUIRE(ours);
  Items pango = PangoItems(bold, {{bold.size(), kBold}});
  ExpectSameItem(First(ours), First(pango), bold);
  Items body = OneSpan("x", kBody);
  BOOST_REQUIRE(body);
  BOOST_TEST((First(ours).analysis.font != First(body).analysis.font));
}

BOOST_AUTO_TEST_CASE(every_ascii_character_gives_the_item_pango_gives) {
  // PlainItems reads the script and visibility of ASCII characters without GLib's tables; each
  // one alone, between letters and among digits, must still give Pango's item.
  for (char c = 0x21; c < 0x7F; ++c) {
    std::string between = "a", among = "12 ";  // appended to, not concatenated: GCC 12 warns
    between += c;
    between += " b";
    among += c;
    among += '3';
    for (const std::string& text : {std::string(1, c), between, among}) {
      Items ours = OneSpan(text, kBody);
      BOOST_REQUIRE_MESSAGE(ours, text);
      BOOST_TEST(g_list_length(ours.get()) == 1u, text);
      Items pango = PangoItems(text, {{text.size(), kBody}});
      BOOST_REQUIRE(g_list_length(pango.get()) == 1u);
      ExpectSameItem(First(ours), First(pango), text);
    }
  }
}

using Pieces = std::vector<std::pair<std::string, FontSpec>>;

/// The text of `pieces`, their spans, and the same as (byte length, font) for PangoItems.
struct Spanned {
  std::string text;
  std::vector<SpanFont> spans;
  std::vector<std::pair<size_t, FontSpec>> lengths;
  explicit Spanned(const Pieces& pieces) {
    for (const auto& [piece, font] : pieces) {
      spans.push_back({text.size(), text.size() + piece.size(), &font});
      lengths.emplace_back(piece.size(), font);
      text += piece;
    }
  }
};

/// PlainItems over `pieces` against pango_itemize, item by item.
void ExpectPangosItems(const Pieces& pieces) {
  Spanned s(pieces);
  Items ours = PlainItems(s.text, s.spans);
  BOOST_REQUIRE_MESSAGE(ours, s.text);
  Items pango = PangoItems(s.text, s.lengths);
  BOOST_REQUIRE_MESSAGE(g_list_length(ours.get()) == g_list_length(pango.get()), s.text);
  for (GList *a = ours.get(), *b = pango.get(); a && b; a = a->next, b = b->next)
    ExpectSameItem(*static_cast<PangoItem*>(a->data), *static_cast<PangoItem*>(b->data), s.text);
}

BOOST_AUTO_TEST_CASE(spans_give_one_item_each_as_pango_gives_them) {
  // Pango ends an item at every attribute boundary, even between two spans of one font, and
  // its script runs go across them: a span without letters takes the Latin around it.
  ExpectPangosItems({{"eerst ", kBody}, {"dit, dan d", kBody}, {"at en tot slot", kBody}});
  ExpectPangosItems({{"2024: ", kBold}, {"de jeugdhulp", kBody}});  // Common, then Latin
  ExpectPangosItems({{"De jeugdhulp ", kBody}, {"2024", kBold}});   // Latin, then Common
  ExpectPangosItems({{"jeugd", kBody}, {"hulp", kBold}, {"aanbieders", kBody}});  // mid-word
  ExpectPangosItems({{"€ 1.234,56", kBold}, {" en 19,2%", kBody}});
  ExpectPangosItems({{"12 ", kBody}, {"345", kBold}});  // no letter at all: Common
  ExpectPangosItems({{"co\u00ADor", kBody}, {"\u00ADdi\u00ADna\u00ADtie", kBold}});
  ExpectPangosItems({{"leeg daarna", kBody}, {"", kBold}});  // an empty span makes no item
}

BOOST_AUTO_TEST_CASE(spans_pango_may_itemise_otherwise_go_to_pango) {
  for (const Pieces& pieces : std::vector<Pieces>{
           {{"tekst", kBody}, {"  ", kBold}, {"verder", kBody}},  // a span of spaces only
           {{"bèta ", kBody}, {"β", kBold}},                      // Greek in one span
           {{"©", kBody}, {" gemeente", kBody}},                  // may be an emoji
       }) {
    Spanned s(pieces);
    BOOST_TEST(!PlainItems(s.text, s.spans), s.text);
  }
}

BOOST_AUTO_TEST_CASE(other_scripts_emoji_missing_glyphs_and_blank_text_go_to_pango) {
  for (const std::string text : {
           "bèta β",             // Greek
           "שלום",              // Hebrew, right to left
           "© gemeente",         // may be an emoji
           "klaar ✅",           // is one
           "‼ let op",
           "\u200Fmark",          // a bidi control
           "→ pijl",              // outside the plain range
           "   ",                 // nothing visible
           "",
       }) {
    BOOST_TEST(!OneSpan(text, kBody), text);
  }
  // Itemize then gives what Pango gives.
  std::string mixed = "jeugdhulp β";
  PangoAttrList* attrs = pango_attr_list_new();
  pango_attr_list_insert(attrs, pango_attr_font_desc_new(ThreadFontDescription(kBody)));
  pango_attr_list_insert(attrs, NewWordFeatures());
  bool plain = true;
  Items ours = Itemize(mixed, {SpanFont{0, mixed.size(), &kBody}}, attrs, &plain);
  pango_attr_list_unref(attrs);
  BOOST_TEST(!plain);
  Items pango = PangoItems(mixed, {{mixed.size(), kBody}});
  BOOST_REQUIRE(g_list_length(ours.get()) == g_list_length(pango.get()));
  for (GList *a = ours.get(), *b = pango.get(); a && b; a = a->next, b = b->next)
    ExpectSameItem(*static_cast<PangoItem*>(a->data), *static_cast<PangoItem*>(b->data), mixed);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
