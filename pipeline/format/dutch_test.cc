// Exact strings of the Dutch formatters, including the no-break space after the euro sign.
#include "pipeline/format/dutch.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <limits>
#include <string>
#include <thread>
#include <vector>

namespace voortgang {
namespace {

// Spelled out so a test failure shows which space went wrong.
const std::string kNbsp = "\xC2\xA0";
const std::string kEuro = "\xE2\x82\xAC" + kNbsp;

BOOST_AUTO_TEST_SUITE(dutch_test)

BOOST_AUTO_TEST_CASE(money) {
  BOOST_TEST(FormatMoney(Money{0}) == kEuro + "0,00");
  BOOST_TEST(FormatMoney(Money{1}) == kEuro + "0,01");
  BOOST_TEST(FormatMoney(Money{-1}) == kEuro + "-0,01");
  BOOST_TEST(FormatMoney(Money{-123450}) == kEuro + "-1.234,50");
  BOOST_TEST(FormatMoney(Money{123456789}) == kEuro + "1.234.567,89");
  BOOST_TEST(FormatMoney(Money{47149800}) == kEuro + "471.498,00");
  BOOST_TEST(FormatMoney(Money{99999}) == kEuro + "999,99");
  BOOST_TEST(FormatMoney(Money{100000}) == kEuro + "1.000,00");
}

BOOST_AUTO_TEST_CASE(money_extremes_are_exact) {
  BOOST_TEST(FormatMoney(Money{std::numeric_limits<int64_t>::max()}) ==
             kEuro + "92.233.720.368.547.758,07");
  BOOST_TEST(FormatMoney(Money{std::numeric_limits<int64_t>::min()}) ==
             kEuro + "-92.233.720.368.547.758,08");
  // Above 2^53 a double could not tell these two apart.
  BOOST_TEST(FormatMoney(Money{9007199254740993}) == kEuro + "90.071.992.547.409,93");
}

BOOST_AUTO_TEST_CASE(whole_euros) {
  BOOST_TEST(FormatEuros(Money{47149800}) == kEuro + "471.498");
  BOOST_TEST(FormatEuros(Money{0}) == kEuro + "0");
  BOOST_TEST(FormatEuros(Money{-100}) == kEuro + "-1");
  BOOST_TEST(FormatEuros(Money{-12345600}) == kEuro + "-123.456");
  BOOST_TEST(FormatEuros(Money{std::numeric_limits<int64_t>::min()}) ==
             kEuro + "-92.233.720.368.547.758,08");
}

BOOST_AUTO_TEST_CASE(euros_with_cents_are_not_rounded) {
  BOOST_TEST(FormatEuros(Money{2350050}) == kEuro + "23.500,50");
  BOOST_TEST(FormatEuros(Money{1}) == kEuro + "0,01");
  BOOST_TEST(FormatEuros(Money{-123450}) == kEuro + "-1.234,50");
}

BOOST_AUTO_TEST_CASE(counts) {
  BOOST_TEST(FormatCount(0) == "0");
  BOOST_TEST(FormatCount(770) == "770");
  BOOST_TEST(FormatCount(4790) == "4.790");
  BOOST_TEST(FormatCount(1234567) == "1.234.567");
  BOOST_TEST(FormatCount(-12) == "-12");
  BOOST_TEST(FormatCount(-4790) == "-4.790");
  BOOST_TEST(FormatCount(std::numeric_limits<int64_t>::min()) == "-9.223.372.036.854.775.808");
}

BOOST_AUTO_TEST_CASE(decimals) {
  BOOST_TEST(FormatDecimal(10.1, 1) == "10,1");
  BOOST_TEST(FormatDecimal(11.6, 1) == "11,6");
  BOOST_TEST(FormatDecimal(10.0, 1) == "10,0");
  BOOST_TEST(FormatDecimal(1234.5, 2) == "1.234,50");
  BOOST_TEST(FormatDecimal(770, 0) == "770");
  BOOST_TEST(FormatDecimal(-2.25, 1) == "-2,2");  // ICU rounds half to even
  BOOST_TEST(FormatDecimal(-0.04, 1) == "0,0");
}

BOOST_AUTO_TEST_CASE(percentages) {
  BOOST_TEST(FormatPercent(10.1, 1) == "10,1%");
  BOOST_TEST(FormatPercent(11.6, 1) == "11,6%");
  BOOST_TEST(FormatPercent(0, 0) == "0%");
  BOOST_TEST(FormatPercent(-3.5, 1) == "-3,5%");
  BOOST_TEST(FormatPercent(100, 1) == "100,0%");
}

BOOST_AUTO_TEST_CASE(dates) {
  BOOST_TEST(FormatDate(Date{2024, 12, 10}) == "10 december 2024");
  BOOST_TEST(FormatDate(Date{2024, 10, 1}) == "1 oktober 2024");
  BOOST_TEST(FormatDate(Date{2024, 1, 1}) == "1 januari 2024");
  BOOST_TEST(FormatDate(Date{2024, 1, 31}) == "31 januari 2024");
  BOOST_TEST(FormatDate(Date{2024, 2, 29}) == "29 februari 2024");
  BOOST_TEST(FormatDate(Date{2024, 3, 1}) == "1 maart 2024");
  BOOST_TEST(FormatDate(Date{2023, 5, 31}) == "31 mei 2023");
  BOOST_TEST(FormatDate(Date{2023, 6, 30}) == "30 juni 2023");
  BOOST_TEST(FormatDate(Date{2023, 7, 1}) == "1 juli 2023");
  BOOST_TEST(FormatDate(Date{2023, 8, 31}) == "31 augustus 2023");
  BOOST_TEST(FormatDate(Date{2023, 9, 30}) == "30 september 2023");
  BOOST_TEST(FormatDate(Date{2023, 11, 30}) == "30 november 2023");
  BOOST_TEST(FormatDate(Date{2024, 12, 31}) == "31 december 2024");
  BOOST_TEST(FormatDate(Date{2025, 4, 1}) == "1 april 2025");
}

BOOST_AUTO_TEST_CASE(quarters) {
  BOOST_TEST(FormatQuarterShort(Period{2025, 1}) == "Q1 2025");
  BOOST_TEST(FormatQuarterShort(Period{2025, 2}) == "Q2 2025");
  BOOST_TEST(FormatQuarterShort(Period{2025, 3}) == "Q3 2025");
  BOOST_TEST(FormatQuarterShort(Period{2024, 4}) == "Q4 2024");
  BOOST_TEST(FormatQuarterLong(Period{2025, 1}) == "eerste kwartaal 2025");
  BOOST_TEST(FormatQuarterLong(Period{2025, 2}) == "tweede kwartaal 2025");
  BOOST_TEST(FormatQuarterLong(Period{2025, 3}) == "derde kwartaal 2025");
  BOOST_TEST(FormatQuarterLong(Period{2024, 4}) == "vierde kwartaal 2024");
  BOOST_TEST(FormatQuarterEndDate(Period{2025, 1}) == "31 maart 2025");
  BOOST_TEST(FormatQuarterEndDate(Period{2025, 2}) == "30 juni 2025");
  BOOST_TEST(FormatQuarterEndDate(Period{2025, 3}) == "30 september 2025");
  BOOST_TEST(FormatQuarterEndDate(Period{2024, 4}) == "31 december 2024");
}

BOOST_AUTO_TEST_CASE(statuses) {
  BOOST_TEST(FormatStatus(Status::kGepland) == "Gepland");
  BOOST_TEST(FormatStatus(Status::kLopend) == "Lopend");
  BOOST_TEST(FormatStatus(Status::kAfgerond) == "Afgerond");
  BOOST_TEST(FormatStatus(Status::kVertraagd) == "Vertraagd");
  BOOST_TEST(FormatStatus(Status::kGestopt) == "Gestopt");
}

BOOST_AUTO_TEST_CASE(spelled_out) {
  BOOST_TEST(SpellOutSmall(0) == "nul");
  BOOST_TEST(SpellOutSmall(1) == "een");
  BOOST_TEST(SpellOutSmall(3) == "drie");
  BOOST_TEST(SpellOutSmall(12) == "twaalf");
  BOOST_TEST(SpellOutSmall(21) == "eenentwintig");  // without ICU's soft hyphens
  BOOST_TEST(SpellOutSmall(100) == "honderd");
}

// Render threads format at the same time; every thread must see the same strings.
BOOST_AUTO_TEST_CASE(threads_agree) {
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &failures] {
      for (int i = 0; i < 2000; ++i) {
        if (FormatMoney(Money{-123450}) != kEuro + "-1.234,50") ++failures[t];
        if (FormatPercent(10.1, 1) != "10,1%") ++failures[t];
        if (SpellOutSmall(12) != "twaalf") ++failures[t];
        if (FormatDate(Date{2024, 12, 10}) != "10 december 2024") ++failures[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int f : failures) BOOST_TEST(f == 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
