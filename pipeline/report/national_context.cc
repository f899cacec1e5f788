// The national overview's vocabulary and Mustache context: counts, totals, the actielijnen and
// the quarter over all units, as the prose of templates/landelijk.mustache uses them.
#include "pipeline/format/dutch.h"
#include "pipeline/report/national_view.h"
#include "pipeline/report/text.h"
#include "pipeline/report/unit_view.h"

namespace voortgang {

using report::Vocabulary;

const Vocabulary& NationalVocabulary() {
  static const Vocabulary v{
      {"programma", "periode", "periode_lang", "periode_einde", "periode_id", "jaar", "datum",
       "versie", "aantal_eenheden", "aantal_regios", "aantal_gemeenten", "aantal_met_budget",
       "aantal_themas", "middelen", "begroot_totaal", "heeft_begroot", "uitgaven", "verplichtingen",
       "saldo", "saldo_negatief", "tekort", "bestedingspercentage", "heeft_budget", "acties_totaal",
       "acties_per_status", "status", "status_klein", "aantal", "sep", "heeft_acties",
       "actielijnen", "id", "naam", "eenheden", "themas", "begroot", "heeft_geld", "subdoelen",
       "heeft_subdoelen", "heeft_indicatoren", "aantal_indicatoren", "heeft_mijlpalen",
       "aantal_mijlpalen", "aantal_tekort", "heeft_tekort",
       // the quarter (changes.md)
       "kwartaal", "kwartaal_uitgaven", "kwartaal_verplichtingen",
       "kwartaal_verplichtingen_negatief", "kwartaal_vrijgevallen", "kwartaal_acties_zin",
       "eenheden_zonder_voortgang", "heeft_eenheden_zonder_voortgang", "een_zonder_voortgang",
       "aantal_zonder_voortgang"},
      report::DirectiveNames(report::Documents::kNational),
      {"titel", "ondertitel", "periode", "datum", "geadresseerde", "onderwerp", "trefwoorden",
       "auteur", "koptekst", "koptekst_periode", "tabellabel", "figuurlabel", "logo"},
      {{"status", {"acties_per_status"}},
       {"status_klein", {"acties_per_status"}},
       {"aantal", {"acties_per_status"}},
       {"sep", {"acties_per_status", "eenheden_zonder_voortgang"}},
       {"id", {"actielijnen"}},
       {"naam", {"actielijnen", "subdoelen", "eenheden_zonder_voortgang"}},
       {"eenheden", {"actielijnen"}},
       {"themas", {"actielijnen"}},
       {"begroot", {"actielijnen"}},
       {"heeft_geld", {"actielijnen"}},
       {"subdoelen", {"actielijnen"}},
       {"heeft_subdoelen", {"actielijnen"}}}};
  return v;
}

namespace report {

namespace mustache = kainjow::mustache;

namespace {

/// The quarter (changes.md): money booked in P, the actions changed in P over all units, and
/// the units without voortgang for P (a stand-in unit keeps its themes' periods in the cache).
void AddNationalQuarter(const NationalView& v, mustache::data* ctx) {
  const NationalTree in = v.Tree();
  const NationalFigures& f = v.input->figures->national;
  Period p = v.input->period;
  ctx->set("kwartaal", FormatQuarterShort(p));
  ctx->set("kwartaal_uitgaven", Euros(f.uitgaven_kwartaal));
  ctx->set("kwartaal_verplichtingen", Euros(f.verplichtingen_kwartaal));
  ctx->set("kwartaal_verplichtingen_negatief", mustache::data(f.verplichtingen_kwartaal.cents < 0));
  Money released;  // a negative quarter: commitments released on balance
  if (f.verplichtingen_kwartaal.cents < 0 && !released.TrySub(f.verplichtingen_kwartaal))
    released = Money{};
  ctx->set("kwartaal_vrijgevallen", Euros(released));
  ctx->set("kwartaal_acties_zin", ChangedActionsClause(f.acties_changed));
  mustache::data missing(mustache::data::type::list);
  std::vector<const UnitSummary*> without;
  for (const UnitSummary& u : in.units) {
    bool any = false;
    for (const ThemeSummary& t : u.themas)
      for (Period g : t.voortgang) any = any || g == p;
    if (!any) without.push_back(&u);
  }
  for (size_t i = 0; i < without.size(); ++i)
    missing.push_back(mustache::object{{"naam", without[i]->naam},
                                       {"sep", EnumerationSeparator(i, without.size())}});
  ctx->set("eenheden_zonder_voortgang", missing);
  ctx->set("heeft_eenheden_zonder_voortgang", mustache::data(!without.empty()));
  ctx->set("aantal_zonder_voortgang", FormatCount(static_cast<int64_t>(without.size())));
  ctx->set("een_zonder_voortgang", mustache::data(without.size() == 1));
}

}  // namespace

mustache::data NationalContext(const NationalView& v) {
  const NationalTree in = v.Tree();
  const NationalFigures& f = v.input->figures->national;
  mustache::data ctx;
  ctx.set("programma", in.programma.naam);
  ctx.set("periode", FormatQuarterShort(v.input->period));
  ctx.set("periode_lang", FormatQuarterLong(v.input->period));
  ctx.set("periode_einde", FormatQuarterEndDate(v.input->period));
  ctx.set("periode_id", v.input->period.ToString());
  ctx.set("jaar", std::to_string(v.input->period.year));
  ctx.set("datum", FormatDate(DateFromUnix(v.input->build_time_unix)));
  ctx.set("versie", v.input->version);
  int regios = 0, gemeenten = 0, budgets = 0, themes = 0, short_units = 0;
  for (size_t i = 0; i < in.units.size(); ++i) {
    const UnitSummary& u = in.units[i];
    (u.soort == UnitKind::kGemeente ? gemeenten : regios)++;
    themes += static_cast<int>(u.themas.size());
    if (i < v.input->figures->units.size() && v.input->figures->units[i].has_budget) {
      ++budgets;
      short_units += v.input->figures->units[i].saldo.cents < 0;
    }
  }
  ctx.set("aantal_eenheden", FormatCount(static_cast<int64_t>(in.units.size())));
  ctx.set("aantal_regios", FormatCount(regios));
  ctx.set("aantal_gemeenten", FormatCount(gemeenten));
  ctx.set("aantal_met_budget", FormatCount(budgets));
  ctx.set("aantal_themas", FormatCount(themes));
  ctx.set("aantal_tekort", FormatCount(short_units));
  ctx.set("heeft_tekort", mustache::data(short_units > 0));
  ctx.set("heeft_budget", mustache::data(budgets > 0));
  ctx.set("middelen", Euros(f.middelen));
  Money begroot = f.begroot_total;
  ctx.set("begroot_totaal", Euros(begroot));
  ctx.set("uitgaven", Euros(f.uitgaven));
  ctx.set("verplichtingen", Euros(f.verplichtingen));
  ctx.set("saldo", Euros(f.saldo));
  ctx.set("saldo_negatief", mustache::data(f.saldo.cents < 0));
  ctx.set("tekort", Euros(Money{-f.saldo.cents}));
  ctx.set("bestedingspercentage", PercentOf(f.uitgaven, begroot));
  ctx.set("heeft_begroot", mustache::data(begroot.cents != 0));

  int total = 0;
  std::vector<std::pair<Status, int>> nonzero;
  for (Status s : kAllStatuses) {
    auto it = f.acties_by_status.find(s);
    int n = it == f.acties_by_status.end() ? 0 : it->second;
    total += n;
    if (n) nonzero.emplace_back(s, n);
  }
  mustache::data list(mustache::data::type::list);
  for (size_t i = 0; i < nonzero.size(); ++i) {
    std::string status = FormatStatus(nonzero[i].first);
    std::string lower = status;
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    list.push_back(mustache::object{{"status", status},
                                    {"status_klein", lower},
                                    {"aantal", FormatCount(nonzero[i].second)},
                                    {"sep", EnumerationSeparator(i, nonzero.size())}});
  }
  ctx.set("acties_per_status", list);
  ctx.set("acties_totaal", FormatCount(total));
  ctx.set("heeft_acties", mustache::data(total > 0));

  mustache::data lines(mustache::data::type::list);
  for (const Actielijn& a : in.programma.actielijnen) {
    mustache::data d;
    d.set("id", a.id);
    d.set("naam", a.naam);
    auto use = v.uses.find(a.id);
    d.set("eenheden",
          FormatCount(use == v.uses.end() ? 0 : static_cast<int64_t>(use->second.units.size())));
    d.set("themas", FormatCount(use == v.uses.end() ? 0 : use->second.themes));
    mustache::data subs(mustache::data::type::list);
    for (const std::string& s : a.subdoelen) subs.push_back(mustache::object{{"naam", s}});
    d.set("subdoelen", subs);
    d.set("heeft_subdoelen", mustache::data(!a.subdoelen.empty()));
    for (const ActielijnFigures& af : f.actielijnen) {
      if (af.id != a.id) continue;
      d.set("begroot", Euros(af.begroot_total));
      d.set("uitgaven", Euros(af.uitgaven));
      d.set("verplichtingen", Euros(af.verplichtingen));
      d.set("heeft_geld", mustache::data(af.begroot_total.cents != 0 || af.uitgaven.cents != 0));
    }
    lines.push_back(d);
  }
  ctx.set("actielijnen", lines);
  ctx.set("heeft_indicatoren", mustache::data(!in.programma.indicatoren.empty()));
  ctx.set("aantal_indicatoren", FormatCount(static_cast<int64_t>(in.programma.indicatoren.size())));
  ctx.set("heeft_mijlpalen", mustache::data(!in.programma.mijlpalen.empty()));
  AddNationalQuarter(v, &ctx);
  ctx.set("aantal_mijlpalen", FormatCount(static_cast<int64_t>(in.programma.mijlpalen.size())));
  return ctx;
}

}  // namespace report
}  // namespace voortgang
