// The quarter's figures (changes.md): against an independent computation on random trees, and
// "t/m P-1" + "in P" = "t/m P" on every theme, unit and actielijn of a generated national tree.
#include <boost/test/unit_test.hpp>
#include <random>

#include "pipeline/aggregate/aggregate.h"
#include "pipeline/load/load.h"
#include "pipeline/validate/validate.h"
#include "tests/support/test_support.h"

namespace voortgang {
namespace {

const char* const kLines[] = {"1", "2", "3", "4", "5", "6", "R"};

Programma RandomProgramma() {
  Programma p;
  p.path = "programma.toml";
  for (const char* id : kLines) p.actielijnen.push_back({id, id, {}, {}});
  return p;
}

Period RandomPeriod(std::mt19937_64& rng) {
  return Period{2019 + static_cast<int>(rng() % 4), 1 + static_cast<int>(rng() % 4)};
}

/// A unit with random themes (equal or decimal weights) and bookings over 2019-2022.
Unit RandomUnit(std::mt19937_64& rng, int index) {
  Unit u;
  u.id = "u" + std::to_string(index);
  u.budget = Budget{};
  int themes = 1 + static_cast<int>(rng() % 4);
  for (int t = 0; t < themes; ++t) {
    Thema& thema = u.themas.emplace_back();
    thema.id = "t" + std::to_string(t);
    int n = 1 + static_cast<int>(rng() % 4);
    int first = static_cast<int>(rng() % (7 - n + 1));
    int64_t left = 1000;
    for (int i = 0; i < n; ++i) {
      int64_t w = i + 1 == n ? left : 1 + static_cast<int64_t>(rng() % (left - (n - i - 1)));
      left -= w;
      thema.actielijnen.push_back({kLines[first + i], Fraction{w, 1000}, {}});
    }
    for (int b = 0, count = static_cast<int>(rng() % 12); b < count; ++b) {
      Boeking booking;
      booking.thema = thema.id;
      booking.periode = RandomPeriod(rng);
      booking.bedrag = Money{static_cast<int64_t>(rng() % 20000000) - 5000000};
      booking.soort = rng() % 3 == 0 ? Soort::kVerplichting : Soort::kUitgave;
      u.budget->boekingen.push_back(booking);
    }
  }
  return u;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(quarter_test)

BOOST_AUTO_TEST_CASE(random_trees_against_an_independent_computation) {
  std::mt19937_64 rng(20250331);
  for (int round = 0; round < 300; ++round) {
    Inputs inputs;
    inputs.programma = RandomProgramma();
    for (int i = 0, n = 1 + static_cast<int>(rng() % 3); i < n; ++i) {
      inputs.units.push_back(RandomUnit(rng, i));
    }
    Period p = RandomPeriod(rng);
    Diagnostics diags;
    Figures now = Aggregate(inputs, p, &diags);
    Figures before = Aggregate(inputs, PreviousPeriod(p), &diags);
    BOOST_TEST(!diags.HasErrors());
    BOOST_TEST(now.previous.ToString() == PreviousPeriod(p).ToString());
    Money national_quarter;
    for (std::size_t u = 0; u < inputs.units.size(); ++u) {
      const Unit& unit = inputs.units[u];
      const UnitFigures& f = now.units[u];
      // Plain sums of the bookings of P, theme by theme and per quarter.
      std::map<Period, std::pair<int64_t, int64_t>> by_quarter;
      int64_t unit_uitgaven = 0, unit_verplichtingen = 0;
      for (std::size_t t = 0; t < unit.themas.size(); ++t) {
        int64_t uitgaven = 0, verplichtingen = 0;
        for (const Boeking& b : unit.budget->boekingen) {
          if (t == 0 && b.periode <= p) {  // every booking once, not once per theme
            auto& q = by_quarter[b.periode];
            (b.soort == Soort::kUitgave ? q.first : q.second) += b.bedrag.cents;
          }
          if (b.thema != unit.themas[t].id || b.periode != p) continue;
          (b.soort == Soort::kUitgave ? uitgaven : verplichtingen) += b.bedrag.cents;
        }
        BOOST_TEST(f.themas[t].uitgaven_kwartaal.cents == uitgaven);
        BOOST_TEST(f.themas[t].verplichtingen_kwartaal.cents == verplichtingen);
        unit_uitgaven += uitgaven;
        unit_verplichtingen += verplichtingen;
        // Per actielijn: exactly the difference of the two cumulative splits.
        const ThemeFigures& th = f.themas[t];
        const ThemeFigures& tb = before.units[u].themas[t];
        for (std::size_t a = 0; a < th.split.size(); ++a) {
          BOOST_TEST(th.split[a].uitgaven_kwartaal.cents ==
                     th.split[a].uitgaven.cents - tb.split[a].uitgaven.cents);
          BOOST_TEST(th.split[a].verplichtingen_kwartaal.cents ==
                     th.split[a].verplichtingen.cents - tb.split[a].verplichtingen.cents);
        }
      }
      BOOST_TEST(f.uitgaven_kwartaal.cents == unit_uitgaven);
      BOOST_TEST(f.verplichtingen_kwartaal.cents == unit_verplichtingen);
      national_quarter.cents += unit_uitgaven;
      // The series: every quarter from the first booked one up to P, none left out.
      std::optional<Period> first;
      for (const Boeking& b : unit.budget->boekingen) {
        if (!first || b.periode < *first) first = b.periode;
      }
      if (!first || p < *first) {
        BOOST_TEST(f.quarters.empty());
        continue;
      }
      BOOST_REQUIRE(!f.quarters.empty());
      BOOST_TEST(f.quarters.front().period.ToString() == first->ToString());
      BOOST_TEST(f.quarters.back().period.ToString() == p.ToString());
      BOOST_TEST(!f.eerder.has_value());  // 2019-2022 is 16 quarters, under the cap
      for (std::size_t i = 1; i < f.quarters.size(); ++i) {
        BOOST_TEST(f.quarters[i].period.ToString() ==
                   NextPeriod(f.quarters[i - 1].period).ToString());
      }
      for (const QuarterFigures& q : f.quarters) {
        BOOST_TEST(q.uitgaven.cents == by_quarter[q.period].first);
        BOOST_TEST(q.verplichtingen.cents == by_quarter[q.period].second);
      }
    }
    BOOST_TEST(now.national.uitgaven_kwartaal.cents == national_quarter.cents);
  }
}

BOOST_AUTO_TEST_CASE(more_than_forty_quarters_sum_the_earliest_into_eerder) {
  Inputs inputs;
  inputs.programma = RandomProgramma();
  Unit u;
  u.id = "lang";
  u.themas.push_back({"t", "T", {{"1", {1, 1}, {}}}, {}, "", "", {}, {}, {}});
  u.budget = Budget{};
  // One booking of 100 cents in each quarter of 2010-2021: 48 quarters.
  for (Period q{2010, 1}; q <= Period{2021, 4}; q = NextPeriod(q)) {
    u.budget->boekingen.push_back({"t", q, Money{100}, Soort::kUitgave, "", {}});
  }
  inputs.units.push_back(u);
  Diagnostics diags;
  Figures f = Aggregate(inputs, {2021, 4}, &diags);
  const UnitFigures& uf = f.units[0];
  BOOST_TEST(uf.quarters.size() == 40u);
  BOOST_TEST(uf.quarters.front().period.ToString() == "2012-Q1");
  BOOST_REQUIRE(uf.eerder.has_value());
  BOOST_TEST(uf.eerder->period.ToString() == "2010-Q1");
  BOOST_TEST(uf.eerder->uitgaven.cents == 800);  // 2010-2011
  BOOST_TEST(uf.uitgaven_kwartaal.cents == 100);
}

BOOST_AUTO_TEST_CASE(actions_changed_in_the_period_are_counted_by_status) {
  Inputs inputs;
  inputs.programma = RandomProgramma();
  Unit u;
  u.id = "a";
  Thema& t = u.themas.emplace_back();
  t.id = "t";
  t.actielijnen.push_back({"1", {1, 1}, {}});
  auto actie = [&](Status s, std::optional<Period> sinds) {
    Actie& a = t.acties.emplace_back();
    a.status = s;
    a.sinds = sinds;
  };
  actie(Status::kAfgerond, Period{2024, 4});
  actie(Status::kAfgerond, Period{2024, 3});
  actie(Status::kLopend, Period{2024, 4});
  actie(Status::kVertraagd, std::nullopt);
  actie(Status::kGestopt, Period{2025, 1});  // after P: unchanged in P
  inputs.units.push_back(u);
  Diagnostics diags;
  Figures f = Aggregate(inputs, {2024, 4}, &diags);
  BOOST_TEST(f.units[0].acties_changed.at(Status::kAfgerond) == 1);
  BOOST_TEST(f.units[0].acties_changed.at(Status::kLopend) == 1);
  BOOST_TEST(f.units[0].acties_changed.at(Status::kGestopt) == 0);
  BOOST_TEST(f.national.acties_changed.at(Status::kAfgerond) == 1);
}

BOOST_AUTO_TEST_CASE(identity_on_every_unit_of_a_generated_national_tree) {
  testing::TempDir dir;
  BOOST_REQUIRE(
      testing::RunShell(std::string("'") + VOORTGANG_GEN_TREE + "' tree", dir.path().string())
          .status == 0);
  Diagnostics diags;
  Inputs inputs = LoadInputs((dir.path() / "tree").string(), {}, &diags);
  std::optional<Period> p = LatestPeriod(inputs);
  BOOST_REQUIRE(p.has_value());
  Validate(inputs, *p, &diags);
  BOOST_REQUIRE(!diags.HasErrors());
  Figures now = Aggregate(inputs, *p, &diags);
  Figures before = Aggregate(inputs, PreviousPeriod(*p), &diags);
  int64_t booked_in_p = 0;
  auto same = [](const ActielijnFigures& n, const ActielijnFigures& b) {
    return b.uitgaven.cents + n.uitgaven_kwartaal.cents == n.uitgaven.cents &&
           b.verplichtingen.cents + n.verplichtingen_kwartaal.cents == n.verplichtingen.cents;
  };
  for (std::size_t u = 0; u < now.units.size(); ++u) {
    const UnitFigures& n = now.units[u];
    const UnitFigures& b = before.units[u];
    BOOST_TEST(b.uitgaven.cents + n.uitgaven_kwartaal.cents == n.uitgaven.cents);
    BOOST_TEST(b.verplichtingen.cents + n.verplichtingen_kwartaal.cents == n.verplichtingen.cents);
    for (std::size_t t = 0; t < n.themas.size(); ++t) {
      BOOST_TEST(b.themas[t].uitgaven.cents + n.themas[t].uitgaven_kwartaal.cents ==
                 n.themas[t].uitgaven.cents);
      for (std::size_t a = 0; a < n.themas[t].split.size(); ++a) {
        BOOST_TEST(same(n.themas[t].split[a], b.themas[t].split[a]));
      }
    }
    for (std::size_t a = 0; a < n.actielijnen.size(); ++a) {
      BOOST_TEST(same(n.actielijnen[a], before.units[u].actielijnen[a]));
    }
    booked_in_p += n.uitgaven_kwartaal.cents;
  }
  for (std::size_t a = 0; a < now.national.actielijnen.size(); ++a) {
    BOOST_TEST(same(now.national.actielijnen[a], before.national.actielijnen[a]));
  }
  BOOST_TEST(booked_in_p != 0);  // the tree books in P, so the identity is not 0 + x = x
  BOOST_TEST(now.national.uitgaven_kwartaal.cents == booked_in_p);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang
