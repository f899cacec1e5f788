// WCAG 2.1 contrast ratios of known pairs.
#include "pipeline/model/contrast.h"

#include <boost/test/unit_test.hpp>

namespace voortgang {
namespace {

BOOST_AUTO_TEST_SUITE(contrast_test)

BOOST_AUTO_TEST_CASE(known_ratios) {
  Rgb black{0, 0, 0}, white{255, 255, 255};
  BOOST_TEST(ContrastRatio(black, white) == 21.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(ContrastRatio(white, white) == 1.0, boost::test_tools::tolerance(1e-9));
  // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
  BOOST_TEST(ContrastRatio(Rgb{0x76, 0x76, 0x76}, white) >= 4.5);
  BOOST_TEST(ContrastRatio(Rgb{0x77, 0x77, 0x77}, white) < 4.5);
  BOOST_TEST(ContrastRatio(Rgb{0x77, 0x77, 0x77}, white) == 4.478, boost::test_tools::tolerance(1e-3));
  // Symmetric.
  BOOST_TEST(ContrastRatio(white, Rgb{0x00, 0x3a, 0x70}) == ContrastRatio(Rgb{0x00, 0x3a, 0x70}, white));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
