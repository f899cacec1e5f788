// Hostile command lines and environments (issue 21): each a usage error (exit 2) or a write
// failure (exit 3) with its message word for word, before anything is written.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;
using testing::CommandResult;

const fs::path kBase = fs::path(VOORTGANG_SOURCE_DIR) / "tests/bad_inputs/base";
const std::string kTemplates = std::string(" --templates '") + VOORTGANG_SOURCE_DIR + "/templates'";

/// A one-unit tree (the bad-input corpus's base) as in/.
struct Tree : testing::TempDir {
  Tree() { fs::copy(kBase, path() / "in", fs::copy_options::recursive); }
  CommandResult Run(const std::string& args, const std::string& env = "") const {
    return testing::RunShell(env + " env -u GITHUB_ACTIONS '" + VOORTGANG_BIN + "' " + args,
                             path().string());
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(hostile_usage_test)

BOOST_AUTO_TEST_CASE(source_date_epoch_outside_the_specification_is_refused_before_writing) {
  Tree t;
  const std::string digits =
      "SOURCE_DATE_EPOCH must be a number of seconds in ASCII digits (no sign, space, fraction "
      "or prefix)";
  const std::string late =
      "SOURCE_DATE_EPOCH is past 9999-12-31 23:59:59 UTC (at most 253402300799), the last date "
      "the outputs can hold";
  const std::pair<std::string, std::string> cases[] = {
      {"abc", digits}, {"-1", digits},  {"1.5", digits}, {"0x10", digits},
      {"1 ", digits},  {" 1", digits},  {"+1", digits},  {"253402300800", late},
      {"99999999999999999999999999", late}};
  for (const auto& [value, message] : cases) {
    CommandResult r = t.Run("build --inputs in --out out" + kTemplates,
                            "SOURCE_DATE_EPOCH='" + value + "'");
    BOOST_TEST(r.status == 2, value);
    BOOST_TEST(r.err == "voortgang: invalid SOURCE_DATE_EPOCH '" + value + "': " + message + "\n");
    BOOST_TEST(!fs::exists(t.path() / "out"), value);
  }
}

BOOST_AUTO_TEST_CASE(the_last_second_of_year_9999_builds_and_is_printed) {
  Tree t;
  CommandResult r =
      t.Run("build --inputs in --out out" + kTemplates, "SOURCE_DATE_EPOCH=253402300799");
  BOOST_TEST(r.status == 0, r.err);
  std::string pdf = testing::ReadFile(t.path() / "out/2024-Q4/west/voortgangsnotitie-west-2024-Q4.pdf");
  BOOST_TEST(pdf.find("9999-12-31T23:59:59") != std::string::npos);  // XMP
  BOOST_TEST(pdf.find("(D:99991231235959") != std::string::npos);    // the Info dictionary
  CommandResult core = testing::RunShell(
      "unzip -p out/2024-Q4/west/budget-west-2024-Q4.xlsx docProps/core.xml", t.path().string());
  BOOST_TEST(core.out.find("9999-12-31T23:59:59Z") != std::string::npos, core.out);
}

BOOST_AUTO_TEST_CASE(empty_and_malformed_values_are_usage_errors) {
  Tree t;
  const std::pair<std::string, std::string> cases[] = {
      {"build --inputs in --unit ''", "--unit: must not be empty"},
      {"build --inputs in --unit ../west", "--unit: '../west' is not a unit id (a folder name of "
                                           "lower-case letters, digits and hyphens)"},
      {"build --inputs in --out ''", "--out: must not be empty"},
      {"build --inputs in --huisstijl ''", "--huisstijl: must not be empty"},
      {"build --inputs in --huisstijl ../huisstijl/standaard",
       "--huisstijl: '../huisstijl/standaard' is not a house style name: the name of a file in "
       "templates/huisstijl/ without .toml (lower-case letters, digits and hyphens, no path)"},
      {"check --inputs in --period ''", "--period: must not be empty"},
      {"check --inputs ''", "--inputs: must not be empty"},
  };
  for (const auto& [args, message] : cases) {
    CommandResult r = t.Run(args);
    BOOST_TEST(r.status == 2, args);
    BOOST_TEST(r.err == message + "\nRun with --help for more information.\n", args);
  }
  CommandResult r = t.Run("check --inputs in --period 1989-Q4");
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.err ==
             "voortgang: invalid --period '1989-Q4': expected YYYY-Qn with n 1-4 and a year "
             "1990-2100, e.g. 2024-Q4\n");
  r = t.Run("build --inputs in --out out --unit oost" + kTemplates);
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.out.find("voortgang: unknown unit 'oost' in --unit\n") == 0, r.out);
}

