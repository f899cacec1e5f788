// MarkArtifactsInContent on hand-written content streams; accessible_test checks real notes.
#include "renderers/pdf/artifacts.h"

#include <boost/test/unit_test.hpp>

#include <string>

namespace voortgang::pdf {
namespace {

const std::string kLayout = "\n/Artifact << /Type /Layout >> BDC\n";
const std::string kHeader = "\n/Artifact << /Type /Pagination /Subtype /Header >> BDC\n";
const std::string kFooter = "\n/Artifact << /Type /Pagination /Subtype /Footer >> BDC\n";

BOOST_AUTO_TEST_SUITE(artifacts_test)

BOOST_AUTO_TEST_CASE(artifacts_wrap_only_unmarked_painting) {
  // Tagged text passes; the rule between is wrapped; q/Q never straddle an artifact.
  BOOST_TEST(MarkArtifactsInContent("q\n/P << /MCID 0 >> BDC\nBT (a) Tj ET\nEMC\n"
                                    "0 0 m 1 1 l S\n/H1 << /MCID 1 >> BDC BT (b) Tj ET EMC Q\n") ==
             "q\n/P << /MCID 0 >> BDC\nBT (a) Tj ET\nEMC\n" + kLayout +
                 "0 0 m 1 1 l S\n"
                 "\nEMC\n/H1 << /MCID 1 >> BDC BT (b) Tj ET EMC Q\n");
  // Untagged text with cairo's ActualText span inside stays one artifact; operator names inside
  // strings and an unfinished artifact at the end are handled.
  BOOST_TEST(MarkArtifactsInContent("0 g BT (BDC \\) EMC) Tj /Span << /ActualText <feff> >> BDC "
                                    "<0001> Tj EMC ET 1 2 3 4 re f") ==
             "0 g " + kLayout +
                 "BT (BDC \\) EMC) Tj /Span << /ActualText <feff> >> BDC "
                 "<0001> Tj EMC ET 1 2 3 4 re f\nEMC\n");
  // Inline image data is skipped whole, whatever bytes it holds.
  BOOST_TEST(MarkArtifactsInContent("q BI /W 1 /H 1 /BPC 8 /CS /G ID (xEI<[ EI Q") ==
             "q " + kLayout + "BI /W 1 /H 1 /BPC 8 /CS /G ID (xEI<[ EI \nEMC\nQ");
  // Content that is all tagged is left as it is.
  std::string tagged = "/P << /MCID 0 >> BDC BT (a) Tj ET EMC";
  BOOST_TEST(MarkArtifactsInContent(tagged) == tagged);
}

BOOST_AUTO_TEST_CASE(artifacts_are_typed_by_where_they_start_on_the_page) {
  // cairo's way: y flipped by the first cm, text placed by Tm and moved by Td. An A4 page with
  // the header above 800 and the footer below 40 (PDF user space).
  ArtifactBands bands{800, 40};
  std::string content =
      "1 0 0 -1 0 842 cm\n"
      "BT 8 0 0 -8 70 30 Tm /f 1 Tf (unit) Tj 50 0 Td (Q4) Tj ET\n"  // y 812: header
      "BT 8 0 0 -8 70 30 Tm (pagina) Tj 0 -100 Td (1) Tj ET\n"       // starts in the header
      "BT 8 0 0 -8 470 820 Tm (pagina 1 van 2) Tj ET\n"              // y 22: footer
      "70 36 m 530 36 l S\n"                                         // the header rule
      "q 1 0 0 1 0 400 cm 70 0 100 20 re f Q\n"                      // a tint at y 442: layout
      "/P << /MCID 0 >> BDC BT 10 0 0 -10 70 100 Tm (tekst) Tj ET EMC\n"
      "70 500 m 530 500 l S\n";  // a table rule: layout
  std::string expected = "1 0 0 -1 0 842 cm\n" + kHeader +
                         "BT 8 0 0 -8 70 30 Tm /f 1 Tf (unit) Tj 50 0 Td (Q4) Tj ET\n"
                         "BT 8 0 0 -8 70 30 Tm (pagina) Tj 0 -100 Td (1) Tj ET\n" +
                         "\nEMC\n" + kFooter + "BT 8 0 0 -8 470 820 Tm (pagina 1 van 2) Tj ET\n" +
                         "\nEMC\n" + kHeader + "70 36 m 530 36 l S\n" + "\nEMC\n" +
                         "q 1 0 0 1 0 400 cm " + kLayout +
                         "70 0 100 20 re f \nEMC\nQ\n"
                         "/P << /MCID 0 >> BDC BT 10 0 0 -10 70 100 Tm (tekst) Tj ET EMC\n" +
                         kLayout + "70 500 m 530 500 l S\n" + "\nEMC\n";
  BOOST_TEST(MarkArtifactsInContent(content, bands) == expected);
  // A path is one piece: its later subpaths in another band do not split it.
  BOOST_TEST(MarkArtifactsInContent("0 830 m 10 830 l 0 400 m 10 400 l S", bands) ==
             kHeader + "0 830 m 10 830 l 0 400 m 10 400 l S\nEMC\n");
  // An image is placed by the CTM.
  BOOST_TEST(MarkArtifactsInContent("q 50 0 0 20 70 10 cm /I0 Do Q", bands) ==
             "q 50 0 0 20 70 10 cm " + kFooter + "/I0 Do \nEMC\nQ");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
