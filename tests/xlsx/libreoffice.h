// Test helper: has LibreOffice (headless, a throw-away profile that forces recalculation on
// load) convert workbooks to one CSV per sheet, and reads those CSV files back.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/xlsx/xlsx_reader.h"

namespace voortgang::xlsx_test {

/// A temporary directory removed again when the test is done with it.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "voortgang-lo-XXXXXX").string();
    if (mkdtemp(tmpl.data())) path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty() && !std::getenv("VOORTGANG_KEEP_TMP"))
      std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// LibreOffice's CSV filter: comma, double quote, UTF-8, raw values (not as shown), every sheet
/// to its own file "<stem>-<sheet>.csv".
inline constexpr const char* kCsvFilter =
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/// Converts `files` into `out_dir` with `filter`; the profile and HOME live under `work`, so
/// parallel runs and the user's own LibreOffice do not interfere. Returns false with the log.
inline bool RunLibreOffice(const std::filesystem::path& work, const std::vector<std::string>& files,
                           const std::string& filter, const std::filesystem::path& out_dir,
                           std::string* log) {
  namespace fs = std::filesystem;
  fs::path profile = work / "profile";
  fs::create_directories(profile / "user");
  fs::create_directories(out_dir);
  // OOXMLRecalcMode 0 = "always recalculate": without it LibreOffice shows the cached values.
  std::ofstream(profile / "user" / "registrymodifications.xcu")
      << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
         "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
         "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop "
         "oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
         "</oor:items>\n";
  std::string cmd = "cd " + ShellQuote(work.string()) + " && HOME=" + ShellQuote(work.string()) +
                    " timeout -k 10 240 soffice --headless --norestore --nolockcheck "
                    "-env:UserInstallation=file://" +
                    profile.string() + " --convert-to " + ShellQuote(filter) + " --outdir " +
                    ShellQuote(out_dir.string());
  for (const std::string& f : files) cmd += " " + ShellQuote(f);
  fs::path log_file = work / "soffice.log";
  cmd += " >" + ShellQuote(log_file.string()) + " 2>&1";
  int rc = std::system(cmd.c_str());
  std::ifstream in(log_file);
  std::stringstream ss;
  ss << in.rdbuf();
  *log = "exit " + std::to_string(rc) + ": " + ss.str();
  return rc == 0;
}

inline bool HaveLibreOffice() { return std::system("command -v soffice >/dev/null 2>&1") == 0; }

/// RFC 4180: quoted fields, doubled quotes, newlines inside quotes.
inline std::vector<std::vector<std::string>> ReadCsv(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        field += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field), field.clear();
    } else if (c == '\n') {
      rows.back().push_back(field), field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

/// "31-12-2024" (how the CSV filter writes a date) as Excel's serial day; -1 if not a date.
inline long long DateSerial(const std::string& text) {
  int d, m, y;
  char tail;
  if (std::sscanf(text.c_str(), "%d-%d-%d%c", &d, &m, &y, &tail) != 3) return -1;
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return 25569 + era * 146097 + doe - 719468;
}

}  // namespace voortgang::xlsx_test
