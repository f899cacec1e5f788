// The flushing thread: every queued file is flushed by Finish, and a failure is reported on
// its own output only.
#include <boost/test/unit_test.hpp>

#include <array>
#include <filesystem>
#include <string>

#include "pipeline/build/atomic_file.h"
#include "pipeline/build/flusher.h"
#include "tests/support/test_support.h"

namespace voortgang {
namespace {

BOOST_AUTO_TEST_SUITE(flusher_test)

BOOST_AUTO_TEST_CASE(flushed_files_rename_into_place_and_a_failure_stays_with_its_output) {
  testing::TempDir dir;
  std::array<std::string, 3> finals, temps, errors;
  std::array<bool, 3> ok{true, true, true};
  for (int i = 0; i < 3; ++i) {
    finals[i] = (dir.path() / ("out" + std::to_string(i) + ".pdf")).string();
    BOOST_REQUIRE(WriteTemp(finals[i], "inhoud " + std::to_string(i), &temps[i], &errors[i]));
  }
  std::filesystem::remove(temps[1]);  // as if something removed it before the flush
  {
    Flusher flusher;
    for (int i = 0; i < 3; ++i) flusher.Add(temps[i], finals[i], &ok[i], &errors[i]);
    flusher.Finish();
  }  // the destructor finishes again: a no-op
  BOOST_TEST(ok[0]);
  BOOST_TEST(!ok[1]);
  BOOST_TEST(errors[1].find("cannot flush " + finals[1]) == 0, errors[1]);
  BOOST_TEST(ok[2]);
  for (int i : {0, 2}) {
    std::string error;
    BOOST_TEST(RenameTemp(temps[i], finals[i], &error));
    BOOST_TEST(testing::ReadFile(finals[i]) == "inhoud " + std::to_string(i));
  }
  BOOST_TEST(!std::filesystem::exists(finals[1]));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
