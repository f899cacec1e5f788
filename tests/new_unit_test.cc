// `voortgang new` (import.md): a commented skeleton unit that `voortgang check` accepts, and
// refusals that leave the tree as it was.
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;
using testing::CommandResult;

BOOST_AUTO_TEST_SUITE(new_unit_test)

BOOST_AUTO_TEST_CASE(a_new_gemeente_and_a_new_region_pass_check) {
  testing::ShippedCopy dir;
  std::string cwd = dir.path().string();
  CommandResult made = testing::RunVoortgang(
      "new gemeente-oost --soort gemeente --regio regio-groningen --naam 'Gemeente \"Oost\"' "
      "--inputs in",
      cwd);
  BOOST_TEST(made.status == 0, made.err);
  BOOST_TEST(made.out == "voortgang new: wrote in/gemeente-oost/plan.toml and budget.toml\n");
  BOOST_TEST(testing::RunVoortgang("new regio-west --soort jeugdhulpregio --inputs in", cwd).status ==
             0);
  std::string plan = dir.Read("in/gemeente-oost/plan.toml");
  BOOST_TEST(plan.find("naam = \"Gemeente \\\"Oost\\\"\"") != std::string::npos);
  BOOST_TEST(plan.find("regio = \"regio-groningen\"") != std::string::npos);
  // Every key of the format is there to be filled in, with its Dutch explanation.
  for (const char* key : {"[contact]", "[[inleiding]]", "[[kerncijfer]]", "[[thema]]",
                          "[[thema.actie]]", "[[thema.voortgang]]", "[[besluit]]", "[[mijlpaal]]",
                          "status = \"gepland\"", "# verplicht"}) {
    BOOST_TEST(plan.find(key) != std::string::npos, key);
  }
  std::string budget = dir.Read("in/regio-west/budget.toml");
  for (const char* key : {"[[middelen]]", "[begroot]", "[[boeking]]", "[import.boekingen]"}) {
    BOOST_TEST(budget.find(key) != std::string::npos, key);
  }
  CommandResult check = testing::RunVoortgang("check --inputs in", cwd);
  BOOST_TEST(check.status == 0, check.err);
  BOOST_TEST(check.err.find("error:") == std::string::npos, check.err);
  BOOST_TEST(check.err.find("voortgang check: 5 units, period 2024-Q4, 0 errors") !=
                 std::string::npos,
             check.err);
}

BOOST_AUTO_TEST_CASE(an_existing_unit_or_a_bad_id_is_refused_and_nothing_written) {
  testing::ShippedCopy dir;
  std::string cwd = dir.path().string();
  std::string before = dir.Read("in/zuid-kennemerland/plan.toml");
  CommandResult existing =
      testing::RunVoortgang("new zuid-kennemerland --soort jeugdhulpregio --inputs in", cwd);
  BOOST_TEST(existing.status == 2);
  BOOST_TEST(existing.err ==
             "voortgang new: unit 'zuid-kennemerland' exists already in in\n");
  BOOST_TEST(dir.Read("in/zuid-kennemerland/plan.toml") == before);

  for (const char* id : {"Oost", "oost_1", "oost-", "oost--west", "landelijk"}) {
    CommandResult bad =
        testing::RunVoortgang(std::string("new ") + id + " --soort gemeente --inputs in", cwd);
    BOOST_TEST(bad.status == 2, id);
    BOOST_TEST(bad.err.find("must match ^[a-z0-9]+(-[a-z0-9]+)*$") != std::string::npos, id);
    BOOST_TEST(!fs::exists(dir.Path("in") / id), id);
  }
  CommandResult soort = testing::RunVoortgang("new oost --soort provincie --inputs in", cwd);
  BOOST_TEST(soort.status == 2);
  BOOST_TEST(!fs::exists(dir.Path("in/oost")));
  CommandResult regio =
      testing::RunVoortgang("new oost --soort jeugdhulpregio --regio west --inputs in", cwd);
  BOOST_TEST(regio.status == 2);
  BOOST_TEST(regio.err == "voortgang new: --regio is for a gemeente only\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
