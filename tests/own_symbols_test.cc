// The program defines no function or object of the libraries it loads: nothing of glibc, cairo,
// libxlsxwriter, minizip, zlib or any other library is replaced for the whole process, so a
// library update cannot silently change what the program does.
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>
#include <sstream>
#include <string>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {

struct Symbol {
  char type;       // nm's letter
  bool versioned;  // "name@VERSION": a copy relocation of a versioned library's object
};

/// The global symbols `path` defines, by name, from `nm [-D] --defined-only`.
std::map<std::string, Symbol> Defined(const std::string& path, bool dynamic) {
  testing::CommandResult r = testing::RunShell(std::string("nm ") + (dynamic ? "-D " : "") +
                                               "--defined-only " + path);
  BOOST_REQUIRE_MESSAGE(r.status == 0, "nm " << path << ": " << r.err);
  std::map<std::string, Symbol> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    std::string address, type, name;
    // Absolute symbols (version nodes such as GLIBC_2.2.5) have an address too.
    if (!(fields >> address >> type >> name) || type.size() != 1) continue;
    char t = type[0];
    if (t < 'A' || t > 'Z' || t == 'U') continue;  // local or undefined
    size_t at = name.find('@');
    bool versioned = at != std::string::npos;
    out[name.substr(0, at)] = {t, versioned};
  }
  return out;
}

/// Every shared library the program loads, as ldd resolves them.
std::set<std::string> LoadedLibraries() {
  testing::CommandResult r = testing::RunShell(std::string("ldd ") + VOORTGANG_BIN);
  BOOST_REQUIRE(r.status == 0);
  std::set<std::string> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    size_t arrow = line.find("=> /");
    size_t start = arrow != std::string::npos ? arrow + 3 : line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] != '/') continue;
    std::string path = line.substr(start, line.find(' ', start) - start);
    // The sanitizer build's runtimes (scripts/sanitize.sh) replace malloc and share symbols
    // with the instrumented code by design; they are the test set-up, not the program's.
    if (path.find("/libasan.") != std::string::npos || path.find("/libubsan.") != std::string::npos)
      continue;
    out.insert(path);
  }
  return out;
}

/// The objects the linker copies from a library into the program (R_X86_64_COPY): the
/// library's own data placed in the program, not a definition of ours (glib's g_utf8_skip).
std::set<std::string> CopyRelocated() {
  testing::CommandResult r = testing::RunShell(std::string("readelf -rW ") + VOORTGANG_BIN);
  BOOST_REQUIRE(r.status == 0);
  std::set<std::string> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("_COPY") == std::string::npos) continue;
    std::istringstream fields(line);
    std::string offset, info, type, value, name;
    if (fields >> offset >> info >> type >> value >> name)
      out.insert(name.substr(0, name.find('@')));
  }
  return out;
}

/// A definition that replaces the library's own: a strong one (a weak C++ template or inline
/// instantiation is the language's, not an interposition), not a copy relocation, and not one
/// of the symbols the linker defines in every program and library (section bounds).
bool Replaces(const std::string& name, const Symbol& s, const std::set<std::string>& copies) {
  static const std::set<std::string> kLinkerDefined = {"_end", "_edata", "__bss_start", "_init",
                                                       "_fini"};
  return !s.versioned && s.type != 'W' && s.type != 'V' && s.type != 'A' && !copies.count(name) &&
         !kLinkerDefined.count(name);
}

BOOST_AUTO_TEST_SUITE(own_symbols_test)

BOOST_AUTO_TEST_CASE(the_program_defines_no_symbol_of_a_library_it_loads) {
  std::set<std::string> libraries = LoadedLibraries();
  // The libraries whose functions the program used to replace must be among them, or the
  // comparison below would prove nothing.
  for (const char* name : {"/libc.so", "/libcairo.so", "/libxlsxwriter.so", "/libz.so",
                           "/libqpdf.so", "/libpango-1.0.so"}) {
    bool found = false;
    for (const std::string& library : libraries) found |= library.find(name) != std::string::npos;
    BOOST_TEST(found, name << " is not loaded by the program");
  }
  std::map<std::string, Symbol> dynamic = Defined(VOORTGANG_BIN, true);
  std::map<std::string, Symbol> all = Defined(VOORTGANG_BIN, false);
  std::set<std::string> copies = CopyRelocated();
  BOOST_TEST(all.count("main") == 1);  // the symbol table is there to be compared
  int compared = 0;
  for (const std::string& library : libraries) {
    for (const auto& [name, symbol] : Defined(library, true)) {
      ++compared;
      for (const auto* table : {&dynamic, &all}) {
        auto ours = table->find(name);
        if (ours != table->end() && Replaces(name, ours->second, copies))
          BOOST_ERROR("the program defines " << name << " (" << ours->second.type << "), which "
                                             << library << " defines");
      }
    }
  }
  BOOST_TEST(compared > 10000);  // glibc alone exports a few thousand
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
