// The progress bar a person sees on a terminal, and the silence off one.
#include "pipeline/build/progress.h"

#include <boost/test/unit_test.hpp>
#include <sstream>
#include <string>

namespace voortgang {
namespace {

const std::string kRedraw = "\r\033[K";

BOOST_AUTO_TEST_SUITE(progress_test)

BOOST_AUTO_TEST_CASE(a_terminal_sees_the_bar_the_counts_and_the_output_being_rendered) {
  std::ostringstream out;
  Progress progress(true, 4, out);
  progress.Start("west/note.pdf");
  BOOST_TEST(out.str() == kRedraw + "[..............................] 0/4  west/note.pdf");
  out.str("");
  progress.Done();
  progress.Done();
  BOOST_TEST(out.str() == kRedraw + "[#######.......................] 1/4  west/note.pdf" +
                              kRedraw + "[###############...............] 2/4  west/note.pdf");
  out.str("");
  progress.Finish();
  BOOST_TEST(out.str() == kRedraw);  // the summary line then starts on a clean line
}

BOOST_AUTO_TEST_CASE(a_long_output_name_keeps_its_end) {
  std::ostringstream out;
  Progress progress(true, 1, out);
  std::string name = std::string(60, 'a') + "/budget-landelijk-2024-Q4.xlsx";
  progress.Start(name);
  BOOST_TEST(out.str() ==
             kRedraw + "[..............................] 0/1  ..." + name.substr(name.size() - 47));
}

BOOST_AUTO_TEST_CASE(off_a_terminal_nothing_is_drawn) {
  std::ostringstream out;
  Progress progress(false, 2, out);
  progress.Start("a.pdf");
  progress.Done();
  progress.Finish();
  BOOST_TEST(out.str().empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
