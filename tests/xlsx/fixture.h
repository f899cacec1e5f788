// A small hand-made inputs tree for the XLSX tests (2 units, 3 themes, bookings of both kinds,
// a negative one and one after the period) with its figures worked out independently of
// Aggregate(), following input-format.md "What the pipeline computes".
#pragma once

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "pipeline/model/figures.h"
#include "pipeline/model/records.h"
#include "renderers/xlsx/workbook.h"

namespace voortgang::xlsx_test {

inline constexpr Period kPeriod{2024, 4};

inline Money Eur(int64_t euros, int64_t cents = 0) { return Money{euros * 100 + cents}; }

// Makers rather than brace lists, so new record fields need no change here.
inline Thema MakeThema(const std::string& id, const std::string& naam,
                       const std::vector<std::pair<std::string, Fraction>>& shares) {
  Thema t;
  t.id = id;
  t.naam = naam;
  for (const auto& [actielijn, weight] : shares) {
    Share share;
    share.actielijn = actielijn;
    share.weight = weight;
    t.actielijnen.push_back(share);
  }
  return t;
}

inline Middelen MakeMiddelen(const std::string& bron, int jaar, Money bedrag) {
  Middelen m;
  m.bron = bron;
  m.jaar = jaar;
  m.bedrag = bedrag;
  return m;
}

inline Begroot MakeBegroot(const std::string& thema, int jaar, Money bedrag) {
  Begroot b;
  b.thema = thema;
  b.jaar = jaar;
  b.bedrag = bedrag;
  return b;
}

inline Boeking MakeBoeking(const std::string& thema, Period periode, Money bedrag, Soort soort,
                           const std::string& omschrijving) {
  Boeking b;
  b.thema = thema;
  b.periode = periode;
  b.bedrag = bedrag;
  b.soort = soort;
  b.omschrijving = omschrijving;
  return b;
}

inline Inputs FixtureInputs() {
  Inputs in;
  in.root = "fixture";
  in.programma.naam = "Zorg voor de Jeugd";
  for (auto [id, naam] : std::vector<std::pair<std::string, std::string>>{
           {"1", "Betere toegang tot jeugdhulp voor kinderen en gezinnen"},
           {"2", "Meer kinderen zo thuis mogelijk laten opgroeien"},
           {"3", "Alle kinderen de kans bieden zich te ontwikkelen"},
           {"R", "Randvoorwaarden: jeugdhulp dichtbij het kind"}}) {
    Actielijn a;
    a.id = id;
    a.naam = naam;
    in.programma.actielijnen.push_back(a);
  }

  Unit noord;
  noord.id = "regio-noord";
  noord.naam = "Regio Noord & Oost";
  noord.soort = UnitKind::kJeugdhulpregio;
  noord.themas = {MakeThema("samen-tijdig", "Samen tijdig bepalen en inzetten wat nodig is",
                            {{"1", {1, 2}}, {"3", {1, 2}}}),
                  MakeThema("thuis", "Meer kinderen zo thuis mogelijk op laten groeien",
                            {{"3", {4, 10}}, {"2", {6, 10}}})};
  Budget b1;
  b1.middelen = {MakeMiddelen("Transformatiefonds", 2019, Eur(471498)),
                 MakeMiddelen("Transformatiefonds", 2020, Eur(471498))};
  b1.begroot = {MakeBegroot("samen-tijdig", 2019, Eur(110000)),
                MakeBegroot("samen-tijdig", 2020, Eur(110000)),
                MakeBegroot("samen-tijdig", 2021, Eur(110000)),
                MakeBegroot("thuis", 2019, Eur(180000)),
                MakeBegroot("thuis", 2020, Eur(190000)),
                MakeBegroot("thuis", 2021, Eur(250000, 1))};
  b1.boekingen = {
      MakeBoeking("thuis", {2024, 2}, Eur(100000, 1), Soort::kUitgave,
                  "Pleegzorg \"Thuis\" <werving>"),
      MakeBoeking("samen-tijdig", {2019, 3}, Eur(23500, 50), Soort::kUitgave,
                  "Training JIM-aanpak, twee groepen"),
      MakeBoeking("samen-tijdig", {2020, 1}, Eur(40000), Soort::kVerplichting,
                  "Opdracht CJG-coaches"),
      MakeBoeking("samen-tijdig", {2020, 4}, Eur(-15000), Soort::kVerplichting,
                  "Deel opdracht CJG-coaches betaald"),
      MakeBoeking("samen-tijdig", {2020, 4}, Eur(15000), Soort::kUitgave,
                  "Deel opdracht CJG-coaches betaald"),
      MakeBoeking("thuis", {2025, 1}, Eur(5000), Soort::kUitgave, "Na de periode: telt niet mee"),
  };
  noord.budget = b1;

  Unit zuid;
  zuid.id = "gemeente-zuid";
  zuid.naam = "Gemeente Zuid";
  zuid.soort = UnitKind::kGemeente;
  zuid.themas = {
      MakeThema("preventie", "Preventie", {{"1", {1, 3}}, {"2", {1, 3}}, {"R", {1, 3}}})};
  Budget b2;
  b2.middelen = {MakeMiddelen("Eigen middelen", 2024, Eur(60000))};
  b2.begroot = {MakeBegroot("preventie", 2024, Eur(50000))};
  b2.boekingen = {
      MakeBoeking("preventie", {2024, 1}, Eur(48000), Soort::kUitgave, "Preventiewerkers"),
      MakeBoeking("preventie", {2024, 3}, Eur(5000), Soort::kVerplichting, "Campagne"),
      MakeBoeking("preventie", {2024, 4}, Eur(-250, -25), Soort::kUitgave, "Correctie"),
  };
  zuid.budget = b2;
  in.units = {zuid, noord};  // sorted by id
  return in;
}

/// Largest remainder over exact fractions; ties to the first in `order` (programma order).
inline std::vector<Money> Split(Money amount, const std::vector<Fraction>& w) {
  __int128 a = amount.cents < 0 ? -static_cast<__int128>(amount.cents) : amount.cents;
  std::vector<int64_t> share(w.size());
  std::vector<__int128> rem_num(w.size());
  __int128 left = a;
  for (size_t i = 0; i < w.size(); ++i) {
    share[i] = static_cast<int64_t>(a * w[i].num / w[i].den);
    rem_num[i] = a * w[i].num % w[i].den;
    left -= share[i];
  }
  std::vector<size_t> idx(w.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) {
    return rem_num[x] * w[y].den > rem_num[y] * w[x].den;
  });
  for (size_t k = 0; left > 0; ++k, --left) ++share[idx[k]];
  std::vector<Money> out;
  for (int64_t s : share) out.push_back(Money{amount.cents < 0 ? -s : s});
  return out;
}

