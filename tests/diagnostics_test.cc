// Every diagnostic class of input-format.md, each from a small bad input, asserted word for word
// with its file:line:column, plus the exit statuses of cli.md.
#include <boost/test/unit_test.hpp>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {

using testing::CommandResult;
using testing::TempDir;

const char* kPlan = R"([eenheid]
naam = "Regio Test"
soort = "jeugdhulpregio"

[[thema]]
id = "preventie"
naam = "Preventie"
actielijnen = ["1", "3"]

  [[thema.voortgang]]
  periode = "2024-Q4"
  stand = "Loopt."
)";

/// Runs `check` over a tree of programma.toml plus `files` (path -> text), from inside the
/// temp dir, so the file names in messages are short and stable ("in/u/plan.toml").
CommandResult Check(const std::map<std::string, std::string>& files, const std::string& flags = "") {
  TempDir dir;
  if (!files.count("in/programma.toml")) dir.Write("in/programma.toml", testing::MinimalProgramma());
  for (const auto& [path, text] : files) dir.Write(path, text);
  return testing::RunVoortgang("check --inputs in " + flags, dir.path().string());
}

/// The diagnostic lines only (stderr without the closing summary line).
std::string Diagnostics(const CommandResult& r) {
  std::string out = r.err;
  std::size_t summary = out.rfind("voortgang check:");
  if (summary != std::string::npos) out.erase(summary);
  return out;
}

std::string Plan(const std::string& extra) { return kPlan + extra; }

}  // namespace

BOOST_AUTO_TEST_SUITE(diagnostics_test)

BOOST_AUTO_TEST_CASE(valid_tree_checks_clean) {
  CommandResult r = Check({{"in/u/plan.toml", kPlan}});
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.err == "voortgang check: 1 unit, period 2024-Q4, 0 errors, 0 warnings\n");
}

BOOST_AUTO_TEST_CASE(toml_syntax_error_points_at_its_position) {
  CommandResult r = Check({{"in/u/plan.toml", "[eenheid]\nnaam = \"x\",\n"}});
  BOOST_TEST(r.status == 1);
  BOOST_TEST(Diagnostics(r) ==
             "in/u/plan.toml:2:11: error: Error while parsing key-value pair: expected a comment "
             "or whitespace, saw ','\n");
}

BOOST_AUTO_TEST_CASE(unknown_key_with_and_without_a_near_match) {
  CommandResult r = Check({{"in/u/plan.toml", Plan("\n[[besluit]]\nonderwerp = \"A\"\nperiode = \"2025-Q1\"\nvrom = \"Brief\"\nkleur = \"rood\"\n")}});
  BOOST_TEST(r.status == 1);
  BOOST_TEST(Diagnostics(r) ==
             "in/u/plan.toml:17:1: error: unknown key 'vrom' in [[besluit]]; did you mean 'vorm'?\n"
             "in/u/plan.toml:18:1: error: unknown key 'kleur' in [[besluit]]\n");
}

BOOST_AUTO_TEST_CASE(missing_required_key_points_at_its_table) {
  CommandResult r = Check({{"in/u/plan.toml", Plan("\n[[thema]]\nid = \"b\"\nactielijnen = [\"2\"]\n")}});
  BOOST_TEST(Diagnostics(r) ==
             "in/u/plan.toml:14:1: error: missing required key 'naam' in [[thema]]\n"
             "in/u/plan.toml:14:1: warning: theme 'b' has no voortgang for 2024-Q4; the note will "
             "say so\n");
  BOOST_TEST(r.status == 1);
}

BOOST_AUTO_TEST_CASE(wrong_type_points_at_the_value) {
  CommandResult r = Check({{"in/u/plan.toml", "[eenheid]\nnaam = 12\nsoort = \"gemeente\"\n"}},
                          "--period 2024-Q4");
  BOOST_TEST(Diagnostics(r) == "in/u/plan.toml:2:8: error: 'naam' must be a string, not an integer\n");
}

BOOST_AUTO_TEST_CASE(enumeration_out_of_its_set_suggests_the_nearest) {
  CommandResult r = Check({{"in/u/plan.toml", Plan("\n  [[thema.actie]]\n  naam = \"JIM\"\n  status = \"loopend\"\n")}});
  BOOST_TEST(Diagnostics(r) ==
             "in/u/plan.toml:16:12: error: 'status' must be one of \"gepland\", \"lopend\", "
             "\"afgerond\", \"vertraagd\", \"gestopt\", not \"loopend\"; did you mean \"lopend\"?\n");
}

BOOST_AUTO_TEST_CASE(period_out_of_its_form) {
  CommandResult r = Check({{"in/u/plan.toml", Plan("\n[[besluit]]\nonderwerp = \"A\"\nperiode = \"2025-Q5\"\n")}});
  BOOST_TEST(Diagnostics(r) ==
             "in/u/plan.toml:16:11: error: invalid period '2025-Q5': expected \"YYYY-Qn\" with n "
             "1-4 and a year 1990-2100\n");
}

