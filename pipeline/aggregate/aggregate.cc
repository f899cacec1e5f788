// The money of a run over period P: themes, units, actielijnen and the national totals.
#include "pipeline/aggregate/aggregate.h"

#include <algorithm>
#include <map>
#include <set>

namespace voortgang {
namespace {

/// Checked sums: the first overflow in a unit is reported at the record that caused it.
class Summer {
 public:
  explicit Summer(Diagnostics* diags) : diags_(diags) {}
  void Add(Money* into, Money amount, const SourceRef& at) {
    if (!into->TryAdd(amount)) Overflow(at);
  }
  void Sub(Money* into, Money amount, const SourceRef& at) {
    if (!into->TrySub(amount)) Overflow(at);
  }
  bool overflowed() const { return overflowed_; }

 private:
  void Overflow(const SourceRef& at) {
    if (!overflowed_) {
      diags_->Error(at, "the sum of the amounts exceeds € 92.233.720.368.547.758,07 and cannot be "
                        "computed exactly");
    }
    overflowed_ = true;
  }
  Diagnostics* diags_;
  bool overflowed_ = false;
};

struct Context {
  const Programma& programma;
  Period period;
  Diagnostics* diags;
};

std::size_t ActielijnIndex(const Programma& programma, const std::string& id) {
  for (std::size_t i = 0; i < programma.actielijnen.size(); ++i) {
    if (programma.actielijnen[i].id == id) return i;
  }
  return programma.actielijnen.size();
}

std::vector<ActielijnFigures> EmptyActielijnen(const Programma& programma) {
  std::vector<ActielijnFigures> out;
  for (const Actielijn& a : programma.actielijnen) out.push_back({a.id, {}, {}, {}, {}, {}, {}, {}, {}});
  return out;
}

/// The cumulative amount at P-1: t/m P minus in P.
Money Before(Money through, Money in_quarter, Summer* sum, const SourceRef& at) {
  sum->Sub(&through, in_quarter, at);
  return through;
}

/// Splits the theme's amounts over its actielijnen, in programma order so ties go to the
/// actielijn that comes first there.
void SplitTheme(const Thema& thema, const Programma& programma, ThemeFigures* f, Summer* sum) {
  const SourceRef& at = thema.where;
  std::vector<Share> shares = thema.actielijnen;
  std::stable_sort(shares.begin(), shares.end(), [&](const Share& a, const Share& b) {
    return ActielijnIndex(programma, a.actielijn) < ActielijnIndex(programma, b.actielijn);
  });
  std::vector<Fraction> weights;
  for (const Share& s : shares) {
    weights.push_back(s.weight);
    f->split.push_back({s.actielijn, {}, {}, {}, {}, {}, {}, {}, {}});
  }
  for (const auto& [year, amount] : f->begroot) {
    std::vector<Money> parts = SplitLargestRemainder(amount, weights);
    for (std::size_t i = 0; i < parts.size(); ++i) f->split[i].begroot[year] = parts[i];
  }
  std::vector<Money> uitgaven = SplitLargestRemainder(f->uitgaven, weights);
  std::vector<Money> verplichtingen = SplitLargestRemainder(f->verplichtingen, weights);
  // The quarter per actielijn is the difference of the cumulative splits, not the split of the
  // quarter: only so does t/m P-1 plus in P give t/m P in every cell (changes.md).
  std::vector<Money> uitgaven_before =
      SplitLargestRemainder(Before(f->uitgaven, f->uitgaven_kwartaal, sum, at), weights);
  std::vector<Money> verplichtingen_before = SplitLargestRemainder(
      Before(f->verplichtingen, f->verplichtingen_kwartaal, sum, at), weights);
  for (std::size_t i = 0; i < shares.size(); ++i) {
    ActielijnFigures& a = f->split[i];
    a.uitgaven = uitgaven[i];
    a.verplichtingen = verplichtingen[i];
    a.uitgaven_kwartaal = a.uitgaven;
    sum->Sub(&a.uitgaven_kwartaal, uitgaven_before[i], at);
    a.verplichtingen_kwartaal = a.verplichtingen;
    sum->Sub(&a.verplichtingen_kwartaal, verplichtingen_before[i], at);
  }
}

void AddActielijn(const ActielijnFigures& part, ActielijnFigures* into, Summer* sum,
                  const SourceRef& at) {
  for (const auto& [year, amount] : part.begroot) sum->Add(&into->begroot[year], amount, at);
  sum->Add(&into->uitgaven, part.uitgaven, at);
  sum->Add(&into->verplichtingen, part.verplichtingen, at);
  sum->Add(&into->uitgaven_kwartaal, part.uitgaven_kwartaal, at);
  sum->Add(&into->verplichtingen_kwartaal, part.verplichtingen_kwartaal, at);
}

/// The unit's bookings per quarter, from the first quarter any booking names up to P; the
/// quarters before the last kMaxQuarters are summed into `eerder`.
void ComputeQuarters(const Budget& budget, Period period, UnitFigures* f, Summer* sum) {
  std::optional<Period> first;
  for (const Boeking& b : budget.boekingen) {
    if (!first || b.periode < *first) first = b.periode;
  }
  if (!first || period < *first) return;
  int count = (period.year - first->year) * 4 + (period.quarter - first->quarter) + 1;
  Period shown = *first;
  for (int i = 0; i + kMaxQuarters < count; ++i) shown = NextPeriod(shown);
  if (count > kMaxQuarters) f->eerder = QuarterFigures{*first, {}, {}};
  for (Period p = shown; !(period < p); p = NextPeriod(p)) f->quarters.push_back({p, {}, {}});
  for (const Boeking& b : budget.boekingen) {
    if (period < b.periode) continue;
    QuarterFigures* q = b.periode < shown ? &*f->eerder
                                          : &f->quarters[(b.periode.year - shown.year) * 4 +
                                                         (b.periode.quarter - shown.quarter)];
    sum->Add(b.soort == Soort::kUitgave ? &q->uitgaven : &q->verplichtingen, b.bedrag, b.where);
  }
}

void ComputeYears(const Unit& unit, UnitFigures* f, Summer* sum, Diagnostics* diags) {
  std::set<int> years;
  for (const auto& [year, amount] : f->middelen_per_year) years.insert(year);
  for (const auto& [year, amount] : f->begroot) years.insert(year);
  Money middelen_cumulative, begroot_cumulative;
  bool warned = false;
  for (int year : years) {
    YearFigures y;
    y.year = year;
    if (auto it = f->middelen_per_year.find(year); it != f->middelen_per_year.end()) y.middelen = it->second;
    if (auto it = f->begroot.find(year); it != f->begroot.end()) y.begroot = it->second;
    SourceRef at = {unit.budget->path, 1, 1};
    sum->Add(&middelen_cumulative, y.middelen, at);
    sum->Add(&begroot_cumulative, y.begroot, at);
    y.middelen_cumulative = middelen_cumulative;
    y.begroot_cumulative = begroot_cumulative;
    y.nog_te_programmeren = middelen_cumulative;
    sum->Sub(&y.nog_te_programmeren, begroot_cumulative, at);
    if (y.nog_te_programmeren.cents < 0 && !warned && !sum->overflowed()) {
      warned = true;
      for (const Begroot& b : unit.budget->begroot) {
        if (b.jaar == year) {
          at = b.where;
          break;
        }
      }
      diags->Warning(at, "overprogrammering: up to " + std::to_string(year) + " " +
                             ToDecimalString(begroot_cumulative) + " euro is planned against " +
                             ToDecimalString(middelen_cumulative) + " euro of middelen (" +
                             ToDecimalString(Money{-y.nog_te_programmeren.cents}) + " too much)");
    }
    f->years.push_back(y);
  }
}

UnitFigures UnitSums(const Unit& unit, const Context& ctx) {
  UnitFigures f;
  f.id = unit.id;
  f.has_budget = unit.budget.has_value();
  f.actielijnen = EmptyActielijnen(ctx.programma);
  for (Status s : kAllStatuses) f.acties_by_status[s] = f.acties_changed[s] = 0;
  Summer sum(ctx.diags);

  for (const Thema& thema : unit.themas) {
    ThemeFigures& t = f.themas.emplace_back();
    t.id = thema.id;
    for (const Actie& a : thema.acties) {
      ++f.acties_by_status[a.status];
      if (ChangedIn(a, ctx.period)) ++f.acties_changed[a.status];
    }
  }
  // By id, not by a scan: 100 000 bookings over 100 000 themes would take a minute.
  std::map<std::string_view, ThemeFigures*> by_id;
  for (ThemeFigures& t : f.themas) by_id.emplace(t.id, &t);
  auto theme = [&](const std::string& id) -> ThemeFigures* {
    auto it = by_id.find(id);
    return it == by_id.end() ? nullptr : it->second;
  };
  if (unit.budget) {
    for (const Middelen& m : unit.budget->middelen) {
      sum.Add(&f.middelen, m.bedrag, m.where);
      sum.Add(&f.middelen_per_year[m.jaar], m.bedrag, m.where);
    }
    for (const Begroot& b : unit.budget->begroot) {
      ThemeFigures* t = theme(b.thema);
      if (!t) continue;
      sum.Add(&t->begroot[b.jaar], b.bedrag, b.where);
      sum.Add(&t->begroot_total, b.bedrag, b.where);
      sum.Add(&f.begroot[b.jaar], b.bedrag, b.where);
      sum.Add(&f.begroot_total, b.bedrag, b.where);
    }
    for (const Boeking& b : unit.budget->boekingen) {
      ThemeFigures* t = theme(b.thema);
      if (!t || ctx.period < b.periode) continue;
      bool uitgave = b.soort == Soort::kUitgave;
      sum.Add(uitgave ? &t->uitgaven : &t->verplichtingen, b.bedrag, b.where);
      if (b.periode == ctx.period) {
        sum.Add(uitgave ? &t->uitgaven_kwartaal : &t->verplichtingen_kwartaal, b.bedrag, b.where);
      }
    }
    ComputeQuarters(*unit.budget, ctx.period, &f, &sum);
  }
  f.saldo = f.middelen;
  for (std::size_t i = 0; i < unit.themas.size(); ++i) {
    const Thema& thema = unit.themas[i];
    ThemeFigures& t = f.themas[i];
    sum.Add(&f.uitgaven, t.uitgaven, thema.where);
    sum.Add(&f.verplichtingen, t.verplichtingen, thema.where);
    sum.Add(&f.uitgaven_kwartaal, t.uitgaven_kwartaal, thema.where);
    sum.Add(&f.verplichtingen_kwartaal, t.verplichtingen_kwartaal, thema.where);
    t.saldo = t.begroot_total;
    sum.Sub(&t.saldo, t.uitgaven, thema.where);
    sum.Sub(&t.saldo, t.verplichtingen, thema.where);
    Money used = t.uitgaven;
    sum.Add(&used, t.verplichtingen, thema.where);
    if (unit.budget && used > t.begroot_total && !sum.overflowed()) {
      SourceRef at = thema.where;
      for (const Begroot& b : unit.budget->begroot) {
        if (b.thema == thema.id) {
          at = b.where;
          break;
        }
      }
      ctx.diags->Warning(at, "overschrijding: theme '" + thema.id + "' has " +
                                 ToDecimalString(used) + " euro spent and committed at " +
                                 ctx.period.ToString() + ", above its total begroot of " +
                                 ToDecimalString(t.begroot_total) + " euro");
    }
    SplitTheme(thema, ctx.programma, &t, &sum);
    for (const ActielijnFigures& part : t.split) {
      std::size_t index = ActielijnIndex(ctx.programma, part.id);
      if (index < f.actielijnen.size()) AddActielijn(part, &f.actielijnen[index], &sum, thema.where);
    }
  }
  sum.Sub(&f.saldo, f.uitgaven, unit.where);
  sum.Sub(&f.saldo, f.verplichtingen, unit.where);
  if (unit.budget) ComputeYears(unit, &f, &sum, ctx.diags);
  return f;
}

void AddYearTotal(ActielijnFigures* a, Summer* sum, const SourceRef& at) {
  a->begroot_total = Money{};
  for (const auto& [year, amount] : a->begroot) sum->Add(&a->begroot_total, amount, at);
}

/// The amounts t/m P-1 that the quarter tables show beside "in P" and "t/m P", for any figures
/// with uitgaven, verplichtingen and their quarter.
template <typename F>
void AddBeforeQuarter(F* f, Summer* sum, const SourceRef& at) {
  f->uitgaven_voor_kwartaal = Before(f->uitgaven, f->uitgaven_kwartaal, sum, at);
  f->verplichtingen_voor_kwartaal = Before(f->verplichtingen, f->verplichtingen_kwartaal, sum, at);
}

/// The totals the documents show beside the sums above: computed (and checked) here, so that no
/// later stage sums money.
void AddTotals(UnitFigures* f, const SourceRef& at, Diagnostics* diags) {
  Summer sum(diags);
  f->besteed = f->uitgaven;
  sum.Add(&f->besteed, f->verplichtingen, at);
  f->begroot_saldo = f->begroot_total;
  sum.Sub(&f->begroot_saldo, f->uitgaven, at);
  sum.Sub(&f->begroot_saldo, f->verplichtingen, at);
  for (ActielijnFigures& a : f->actielijnen) AddYearTotal(&a, &sum, at);
  for (ThemeFigures& t : f->themas)
    for (ActielijnFigures& a : t.split) AddYearTotal(&a, &sum, at);
}

/// t/m P-1 for a unit, its themes and actielijnen. Done in AggregateNational, which sees a
/// parsed and a cached unit alike (the cache keeps the sums, not these differences).
void AddUnitBeforeQuarter(UnitFigures* f, Summer* sum, const SourceRef& at) {
  AddBeforeQuarter(f, sum, at);
  for (ActielijnFigures& a : f->actielijnen) AddBeforeQuarter(&a, sum, at);
  for (ThemeFigures& t : f->themas) {
    AddBeforeQuarter(&t, sum, at);
    for (ActielijnFigures& a : t.split) AddBeforeQuarter(&a, sum, at);
  }
}

}  // namespace

UnitFigures AggregateUnit(const Unit& unit, const Programma& programma, Period period,
                          Diagnostics* diags) {
  Context ctx{programma, period, diags};
  UnitFigures f = UnitSums(unit, ctx);
  AddTotals(&f, unit.budget ? SourceRef{unit.budget->path, 1, 1} : unit.where, diags);
  return f;
}

Figures AggregateNational(const Programma& programma, const std::vector<UnitSummary>& units,
                          std::vector<UnitFigures> unit_figures, Period period,
                          Diagnostics* diags) {
  Figures figures;
  figures.period = period;
  figures.previous = PreviousPeriod(period);
  NationalFigures& n = figures.national;
  n.actielijnen = EmptyActielijnen(programma);
  for (Status s : kAllStatuses) n.acties_by_status[s] = n.acties_changed[s] = 0;
  Summer sum(diags);
  for (std::size_t u = 0; u < units.size() && u < unit_figures.size(); ++u) {
    const UnitSummary& unit = units[u];
    UnitFigures& f = unit_figures[u];
    SourceRef at = unit.budget_path ? SourceRef{*unit.budget_path, 1, 1} : unit.where;
    AddUnitBeforeQuarter(&f, &sum, at);
    sum.Add(&n.middelen, f.middelen, at);
    for (const auto& [year, amount] : f.begroot) sum.Add(&n.begroot[year], amount, at);
    sum.Add(&n.uitgaven, f.uitgaven, at);
    sum.Add(&n.verplichtingen, f.verplichtingen, at);
    sum.Add(&n.uitgaven_kwartaal, f.uitgaven_kwartaal, at);
    sum.Add(&n.verplichtingen_kwartaal, f.verplichtingen_kwartaal, at);
    for (std::size_t i = 0; i < f.actielijnen.size() && i < n.actielijnen.size(); ++i) {
      AddActielijn(f.actielijnen[i], &n.actielijnen[i], &sum, at);
    }
    for (const auto& [status, count] : f.acties_by_status) n.acties_by_status[status] += count;
    for (const auto& [status, count] : f.acties_changed) n.acties_changed[status] += count;
  }
  figures.units = std::move(unit_figures);
  SourceRef programma_at{programma.path, 1, 1};
  n.saldo = n.middelen;
  sum.Sub(&n.saldo, n.uitgaven, programma_at);
  sum.Sub(&n.saldo, n.verplichtingen, programma_at);
  for (const auto& [year, amount] : n.begroot) sum.Add(&n.begroot_total, amount, programma_at);
  AddBeforeQuarter(&n, &sum, programma_at);
  for (ActielijnFigures& a : n.actielijnen) {
    AddYearTotal(&a, &sum, programma_at);
    AddBeforeQuarter(&a, &sum, programma_at);
  }
  return figures;
}

Figures Aggregate(const Inputs& inputs, Period period, Diagnostics* diags) {
  std::vector<UnitFigures> units;
  for (const Unit& unit : inputs.units) {
    units.push_back(AggregateUnit(unit, inputs.programma, period, diags));
  }
  return AggregateNational(inputs.programma, Summarize(inputs.units), std::move(units), period,
                           diags);
}

}  // namespace voortgang
