// The bad-input corpus (tests/bad_inputs/README.md): every case is an inputs tree run through
// `voortgang check`, asserted on exit status and the exact diagnostic lines, within a time limit.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;
using testing::CommandResult;
using testing::TempDir;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;  // slower, and ASan's shadow memory makes RSS meaningless
#else
constexpr bool kSanitized = false;
#endif

const fs::path kCorpus = fs::path(VOORTGANG_SOURCE_DIR) / "tests/bad_inputs";

/// One case folder: case.txt (directives), tree/ (files over the base tree), expected.txt.
struct Case {
  std::string name;
  fs::path dir;
  int exit = -1;
  bool base = true;
  std::string args;
  std::vector<std::string> remove, mkdir, fifo, generate;
  std::vector<std::pair<std::string, std::string>> symlink;  ///< link -> target
  std::vector<std::pair<std::string, std::string>> chmod;    ///< path, octal mode
  int max_seconds = 10;
  int max_mib = 0;  ///< 0: not measured
};

std::vector<std::string> Words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

Case ReadCase(const fs::path& dir) {
  Case c;
  c.name = dir.filename().string();
  c.dir = dir;
  std::ifstream in(dir / "case.txt");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t colon = line.find(": ");
    BOOST_REQUIRE_MESSAGE(colon != std::string::npos, c.name << ": bad line in case.txt: " << line);
    std::string key = line.substr(0, colon), value = line.substr(colon + 2);
    std::vector<std::string> w = Words(value);
    if (key == "exit") c.exit = std::stoi(value);
    else if (key == "base") c.base = value != "none";
    else if (key == "args") c.args = value;
    else if (key == "remove") c.remove.push_back(value);
    else if (key == "mkdir") c.mkdir.push_back(value);
    else if (key == "fifo") c.fifo.push_back(value);
    else if (key == "generate") c.generate.push_back(value);
    else if (key == "symlink" && w.size() == 3 && w[1] == "->") c.symlink.push_back({w[0], w[2]});
    else if (key == "chmod" && w.size() == 2) c.chmod.push_back({w[1], w[0]});
    else if (key == "max-seconds") c.max_seconds = std::stoi(value);
    else if (key == "max-mib") c.max_mib = std::stoi(value);
    else BOOST_FAIL(c.name << ": unknown directive in case.txt: " << line);
  }
  BOOST_REQUIRE_MESSAGE(c.exit >= 0, c.name << ": case.txt has no 'exit:'");
  return c;
}