BOOST_AUTO_TEST_CASE(unknown_commands_and_flags_say_what_is_wrong) {
  Tree t;
  CommandResult r = t.Run("frobnicate");
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.err ==
             "voortgang: unknown command 'frobnicate': the commands are check, summary, build, "
             "schema, new, diff "
             "(see voortgang --help)\n");
  r = t.Run("");
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.err ==
             "voortgang: a command is required: check, summary, build, schema, new, diff "
             "(see voortgang --help)\n");
  r = t.Run("check --inputs in --frob");
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.err ==
             "The following argument was not expected: --frob\nRun with --help for more "
             "information.\n");
}

BOOST_AUTO_TEST_CASE(outputs_inside_the_inputs_tree_are_refused) {
  Tree t;
  for (std::string out : {"in", "in/outputs", "in/../in/x", "in/"}) {
    CommandResult r = t.Run("build --inputs in --out " + out + kTemplates);
    BOOST_TEST(r.status == 2, out);
    BOOST_TEST(r.err == "voortgang: --out '" + out +
                            "' is inside --inputs 'in': put the outputs outside the inputs tree\n",
               out);
  }
  BOOST_TEST(!fs::exists(t.path() / "in/outputs"));
  BOOST_TEST(!fs::exists(t.path() / "in/2024-Q4"));
}

BOOST_AUTO_TEST_CASE(a_failed_write_to_stdout_is_exit_status_3) {
  Tree t;
  for (std::string args : {"summary --json --inputs in", "--version", "--help"}) {
    CommandResult r = testing::RunShell(
        "( '" + std::string(VOORTGANG_BIN) + "' " + args + " >/dev/full )", t.path().string());
    BOOST_TEST(r.status == 3, args);
    BOOST_TEST(r.err.find("voortgang: cannot write to standard output: No space left on device\n") !=
                   std::string::npos,
               args << ": " << r.err);
  }
}

BOOST_AUTO_TEST_CASE(an_interrupted_build_says_so_and_what_it_kept) {
  // The shipped tree: its checks end with two warnings, then six outputs take seconds to
  // render; SIGINT comes as soon as the warnings are out.
  testing::ShippedCopy t;
  // In braces: RunShell puts "cd DIR &&" in front, which "&" would otherwise send to the
  // background together with the build.
  std::string script =
      "{ SOURCE_DATE_EPOCH=1733788800 '" + std::string(VOORTGANG_BIN) +
      "' build --inputs in --out out --jobs 1 --templates templates 2>err & pid=$!; "
      "for i in $(seq 1 1500); do grep -q warning err && break; sleep 0.02; done; "
      "kill -INT $pid; wait $pid; echo $?; }";
  CommandResult r = testing::RunShell(script, t.path().string());
  std::string err = testing::ReadFile(t.path() / "err");
  BOOST_TEST(r.out == "130\n", err);
  BOOST_TEST(err.find("\nvoortgang: build interrupted: the outputs already in place are kept "
                      "(complete, old or new); files being written were removed; run the "
                      "build again to finish\n") != std::string::npos,
             err);
}

BOOST_AUTO_TEST_CASE(house_style_files_must_be_regular_files_and_modest_pngs) {
  Tree t;
  fs::copy(fs::path(VOORTGANG_SOURCE_DIR) / "templates", t.path() / "templates",
           fs::copy_options::recursive);
  fs::path style = t.path() / "templates/huisstijl/standaard.toml";
  std::string text = testing::ReadFile(style);
  const std::string logo_line = "logo = \"\"";
  std::size_t at = text.find(logo_line);
  BOOST_REQUIRE(at != std::string::npos);
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  // A PNG header claiming 5000 x 5000 pixels: refused from its IHDR, never decoded.
  // 8 signature bytes, the IHDR chunk's length and type, its 13 data bytes and a CRC.
  std::string huge("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\x13\x88\0\0\x13\x88\x08\x06\0\0\0\0\0\0\0", 33);
  t.Write("templates/huisstijl/huge.png", huge);
  t.Write("templates/huisstijl/text.png", "not an image\n");
  const std::pair<std::string, std::string> cases[] = {
      {"/dev/zero", "'/dev/zero' as the logo: it is not a regular file"},
      {"huge.png", "'templates/huisstijl/huge.png' as the logo: a PNG of 5000 x 5000 pixels; at "
                   "most 4096 x 4096 is allowed"},
      {"text.png", "'templates/huisstijl/text.png' as the logo: it is not a PNG file"},
  };
  for (const auto& [logo, message] : cases) {
    std::string changed = text;
    changed.replace(at, logo_line.size(), "logo = \"" + logo + "\"");
    t.Write("templates/huisstijl/standaard.toml", changed);
    CommandResult r = t.Run("build --inputs in --out out --templates templates");
    BOOST_TEST(r.status == 1, logo);
    BOOST_TEST(r.err.find("templates/huisstijl/standaard.toml:" + std::to_string(line) +
                          ":8: error: titel.logo: cannot use " + message + "\n") !=
                   std::string::npos,
               r.err);
    BOOST_TEST(!fs::exists(t.path() / "out/2024-Q4"), logo);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