BOOST_AUTO_TEST_CASE(unknown_references_suggest_the_nearest_id) {
  CommandResult r = Check(
      {{"in/u/plan.toml", Plan("\n[[thema]]\nid = \"b\"\nnaam = \"B\"\nactielijnen = [\"7\", \"r\"]\n")},
       {"in/u/budget.toml", "[begroot]\npreventei = { 2024 = 10 }\n"}},
      "--period 2024-Q4");
  BOOST_TEST(Diagnostics(r) ==
             "in/u/budget.toml:2:1: error: unknown theme 'preventei'; did you mean 'preventie'?\n"
             "in/u/plan.toml:14:1: warning: theme 'b' has no voortgang for 2024-Q4; the note will say so\n"
             "in/u/plan.toml:17:16: error: unknown actielijn '7'\n"
             "in/u/plan.toml:17:21: error: unknown actielijn 'r'; did you mean 'R'?\n");
}

BOOST_AUTO_TEST_CASE(unknown_regio_unit) {
  std::string gemeente = "[eenheid]\nnaam = \"G\"\nsoort = \"gemeente\"\nregio = \"regio-tset\"\n";
  CommandResult r = Check({{"in/regio-test/plan.toml", kPlan}, {"in/g/plan.toml", gemeente}});
  BOOST_TEST(Diagnostics(r) ==
             "in/g/plan.toml:1:1: error: unknown unit 'regio-tset'; did you mean 'regio-test'?\n");
}

