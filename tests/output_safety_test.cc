// Output safety under failure: a full disk (a file-size limit) or an output folder that cannot
// be written gives exit status 3 with a clear message and leaves every previous output intact.
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "pipeline/build/hashing.h"
#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;

const char* kNote = "out/2024-Q4/zuid-kennemerland/voortgangsnotitie-zuid-kennemerland-2024-Q4.pdf";

std::string Hash(const fs::path& p) { return Sha256File(p.string()).value_or("missing"); }

}  // namespace

BOOST_AUTO_TEST_SUITE(output_safety_test)

BOOST_AUTO_TEST_CASE(a_full_disk_fails_with_status_3_and_keeps_the_old_outputs) {
  testing::ShippedCopy dir;
  std::string build = std::string("'") + VOORTGANG_BIN + "' build --inputs in --out out --templates templates";
  BOOST_REQUIRE(testing::RunShell(build, dir.path().string()).status == 0);
  std::string note_before = Hash(dir.path() / kNote);

  // Every output must change: a new date. Files may grow to 20 KiB only, as on a full disk;
  // SIGXFSZ is ignored so that write() fails with EFBIG instead of killing the process.
  testing::CommandResult r = testing::RunShell(
      "trap '' XFSZ; ulimit -f 20; SOURCE_DATE_EPOCH=1800000000 " + build, dir.path().string());
  BOOST_TEST(r.status == 3);
  BOOST_TEST(r.out.find("File too large") != std::string::npos, r.out);
  BOOST_TEST(Hash(dir.path() / kNote) == note_before);
  for (const auto& e : fs::recursive_directory_iterator(dir.path() / "out")) {
    BOOST_TEST(e.path().filename().string().find(".voortgang-tmp-") == std::string::npos, e.path());
  }
}

BOOST_AUTO_TEST_CASE(an_output_folder_that_cannot_be_made_fails_with_status_3) {
  // Not even root can make folders under /proc.
  testing::CommandResult r = testing::RunVoortgang(
      "build --inputs inputs --out /proc/voortgang-out", VOORTGANG_SOURCE_DIR);
  BOOST_TEST(r.status == 3);
  BOOST_TEST(r.out.find("voortgang: cannot create output folder /proc/voortgang-out/2024-Q4") == 0,
             r.out);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
