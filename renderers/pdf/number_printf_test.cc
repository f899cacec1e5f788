// PrintNumber gives what glibc's vsnprintf gives, byte for byte, for every format it takes,
// and refuses the rest. The end-to-end proof (the PDFs are byte-identical with and without it)
// is in tests/pdf_bytes_test.cc.
#include "renderers/pdf/number_printf.h"

#include <boost/test/unit_test.hpp>

#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

namespace voortgang::pdf {
namespace {

struct Printed {
  bool taken;
  std::string text;
  int length;
};

Printed Ours(std::size_t size, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  char buffer[512];
  std::memset(buffer, 'x', sizeof buffer);
  int length = -1;
  bool taken = PrintNumber(buffer, size, format, ap, &length);
  va_end(ap);
  return {taken, taken && size > 0 ? std::string(buffer) : std::string(), length};
}

Printed Glibc(std::size_t size, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  char buffer[512];
  int length = std::vsnprintf(buffer, size, format, ap);
  va_end(ap);
  return {true, size > 0 ? std::string(buffer) : std::string(), length};
}

#define EXPECT_SAME(size, ...)                                     \
  do {                                                             \
    Printed ours = Ours(size, __VA_ARGS__);                        \
    Printed glibc = Glibc(size, __VA_ARGS__);                      \
    BOOST_TEST_CONTEXT(#__VA_ARGS__ << " size " << (size)) {       \
      BOOST_TEST(ours.taken);                                      \
      BOOST_TEST(ours.text == glibc.text);                         \
      BOOST_TEST(ours.length == glibc.length);                     \
    }                                                              \
  } while (false)

BOOST_AUTO_TEST_SUITE(number_printf_test)

BOOST_AUTO_TEST_CASE(doubles_print_as_glibc_prints_them) {
  std::mt19937_64 random(20261126);
  std::uniform_real_distribution<double> unit(-1, 1);
  std::uniform_int_distribution<int> exponent(-12, 12);
  for (int i = 0; i < 20000; ++i) {
    double d = unit(random) * std::pow(10.0, exponent(random));
    EXPECT_SAME(512, "%f", d);
    EXPECT_SAME(512, "%.18f", d);
    EXPECT_SAME(512, "%.*f", i % 25, d);
  }
  // Exact halves, where the rounding rule shows (glibc: to even), zeros and extremes.
  for (double d : {0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-7, 5e-7, 0.0, -0.0, 1.0, 70.866142,
                   595.275591, -11.0, DBL_MIN, 1e15, 123456789.5}) {
    for (int precision = 0; precision <= 24; ++precision) EXPECT_SAME(512, "%.*f", precision, d);
    EXPECT_SAME(512, "%f", d);
  }
  EXPECT_SAME(512, "%.*f", -1, 3.25);  // a negative precision counts as none
}

BOOST_AUTO_TEST_CASE(integers_print_as_glibc_prints_them) {
  std::mt19937_64 random(7);
  for (int i = 0; i < 20000; ++i) {
    long v = static_cast<long>(random());
    int small = static_cast<int>(v % 100000);
    EXPECT_SAME(512, "%d", static_cast<int>(v));
    EXPECT_SAME(512, "%d", small);
    EXPECT_SAME(512, "%ld", v);
    EXPECT_SAME(512, "%lu", static_cast<unsigned long>(v));
    EXPECT_SAME(512, "%u", static_cast<unsigned>(v));
    EXPECT_SAME(512, "%x", static_cast<unsigned>(v));
    EXPECT_SAME(512, "%0*x", i % 9, static_cast<unsigned>(small));
    EXPECT_SAME(512, "%03o", static_cast<unsigned>(small % 256));
    EXPECT_SAME(512, "%05d", small - 50000);
    EXPECT_SAME(512, "%6d", small - 50000);
  }
  EXPECT_SAME(512, "%d", INT_MIN);
  EXPECT_SAME(512, "%ld", LONG_MIN);
  EXPECT_SAME(512, "%lu", ULONG_MAX);
  EXPECT_SAME(512, "%08d", INT_MIN);
}

BOOST_AUTO_TEST_CASE(short_buffers_are_cut_as_glibc_cuts_them) {
  for (std::size_t size : {0, 1, 2, 3, 5, 9}) {
    EXPECT_SAME(size, "%f", 1234.5678);
    EXPECT_SAME(size, "%d", -12345);
    EXPECT_SAME(size, "%0*x", 8, 0xbeefu);
  }
}

BOOST_AUTO_TEST_CASE(other_formats_and_values_are_left_to_glibc) {
  BOOST_TEST(!Ours(64, "%s", "text").taken);
  BOOST_TEST(!Ours(64, "%g", 1.5).taken);
  BOOST_TEST(!Ours(64, "%e", 1.5).taken);
  BOOST_TEST(!Ours(64, "%5.2f", 1.5).taken);
  BOOST_TEST(!Ours(64, "%-5d", 1).taken);
  BOOST_TEST(!Ours(64, "%+d", 1).taken);
  BOOST_TEST(!Ours(64, "%.3d", 1).taken);
  BOOST_TEST(!Ours(64, "x%d", 1).taken);
  BOOST_TEST(!Ours(64, "%d%d", 1, 2).taken);
  BOOST_TEST(!Ours(64, "%lld", 1LL).taken);
  BOOST_TEST(!Ours(64, "%*d", -5, 1).taken);
  BOOST_TEST(!Ours(64, "%f", HUGE_VAL).taken);
  BOOST_TEST(!Ours(64, "%f", std::nan("")).taken);
  BOOST_TEST(!Ours(64, "%f", 1e300).taken);  // longer than its buffer
  BOOST_TEST(!Ours(64, "%.99f", 1.0).taken);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
