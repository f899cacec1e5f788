// Temp trees and process running for the end-to-end tests.
#include "tests/support/test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace voortgang::testing {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "voortgang-test-XXXXXX").string();
  char* made = ::mkdtemp(pattern.data());
  path_ = made ? fs::path(made) : fs::path(pattern);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path TempDir::Write(const std::string& relative, const std::string& content) const {
  fs::path full = path_ / relative;
  fs::create_directories(full.parent_path());
  std::ofstream(full, std::ios::binary) << content;
  return full;
}

ShippedCopy::ShippedCopy() {
  fs::copy(fs::path(VOORTGANG_SOURCE_DIR) / "inputs", path() / "in", fs::copy_options::recursive);
  fs::copy(fs::path(VOORTGANG_SOURCE_DIR) / "templates", path() / "templates",
           fs::copy_options::recursive);
}

std::string ShippedCopy::Read(const std::string& relative) const { return ReadFile(Path(relative)); }

void ShippedCopy::Append(const std::string& relative, const std::string& text) const {
  Write(relative, Read(relative) + text);
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

double TimeScale() {
  const char* text = std::getenv("VOORTGANG_TEST_TIME_SCALE");
  double scale = text ? std::strtod(text, nullptr) : 1.0;
  return scale >= 1.0 ? scale : 1.0;
}

CommandResult RunShell(const std::string& command, const std::string& cwd) {
  TempDir io;
  fs::path out = io.path() / "out", err = io.path() / "err";
  std::string full = "cd '" + cwd + "' && " + command + " >'" + out.string() + "' 2>'" +
                     err.string() + "' </dev/null";
  int raw = std::system(full.c_str());
  CommandResult r;
  if (WIFEXITED(raw)) r.status = WEXITSTATUS(raw);
  else if (WIFSIGNALED(raw)) r.status = 128 + WTERMSIG(raw);
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

CommandResult RunVoortgang(const std::string& args, const std::string& cwd) {
  // Without the runner's switch, so that the suite compares the same text inside GitHub Actions.
  return RunShell(std::string("env -u GITHUB_ACTIONS '") + VOORTGANG_BIN + "' " + args, cwd);
}

std::string MinimalProgramma() {
  std::string out = "naam = \"Zorg voor de Jeugd\"\n";
  for (const char* id : {"1", "2", "3", "4", "5", "6", "R"}) {
    out += "\n[[actielijn]]\nid = \"" + std::string(id) + "\"\nnaam = \"Actielijn " + id + "\"\n";
  }
  return out;
}

}  // namespace voortgang::testing
