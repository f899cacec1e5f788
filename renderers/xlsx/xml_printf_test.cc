// FormatXml gives what glibc's vsnprintf gives, byte for byte, for every format it takes, and
// refuses the rest; __fprintf_chk writes that to its stream and snprintf cuts it as glibc does. The
// end-to-end proof (the workbooks are byte-identical with and without it) is in
// tests/build_test.cc.
#include "renderers/xlsx/xml_printf.h"

#include <boost/test/unit_test.hpp>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

extern "C" int __fprintf_chk(FILE* stream, int flag, const char* format, ...);

namespace voortgang::xlsx {
namespace {

struct Printed {
  bool taken;
  std::string text;
};

Printed Ours(const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  static char buffer[200000];
  int n = FormatXml(buffer, sizeof buffer, format, ap);
  va_end(ap);
  return {n >= 0, n >= 0 ? std::string(buffer, n) : std::string()};
}

std::string Glibc(const char* format, ...) {
  va_list ap, copy;
  va_start(ap, format);
  va_copy(copy, ap);
  std::string out(std::vsnprintf(nullptr, 0, format, copy), '\0');
  va_end(copy);
  std::vsnprintf(out.data(), out.size() + 1, format, ap);
  va_end(ap);
  return out;
}

#define EXPECT_SAME(...)                    \
  do {                                      \
    Printed ours = Ours(__VA_ARGS__);       \
    std::string glibc = Glibc(__VA_ARGS__); \
    BOOST_TEST_CONTEXT(#__VA_ARGS__) {      \
      BOOST_TEST(ours.taken);               \
      BOOST_TEST(ours.text == glibc);       \
    }                                       \
  } while (false)

std::string ReadBack(FILE* file) {
  std::rewind(file);
  std::string text;
  for (int c; (c = std::fgetc(file)) != EOF;) text.push_back(static_cast<char>(c));
  return text;
}

BOOST_AUTO_TEST_SUITE(xml_printf_test)

BOOST_AUTO_TEST_CASE(numbers_print_as_glibc_prints_them) {
  std::mt19937_64 random(20261126);
  std::uniform_real_distribution<double> unit(-1, 1);
  std::uniform_int_distribution<int> exponent(-30, 30);
  std::uniform_int_distribution<long long> cents(-100'000'000'000LL, 100'000'000'000LL);
  for (int i = 0; i < 20000; ++i) {
    double any = unit(random) * std::pow(10.0, exponent(random));
    long long amount = cents(random);
    EXPECT_SAME("%.16G", any);
    EXPECT_SAME("%.16G", static_cast<double>(amount) / 100);  // amounts in euros
    EXPECT_SAME("%.16G", static_cast<double>(amount));
  }
  // Where %G switches between fixed and exponent form, exact halves, zeros and extremes.
  for (double d : {0.0,
                   -0.0,
                   1.0,
                   0.5,
                   0.1,
                   1e-4,
                   9.999999999999999e-5,
                   1e-5,
                   1e15,
                   1e16,
                   9999999999999999.0,
                   1234567890123456789.0,
                   0.30000000000000004,
                   2.5,
                   45658.0,
                   DBL_MIN,
                   DBL_MAX,
                   DBL_TRUE_MIN,
                   -1410000.0,
                   4494.01})
    EXPECT_SAME("%.16G", d);
}

BOOST_AUTO_TEST_CASE(libxlsxwriters_cell_and_tag_formats_print_as_glibc_prints_them) {
  EXPECT_SAME("<c r=\"%s\" s=\"%d\"><v>%.16G</v></c>", "B12", 7, 1229843.25);
  EXPECT_SAME("<c r=\"%s\"><v>%.16G</v></c>", "XFD1048576", -0.01);
  EXPECT_SAME("<c r=\"%s\" s=\"%d\" t=\"s\"><v>%d</v></c>", "A1", 0, INT_MAX);
  EXPECT_SAME("<si>%s</si>", "Jeugdhulpaanbieders &amp; gemeente Groningen: € 1.234,56");
  EXPECT_SAME(" %s=\"%s\"", "xml:space", "preserve");
  EXPECT_SAME("</%s>", "sheetData");
  EXPECT_SAME("%d:%d", INT_MIN, -1);
  EXPECT_SAME("%u %u", 0u, UINT_MAX);
  EXPECT_SAME("100%% %s", "");
  EXPECT_SAME("no conversions at all");
  EXPECT_SAME("");
  std::string long_text(100000, 'x');
  EXPECT_SAME("<t>%s</t>", long_text.c_str());
  EXPECT_SAME("%s", static_cast<const char*>(nullptr));  // glibc prints "(null)"
}

BOOST_AUTO_TEST_CASE(other_formats_and_values_are_left_to_glibc) {
  BOOST_TEST(!Ours("%x", 255u).taken);
  BOOST_TEST(!Ours("#%06x", 255u).taken);
  BOOST_TEST(!Ours("%4d-%02d", 2024, 12).taken);
  BOOST_TEST(!Ours("%.15G", 1.5).taken);
  BOOST_TEST(!Ours("%G", 1.5).taken);
  BOOST_TEST(!Ours("%g", 1.5).taken);
  BOOST_TEST(!Ours("%f", 1.5).taken);
  BOOST_TEST(!Ours("%ld", 1L).taken);
  BOOST_TEST(!Ours("%-s", "x").taken);
  BOOST_TEST(!Ours("x %d %", 1).taken);
  BOOST_TEST(!Ours("<v>%.16G</v>", HUGE_VAL).taken);
  BOOST_TEST(!Ours("<v>%.16G</v>", std::nan("")).taken);
}

BOOST_AUTO_TEST_CASE(texts_longer_than_the_buffer_are_refused) {
  char buffer[8];
  auto format = [&](const char* f, ...) {
    va_list ap;
    va_start(ap, f);
    int n = FormatXml(buffer, sizeof buffer, f, ap);
    va_end(ap);
    return n;
  };
  BOOST_TEST(format("<v>%d</v>", 1) == 8);
  BOOST_TEST(std::string(buffer, 8) == "<v>1</v>");
  BOOST_TEST(format("<v>%d</v>", 10) == -1);
  BOOST_TEST(format("%s", "123456789") == -1);
  BOOST_TEST(format("123456789") == -1);
}

int GlibcFprintf(FILE* file, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = std::vfprintf(file, format, ap);
  va_end(ap);
  return n;
}

BOOST_AUTO_TEST_CASE(fprintf_writes_what_glibc_writes_and_counts_it) {
  FILE* ours = std::tmpfile();
  FILE* glibc = std::tmpfile();
  BOOST_REQUIRE(ours && glibc);
  std::string long_text(70000, 'y');  // longer than the program's buffer: glibc's
  const char* cell = "<c r=\"%s\" s=\"%d\"><v>%.16G</v></c>";
  BOOST_TEST(__fprintf_chk(ours, 1, cell, "C3", 12, 0.1) ==
             GlibcFprintf(glibc, cell, "C3", 12, 0.1));
  BOOST_TEST(__fprintf_chk(ours, 1, "<si>%s</si>", long_text.c_str()) ==
             GlibcFprintf(glibc, "<si>%s</si>", long_text.c_str()));
  // A format it leaves to glibc is printed all the same.
  BOOST_TEST(__fprintf_chk(ours, 1, "#%06x %4d", 0xbeefu, 7) ==
             GlibcFprintf(glibc, "#%06x %4d", 0xbeefu, 7));
  BOOST_TEST(__fprintf_chk(ours, 1, "%s", "") == 0);
  std::string written = ReadBack(ours);
  BOOST_TEST(written == ReadBack(glibc));
  BOOST_TEST(written.find(long_text) != std::string::npos);
  std::fclose(ours);
  std::fclose(glibc);
}

int GlibcSnprintf(char* s, std::size_t size, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  int n = std::vsnprintf(s, size, format, ap);
  va_end(ap);
  return n;
}

BOOST_AUTO_TEST_CASE(snprintf_cuts_and_counts_as_glibc_does) {
  // The test binary links xml_printf.cc, so its snprintf is the program's.
  for (std::size_t size : {0, 1, 2, 4, 7, 64}) {
    char ours[64], glibc[64];
    std::memset(ours, 'x', sizeof ours);
    std::memset(glibc, 'x', sizeof glibc);
    BOOST_TEST(snprintf(ours, size, "$%s$%d", "AB", 1048576) ==
               GlibcSnprintf(glibc, size, "$%s$%d", "AB", 1048576));
    BOOST_TEST(std::string(ours, 64) == std::string(glibc, 64), "size " << size);
    BOOST_TEST(snprintf(ours, size, "%.16G", 1229843.25) ==
               GlibcSnprintf(glibc, size, "%.16G", 1229843.25));
    BOOST_TEST(std::string(ours, 64) == std::string(glibc, 64), "size " << size);
    BOOST_TEST(snprintf(ours, size, "%02x", 7u) == GlibcSnprintf(glibc, size, "%02x", 7u));
    BOOST_TEST(std::string(ours, 64) == std::string(glibc, 64), "size " << size);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::xlsx
