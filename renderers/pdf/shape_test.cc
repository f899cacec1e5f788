// Shaping and breaking a paragraph: the hyphens a broken line draws and says, lines that fill
// the box exactly, and results that do not depend on what was shaped before.
#include "renderers/pdf/shape.h"

#include <boost/test/unit_test.hpp>

#include <string>

#include "renderers/pdf/hyphenate.h"

namespace voortgang::pdf {
namespace {

const FontSpec kBody{"Carlito", 11, false, false};

std::vector<Span> Text(const std::string& s) { return {Span(s, kBody, Rgb{})}; }

ShapeOptions Box(Length width, doc::Align align = doc::Align::kLeft) {
  ShapeOptions o;
  o.width = width;
  o.align = align;
  std::string error;
  o.hyphenator = Hyphenator::Get("/usr/share/hyphen/hyph_nl_NL.dic",
                                 VOORTGANG_SOURCE_DIR "/templates/afbreekuitzonderingen.txt", &error);
  BOOST_REQUIRE_MESSAGE(o.hyphenator, error);
  return o;
}

/// What the PDF says for a line: the text of its runs, cluster by cluster.
std::string Said(const TextLine& line) {
  std::string s;
  for (const GlyphRun& r : line.runs) s += r.text;
  return s;
}

Length Natural(const std::string& s) { return Shape(Text(s), Box(Pt(0)))[0].width; }

/// The first `count` lines of `a` and `b` say the same and draw the same glyphs at the same
/// places.
void ExpectSameLines(const std::vector<TextLine>& a, const std::vector<TextLine>& b,
                     size_t count) {
  BOOST_REQUIRE(a.size() >= count);
  BOOST_REQUIRE(b.size() >= count);
  for (size_t l = 0; l < count; ++l) {
    BOOST_TEST(Said(a[l]) == Said(b[l]));
    BOOST_TEST(a[l].width.pt == b[l].width.pt, "line " << l);
    BOOST_REQUIRE(a[l].runs.size() == b[l].runs.size());
    for (size_t r = 0; r < a[l].runs.size(); ++r) {
      const auto& ga = a[l].runs[r].glyphs;
      const auto& gb = b[l].runs[r].glyphs;
      BOOST_REQUIRE(ga.size() == gb.size());
      for (size_t g = 0; g < ga.size(); ++g) {
        BOOST_TEST(ga[g].index == gb[g].index);
        BOOST_TEST(ga[g].x == gb[g].x, "line " << l << " glyph " << g);
      }
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(shape_test)

BOOST_AUTO_TEST_CASE(a_line_broken_after_a_hard_hyphen_keeps_it_as_u2010) {
  // Room for "de jeugdregio Zuid-" but not for the whole name.
  Length width = Natural("de jeugdregio Zuid-") + Pt(2);
  BOOST_REQUIRE(width.pt < Natural("de jeugdregio Zuid-Kennemerland").pt);
  std::vector<TextLine> lines = Shape(Text("de jeugdregio Zuid-Kennemerland"), Box(width));
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(lines[0].text == "de jeugdregio Zuid-");
  BOOST_TEST(Said(lines[0]) == "de jeugdregio Zuid\u2010");  // extractors keep U+2010
  BOOST_TEST(!lines[0].hyphenated);
  BOOST_TEST(lines[1].text == "Kennemerland");
}

BOOST_AUTO_TEST_CASE(a_soft_hyphen_break_draws_and_says_a_hyphen) {
  Length width = Natural("de jeugdhulp-") + Pt(1);
  std::vector<TextLine> lines = Shape(Text("de jeugdhulpaanbieders"), Box(width));
  BOOST_REQUIRE(lines.size() >= 2u);
  BOOST_TEST(lines[0].hyphenated);
  BOOST_TEST(lines[0].text == "de jeugdhulp-");
  BOOST_TEST(Said(lines[0]) == "de jeugdhulp-");  // extractors join "jeugdhulp-" + next line
  BOOST_TEST(lines[0].width.pt <= width.pt);
  std::string rest;
  for (size_t i = 1; i < lines.size(); ++i) rest += lines[i].text;
  BOOST_TEST(rest.find('\xC2') == std::string::npos);  // no soft hyphen left in the text
}

BOOST_AUTO_TEST_CASE(a_line_that_fills_the_box_exactly_fits) {
  Length exact = Natural("aanpak en inzet");
  std::vector<TextLine> lines = Shape(Text("aanpak en inzet nodig"), Box(exact));
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(lines[0].text == "aanpak en inzet");
  BOOST_TEST(lines[1].text == "nodig");
}

BOOST_AUTO_TEST_CASE(justified_lines_fill_the_box_and_the_last_line_stays_natural) {
  std::string text =
      "Om van deze werkwijze de normale werkwijze te maken is de komende jaren extra inzet "
      "nodig. De groep kwetsbare jongeren in de overgang naar volwassenheid verdient hierbij "
      "extra aandacht.";
  std::vector<TextLine> lines = Shape(Text(text), Box(Pt(200), doc::Align::kJustify));
  BOOST_REQUIRE(lines.size() > 3u);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    BOOST_TEST(lines[i].width.pt <= 200.001);
    if (lines[i].justified) BOOST_TEST(lines[i].width.pt == 200.0);
  }
  BOOST_TEST(!lines.back().justified);
}

BOOST_AUTO_TEST_CASE(a_character_no_font_has_is_reported_with_its_text_every_time) {
  // U+1F3E0 is in no font on the machine (tests/missing_glyph_test.cc checks that); U+00E9 is.
  const std::string text = "Thuis \U0001F3E0 en caf\u00E9";
  for (int pass = 0; pass < 2; ++pass) {  // the second from the shaping cache
    MissingGlyphs missing;
    ShapeOptions o = Box(Pt(300));
    o.missing = &missing;
    Shape(Text(text), o);
    BOOST_TEST(missing.size() == 1u);
    BOOST_TEST(missing[0x1F3E0] == text);
  }
  MissingGlyphs none;
  ShapeOptions o = Box(Pt(300));
  o.missing = &none;
  Shape(Text("Thuis en caf\u00E9"), o);
  BOOST_TEST(none.empty());
}

BOOST_AUTO_TEST_CASE(the_same_paragraph_gives_the_same_glyphs_whatever_came_before) {
  std::string text = "Voor het najaar staat de gezamenlijke visie op preventie op de agenda.";
  std::vector<TextLine> first = Shape(Text(text), Box(Pt(150), doc::Align::kJustify));
  for (int i = 0; i < 50; ++i)
    Shape(Text("Andere tekst " + std::to_string(i) + " met jeugdhulpaanbieders"), Box(Pt(90 + i)));
  std::vector<TextLine> again = Shape(Text(text), Box(Pt(150), doc::Align::kJustify));
  BOOST_TEST(first.size() == again.size());
  ExpectSameLines(first, again, first.size());
}

BOOST_AUTO_TEST_CASE(words_shaped_one_by_one_give_what_the_whole_paragraph_gives) {
  // A paragraph of one line is shaped word by word through a cache; one with a forced break
  // goes through PangoLayout whole. The lines before the break must come out the same.
  const FontSpec bold{"Carlito", 11, true, false};
  std::vector<Span> spans = {
      Span("De jeugdhulpaanbieders en de gemeente ", kBody, Rgb{}),
      Span("Zuid-Kennemerland", bold, Rgb{}),
      Span(" hebben in het vierde kwartaal afspraken gemaakt over de transformatie, "
           "de wachttijden (€ 1.234.567,89) en officiële samenwerkingsovereenkomsten.",
           kBody, Rgb{})};
  std::vector<Span> with_break = spans;
  with_break.push_back(Span("\xE2\x80\xA8Tot slot.", kBody, Rgb{}));
  for (double width : {140.0, 200.0, 310.0}) {
    std::vector<TextLine> alone = Shape(spans, Box(Pt(width), doc::Align::kJustify));
    std::vector<TextLine> whole = Shape(with_break, Box(Pt(width), doc::Align::kJustify));
    BOOST_TEST_CONTEXT("width " << width) {
      BOOST_TEST(whole.size() == alone.size() + 1);
      ExpectSameLines(alone, whole, alone.size());
    }
  }
}

BOOST_AUTO_TEST_CASE(a_paragraph_of_one_span_breaks_where_pango_breaks_it) {
  // One span of plain Latin text takes the words' own break flags and the character before
  // each word's spaces (break_attrs.h); a forced break sends the same text through PangoLayout
  // whole. Brackets, quotes, dashes, numbers and slashes are where the rules look furthest.
  std::string text =
      "Het budget (€ 1.234.567,89) is “ruim” besteed: 19,2% – zie ‘bijlage 2’ [p. 3] en/of de "
      "nota’s van Zuid-Kennemerland; de jeugdhulp\u00ADaanbieders ( met spaties ) vroegen: "
      "“waarom?” — en kregen antwoord! Q4 2024: 3 - 4 = -1, $5 en 5$; {a} / b …";
  for (double width : {60.0, 95.0, 140.0, 200.0}) {
    std::vector<TextLine> alone = Shape(Text(text), Box(Pt(width), doc::Align::kJustify));
    std::vector<TextLine> whole =
        Shape(Text(text + "\xE2\x80\xA8Tot slot."), Box(Pt(width), doc::Align::kJustify));
    BOOST_TEST_CONTEXT("width " << width) {
      BOOST_TEST(whole.size() == alone.size() + 1);
      ExpectSameLines(alone, whole, alone.size());
    }
  }
}

// Carlito kerns "AV", "To" and hundreds of other pairs; Word sets text unkerned by default,
// and so does the note: a word is as wide as its letters.
BOOST_AUTO_TEST_CASE(no_kerning_a_word_is_as_wide_as_its_letters) {
  for (const std::string pair : {"AV", "To", "Va", "ry", "LT"}) {
    Length letters = Natural(pair.substr(0, 1)) + Natural(pair.substr(1));
    BOOST_TEST(Natural(pair).pt == letters.pt, pair);
  }
}

// Carlito has ligatures for "ti", "fi", "ft" and more; Word sets none by default, and each
// letter stays a glyph of its own, so the text layer needs no many-to-one mapping.
BOOST_AUTO_TEST_CASE(no_ligatures_every_letter_is_a_glyph) {
  for (const std::string word : {"praktijk", "tijdig", "financiële", "ruimte", "effect", "afl"}) {
    for (const std::vector<TextLine>& lines :
         {Shape(Text(word), Box(Pt(0))), Shape(Text("In de " + word + " van de regio."), Box(Pt(0)))}) {
      BOOST_REQUIRE(lines.size() == 1u);
      size_t glyphs = 0, letters = 0;
      for (const GlyphRun& r : lines[0].runs) glyphs += r.glyphs.size();
      std::string said = Said(lines[0]);
      letters = static_cast<size_t>(g_utf8_strlen(said.c_str(), -1));
      BOOST_TEST(glyphs == letters, word << ": " << glyphs << " glyphs for " << said);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang::pdf
