// A build of a generated tree (48 units: the national tree in small, to keep CI time sane)
// killed mid-way (SIGKILL, SIGTERM, SIGINT) leaves every output either the old
// complete file or the new complete one, and the next run cleans up and finishes.
#include <boost/test/unit_test.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include "pipeline/build/hashing.h"
#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;

/// Every output file under `dir` by relative path, with its hash (manifest and lock aside).
std::map<std::string, std::string> Outputs(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (!e.is_regular_file() || name == "manifest.json" || name == ".voortgang.lock") continue;
    out[fs::relative(e.path(), dir).string()] = Sha256File(e.path().string()).value_or("");
  }
  return out;
}

/// Starts `voortgang build` with SOURCE_DATE_EPOCH=epoch, sends `sig` after `delay`, waits.
void BuildAndKill(const fs::path& cwd, const std::string& out, const char* epoch, int sig,
                  std::chrono::milliseconds delay) {
  pid_t pid = ::fork();
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) ::_exit(127);
    ::setenv("SOURCE_DATE_EPOCH", epoch, 1);
    ::execl(VOORTGANG_BIN, VOORTGANG_BIN, "build", "--inputs", "tree", "--out", out.c_str(),
            "--templates", VOORTGANG_SOURCE_DIR "/templates", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  std::this_thread::sleep_for(delay);
  ::kill(pid, sig);
  int status = 0;
  ::waitpid(pid, &status, 0);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(kill_test)

BOOST_AUTO_TEST_CASE(killed_national_builds_leave_old_or_new_complete_files) {
  testing::TempDir dir;
  BOOST_REQUIRE(testing::RunShell(std::string("'") + VOORTGANG_GEN_TREE + "' tree --regions 8 --gemeenten 40", dir.path().string()).status == 0);
  std::string templates = std::string(" --templates '") + VOORTGANG_SOURCE_DIR + "/templates'";
  // References: the complete outputs of the old and the new run.
  BOOST_REQUIRE(testing::RunShell(std::string("SOURCE_DATE_EPOCH=1600000000 '") + VOORTGANG_BIN +
                                      "' build --inputs tree --out old" + templates,
                                  dir.path().string()).status == 0);
  BOOST_REQUIRE(testing::RunShell(std::string("SOURCE_DATE_EPOCH=1700000000 '") + VOORTGANG_BIN +
                                      "' build --inputs tree --out new" + templates,
                                  dir.path().string()).status == 0);
  std::map<std::string, std::string> old_files = Outputs(dir.path() / "old");
  std::map<std::string, std::string> new_files = Outputs(dir.path() / "new");
  BOOST_REQUIRE(old_files.size() > 140u);
  // The HTML edition and the publication page are among the outputs the kills must not break.
  int html = 0;
  for (const auto& [path, hash] : new_files) html += path.size() > 5 && path.ends_with(".html");
  BOOST_TEST(html == 48 + 1 + 1);
  BOOST_TEST(new_files.count("2024-Q4/index.html") == 1u);

  fs::copy(dir.path() / "old", dir.path() / "out", fs::copy_options::recursive);
  // Spread over the run: the 48-unit build takes a few seconds on two cores, and TimeScale()
  // times as long under a sanitizer.
  int delays[] = {1200, 2500, 400};
  // SIGKILL last: its leftover temporary files would otherwise still be there when a later
  // round is stopped before it sweeps them, and be blamed on SIGTERM or SIGINT.
  int signals[] = {SIGTERM, SIGINT, SIGKILL};
  for (int round = 0; round < 3; ++round) {
    BuildAndKill(dir.path(), "out", "1700000000", signals[round],
                 std::chrono::milliseconds(static_cast<int>(delays[round] * testing::TimeScale())));
    std::map<std::string, std::string> now = Outputs(dir.path() / "out");
    for (const auto& [path, hash] : now) {
      bool temp = path.find(".voortgang-tmp-") != std::string::npos;
      // SIGTERM and SIGINT clean up their temporary files at once; SIGKILL cannot.
      if (temp) {
        BOOST_TEST(signals[round] == SIGKILL, path);
        continue;
      }
      BOOST_TEST((hash == old_files[path] || hash == new_files[path]), path);
    }
    for (const auto& [path, hash] : old_files) BOOST_TEST(now.count(path) == 1u, path);
  }
  // The next run sweeps what the killed ones left and finishes with the new outputs.
  testing::CommandResult rerun = testing::RunShell(
      std::string("SOURCE_DATE_EPOCH=1700000000 '") + VOORTGANG_BIN + "' build --inputs tree --out out" + templates,
      dir.path().string());
  BOOST_TEST(rerun.status == 0, rerun.out);
  std::map<std::string, std::string> final_files = Outputs(dir.path() / "out");
  BOOST_TEST(final_files.size() == new_files.size());
  for (const auto& [path, hash] : new_files) BOOST_TEST(final_files.count(path) == 1u, path);
  for (const auto& [path, hash] : final_files) {
    BOOST_TEST(path.find(".voortgang-tmp-") == std::string::npos, path);
    // Whatever mix of old and new files the killed runs left, the rerun's bytes are the
    // full build's: a note does not depend on what its thread rendered before.
    BOOST_TEST(hash == new_files[path], path);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