inline void AddTo(Money& m, Money x) { (void)m.TryAdd(x); }

inline ActielijnFigures Line(const std::string& id) {
  ActielijnFigures a;
  a.id = id;
  return a;
}

inline Figures FixtureFigures(const Inputs& in, Period p) {
  Figures fig;
  fig.period = p;
  auto programma_index = [&](const std::string& id) {
    for (size_t i = 0; i < in.programma.actielijnen.size(); ++i)
      if (in.programma.actielijnen[i].id == id) return i;
    return size_t{0};
  };
  for (const auto& a : in.programma.actielijnen) fig.national.actielijnen.push_back(Line(a.id));
  for (const Unit& unit : in.units) {
    UnitFigures u;
    u.id = unit.id;
    u.has_budget = unit.budget.has_value();
    for (const auto& a : in.programma.actielijnen) u.actielijnen.push_back(Line(a.id));
    const Budget& b = *unit.budget;
    for (const Middelen& m : b.middelen) {
      AddTo(u.middelen, m.bedrag);
      AddTo(u.middelen_per_year[m.jaar], m.bedrag);
    }
    for (const Thema& th : unit.themas) {
      ThemeFigures t;
      t.id = th.id;
      for (const Begroot& bg : b.begroot)
        if (bg.thema == th.id) {
          AddTo(t.begroot[bg.jaar], bg.bedrag);
          AddTo(t.begroot_total, bg.bedrag);
          AddTo(u.begroot[bg.jaar], bg.bedrag);
          AddTo(u.begroot_total, bg.bedrag);
        }
      for (const Boeking& bk : b.boekingen)
        if (bk.thema == th.id && bk.periode <= p)
          AddTo(bk.soort == Soort::kUitgave ? t.uitgaven : t.verplichtingen, bk.bedrag);
      t.saldo = t.begroot_total;
      (void)t.saldo.TrySub(t.uitgaven);
      (void)t.saldo.TrySub(t.verplichtingen);
      AddTo(u.uitgaven, t.uitgaven);
      AddTo(u.verplichtingen, t.verplichtingen);
      // The split, in programma order.
      std::vector<Share> shares = th.actielijnen;
      std::stable_sort(shares.begin(), shares.end(), [&](const Share& x, const Share& y) {
        return programma_index(x.actielijn) < programma_index(y.actielijn);
      });
      std::vector<Fraction> weights;
      for (const Share& s : shares) {
        weights.push_back(s.weight);
        t.split.push_back(Line(s.actielijn));
      }
      auto spread = [&](Money amount, auto&& put) {
        std::vector<Money> parts = Split(amount, weights);
        for (size_t i = 0; i < parts.size(); ++i) put(i, parts[i]);
      };
      for (const auto& [year, amount] : t.begroot)
        spread(amount, [&](size_t i, Money m) { t.split[i].begroot[year] = m; });
      spread(t.uitgaven, [&](size_t i, Money m) { t.split[i].uitgaven = m; });
      spread(t.verplichtingen, [&](size_t i, Money m) { t.split[i].verplichtingen = m; });
      for (const ActielijnFigures& s : t.split) {
        ActielijnFigures& ua = u.actielijnen[programma_index(s.id)];
        for (const auto& [year, amount] : s.begroot) AddTo(ua.begroot[year], amount);
        AddTo(ua.uitgaven, s.uitgaven);
        AddTo(ua.verplichtingen, s.verplichtingen);
      }
      u.themas.push_back(t);
    }
    // The quarter series: every quarter from the first one a booking names up to p, the ones
    // before the last kMaxQuarters summed into "eerder".
    std::optional<Period> first;
    for (const Boeking& bk : b.boekingen)
      if (!first || bk.periode < *first) first = bk.periode;
    for (Period q = first.value_or(NextPeriod(p)); !(p < q); q = NextPeriod(q))
      u.quarters.push_back({q, {}, {}});
    for (const Boeking& bk : b.boekingen)
      for (QuarterFigures& q : u.quarters)
        if (q.period == bk.periode)
          AddTo(bk.soort == Soort::kUitgave ? q.uitgaven : q.verplichtingen, bk.bedrag);
    if (u.quarters.size() > static_cast<size_t>(kMaxQuarters)) {
      size_t cut = u.quarters.size() - kMaxQuarters;
      u.eerder = QuarterFigures{u.quarters[0].period, {}, {}};
      for (size_t i = 0; i < cut; ++i) {
        AddTo(u.eerder->uitgaven, u.quarters[i].uitgaven);
        AddTo(u.eerder->verplichtingen, u.quarters[i].verplichtingen);
      }
      u.quarters.erase(u.quarters.begin(), u.quarters.begin() + static_cast<long>(cut));
    }
    u.saldo = u.middelen;
    (void)u.saldo.TrySub(u.uitgaven);
    (void)u.saldo.TrySub(u.verplichtingen);
    std::map<int, bool> years;
    for (const auto& [y, m] : u.middelen_per_year) years[y] = true;
    for (const auto& [y, m] : u.begroot) years[y] = true;
    Money mc, bc;
    for (const auto& [y, unused] : years) {
      YearFigures yf;
      yf.year = y;
      yf.middelen = u.middelen_per_year.count(y) ? u.middelen_per_year[y] : Money{};
      yf.begroot = u.begroot.count(y) ? u.begroot[y] : Money{};
      AddTo(mc, yf.middelen);
      AddTo(bc, yf.begroot);
      yf.middelen_cumulative = mc;
      yf.begroot_cumulative = bc;
      yf.nog_te_programmeren = mc;
      (void)yf.nog_te_programmeren.TrySub(bc);
      u.years.push_back(yf);
    }
    NationalFigures& n = fig.national;
    AddTo(n.middelen, u.middelen);
    for (const auto& [y, m] : u.begroot) AddTo(n.begroot[y], m);
    AddTo(n.uitgaven, u.uitgaven);
    AddTo(n.verplichtingen, u.verplichtingen);
    AddTo(n.saldo, u.saldo);
    for (size_t i = 0; i < u.actielijnen.size(); ++i) {
      for (const auto& [y, m] : u.actielijnen[i].begroot) AddTo(n.actielijnen[i].begroot[y], m);
      AddTo(n.actielijnen[i].uitgaven, u.actielijnen[i].uitgaven);
      AddTo(n.actielijnen[i].verplichtingen, u.actielijnen[i].verplichtingen);
    }
    fig.units.push_back(u);
  }
  return fig;
}

inline Provenance FixtureProvenance() {
  Provenance p;
  p.files = {{"programma.toml", std::string(64, 'a')},
             {"gemeente-zuid/budget.toml", std::string(64, 'b')},
             {"regio-noord/budget.toml", std::string(64, 'c')}};
  p.period = kPeriod;
  p.build_time = 1733788800;  // 2024-12-10, the tests' SOURCE_DATE_EPOCH
  p.version = "0.0.0-test";
  return p;
}

}  // namespace voortgang::xlsx_test
