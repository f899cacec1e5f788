// The quarter P in a unit's Mustache context (changes.md): money booked in P and the actions
// whose status began in P, as amounts, switches and one ready clause for the prose.
#include "pipeline/format/dutch.h"
#include "pipeline/report/text.h"
#include "pipeline/report/unit_view.h"

namespace voortgang::report {
namespace {

/// "twee acties zijn afgerond", "één actie is gestart".
std::string CountClause(int n, const char* verb) {
  std::string count = n == 1 ? "één actie is " : SpellOutSmall(n) + " acties zijn ";
  return count + verb;
}

}  // namespace

std::string ChangedActionsClause(const std::map<Status, int>& changed) {
  // Completed first: that is what a council asks after.
  static constexpr std::pair<Status, const char*> kOrder[] = {{Status::kAfgerond, "afgerond"},
                                                              {Status::kLopend, "gestart"},
                                                              {Status::kVertraagd, "vertraagd"},
                                                              {Status::kGestopt, "gestopt"},
                                                              {Status::kGepland, "gepland"}};
  std::vector<std::string> parts;
  for (const auto& [status, verb] : kOrder) {
    auto it = changed.find(status);
    if (it != changed.end() && it->second > 0) parts.push_back(CountClause(it->second, verb));
  }
  if (parts.empty()) return "geen enkele actie is van status veranderd";
  return JoinDutch(parts);
}

void AddQuarter(const UnitView& v, kainjow::mustache::data* ctx) {
  QuarterSwitches(v, ctx);
  ctx->set("kwartaal", FormatQuarterShort(v.period));
  ctx->set("vorige_kwartaal", FormatQuarterShort(PreviousPeriod(v.period)));
  ctx->set("vorige_periode_lang", FormatQuarterLong(PreviousPeriod(v.period)));
  const UnitFigures* f = v.figures;
  std::map<Status, int> changed;
  if (f) changed = f->acties_changed;
  ctx->set("kwartaal_acties_zin", ChangedActionsClause(changed));
  Money uitgaven = f ? f->uitgaven_kwartaal : Money{};
  Money verplichtingen = f ? f->verplichtingen_kwartaal : Money{};
  ctx->set("kwartaal_uitgaven", Euros(uitgaven));
  ctx->set("kwartaal_verplichtingen", Euros(verplichtingen));
  ctx->set("kwartaal_verplichtingen_negatief", kainjow::mustache::data(verplichtingen.cents < 0));
  Money released;  // a negative quarter: commitments released on balance
  if (verplichtingen.cents < 0 && !released.TrySub(verplichtingen)) released = Money{};
  ctx->set("kwartaal_vrijgevallen", Euros(released));
  ctx->set("heeft_uitgaven_per_kwartaal",
           kainjow::mustache::data(f && f->has_budget && AnyQuarterSpending(*f)));
  ctx->set("kwartaal_geboekt",
           kainjow::mustache::data(uitgaven.cents != 0 || verplichtingen.cents != 0));
}

}  // namespace voortgang::report
