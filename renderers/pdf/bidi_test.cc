// Right-to-left and mixed text: lines broken in logical order between words, each line drawn
// in visual order (UAX #9), its text kept in logical order for the PDF's text layer.
#include <boost/test/unit_test.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "renderers/pdf/shape.h"
#include "tests/support/rtl_samples.h"

namespace voortgang::pdf {
namespace {

const FontSpec kBody{"Carlito", 11, false, false};

using testing::kArabic;
using testing::kHebrew;

std::vector<TextLine> Lines(const std::string& text, double width_pt,
                            doc::Align align = doc::Align::kLeft) {
  ShapeOptions o;
  o.width = Pt(width_pt);
  o.align = align;
  return Shape({Span(text, kBody, Rgb{})}, o);
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

/// The x of each cluster's first glyph, clusters in the order of the run's text (logical):
/// with a backward run the first cluster holds the last glyphs.
std::vector<double> LogicalX(const GlyphRun& r) {
  std::vector<double> xs;
  int g = r.backward ? static_cast<int>(r.glyphs.size()) : 0;
  for (const cairo_text_cluster_t& c : r.clusters) {
    if (r.backward) g -= c.num_glyphs;
    if (c.num_glyphs > 0) xs.push_back(r.glyphs[g].x);
    if (!r.backward) g += c.num_glyphs;
  }
  return xs;
}

/// The lines of a right-to-left paragraph: several, in logical order (their words, read
/// line after line, are the paragraph's words in order, so no word is split), each one
/// backward run whose text is the line's and whose clusters run from right to left.
void ExpectRightToLeftParagraph(const std::string& text) {
  std::vector<TextLine> lines = Lines(text, 150);
  BOOST_REQUIRE(lines.size() >= 3u);
  std::vector<std::string> read;
  for (const TextLine& l : lines) {
    BOOST_TEST(l.rtl);
    BOOST_TEST(l.width.pt <= 150.001);
    for (const std::string& w : Words(l.text)) read.push_back(w);
    BOOST_REQUIRE(l.runs.size() == 1u);
    const GlyphRun& run = l.runs[0];
    BOOST_TEST(run.backward);
    BOOST_TEST(run.text == l.text);
    std::vector<double> xs = LogicalX(run);
    BOOST_REQUIRE(xs.size() > 3u);
    for (size_t i = 1; i < xs.size(); ++i) BOOST_TEST(xs[i] < xs[i - 1], l.text << " " << i);
  }
  BOOST_TEST(read == Words(text), "lines out of order or a word split");
  // The first line holds the paragraph's first word, the last line its last.
  BOOST_TEST(Words(lines.front().text).front() == Words(text).front());
  BOOST_TEST(Words(lines.back().text).back() == Words(text).back());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bidi_test)

BOOST_AUTO_TEST_CASE(an_arabic_paragraph_breaks_between_words_in_logical_order) {
  ExpectRightToLeftParagraph(kArabic);
}

BOOST_AUTO_TEST_CASE(a_hebrew_paragraph_breaks_between_words_in_logical_order) {
  ExpectRightToLeftParagraph(kHebrew);
}

BOOST_AUTO_TEST_CASE(justified_right_to_left_lines_fill_the_box) {
  std::vector<TextLine> lines = Lines(kArabic, 150, doc::Align::kJustify);
  BOOST_REQUIRE(lines.size() >= 3u);
  for (size_t i = 0; i + 1 < lines.size(); ++i)
    if (lines[i].justified) BOOST_TEST(lines[i].width.pt == 150.0);
  BOOST_TEST(!lines.back().justified);
}

BOOST_AUTO_TEST_CASE(arabic_inside_a_dutch_sentence_reads_right_to_left_between_the_dutch) {
  const std::string arabic = "مركز الشباب في المدينة";
  const std::string text = "samen met " + arabic + " aan jeugdhulp";
  std::vector<TextLine> lines = Lines(text, 0);  // one line
  BOOST_REQUIRE(lines.size() == 1u);
  const TextLine& l = lines[0];
  BOOST_TEST(!l.rtl);  // the first strong character is Latin
  BOOST_TEST(l.text == text);
  BOOST_REQUIRE(l.runs.size() == 3u);
  BOOST_TEST(!l.runs[0].backward);
  BOOST_TEST(l.runs[0].text == "samen met ");
  BOOST_TEST(l.runs[1].backward);
  BOOST_TEST(l.runs[1].text == arabic);
  BOOST_TEST(!l.runs[2].backward);
  BOOST_TEST(l.runs[2].text == " aan jeugdhulp");
  // Drawn left to right: the Dutch before, the Arabic from its right end, the Dutch after.
  std::vector<double> before = LogicalX(l.runs[0]), inside = LogicalX(l.runs[1]),
                      after = LogicalX(l.runs[2]);
  BOOST_TEST(before.back() < inside.back());
  BOOST_TEST(inside.back() < inside.front());
  BOOST_TEST(inside.front() < after.front());
  for (size_t i = 1; i < after.size(); ++i) BOOST_TEST(after[i] > after[i - 1]);
}

BOOST_AUTO_TEST_CASE(a_mixed_paragraph_breaks_in_logical_order) {
  const std::string text =
      "De regio werkt samen met het buurtcentrum مركز الشباب في المدينة aan betere jeugdhulp "
      "voor alle kinderen, en met שיתוף פעולה הדוק tussen scholen en gezinnen.";
  std::vector<TextLine> lines = Lines(text, 120);
  BOOST_REQUIRE(lines.size() >= 3u);
  std::vector<std::string> read;
  for (const TextLine& l : lines) {
    BOOST_TEST(!l.rtl);
    BOOST_TEST(l.width.pt <= 120.001);
    for (const std::string& w : Words(l.text)) read.push_back(w);
    std::string said;  // the runs in drawing order say the line's text when it is one direction
    for (const GlyphRun& r : l.runs) said += r.text;
    bool backward = false;
    for (const GlyphRun& r : l.runs) backward = backward || r.backward;
    if (!backward) BOOST_TEST(said == l.text);
  }
  BOOST_TEST(read == Words(text));
}

BOOST_AUTO_TEST_CASE(left_to_right_text_has_no_backward_runs) {
  for (const TextLine& l : Lines("Voor het najaar staat de visie op preventie op de agenda.", 80)) {
    BOOST_TEST(!l.rtl);
    for (const GlyphRun& r : l.runs) BOOST_TEST(!r.backward);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang::pdf
