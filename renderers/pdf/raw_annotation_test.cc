// ReadRawAnnotation on annotations as cairo 1.16 writes them, and on what it must leave to QPDF.
#include "renderers/pdf/raw_annotation.h"

#include <boost/test/unit_test.hpp>

namespace voortgang::pdf {
namespace {

BOOST_AUTO_TEST_SUITE(raw_annotation_test)

BOOST_AUTO_TEST_CASE(cairo_links_give_their_uri_or_destination) {
  std::optional<RawAnnotation> uri = ReadRawAnnotation(
      "12 0 obj\n<< /Type /Annot\n   /Subtype /Link\n   /StructParent 3\n"
      "   /A << /Type /Action /S /URI /URI (https://example.nl/a\\(b\\)) >>\n"
      "   /BS << /W 0 >>\n   /Rect [ 1 2 3 4 ]\n>>\nendobj\n");
  BOOST_REQUIRE(uri.has_value());
  BOOST_TEST(uri->link);
  BOOST_TEST(!uri->has_f);
  BOOST_TEST(!uri->has_contents);
  BOOST_TEST(uri->uri == "(https://example.nl/a\\(b\\))");  // as written: a PDF string
  BOOST_TEST(uri->dest == "");
  std::optional<RawAnnotation> dest = ReadRawAnnotation(
      "13 0 obj\n<< /Type /Annot /Subtype /Link /Dest (kop\\0551 \\(x\\)) /Rect [ 1 2 3 4 ] >>\n"
      "endobj\n");
  BOOST_REQUIRE(dest.has_value());
  BOOST_TEST(dest->link);
  BOOST_TEST(dest->uri == "");
  BOOST_TEST(dest->dest == "kop-1 (x)");  // \055 is '-'
}

BOOST_AUTO_TEST_CASE(existing_entries_are_seen_and_the_unfamiliar_left_to_qpdf) {
  std::optional<RawAnnotation> a = ReadRawAnnotation(
      "5 0 obj << /Subtype /Link /F 4 /Contents (x) /Dest (a) /Filter /X >> endobj");
  BOOST_REQUIRE(a.has_value());
  BOOST_TEST(a->has_f);
  BOOST_TEST(a->has_contents);
  BOOST_TEST(!ReadRawAnnotation("5 0 obj << /Subtype /Link /Filter /X /Dest (a) >> endobj")->has_f);
  BOOST_TEST(!ReadRawAnnotation("5 0 obj << /Subtype /Link /Dest <FEFF0061> >> endobj"));
  BOOST_TEST(!ReadRawAnnotation("5 0 obj << /Subtype /Link /Dest [ 3 0 R /Fit ] >> endobj"));
  BOOST_TEST(!ReadRawAnnotation("5 0 obj << /Subtype /Link /Rect [ 1 2 3 4 ] >> endobj"));
  BOOST_TEST(!ReadRawAnnotation("5 0 obj << /Length 3 >> stream\nabc\nendstream endobj"));
  BOOST_TEST(!ReadRawAnnotation("not an object"));
  // Not a link: nothing to describe, but still read.
  std::optional<RawAnnotation> text = ReadRawAnnotation("6 0 obj << /Subtype /Text >> endobj");
  BOOST_REQUIRE(text.has_value());
  BOOST_TEST(!text->link);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
