// `summary --json` on a small tree whose figures were computed by hand from input-format.md.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {

const char* kPlanA = R"([eenheid]
naam = "Regio A"
soort = "jeugdhulpregio"

[[thema]]
id = "t1"
naam = "Thema een"
actielijnen = ["1", "4", "6"]
  [[thema.voortgang]]
  periode = "2024-Q4"

[[thema]]
id = "t2"
naam = "Thema twee"
actielijnen = { "3" = 0.4, "2" = 0.6 }
  [[thema.voortgang]]
  periode = "2024-Q4"
)";

const char* kBudgetA = R"([[middelen]]
bron = "Transformatiefonds"
jaar = 2019
bedrag = 100_000

[[middelen]]
bron = "Transformatiefonds"
jaar = 2020
bedrag = 60_000.00

[begroot]
t1 = { 2019 = 100_000, 2020 = 50_000.01 }
t2 = { 2020 = 10 }

[[boeking]]
thema = "t1"
periode = "2019-Q3"
bedrag = 23_500.50

[[boeking]]
thema = "t1"
periode = "2020-Q1"
bedrag = 1_000
soort = "verplichting"

[[boeking]]
thema = "t1"
periode = "2020-Q2"
bedrag = -1_000
soort = "verplichting"

[[boeking]]
thema = "t1"
periode = "2020-Q2"
bedrag = 1_000
soort = "uitgave"

[[boeking]]
thema = "t2"
periode = "2024-Q4"
bedrag = 0.05

[[boeking]]
thema = "t2"
periode = "2025-Q1"
bedrag = 999
)";

const char* kPlanB = R"([eenheid]
naam = "Gemeente B"
soort = "gemeente"
regio = "a"

[[thema]]
id = "t"
naam = "Randvoorwaarden"
actielijnen = ["R"]
  [[thema.voortgang]]
  periode = "2024-Q4"
)";

// By hand: t1 2019 = 10 000 000 c over 1/4/6 -> 3 333 334 / 3 333 333 / 3 333 333; 2020 =
// 5 000 001 c -> 1 666 667 each; uitgaven 2 350 050 + 100 000 = 2 450 050 -> 816 684 / 816 683 /
// 816 683; the commitment was released, so verplichtingen 0. t2 2020 = 1 000 c over 0.6/0.4
// (written in the other order, split in programma order 2, 3) -> 600 / 400; uitgaven 5 -> 3 / 2;
// the 2025-Q1 booking lies after the period. Saldo: 16 000 000 - 2 450 055 = 13 549 945.
const char* kExpected = R"({
  "period": "2024-Q4",
  "vorige_periode": "2024-Q3",
  "units": [
    {
      "id": "a", "middelen": 16000000,
      "begroot": {"2019": 10000000, "2020": 5001001},
      "uitgaven": 2450055, "verplichtingen": 0, "saldo": 13549945,
      "uitgaven_kwartaal": 5, "verplichtingen_kwartaal": 0,
      "themas": [
        {"id": "t1", "begroot": {"2019": 10000000, "2020": 5000001}, "uitgaven": 2450050, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "t2", "begroot": {"2020": 1000}, "uitgaven": 5, "verplichtingen": 0, "uitgaven_kwartaal": 5, "verplichtingen_kwartaal": 0}
      ],
      "actielijnen": [
        {"id": "1", "begroot": {"2019": 3333334, "2020": 1666667}, "uitgaven": 816684, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "2", "begroot": {"2020": 600}, "uitgaven": 3, "verplichtingen": 0, "uitgaven_kwartaal": 3, "verplichtingen_kwartaal": 0},
        {"id": "3", "begroot": {"2020": 400}, "uitgaven": 2, "verplichtingen": 0, "uitgaven_kwartaal": 2, "verplichtingen_kwartaal": 0},
        {"id": "4", "begroot": {"2019": 3333333, "2020": 1666667}, "uitgaven": 816683, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "5", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "6", "begroot": {"2019": 3333333, "2020": 1666667}, "uitgaven": 816683, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "R", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0}
      ]
    },
    {
      "id": "b", "middelen": 0, "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "saldo": 0,
      "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0,
      "themas": [{"id": "t", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0}],
      "actielijnen": [
        {"id": "1", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "2", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "3", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "4", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "5", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "6", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
        {"id": "R", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0}
      ]
    }
  ],
  "national": {
    "middelen": 16000000, "uitgaven": 2450055, "verplichtingen": 0, "saldo": 13549945,
    "uitgaven_kwartaal": 5, "verplichtingen_kwartaal": 0,
    "actielijnen": [
      {"id": "1", "begroot": {"2019": 3333334, "2020": 1666667}, "uitgaven": 816684, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
      {"id": "2", "begroot": {"2020": 600}, "uitgaven": 3, "verplichtingen": 0, "uitgaven_kwartaal": 3, "verplichtingen_kwartaal": 0},
      {"id": "3", "begroot": {"2020": 400}, "uitgaven": 2, "verplichtingen": 0, "uitgaven_kwartaal": 2, "verplichtingen_kwartaal": 0},
      {"id": "4", "begroot": {"2019": 3333333, "2020": 1666667}, "uitgaven": 816683, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
      {"id": "5", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
      {"id": "6", "begroot": {"2019": 3333333, "2020": 1666667}, "uitgaven": 816683, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0},
      {"id": "R", "begroot": {}, "uitgaven": 0, "verplichtingen": 0, "uitgaven_kwartaal": 0, "verplichtingen_kwartaal": 0}
    ]
  }
})";

}  // namespace

BOOST_AUTO_TEST_SUITE(summary_test)

BOOST_AUTO_TEST_CASE(figures_match_the_hand_computation_in_order) {
  testing::TempDir dir;
  dir.Write("in/programma.toml", testing::MinimalProgramma());
  dir.Write("in/a/plan.toml", kPlanA);
  dir.Write("in/a/budget.toml", kBudgetA);
  dir.Write("in/b/plan.toml", kPlanB);
  testing::CommandResult r = testing::RunVoortgang("summary --json --inputs in", dir.path().string());
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.err ==
             "in/a/budget.toml:43:1: warning: booking in 2025-Q1 lies after the reporting period "
             "2024-Q4 and is left out of its figures\n");
  // ordered_json keeps key order, so the comparison also checks the order cli.md gives.
  BOOST_TEST(nlohmann::ordered_json::parse(r.out).dump() ==
             nlohmann::ordered_json::parse(kExpected).dump());
}

BOOST_AUTO_TEST_CASE(input_errors_print_no_json) {
  testing::TempDir dir;
  dir.Write("in/programma.toml", testing::MinimalProgramma());
  dir.Write("in/a/plan.toml", "[eenheid]\n");
  testing::CommandResult r =
      testing::RunVoortgang("summary --json --inputs in --period 2024-Q4", dir.path().string());
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.out.empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
