// lxw_tmpfile, as the program defines it, gives a stream over memory that reads back what was
// written, as libxlsxwriter uses its temporary files: write, flush, rewind, read to the end,
// close. The end-to-end proof (workbooks byte-identical with libxlsxwriter's own files) is in
// tests/build_test.cc.
#include <xlsxwriter/utility.h>

#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <string>

namespace voortgang::xlsx {
namespace {

std::string ReadToEnd(FILE* file) {
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) text.append(buffer, n);
  return text;
}

BOOST_AUTO_TEST_SUITE(parts_in_memory_test)

BOOST_AUTO_TEST_CASE(a_part_reads_back_what_was_written) {
  FILE* file = lxw_tmpfile(nullptr);
  BOOST_REQUIRE(file);
  BOOST_TEST(fileno(file) == -1);  // no file behind it: libxlsxwriter's own would have one
  std::string xml;
  for (int row = 1; row <= 5000; ++row)  // several times glibc's stream buffer
    xml += "<row r=\"" + std::to_string(row) + "\"><c><v>" + std::to_string(row * 7) +
           "</v></c></row>";
  BOOST_TEST(std::fputs(xml.c_str(), file) >= 0);
  BOOST_TEST(std::fflush(file) == 0);
  std::rewind(file);
  BOOST_TEST(ReadToEnd(file) == xml);
  BOOST_TEST(std::feof(file) != 0);
  BOOST_TEST(!std::ferror(file));
  // Read again, and overwrite in the middle as a seekable file allows.
  BOOST_TEST(std::fseek(file, 8, SEEK_SET) == 0);
  BOOST_TEST(std::fputs("XX", file) >= 0);
  BOOST_TEST(std::fseek(file, 0, SEEK_END) == 0);
  BOOST_TEST(std::ftell(file) == static_cast<long>(xml.size()));
  std::rewind(file);
  xml.replace(8, 2, "XX");
  BOOST_TEST(ReadToEnd(file) == xml);
  BOOST_TEST(std::fseek(file, -1, SEEK_SET) != 0);
  BOOST_TEST(std::fclose(file) == 0);
}

BOOST_AUTO_TEST_CASE(an_empty_part_reads_back_empty) {
  FILE* file = lxw_tmpfile(nullptr);
  BOOST_REQUIRE(file);
  std::rewind(file);
  BOOST_TEST(ReadToEnd(file).empty());
  BOOST_TEST(std::feof(file) != 0);
  BOOST_TEST(std::fclose(file) == 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::xlsx
