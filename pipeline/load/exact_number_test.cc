// Money and weights read exactly from their literal text.
#include <boost/test/unit_test.hpp>

#include "pipeline/load/exact_number.h"

namespace voortgang {

BOOST_AUTO_TEST_SUITE(exact_number_test)

BOOST_AUTO_TEST_CASE(money_literals_become_exact_cents) {
  BOOST_TEST(ParseMoneyLiteral("23_500.50").money->cents == 2350050);
  BOOST_TEST(ParseMoneyLiteral("0.1").money->cents == 10);
  BOOST_TEST(ParseMoneyLiteral("-1234.5").money->cents == -123450);
  BOOST_TEST(ParseMoneyLiteral("1.5e3").money->cents == 150000);
  BOOST_TEST(ParseMoneyLiteral("12.300").money->cents == 1230);  // trailing zeros carry nothing
  BOOST_TEST(ParseMoneyLiteral("92233720368547758.07").money->cents == INT64_MAX);
}

BOOST_AUTO_TEST_CASE(money_literals_that_are_not_cents_are_refused) {
  BOOST_TEST(ParseMoneyLiteral("1.005").error ==
             "has more than two decimals; money is held in whole cents");
  BOOST_TEST(ParseMoneyLiteral("nan").error == "is not a finite number");
  BOOST_TEST(ParseMoneyLiteral("-inf").error == "is not a finite number");
  BOOST_TEST(ParseMoneyLiteral("92233720368547758.08").error ==
             "is too large: amounts must stay below € 92.233.720.368.547.758,07");
  BOOST_TEST(!ParseMoneyLiteral("1e300").money);
}

BOOST_AUTO_TEST_CASE(weights_are_exact_fractions) {
  Fraction f = *ParseWeightLiteral("0.6").fraction;
  BOOST_TEST(f.num == 3);
  BOOST_TEST(f.den == 5);
  f = *ParseWeightLiteral("1").fraction;
  BOOST_TEST((f.num == 1 && f.den == 1));
  f = *ParseWeightLiteral("0.333").fraction;
  BOOST_TEST((f.num == 333 && f.den == 1000));
  BOOST_TEST(ParseWeightLiteral("-0.5").error == "must be greater than zero");
  BOOST_TEST(ParseWeightLiteral("nan").error == "is not a finite number");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
