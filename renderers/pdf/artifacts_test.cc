// MarkArtifactsInContent on hand-written content streams; accessible_test checks real notes.
#include "renderers/pdf/artifacts.h"

#include <boost/test/unit_test.hpp>

#include <string>

namespace voortgang::pdf {
namespace {

BOOST_AUTO_TEST_SUITE(artifacts_test)

BOOST_AUTO_TEST_CASE(artifacts_wrap_only_unmarked_painting) {
  // Tagged text passes; the rule between is wrapped; q/Q never straddle an artifact.
  BOOST_TEST(MarkArtifactsInContent("q\n/P << /MCID 0 >> BDC\nBT (a) Tj ET\nEMC\n"
                                    "0 0 m 1 1 l S\n/H1 << /MCID 1 >> BDC BT (b) Tj ET EMC Q\n") ==
             "q\n/P << /MCID 0 >> BDC\nBT (a) Tj ET\nEMC\n\n/Artifact BMC\n0 0 m 1 1 l S\n"
             "\nEMC\n/H1 << /MCID 1 >> BDC BT (b) Tj ET EMC Q\n");
  // Untagged text with cairo's ActualText span inside stays one artifact; operator names inside
  // strings and an unfinished artifact at the end are handled.
  BOOST_TEST(MarkArtifactsInContent("0 g BT (BDC \\) EMC) Tj /Span << /ActualText <feff> >> BDC "
                                    "<0001> Tj EMC ET 1 2 3 4 re f") ==
             "0 g \n/Artifact BMC\nBT (BDC \\) EMC) Tj /Span << /ActualText <feff> >> BDC "
             "<0001> Tj EMC ET 1 2 3 4 re f\nEMC\n");
  // Inline image data is skipped whole, whatever bytes it holds.
  BOOST_TEST(MarkArtifactsInContent("q BI /W 1 /H 1 /BPC 8 /CS /G ID (xEI<[ EI Q") ==
             "q \n/Artifact BMC\nBI /W 1 /H 1 /BPC 8 /CS /G ID (xEI<[ EI \nEMC\nQ");
  // Content that is all tagged is left as it is.
  std::string tagged = "/P << /MCID 0 >> BDC BT (a) Tj ET EMC";
  BOOST_TEST(MarkArtifactsInContent(tagged) == tagged);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
