// Amounts and dates of a ledger export read exactly, and the malformed ones refused.
#include <boost/test/unit_test.hpp>

#include "pipeline/load/csv_values.h"

namespace voortgang {

BOOST_AUTO_TEST_SUITE(csv_values_test)

BOOST_AUTO_TEST_CASE(dutch_amounts_become_exact_cents) {
  BOOST_TEST(ParseCsvAmount("1.234,56", ',').money->cents == 123456);
  BOOST_TEST(ParseCsvAmount("-1.234,56", ',').money->cents == -123456);
  BOOST_TEST(ParseCsvAmount("1234,5", ',').money->cents == 123450);
  BOOST_TEST(ParseCsvAmount("1.234.567", ',').money->cents == 123456700);
  BOOST_TEST(ParseCsvAmount("0,07", ',').money->cents == 7);
  BOOST_TEST(ParseCsvAmount("92.233.720.368.547.758,07", ',').money->cents == INT64_MAX);
}

BOOST_AUTO_TEST_CASE(english_amounts_with_a_decimal_point) {
  BOOST_TEST(ParseCsvAmount("1,234.56", '.').money->cents == 123456);
  BOOST_TEST(ParseCsvAmount("-0.5", '.').money->cents == -50);
  BOOST_TEST(ParseCsvAmount("1234", '.').money->cents == 123400);
}

BOOST_AUTO_TEST_CASE(malformed_amounts_say_why) {
  BOOST_TEST(ParseCsvAmount("", ',').error == "is empty");
  BOOST_TEST(ParseCsvAmount("1,005", ',').error == "has more than two decimals");
  BOOST_TEST(ParseCsvAmount("12,300", ',').error == "has more than two decimals");
  BOOST_TEST(ParseCsvAmount("92.233.720.368.547.758,08", ',').error == "is too large");
  for (const char* bad : {"abc", "1.23,4", "12.34,56", "1..234", ".234", "1.234.", "1,", ",5",
                          "1 234", "€ 12", "1,234.56", "--1", "1e3"}) {
    CsvAmount a = ParseCsvAmount(bad, ',');
    BOOST_TEST(!a.money, bad);
    BOOST_TEST(a.error == "is not an amount such as \"1.234,56\"", bad);
  }
  BOOST_TEST(ParseCsvAmount("1.234,56", '.').error == "is not an amount such as \"1,234.56\"");
}

BOOST_AUTO_TEST_CASE(dates_give_their_quarter) {
  std::optional<Date> d = ParseCsvDate("31-12-2024", DateOrder::kDayMonthYear);
  BOOST_REQUIRE(d);
  BOOST_TEST(PeriodOf(*d).ToString() == "2024-Q4");
  BOOST_TEST(PeriodOf(*ParseCsvDate("2024-04-01", DateOrder::kYearMonthDay)).ToString() ==
             "2024-Q2");
  BOOST_TEST(PeriodOf(*ParseCsvDate("31-03-2024", DateOrder::kDayMonthYear)).ToString() ==
             "2024-Q1");
  BOOST_TEST(ParseCsvDate("29-02-2024", DateOrder::kDayMonthYear).has_value());
}

BOOST_AUTO_TEST_CASE(impossible_dates_are_refused) {
  for (const char* bad : {"29-02-2023", "31-04-2024", "00-01-2024", "01-13-2024", "1-1-2024",
                          "2024-12-31", "31/12/2024", "31-12-1989", "01-01-2101", ""}) {
    BOOST_TEST(!ParseCsvDate(bad, DateOrder::kDayMonthYear), bad);
  }
  BOOST_TEST(!ParseCsvDate("31-12-2024", DateOrder::kYearMonthDay));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