BOOST_AUTO_TEST_CASE(duplicate_ids_and_periods) {
  CommandResult r = Check({{"in/u/plan.toml", Plan(R"(
  [[thema.voortgang]]
  periode = "2024-Q4"

[[thema]]
id = "preventie"
naam = "Nogmaals"
actielijnen = ["2"]
)")}}, "--period 2024-Q4");
  BOOST_TEST(Diagnostics(r) ==
             "in/u/plan.toml:14:3: error: duplicate voortgang for period 2024-Q4 in theme "
             "'preventie'; first at line 10\n"
             "in/u/plan.toml:17:1: error: duplicate theme id 'preventie'; first defined at line 5\n"
             "in/u/plan.toml:17:1: warning: theme 'preventie' has no voortgang for 2024-Q4; the "
             "note will say so\n");
}

BOOST_AUTO_TEST_CASE(weights_that_do_not_sum_to_one_or_are_not_positive) {
  CommandResult r = Check({{"in/u/plan.toml", Plan(R"(
[[thema]]
id = "b"
naam = "B"
actielijnen = { "1" = 0.6, "2" = 0.3 }
  [[thema.voortgang]]
  periode = "2024-Q4"

[[thema]]
id = "c"
naam = "C"
actielijnen = { "1" = 0, "2" = 1 }
  [[thema.voortgang]]
  periode = "2024-Q4"
)")}});
  BOOST_TEST(Diagnostics(r) ==
             "in/u/plan.toml:17:15: error: weights of theme 'b' must sum to 1\n"
             "in/u/plan.toml:24:23: error: weight of actielijn '1' must be greater than zero\n");
}

BOOST_AUTO_TEST_CASE(money_with_three_decimals_and_negative_begroot) {
  CommandResult r = Check({{"in/u/plan.toml", kPlan},
                           {"in/u/budget.toml", R"([[middelen]]
bron = "Fonds"
jaar = 2024
bedrag = 1_000.005

[begroot]
preventie = { 2024 = -5 }
)"}});
  BOOST_TEST(Diagnostics(r) ==
             "in/u/budget.toml:4:10: error: 'bedrag' 1_000.005 has more than two decimals; money "
             "is held in whole cents\n"
             "in/u/budget.toml:7:22: error: begroot amount for 'preventie' in 2024 must not be "
             "negative\n");
}

BOOST_AUTO_TEST_CASE(layout_rules_of_the_tree) {
  CommandResult r = Check({{"in/Regio_X/plan.toml", kPlan}, {"in/notes.txt", "x"},
                           {"in/u/plan.toml", kPlan}, {"in/u/extra.toml", ""},
                           {"in/_concept/plan.toml", "not toml at all"}});
  BOOST_TEST(Diagnostics(r) ==
             "in/Regio_X:0:0: error: unit folder name 'Regio_X' must match "
             "^[a-z0-9]+(-[a-z0-9]+)*$ (lower-case letters, digits, single hyphens), at most 64 "
             "characters\n"
             "in/notes.txt:0:0: error: unexpected file in the inputs folder: only programma.toml "
             "and one folder per unit belong here\n"
             "in/u/extra.toml:0:0: error: unexpected file in a unit folder: only plan.toml, "
             "budget.toml and the CSV file its [import.boekingen] names belong here\n");
  BOOST_TEST(r.status == 1);
}

BOOST_AUTO_TEST_CASE(period_dependent_warnings) {
  CommandResult r = Check({{"in/u/plan.toml", kPlan},
                           {"in/u/budget.toml", R"([[middelen]]
bron = "Fonds"
jaar = 2024
bedrag = 100

[begroot]
preventie = { 2024 = 150 }

[[boeking]]
thema = "preventie"
periode = "2024-Q3"
bedrag = 160

[[boeking]]
thema = "preventie"
periode = "2025-Q1"
bedrag = 1
)"}});
  BOOST_TEST(r.status == 0);
  BOOST_TEST(Diagnostics(r) ==
             "in/u/budget.toml:7:22: warning: overschrijding: theme 'preventie' has 160.00 euro "
             "spent and committed at 2024-Q4, above its total begroot of 150.00 euro\n"
             "in/u/budget.toml:7:22: warning: overprogrammering: up to 2024 150.00 euro is planned "
             "against 100.00 euro of middelen (50.00 too much)\n"
             "in/u/budget.toml:14:1: warning: booking in 2025-Q1 lies after the reporting period "
             "2024-Q4 and is left out of its figures\n");
  CommandResult strict = Check({{"in/u/plan.toml", kPlan}, {"in/u/budget.toml", "[begroot]\npreventie = { 2025 = 1 }\n"}},
                               "--werror");
  BOOST_TEST(strict.status == 1);
}

BOOST_AUTO_TEST_CASE(files_from_other_editors_load) {
  std::string crlf;
  for (char c : std::string(kPlan)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  CommandResult r = Check({{"in/u/plan.toml", "\xEF\xBB\xBF" + crlf}});
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.err == "voortgang check: 1 unit, period 2024-Q4, 0 errors, 0 warnings\n");
}

BOOST_AUTO_TEST_CASE(diagnostics_as_json_lines) {
  CommandResult r = Check({{"in/u/plan.toml", "[eenheid]\nnaam = 12\nsoort = \"gemeente\"\n"}},
                          "--period 2024-Q4 --diagnostics json");
  BOOST_TEST(Diagnostics(r) ==
             "{\"file\":\"in/u/plan.toml\",\"line\":2,\"column\":8,\"severity\":\"error\","
             "\"message\":\"'naam' must be a string, not an integer\",\"hint\":\"\"}\n");
}

BOOST_AUTO_TEST_CASE(github_actions_gets_each_diagnostic_as_a_workflow_annotation) {
  // A quoted key may hold a newline and a percent sign: each diagnostic stays one line, and
  // the annotation escapes '%' as the runner expects.
  testing::TempDir dir;
  dir.Write("in/programma.toml", testing::MinimalProgramma());
  dir.Write("in/u/plan.toml", Plan("  \"we\\nird%key\" = 1\n"));
  std::string check = std::string("'") + VOORTGANG_BIN + "' check --inputs in --period 2025-Q1";
  CommandResult r = testing::RunShell("GITHUB_ACTIONS=true " + check, dir.path().string());
  BOOST_TEST(r.status == 1);
  BOOST_TEST(Diagnostics(r) ==
             "in/u/plan.toml:5:1: warning: theme 'preventie' has no voortgang for 2025-Q1; "
             "the note will say so\n"
             "::warning file=in/u/plan.toml,line=5,col=1::theme 'preventie' has no voortgang "
             "for 2025-Q1; the note will say so\n"
             "in/u/plan.toml:13:3: error: unknown key 'we\\nird%key' in [[thema.voortgang]]\n"
             "::error file=in/u/plan.toml,line=13,col=3::unknown key 'we\\nird%25key' in "
             "[[thema.voortgang]]\n");
  CommandResult plain = testing::RunShell("GITHUB_ACTIONS=false " + check, dir.path().string());
  BOOST_TEST(plain.err.find("::") == std::string::npos);
  BOOST_TEST(plain.err.find("in/u/plan.toml:13:3: error: unknown key 'we\\nird%key'") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(wrong_usage_exits_with_two) {
  BOOST_TEST(testing::RunVoortgang("check --period 2024-Q9").status == 2);
  BOOST_TEST(testing::RunVoortgang("frobnicate").status == 2);
  BOOST_TEST(testing::RunVoortgang("summary").status == 2);  // --json is required
  BOOST_TEST(testing::RunVoortgang("--help").status == 0);
}

BOOST_AUTO_TEST_CASE(missing_programma_and_missing_inputs) {
  TempDir dir;
  dir.Write("in/u/plan.toml", kPlan);
  CommandResult r = testing::RunVoortgang("check --inputs in", dir.path().string());
  BOOST_TEST(r.status == 1);
  BOOST_TEST(Diagnostics(r) == "in/programma.toml:0:0: error: missing programma.toml\n");
  r = testing::RunVoortgang("check --inputs nowhere --period 2024-Q4", dir.path().string());
  BOOST_TEST(r.status == 1);
  BOOST_TEST(Diagnostics(r) == "nowhere:0:0: error: inputs folder not found\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
