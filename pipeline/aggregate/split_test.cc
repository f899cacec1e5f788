// The largest-remainder split: the spec's example, negatives, ties, and random cases against a
// reference written the plain way (common denominator, sort by remainder).
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <numeric>
#include <random>

#include "pipeline/aggregate/aggregate.h"

namespace voortgang {
namespace {

std::vector<int64_t> Cents(const std::vector<Money>& shares) {
  std::vector<int64_t> out;
  for (Money m : shares) out.push_back(m.cents);
  return out;
}

/// Brings every weight to one common denominator, floors, then hands out the leftover cents
/// by (remainder desc, index asc). Independent of the cross-multiplication in the real code.
std::vector<int64_t> Reference(int64_t amount, const std::vector<Fraction>& weights) {
  __int128 common = 1;
  for (const Fraction& w : weights) common = std::lcm(static_cast<int64_t>(common), w.den);
  __int128 abs = amount < 0 ? -static_cast<__int128>(amount) : amount;
  struct Part {
    __int128 floor, remainder;
    std::size_t index;
  };
  std::vector<Part> parts;
  __int128 total = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    __int128 numerator = abs * weights[i].num * (common / weights[i].den);
    parts.push_back({numerator / common, numerator % common, i});
    total += numerator / common;
  }
  std::vector<Part> ranked = parts;
  std::sort(ranked.begin(), ranked.end(), [](const Part& a, const Part& b) {
    return a.remainder != b.remainder ? a.remainder > b.remainder : a.index < b.index;
  });
  for (__int128 left = abs - total, k = 0; left > 0; --left, ++k) ++parts[ranked[k].index].floor;
  std::vector<int64_t> out;
  for (const Part& p : parts) out.push_back(static_cast<int64_t>(amount < 0 ? -p.floor : p.floor));
  return out;
}

std::vector<Fraction> Equal(int n) { return std::vector<Fraction>(n, Fraction{1, n}); }

}  // namespace

BOOST_AUTO_TEST_SUITE(split_test)

BOOST_AUTO_TEST_CASE(spec_example_over_three_actielijnen) {
  std::vector<int64_t> got = Cents(SplitLargestRemainder(Money{10000000}, Equal(3)));
  BOOST_TEST(got == (std::vector<int64_t>{3333334, 3333333, 3333333}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(negative_amount_is_split_as_its_absolute_value_and_negated) {
  std::vector<int64_t> got = Cents(SplitLargestRemainder(Money{-10000000}, Equal(3)));
  BOOST_TEST(got == (std::vector<int64_t>{-3333334, -3333333, -3333333}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(ties_go_to_the_first_actielijn) {
  // 2 cents over three equal shares: remainders tie, so the first two get one cent each.
  BOOST_TEST(Cents(SplitLargestRemainder(Money{2}, Equal(3))) == (std::vector<int64_t>{1, 1, 0}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(largest_remainder_wins_over_order) {
  // 0.3 / 0.7 of 5 cents: exact 1.5 and 3.5 -> tie at .5, first wins: 2 / 3.
  // 0.2 / 0.8 of 7 cents: exact 1.4 and 5.6 -> second has the larger remainder: 1 / 6.
  BOOST_TEST(Cents(SplitLargestRemainder(Money{5}, {{3, 10}, {7, 10}})) == (std::vector<int64_t>{2, 3}),
             boost::test_tools::per_element());
  BOOST_TEST(Cents(SplitLargestRemainder(Money{7}, {{1, 5}, {4, 5}})) == (std::vector<int64_t>{1, 6}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(weights_are_exact_decimals_not_doubles) {
  // 0.6 as a double is 0.59999999999999997779; exactly it gives 60 of 100 cents.
  BOOST_TEST(Cents(SplitLargestRemainder(Money{100}, {{3, 5}, {2, 5}})) == (std::vector<int64_t>{60, 40}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(extreme_amounts_do_not_overflow) {
  for (int64_t amount : {INT64_MAX, INT64_MIN, INT64_MIN + 1}) {
    std::vector<Money> shares = SplitLargestRemainder(Money{amount}, Equal(7));
    __int128 sum = 0;
    for (Money m : shares) sum += m.cents;
    BOOST_TEST(static_cast<int64_t>(sum) == amount);
    BOOST_TEST(Cents(shares) == Reference(amount, Equal(7)), boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(random_cases_add_up_and_match_the_reference) {
  std::mt19937_64 rng(20241210);
  for (int round = 0; round < 20000; ++round) {
    int n = 1 + static_cast<int>(rng() % 7);
    std::vector<Fraction> weights;
    if (rng() % 2) {
      weights = Equal(n);
    } else {
      // Decimal weights with up to 4 decimals that sum to exactly 1.
      int64_t left = 10000;
      for (int i = 0; i < n - 1 && left > 1; ++i) {
        int64_t w = 1 + static_cast<int64_t>(rng() % (left - 1));
        weights.push_back({w, 10000});
        left -= w;
      }
      weights.push_back({left, 10000});
    }
    int64_t amount = static_cast<int64_t>(rng() % 2000000000000) - 1000000000000;
    std::vector<Money> shares = SplitLargestRemainder(Money{amount}, weights);
    int64_t sum = 0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
      sum += shares[i].cents;
      // Each share is within one cent of the exact share.
      long double exact = static_cast<long double>(amount) * weights[i].num / weights[i].den;
      BOOST_TEST(std::abs(static_cast<long double>(shares[i].cents) - exact) < 1.0L);
    }
    BOOST_TEST(sum == amount);
    BOOST_TEST(Cents(shares) == Reference(amount, weights), boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
