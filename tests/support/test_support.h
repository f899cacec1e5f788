// Shared by the end-to-end tests: throw-away input trees and running build/voortgang.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace voortgang::testing {

/// A fresh folder under the system temp dir, removed again when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// Writes `content` to `relative` (creating folders), returning the full path.
  std::filesystem::path Write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

/// A TempDir holding copies of the shipped inputs/ (as in/) and templates/: a tree to build
/// from and edit.
class ShippedCopy : public TempDir {
 public:
  ShippedCopy();
  std::filesystem::path Path(const std::string& relative) const { return path() / relative; }
  std::string Read(const std::string& relative) const;
  void Append(const std::string& relative, const std::string& text) const;
};

struct CommandResult {
  int status = -1;  ///< exit status, or 128 + signal
  std::string out;
  std::string err;
};

/// Runs `build/voortgang ARGS` (ARGS is shell text) in `cwd`, capturing both streams.
CommandResult RunVoortgang(const std::string& args, const std::string& cwd = ".");

/// Runs any shell command, capturing both streams.
CommandResult RunShell(const std::string& command, const std::string& cwd = ".");

std::string ReadFile(const std::filesystem::path& path);

/// How many times slower than a plain build this build runs: VOORTGANG_TEST_TIME_SCALE when it
/// is set (scripts/sanitize.sh sets it for ASan), else 1. Delays and time bounds in tests are
/// multiplied by it, so that a kill still lands mid-run and a bound still means something.
double TimeScale();

/// The minimal valid programma.toml: actielijnen 1..6 and R.
std::string MinimalProgramma();

}  // namespace voortgang::testing
