// Summarizing a parsed unit.
#include "pipeline/model/unit_summary.h"

namespace voortgang {

std::optional<Period> LatestPeriod(const Unit& unit) {
  std::optional<Period> latest;
  for (const Thema& t : unit.themas) {
    for (const Voortgang& v : t.voortgang) {
      if (v.periode.year != 0 && (!latest || *latest < v.periode)) latest = v.periode;
    }
  }
  return latest;
}

UnitSummary Summarize(const Unit& u) {
  UnitSummary s;
  s.id = u.id;
  s.naam = u.naam;
  s.soort = u.soort;
  s.regio = u.regio;
  s.gemeenten = u.gemeenten;
  s.penvoerder = u.penvoerder;
  s.sjabloon = u.sjabloon;
  s.huisstijl = u.huisstijl;
  s.plan_path = u.plan_path;
  if (u.budget) {
    s.budget_path = u.budget->path;
    s.boekingen_csv = u.budget->boekingen_csv;
  }
  s.where = u.where;
  s.complete = u.complete;
  s.latest = LatestPeriod(u);
  for (const Thema& t : u.themas) {
    ThemeSummary& theme = s.themas.emplace_back();
    theme.id = t.id;
    theme.naam = t.naam;
    theme.actielijnen = t.actielijnen;
    for (const Actie& a : t.acties) theme.acties.push_back(a.status);
    for (const Voortgang& v : t.voortgang) theme.voortgang.push_back(v.periode);
  }
  return s;
}

std::vector<UnitSummary> Summarize(const std::vector<Unit>& units) {
  std::vector<UnitSummary> out;
  out.reserve(units.size());
  for (const Unit& u : units) out.push_back(Summarize(u));
  return out;
}

}  // namespace voortgang