void WriteText(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

/// The inputs too large to commit, made at test time. KIND names what is made at PATH.
void Generate(const std::string& spec, const fs::path& inputs) {
  std::vector<std::string> w = Words(spec);
  BOOST_REQUIRE_MESSAGE(w.size() >= 2, "generate needs KIND PATH [N]: " << spec);
  const std::string& kind = w[0];
  fs::path path = inputs / w[1];
  long n = w.size() > 2 ? std::stol(w[2]) : 0;
  std::string eenheid = "[eenheid]\nnaam = \"Regio West\"\nsoort = \"jeugdhulpregio\"\n\n";
  std::string out;
  if (kind == "big-file") {  // n MiB of comment lines after a valid plan
    out = eenheid;
    std::string comment = "# " + std::string(76, 'x') + "\n";
    while (out.size() < static_cast<std::size_t>(n) << 20) out += comment;
  } else if (kind == "themes") {  // a plan with n themes, each complete
    out = eenheid;
    for (long i = 0; i < n; ++i) {
      out += "[[thema]]\nid = \"t" + std::to_string(i) + "\"\nnaam = \"Thema " +
             std::to_string(i) +
             "\"\nactielijnen = [\"1\"]\n[[thema.voortgang]]\nperiode = \"2024-Q4\"\n\n";
    }
  } else if (kind == "bookings") {  // a budget with n bookings spread over the base themes
    out = "[[middelen]]\nbron = \"Fonds\"\njaar = 2024\nbedrag = 1_000_000\n\n"
          "[begroot]\ntoegang = { 2024 = 500_000 }\nthuis = { 2024 = 500_000 }\n\n";
    for (long i = 0; i < n; ++i) {
      out += std::string("[[boeking]]\nthema = \"") + (i % 2 ? "thuis" : "toegang") +
             "\"\nperiode = \"2024-Q1\"\nbedrag = 0.01\n\n";
    }
  } else if (kind == "unknown-themes") {  // n bookings, each naming a theme that does not exist
    for (long i = 0; i < n; ++i) {
      out += "[[boeking]]\nthema = \"onbekend-" + std::to_string(i) +
             "\"\nperiode = \"2024-Q1\"\nbedrag = 1\n\n";
    }
  } else if (kind == "nested-arrays") {
    out = eenheid + "x = " + std::string(n, '[') + std::string(n, ']') + "\n";
  } else if (kind == "nested-inline-tables") {
    out = eenheid + "x = ";
    for (long i = 0; i < n; ++i) out += "{ a = ";
    out += "1";
    for (long i = 0; i < n; ++i) out += " }";
    out += "\n";
  } else if (kind == "dotted-key") {
    out = eenheid;
    for (long i = 0; i < n; ++i) out += i ? ".a" : "a";
    out += " = 1\n";
  } else if (kind == "dotted-header") {
    out = eenheid + "[";
    for (long i = 0; i < n; ++i) out += i ? ".a" : "a";
    out += "]\n";
  } else if (kind == "long-text") {  // a theme whose stand is n KiB
    out = eenheid + "[[thema]]\nid = \"lang\"\nnaam = \"Lang\"\nactielijnen = [\"1\"]\n"
                    "[[thema.voortgang]]\nperiode = \"2024-Q4\"\nstand = \"\"\"\n";
    std::string line = std::string(79, 'a') + "\n";
    while (out.size() < static_cast<std::size_t>(n) << 10) out += line;
    out += "\"\"\"\n";
  } else if (kind == "nested-list" || kind == "nested-quotes") {  // "- - - x": n levels
    out = eenheid + "[[thema]]\nid = \"diep\"\nnaam = \"Diep\"\nactielijnen = [\"1\"]\n"
                    "[[thema.voortgang]]\nperiode = \"2024-Q4\"\nstand = \"";
    for (long i = 0; i < n; ++i) out += kind == "nested-list" ? "- " : "> ";
    out += "x\"\n";
  } else if (kind == "long-booking-text") {  // a booking whose omschrijving is n characters
    out = "[[boeking]]\nthema = \"toegang\"\nperiode = \"2024-Q3\"\nbedrag = 1\n"
          "omschrijving = \"" + std::string(n, 'a') + "\"\n";
  } else if (kind == "unknown-keys") {  // n unknown keys at the top of a plan
    out = eenheid;
    for (long i = 0; i < n; ++i) out += "k" + std::to_string(i) + " = 1\n";
  } else if (kind == "units") {  // n more unit folders with a copy of the base plan
    std::string plan = testing::ReadFile(kCorpus / "base/west/plan.toml");
    for (long i = 0; i < n; ++i) WriteText(path / ("u" + std::to_string(i)) / "plan.toml", plan);
    return;
  } else {
    BOOST_FAIL("unknown generate kind: " << kind);
  }
  WriteText(path, out);
}

/// Under root a mode bit does not stop reading, so the check runs as nobody instead.
bool NeedsOtherUser(const Case& c) { return !c.chmod.empty() && ::geteuid() == 0; }

fs::path MakeTree(const Case& c, const TempDir& dir) {
  fs::path inputs = dir.path() / "inputs";
  fs::create_directories(inputs);
  if (c.base) fs::copy(kCorpus / "base", inputs, fs::copy_options::recursive);
  if (fs::exists(c.dir / "tree")) {
    fs::copy(c.dir / "tree", inputs,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  }
  for (const std::string& p : c.remove) fs::remove_all(p == "." ? inputs : inputs / p);
  for (const std::string& p : c.mkdir) fs::create_directories(inputs / p);
  for (const std::string& p : c.fifo) {
    fs::remove_all(inputs / p);
    BOOST_REQUIRE(::mkfifo((inputs / p).c_str(), 0644) == 0);
  }
  for (const auto& [link, target] : c.symlink) {
    fs::remove_all(inputs / link);
    fs::create_symlink(target, inputs / link);
  }
  for (const std::string& g : c.generate) Generate(g, inputs);
  if (NeedsOtherUser(c)) {
    // mkdtemp made the folder 0700; nobody must be able to reach the tree (and write time's log).
    fs::permissions(dir.path(), fs::perms::all);
  }
  for (const auto& [p, mode] : c.chmod) {
    fs::permissions(inputs / p, static_cast<fs::perms>(std::stoi(mode, nullptr, 8)));
  }
  return inputs;
}

std::string Slurp(const fs::path& path) { return testing::ReadFile(path); }

/// Runs `voortgang COMMAND --inputs inputs ARGS` in the case's temp dir, under a time limit
/// and GNU time for the peak memory.
CommandResult Run(const Case& c, const TempDir& dir, const std::string& command, double* seconds,
                  long* peak_kib) {
  int limit = c.max_seconds * (kSanitized ? 10 : 1);
  std::string prefix = "timeout -k 5 " + std::to_string(limit) + " /usr/bin/time -f %M -o rss ";
  if (NeedsOtherUser(c)) prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups " + prefix;
  auto start = std::chrono::steady_clock::now();
  CommandResult r = testing::RunShell(
      prefix + "'" + VOORTGANG_BIN + "' " + command + " --inputs inputs " + c.args,
      dir.path().string());
  *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string rss = Slurp(dir.path() / "rss");
  // GNU time writes "Command exited with non-zero status N" before the figure.
  std::size_t last = rss.find_last_of("0123456789");
  std::size_t first = rss.find_last_not_of("0123456789", last);
  *peak_kib = last == std::string::npos ? 0 : std::stol(rss.substr(first + 1, last - first));
  return r;
}

/// stderr without its closing summary line, which must be there (no crash, no abort).
std::string DiagnosticLines(const std::string& err, bool* has_summary) {
  std::size_t summary = err.rfind("voortgang check: ");
  *has_summary = summary != std::string::npos &&
                 (summary == 0 || err[summary - 1] == '\n') &&
                 err.find('\n', summary) == err.size() - 1;
  return *has_summary ? err.substr(0, summary) : err;
}

std::vector<fs::path> CaseDirs() {
  std::vector<fs::path> dirs;
  for (const fs::directory_entry& e : fs::directory_iterator(kCorpus / "cases")) {
    if (e.is_directory()) dirs.push_back(e.path());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

void RunCase(const Case& c) {
  TempDir dir;
  MakeTree(c, dir);
  double seconds = 0;
  long peak_kib = 0;
  CommandResult r = Run(c, dir, "check", &seconds, &peak_kib);
  bool has_summary = false;
  std::string actual = DiagnosticLines(r.err, &has_summary);
  if (std::getenv("VOORTGANG_UPDATE_EXPECTED")) WriteText(c.dir / "expected.txt", actual);
  std::string expected = Slurp(c.dir / "expected.txt");

  BOOST_TEST(r.status == c.exit);
  // Wrong usage (exit 2) stops before checking; everything else must end with the summary.
  if (c.exit != 2) BOOST_TEST(has_summary, "no closing summary line; stderr:\n" << r.err);
  BOOST_TEST(actual == expected);
  BOOST_TEST(seconds < c.max_seconds * (kSanitized ? 10 : 1));
  if (c.max_mib > 0 && !kSanitized) BOOST_TEST(peak_kib / 1024 <= c.max_mib);
  if (seconds > 1 || c.max_mib > 0) {
    BOOST_TEST_MESSAGE(c.name << ": " << seconds << " s, " << peak_kib / 1024 << " MiB peak");
  }
  // Accepted inputs must also give exactly the figures they stand for.
  if (fs::exists(c.dir / "summary.json")) {
    CommandResult s = Run(c, dir, "summary --json", &seconds, &peak_kib);
    if (std::getenv("VOORTGANG_UPDATE_EXPECTED")) WriteText(c.dir / "summary.json", s.out);
    BOOST_TEST(s.status == 0);
    BOOST_TEST(s.out == Slurp(c.dir / "summary.json"));
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bad_inputs_test)

BOOST_AUTO_TEST_CASE(corpus_has_at_least_sixty_cases) {
  BOOST_TEST(CaseDirs().size() >= 60u);
}

BOOST_AUTO_TEST_CASE(every_case_gives_its_exit_status_and_exact_diagnostics) {
  const char* only = std::getenv("VOORTGANG_BAD_INPUT");  // run one case while debugging
  for (const fs::path& dir : CaseDirs()) {
    if (only && dir.filename() != only) continue;
    BOOST_TEST_CONTEXT("case " << dir.filename().string()) { RunCase(ReadCase(dir)); }
  }
}

BOOST_AUTO_TEST_CASE(the_base_tree_is_clean) {
  // Every case is the base plus one fault: the base itself must pass without a word.
  TempDir dir;
  fs::copy(kCorpus / "base", dir.path() / "inputs", fs::copy_options::recursive);
  CommandResult r = testing::RunVoortgang("check --inputs inputs", dir.path().string());
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.err == "voortgang check: 1 unit, period 2024-Q4, 0 errors, 0 warnings\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
