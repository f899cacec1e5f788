// A unit seen from period P, and its Mustache context: the names, counts, amounts and
// yes/no switches that the templates' prose is written with.
#include <algorithm>

#include "pipeline/format/dutch.h"
#include "pipeline/report/text.h"
#include "pipeline/report/unit_view.h"

namespace voortgang::report {

namespace mustache = kainjow::mustache;

const Thema* UnitView::FindTheme(const std::string& id, size_t* index) const {
  for (size_t i = 0; i < unit->themas.size(); ++i) {
    if (unit->themas[i].id == id) {
      if (index) *index = i;
      return &unit->themas[i];
    }
  }
  return nullptr;
}

UnitView MakeUnitView(const NoteInput& input) {
  UnitView v;
  v.inputs = input.inputs;
  v.unit = input.unit;
  v.figures = input.unit_figures;
  v.period = input.period;
  for (const Inleiding& i : v.unit->inleidingen)
    if (i.periode == v.period) v.inleiding = &i;
  for (const Thema& t : v.unit->themas) {
    const Voortgang* found = nullptr;
    for (const Voortgang& g : t.voortgang)
      if (g.periode == v.period) found = &g;
    v.voortgang.push_back(found);
    const ThemeFigures* tf = nullptr;
    if (v.figures)
      for (const ThemeFigures& f : v.figures->themas)
        if (f.id == t.id) tf = &f;
    v.theme_figures.push_back(tf);
  }
  for (const Besluit& b : v.unit->besluiten)
    if (b.tot.value_or(b.periode) >= v.period) v.routekaart.push_back(&b);
  std::stable_sort(v.routekaart.begin(), v.routekaart.end(),
                   [](const Besluit* a, const Besluit* b) { return a->periode < b->periode; });
  return v;
}

namespace {

mustache::data Bool(bool b) { return mustache::data(b); }

bool Blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

std::string Lower(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

void AddActions(const UnitView& v, mustache::data* ctx) {
  std::map<Status, int> counts;
  for (Status s : kAllStatuses) counts[s] = 0;
  for (const Thema& t : v.unit->themas)
    for (const Actie& a : t.acties) ++counts[a.status];
  int total = 0;
  std::vector<std::pair<Status, int>> nonzero;
  for (Status s : kAllStatuses) {
    total += counts[s];
    if (counts[s]) nonzero.emplace_back(s, counts[s]);
    ctx->set(std::string("acties_") + StatusName(s), std::to_string(counts[s]));
  }
  mustache::data list(mustache::data::type::list);
  for (size_t i = 0; i < nonzero.size(); ++i) {
    mustache::object item{{"status", FormatStatus(nonzero[i].first)},
                          {"status_klein", Lower(FormatStatus(nonzero[i].first))},
                          {"aantal", std::to_string(nonzero[i].second)},
                          {"sep", EnumerationSeparator(i, nonzero.size())}};
    list.push_back(item);
  }
  ctx->set("acties_per_status", list);
  ctx->set("acties_totaal", std::to_string(total));
  ctx->set("heeft_acties", Bool(total > 0));
}

void AddMoney(const UnitView& v, mustache::data* ctx) {
  const UnitFigures* f = v.figures;
  bool has = f && f->has_budget;
  ctx->set("heeft_budget", Bool(has));
  // Switches for the sentences that need another wording at zero (issue 21: "( van het
  // begrote bedrag)", "in ."): the theme list has its own heeft_begroot.
  ctx->set("heeft_begroot", Bool(has && f->begroot_total.cents != 0));
  ctx->set("heeft_middelen", Bool(has && !v.unit->budget->middelen.empty()));
  if (!has) return;
  const Budget& budget = *v.unit->budget;
  std::vector<std::string> sources;
  for (const Middelen& m : budget.middelen)
    if (std::find(sources.begin(), sources.end(), m.bron) == sources.end()) sources.push_back(m.bron);
  ctx->set("bronnen", JoinDutch(sources));
  ctx->set("middelen", Euros(f->middelen));

  std::vector<int> years;
  bool equal = !f->middelen_per_year.empty();
  mustache::data per_year(mustache::data::type::list);
  size_t i = 0;
  for (const auto& [year, amount] : f->middelen_per_year) {
    years.push_back(year);
    equal &= amount == f->middelen_per_year.begin()->second;
    mustache::object item{{"jaar", std::to_string(year)},
                          {"bedrag", Euros(amount)},
                          {"sep", EnumerationSeparator(i++, f->middelen_per_year.size())}};
    per_year.push_back(item);
  }
  bool consecutive = years.size() >= 2 && years.back() - years.front() + 1 == static_cast<int>(years.size());
  ctx->set("middelen_per_jaar", per_year);
  ctx->set("middelen_jaren", YearsText(years));
  ctx->set("meer_jaren", Bool(years.size() >= 2));
  ctx->set("gelijke_tranches", Bool(equal && consecutive));
  ctx->set("tranches", std::to_string(years.size()));
  ctx->set("tranche", years.empty() ? "" : Euros(f->middelen_per_year.begin()->second));

  std::vector<int> begroot_years;
  for (const auto& [year, amount] : f->begroot)
    if (amount.cents != 0) begroot_years.push_back(year);
  ctx->set("begroot_totaal", Euros(f->begroot_total));
  ctx->set("begroot_jaren", YearsText(begroot_years));
  Money rest = f->years.empty() ? Money{} : f->years.back().nog_te_programmeren;
  ctx->set("nog_te_programmeren", Euros(rest));
  ctx->set("heeft_nog_te_programmeren", Bool(rest.cents > 0));
  const YearFigures* over = nullptr;
  for (const YearFigures& y : f->years)
    if (!over && y.nog_te_programmeren.cents < 0) over = &y;
  ctx->set("overprogrammering", Bool(over != nullptr));
  ctx->set("overprogrammering_jaar", over ? std::to_string(over->year) : "");
  ctx->set("overprogrammering_bedrag", over ? Euros(Money{-over->nog_te_programmeren.cents}) : "");
  ctx->set("volledig_geprogrammeerd", Bool(!over && rest.cents == 0));

  ctx->set("uitgaven", Euros(f->uitgaven));
  ctx->set("verplichtingen", Euros(f->verplichtingen));
  ctx->set("heeft_uitgaven", Bool(f->uitgaven.cents != 0));
  ctx->set("heeft_verplichtingen", Bool(f->verplichtingen.cents != 0));
  ctx->set("besteed", Euros(f->besteed));
  ctx->set("bestedingspercentage", PercentOf(f->uitgaven, f->begroot_total));
  ctx->set("saldo", Euros(f->saldo));
  ctx->set("saldo_negatief", Bool(f->saldo.cents < 0));
  ctx->set("tekort", Euros(Money{-f->saldo.cents}));
}

mustache::data ThemeContext(const UnitView& v, size_t i) {
  const Thema& t = v.unit->themas[i];
  const Voortgang* g = v.voortgang[i];
  const ThemeFigures* tf = v.theme_figures[i];
  mustache::data d;
  d.set("id", t.id);
  d.set("naam", t.naam);
  d.set("nummer", std::to_string(i + 1));
  std::vector<std::string> ids;
  for (const Share& s : t.actielijnen) ids.push_back(s.actielijn);
  d.set("actielijnen", JoinDutch(ids));
  d.set("enkele_actielijn", Bool(ids.size() == 1));
  d.set("heeft_waarom", Bool(!Blank(t.waarom)));
  d.set("heeft_resultaat", Bool(!Blank(t.resultaat)));
  d.set("heeft_voortgang", Bool(g != nullptr));
  d.set("heeft_stand", Bool(g && !Blank(g->stand)));
  d.set("heeft_opgaven", Bool(g && !Blank(g->opgaven)));
  d.set("heeft_besluitvorming", Bool(g && !Blank(g->besluitvorming)));
  d.set("heeft_acties", Bool(!t.acties.empty()));
  d.set("aantal_acties", std::to_string(t.acties.size()));
  int besluiten = 0;
  for (const Besluit* b : v.routekaart) besluiten += b->thema == t.id;
  d.set("heeft_besluiten", Bool(besluiten > 0));
  bool money = v.figures && v.figures->has_budget && tf;
  d.set("heeft_geld", Bool(money));
  if (money) {
    std::vector<int> years;
    for (const auto& [year, amount] : tf->begroot)
      if (amount.cents != 0) years.push_back(year);
    d.set("begroot", Euros(tf->begroot_total));
    d.set("begroot_jaren", YearsText(years));
    d.set("uitgaven", Euros(tf->uitgaven));
    d.set("verplichtingen", Euros(tf->verplichtingen));
    d.set("saldo", Euros(tf->saldo));
    d.set("saldo_negatief", Bool(tf->saldo.cents < 0));
    d.set("tekort", Euros(Money{-tf->saldo.cents}));
    d.set("bestedingspercentage", PercentOf(tf->uitgaven, tf->begroot_total));
    d.set("heeft_begroot", Bool(tf->begroot_total.cents != 0));
    d.set("heeft_uitgaven", Bool(tf->uitgaven.cents != 0));
    d.set("heeft_verplichtingen", Bool(tf->verplichtingen.cents != 0));
  }
  return d;
}

}  // namespace

mustache::data UnitContext(const UnitView& v, int64_t build_time_unix, const std::string& version) {
  const Unit& u = *v.unit;
  mustache::data ctx;
  ctx.set("programma", v.inputs->programma.naam);
  ctx.set("eenheid", u.naam);
  ctx.set("eenheid_in_zin", NameInSentence(u.naam));
  ctx.set("eenheid_id", u.id);
  ctx.set("is_gemeente", Bool(u.soort == UnitKind::kGemeente));
  ctx.set("is_regio", Bool(u.soort == UnitKind::kJeugdhulpregio));
  ctx.set("geadresseerde", u.geadresseerde);
  std::string in_sentence = u.geadresseerde;
  if (in_sentence.rfind("De ", 0) == 0) in_sentence[0] = 'd';
  ctx.set("geadresseerde_in_zin", in_sentence);
  ctx.set("heeft_geadresseerde", Bool(!u.geadresseerde.empty()));
  ctx.set("penvoerder", u.penvoerder);
  ctx.set("heeft_penvoerder", Bool(!u.penvoerder.empty()));
  ctx.set("gemeenten", JoinDutch(u.gemeenten));
  ctx.set("aantal_gemeenten", std::to_string(u.gemeenten.size()));
  ctx.set("periode", FormatQuarterShort(v.period));
  ctx.set("periode_lang", FormatQuarterLong(v.period));
  ctx.set("periode_einde", FormatQuarterEndDate(v.period));
  ctx.set("periode_id", v.period.ToString());
  ctx.set("jaar", std::to_string(v.period.year));
  ctx.set("datum", FormatDate(DateFromUnix(build_time_unix)));
  ctx.set("versie", version);
  ctx.set("heeft_contact", Bool(u.contact.has_value()));
  Contact c = u.contact.value_or(Contact{});
  std::vector<std::string> contact_parts;
  for (const std::string* part : {&c.naam, &c.functie, &c.email, &c.telefoon})
    if (!Blank(*part)) contact_parts.push_back(*part);
  std::string contact;
  for (const std::string& part : contact_parts) contact += (contact.empty() ? "" : ", ") + part;
  ctx.set("contact", contact);
  ctx.set("contact_naam", c.naam);
  ctx.set("contact_functie", c.functie);
  ctx.set("contact_email", c.email);
  ctx.set("contact_telefoon", c.telefoon);
  ctx.set("heeft_inleiding", Bool(v.inleiding && !Blank(v.inleiding->tekst)));
  ctx.set("heeft_kerncijfers", Bool(!u.kerncijfers.empty()));
  ctx.set("heeft_routekaart", Bool(!v.routekaart.empty()));
  ctx.set("heeft_mijlpalen", Bool(!u.mijlpalen.empty()));
  ctx.set("aantal_themas", std::to_string(u.themas.size()));
  ctx.set("heeft_themas", Bool(!u.themas.empty()));
  int missing = 0;
  mustache::data themes(mustache::data::type::list);
  mustache::data missing_list(mustache::data::type::list);
  for (size_t i = 0; i < u.themas.size(); ++i) {
    themes.push_back(ThemeContext(v, i));
    missing += v.voortgang[i] == nullptr;
  }
  for (size_t i = 0, k = 0; i < u.themas.size(); ++i) {
    if (v.voortgang[i]) continue;
    mustache::object item{{"naam", u.themas[i].naam},
                          {"sep", EnumerationSeparator(k++, static_cast<size_t>(missing))}};
    missing_list.push_back(item);
  }
  ctx.set("themas", themes);
  ctx.set("themas_zonder_voortgang", missing_list);
  ctx.set("aantal_zonder_voortgang", std::to_string(missing));
  ctx.set("heeft_themas_zonder_voortgang", Bool(missing > 0));
  AddActions(v, &ctx);
  AddMoney(v, &ctx);
  AddQuarter(v, &ctx);
  return ctx;
}

}  // namespace voortgang::report
