// `voortgang diff` (changes.md): golden Markdown and JSON on a crafted pair of trees that
// differ in every listed way, identical trees, the JSON's money against the two trees'
// `summary --json`, and the exit statuses.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kPair = fs::path(VOORTGANG_SOURCE_DIR) / "tests/diff";

void CompareGolden(const std::string& got, const std::string& name) {
  fs::path file = kPair / name;
  if (std::getenv("VOORTGANG_UPDATE_EXPECTED")) {
    std::ofstream(file, std::ios::binary) << got;
  }
  BOOST_TEST(got == testing::ReadFile(file));
}

/// Cents of `field` (with `year` for begroot) of one object of summary --json.
int64_t Field(const json& object, const json& row) {
  std::string field = row["field"];
  if (field == "begroot") {
    const json& years = object["begroot"];
    std::string year = row["year"];
    return years.contains(year) ? years[year].get<int64_t>() : 0;
  }
  return object[field].get<int64_t>();
}

const json& ById(const json& list, const std::string& id) {
  for (const json& x : list) {
    if (x["id"] == id) return x;
  }
  BOOST_FAIL("no " + id);
  static json none;
  return none;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(diff_test)

BOOST_AUTO_TEST_CASE(identical_trees_say_so_in_one_line) {
  testing::CommandResult md =
      testing::RunVoortgang("diff --base base --inputs base", kPair.string());
  BOOST_TEST(md.status == 0);
  BOOST_TEST(md.out == "Geen wijzigingen in de cijfers of teksten.\n");
  BOOST_TEST(md.err == "");
  testing::CommandResult js =
      testing::RunVoortgang("diff --base base --inputs base --format json", kPair.string());
  BOOST_TEST(js.status == 0);
  json j = json::parse(js.out);
  BOOST_TEST(j["changed"] == false);
  BOOST_TEST(j["units"].empty());
  BOOST_TEST(j["outputs"].empty());
  BOOST_TEST(j["national"].empty());
}

BOOST_AUTO_TEST_CASE(every_kind_of_change_as_markdown) {
  testing::CommandResult r =
      testing::RunVoortgang("diff --base base --inputs head", kPair.string());
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.err == "");
  CompareGolden(r.out, "expected.md");
}

BOOST_AUTO_TEST_CASE(every_kind_of_change_as_json) {
  testing::CommandResult r = testing::RunVoortgang(
      "diff --base base --inputs head --format json --jobs 2", kPair.string());
  BOOST_TEST(r.status == 0);
  CompareGolden(r.out, "expected.json");
}

BOOST_AUTO_TEST_CASE(money_changes_are_the_difference_of_the_summaries) {
  json diff = json::parse(
      testing::RunVoortgang("diff --base base --inputs head --format json", kPair.string()).out);
  json before = json::parse(
      testing::RunVoortgang("summary --json --inputs base --period 2024-Q4", kPair.string()).out);
  json after = json::parse(
      testing::RunVoortgang("summary --json --inputs head --period 2024-Q4", kPair.string()).out);
  int rows = 0;
  std::set<std::string> seen;
  for (const json& unit : diff["units"]) {
    const json& a = ById(before["units"], unit["id"]);
    const json& b = ById(after["units"], unit["id"]);
    for (const json& row : unit.value("money", json::array())) {
      std::string scope = row["scope"];
      const json* oa = &a;
      const json* ob = &b;
      if (scope == "thema") {
        oa = &ById(a["themas"], row["id"]);
        ob = &ById(b["themas"], row["id"]);
      } else if (scope == "actielijn") {
        oa = &ById(a["actielijnen"], row["id"]);
        ob = &ById(b["actielijnen"], row["id"]);
      }
      if (row["field"] == "saldo" && scope == "thema") continue;  // not in summary --json
      BOOST_TEST(row["old"].get<int64_t>() == Field(*oa, row));
      BOOST_TEST(row["new"].get<int64_t>() == Field(*ob, row));
      BOOST_TEST(row["difference"].get<int64_t>() == Field(*ob, row) - Field(*oa, row));
      seen.insert(scope + "/" + row.value("id", "") + "/" + row["field"].get<std::string>() + "/" +
                  row.value("year", ""));
      ++rows;
    }
  }
  BOOST_TEST(rows >= 10);
  // Nothing that changed is left out: every differing figure of the summaries is in the diff.
  const json& a = ById(before["units"], "west");
  const json& b = ById(after["units"], "west");
  for (const char* field : {"middelen", "uitgaven", "verplichtingen", "saldo"}) {
    if (a[field] != b[field]) BOOST_TEST(seen.count(std::string("eenheid//") + field + "/"));
  }
  for (std::size_t i = 0; i < b["actielijnen"].size(); ++i) {
    for (const char* field : {"uitgaven", "verplichtingen"}) {
      if (a["actielijnen"][i][field] != b["actielijnen"][i][field]) {
        BOOST_TEST(seen.count("actielijn/" + b["actielijnen"][i]["id"].get<std::string>() + "/" +
                              field + "/"));
      }
    }
  }
  for (const json& row : diff["national"]) {
    if (row["field"] == "begroot") continue;  // summary --json has no national begroot
    std::string field = row["field"];
    BOOST_TEST(row["old"] == before["national"][field]);
    BOOST_TEST(row["new"] == after["national"][field]);
    BOOST_TEST(row["difference"].get<int64_t>() ==
               after["national"][field].get<int64_t>() - before["national"][field].get<int64_t>());
  }
  BOOST_TEST(diff["national"].size() >= 3u);
}

BOOST_AUTO_TEST_CASE(an_error_in_either_tree_exits_1_with_its_own_paths) {
  testing::TempDir dir;
  fs::copy(kPair / "base", dir.path() / "base", fs::copy_options::recursive);
  fs::copy(kPair / "head", dir.path() / "head", fs::copy_options::recursive);
  dir.Write("base/oost/budget.toml", "[[middelen]]\nbron = \"x\"\njaar = 2024\nbedrag = -1\n");
  testing::CommandResult r =
      testing::RunVoortgang("diff --base base --inputs head", dir.path().string());
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.out == "");
  BOOST_TEST(r.err.find("base/oost/budget.toml:4:10: error:") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(wrong_usage_exits_2) {
  BOOST_TEST(testing::RunVoortgang("diff --inputs head", kPair.string()).status == 2);
  BOOST_TEST(testing::RunVoortgang("diff --base base --format html", kPair.string()).status == 2);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
