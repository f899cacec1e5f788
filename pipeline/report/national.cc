// The national overview (landelijk/overzicht-<P>.pdf): money, themes, units and actions per
// actielijn over all units, the key indicators, the milestones and every unit's saldo.
#include <algorithm>
#include <cmath>
#include <set>

#include "pipeline/format/dutch.h"
#include "pipeline/report/report.h"
#include "pipeline/report/text.h"
#include "pipeline/report/unit_view.h"

namespace voortgang {

using report::Vocabulary;

const Vocabulary& NationalVocabulary() {
  static const Vocabulary v{
      {"programma", "periode", "periode_lang", "periode_einde", "periode_id", "jaar", "datum",
       "versie", "aantal_eenheden", "aantal_regios", "aantal_gemeenten",
       "aantal_met_budget", "aantal_themas", "middelen", "begroot_totaal", "uitgaven",
       "verplichtingen", "saldo", "saldo_negatief", "tekort", "bestedingspercentage",
       "heeft_budget", "acties_totaal", "acties_per_status", "status", "status_klein", "aantal",
       "sep", "heeft_acties", "actielijnen", "id", "naam", "eenheden", "themas", "begroot",
       "heeft_geld", "subdoelen", "heeft_subdoelen", "heeft_indicatoren", "aantal_indicatoren",
       "heeft_mijlpalen", "aantal_mijlpalen", "aantal_tekort", "heeft_tekort",
       // the quarter (changes.md)
       "kwartaal", "kwartaal_uitgaven", "kwartaal_verplichtingen",
       "kwartaal_verplichtingen_negatief", "kwartaal_vrijgevallen", "kwartaal_acties_zin",
       "eenheden_zonder_voortgang", "heeft_eenheden_zonder_voortgang", "een_zonder_voortgang",
       "aantal_zonder_voortgang"},
      {"titelblad", "inhoud", "pagina-einde", "witregel", "tabel", "grafiek"},
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

namespace {

namespace mustache = kainjow::mustache;
using report::Element;
using Blocks = std::vector<doc::Block>;

/// Who works on an actielijn: units, themes and their actions' statuses.
struct LineUse {
  std::set<std::string> units;
  int themes = 0;
  std::map<Status, int> actions;
};

/// What the national overview reads of the tree: programma.toml and every unit's summary.
struct Tree {
  const Programma& programma;
  const std::vector<UnitSummary>& units;
};

std::map<std::string, LineUse> Uses(const Tree& in) {
  std::map<std::string, LineUse> uses;
  for (const UnitSummary& u : in.units)
    for (const ThemeSummary& t : u.themas)
      for (const Share& s : t.actielijnen) {
        LineUse& use = uses[s.actielijn];
        use.units.insert(u.id);
        ++use.themes;
        for (Status status : t.acties) ++use.actions[status];
      }
  return uses;
}

struct NationalView {
  const NationalInput* input;
  std::map<std::string, LineUse> uses;
};

/// The quarter (changes.md): money booked in P, the actions changed in P over all units, and
/// the units without voortgang for P.
void AddNationalQuarter(const NationalView& v, mustache::data* ctx) {
  const Tree in{*v.input->programma, *v.input->units};
  const NationalFigures& f = v.input->figures->national;
  Period p = v.input->period;
  ctx->set("kwartaal", FormatQuarterShort(p));
  ctx->set("kwartaal_uitgaven", report::Euros(f.uitgaven_kwartaal));
  ctx->set("kwartaal_verplichtingen", report::Euros(f.verplichtingen_kwartaal));
  ctx->set("kwartaal_verplichtingen_negatief", mustache::data(f.verplichtingen_kwartaal.cents < 0));
  Money released;  // a negative quarter: commitments released on balance
  if (f.verplichtingen_kwartaal.cents < 0 && !released.TrySub(f.verplichtingen_kwartaal)) released = Money{};
  ctx->set("kwartaal_vrijgevallen", report::Euros(released));
  ctx->set("kwartaal_acties_zin", report::ChangedActionsClause(f.acties_changed));
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
                                       {"sep", report::EnumerationSeparator(i, without.size())}});
  ctx->set("eenheden_zonder_voortgang", missing);
  ctx->set("heeft_eenheden_zonder_voortgang", mustache::data(!without.empty()));
  ctx->set("aantal_zonder_voortgang", FormatCount(static_cast<int64_t>(without.size())));
  ctx->set("een_zonder_voortgang", mustache::data(without.size() == 1));
}

mustache::data Context(const NationalView& v) {
  const Tree in{*v.input->programma, *v.input->units};
  const NationalFigures& f = v.input->figures->national;
  mustache::data ctx;
  ctx.set("programma", in.programma.naam);
  ctx.set("periode", FormatQuarterShort(v.input->period));
  ctx.set("periode_lang", FormatQuarterLong(v.input->period));
  ctx.set("periode_einde", FormatQuarterEndDate(v.input->period));
  ctx.set("periode_id", v.input->period.ToString());
  ctx.set("jaar", std::to_string(v.input->period.year));
  ctx.set("datum", FormatDate(report::DateFromUnix(v.input->build_time_unix)));
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
  ctx.set("middelen", report::Euros(f.middelen));
  Money begroot = f.begroot_total;
  ctx.set("begroot_totaal", report::Euros(begroot));
  ctx.set("uitgaven", report::Euros(f.uitgaven));
  ctx.set("verplichtingen", report::Euros(f.verplichtingen));
  ctx.set("saldo", report::Euros(f.saldo));
  ctx.set("saldo_negatief", mustache::data(f.saldo.cents < 0));
  ctx.set("tekort", report::Euros(Money{-f.saldo.cents}));
  ctx.set("bestedingspercentage", report::PercentOf(f.uitgaven, begroot));

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
                                    {"sep", report::EnumerationSeparator(i, nonzero.size())}});
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
    d.set("eenheden", FormatCount(use == v.uses.end() ? 0 : static_cast<int64_t>(use->second.units.size())));
    d.set("themas", FormatCount(use == v.uses.end() ? 0 : use->second.themes));
    mustache::data subs(mustache::data::type::list);
    for (const std::string& s : a.subdoelen) subs.push_back(mustache::object{{"naam", s}});
    d.set("subdoelen", subs);
    d.set("heeft_subdoelen", mustache::data(!a.subdoelen.empty()));
    for (const ActielijnFigures& af : f.actielijnen) {
      if (af.id != a.id) continue;
      d.set("begroot", report::Euros(af.begroot_total));
      d.set("uitgaven", report::Euros(af.uitgaven));
      d.set("verplichtingen", report::Euros(af.verplichtingen));
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

std::string LineLabel(const Tree& in, const std::string& id) {
  for (const Actielijn& a : in.programma.actielijnen)
    if (a.id == id) return a.id + ". " + a.naam;
  return id;
}

std::string IndicatorValue(const Indicator& ind, const Number& n) {
  return ind.eenheid == "%" ? FormatPercent(n.value, n.decimals) : FormatDecimal(n.value, n.decimals);
}

bool Table(const NationalView& v, const Element& d, report::Captions* c, Blocks* out, std::string* e) {
  using namespace report;
  const Tree in{*v.input->programma, *v.input->units};
  const Figures& figs = *v.input->figures;
  const NationalFigures& f = figs.national;
  const std::string kind = d.args.empty() ? "" : d.args[0];
  doc::Table t;
  doc::Row header;
  if (kind == "actielijnen") {
    t.caption = c->Table(CaptionText(d, "Middelen per actielijn, alle eenheden (bedragen in euro's)"));
    t.columns = {TextColumn(), NumberColumn(), NumberColumn(), NumberColumn(), NumberColumn(), NumberColumn()};
    if (!HeaderRow(d, {"Actielijn", "Eenheden", "Thema's", "Begroot", "Uitgaven", "Verplichtingen"}, &header, e)) return false;
    std::vector<Money> all{f.begroot_total, f.uitgaven, f.verplichtingen};
    for (const ActielijnFigures& a : f.actielijnen)
      all.insert(all.end(), {a.begroot_total, a.uitgaven, a.verplichtingen});
    AmountFormat fmt(all);
    for (const ActielijnFigures& a : f.actielijnen) {
      auto use = v.uses.find(a.id);
      int units = use == v.uses.end() ? 0 : static_cast<int>(use->second.units.size());
      int th = use == v.uses.end() ? 0 : use->second.themes;
      t.body.push_back(TextRow({LineLabel(in, a.id), FormatCount(units), FormatCount(th),
                                fmt(a.begroot_total), fmt(a.uitgaven), fmt(a.verplichtingen)}));
    }
    t.total = TextRow({"Totaal", FormatCount(static_cast<int64_t>(in.units.size())), "",
                       fmt(f.begroot_total), fmt(f.uitgaven), fmt(f.verplichtingen)}, true);
  } else if (kind == "actielijn-jaren") {
    t.caption = c->Table(CaptionText(d, "Begroot per actielijn en jaar, alle eenheden (bedragen in euro's)"));
    std::vector<std::string> names{"Actielijn"};
    t.columns = {TextColumn()};
    for (const auto& [year, m] : f.begroot) {
      names.push_back(std::to_string(year));
      t.columns.push_back(NumberColumn());
    }
    names.push_back("Totaal");
    t.columns.push_back(NumberColumn());
    header = TextRow(names);
    std::vector<Money> all{f.begroot_total};
    for (const ActielijnFigures& a : f.actielijnen)
      for (const auto& [y, m] : a.begroot) all.push_back(m);
    AmountFormat fmt(all);
    for (const ActielijnFigures& a : f.actielijnen) {
      std::vector<std::string> row{LineLabel(in, a.id)};
      for (const auto& [year, total] : f.begroot) {
        auto it = a.begroot.find(year);
        row.push_back(fmt(it == a.begroot.end() ? Money{} : it->second));
      }
      row.push_back(fmt(a.begroot_total));
      t.body.push_back(TextRow(row));
    }
    std::vector<std::string> total{"Totaal"};
    for (const auto& [year, m] : f.begroot) total.push_back(fmt(m));
    total.push_back(fmt(f.begroot_total));
    t.total = TextRow(total, true);
  } else if (kind == "acties") {
    t.caption = c->Table(CaptionText(d, "Acties naar status per actielijn"));
    std::vector<std::string> names{"Actielijn"};
    t.columns = {TextColumn()};
    for (Status s : kAllStatuses) {
      names.push_back(FormatStatus(s));
      t.columns.push_back(NumberColumn());
    }
    if (!HeaderRow(d, names, &header, e)) return false;
    for (const Actielijn& a : in.programma.actielijnen) {
      std::vector<std::string> row{LineLabel(in, a.id)};
      auto use = v.uses.find(a.id);
      for (Status s : kAllStatuses) {
        int n = 0;
        if (use != v.uses.end())
          if (auto it = use->second.actions.find(s); it != use->second.actions.end()) n = it->second;
        row.push_back(FormatCount(n));
      }
      t.body.push_back(TextRow(row));
    }
    std::vector<std::string> total{"Alle acties"};
    for (Status s : kAllStatuses) {
      auto it = f.acties_by_status.find(s);
      total.push_back(FormatCount(it == f.acties_by_status.end() ? 0 : it->second));
    }
    t.total = TextRow(total, true);
  } else if (kind == "indicatoren") {
    t.caption = c->Table(CaptionText(d, "Kernindicatoren"));
    std::set<int> years;
    for (const Indicator& ind : in.programma.indicatoren)
      for (const auto& [y, n] : ind.waarden) years.insert(y);
    std::vector<std::string> names{"Kernindicator"};
    t.columns = {TextColumn()};
    for (int y : years) {
      names.push_back(std::to_string(y));
      t.columns.push_back(NumberColumn());
    }
    names.push_back("Beter");
    t.columns.push_back(TextColumn());
    header = TextRow(names);
    for (const Indicator& ind : in.programma.indicatoren) {
      std::vector<std::string> row{ind.naam};
      for (int y : years) {
        auto it = ind.waarden.find(y);
        row.push_back(it == ind.waarden.end() ? "" : IndicatorValue(ind, it->second));
      }
      row.push_back(ind.beter);
      t.body.push_back(TextRow(row));
    }
  } else if (kind == "mijlpalen") {
    t.caption = c->Table(CaptionText(d, "Mijlpalen"));
    t.columns = {TextColumn(), TextColumn(), TextColumn()};
    if (!HeaderRow(d, {"Mijlpaal", "Actielijn", "Periode"}, &header, e)) return false;
    std::vector<const Mijlpaal*> sorted;
    for (const Mijlpaal& m : in.programma.mijlpalen) sorted.push_back(&m);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Mijlpaal* a, const Mijlpaal* b) { return a->periode < b->periode; });
    for (const Mijlpaal* m : sorted)
      t.body.push_back(TextRow({m->naam, JoinDutch(m->actielijnen),
                                Unbreakable(FormatQuarterShort(m->periode))}));
  } else if (kind == "kwartaal-actielijnen") {
    // [[tabel:kwartaal-actielijnen:uitgaven]] or ...:verplichtingen: t/m P-1, in P, t/m P.
    bool uitgaven = d.args.size() >= 2 && d.args[1] == "uitgaven";
    if (d.args.size() < 2 || (!uitgaven && d.args[1] != "verplichtingen")) {
      *e = "needs uitgaven or verplichtingen: [[tabel:kwartaal-actielijnen:uitgaven]]";
      return false;
    }
    Period p = v.input->period;
    std::string q = FormatQuarterShort(p);
    t.caption = c->Table(CaptionText(d, std::string(uitgaven ? "Uitgaven" : "Verplichtingen") +
                                            " per actielijn in " + q + " (bedragen in euro's)"));
    t.columns = {TextColumn(), NumberColumn(), NumberColumn(), NumberColumn()};
    if (!HeaderRow(d, {"Actielijn", "t/m " + FormatQuarterShort(PreviousPeriod(p)), "In " + q,
                       "t/m " + q}, &header, e)) return false;
    auto row = [](Money through, Money quarter) {
      Money before = through;
      (void)before.TrySub(quarter);
      return std::vector<Money>{before, quarter, through};
    };
    std::vector<std::vector<Money>> rows;
    for (const ActielijnFigures& a : f.actielijnen)
      rows.push_back(uitgaven ? row(a.uitgaven, a.uitgaven_kwartaal)
                              : row(a.verplichtingen, a.verplichtingen_kwartaal));
    std::vector<Money> total = uitgaven ? row(f.uitgaven, f.uitgaven_kwartaal)
                                        : row(f.verplichtingen, f.verplichtingen_kwartaal);
    // Both quarter tables show cents when either has an amount with cents, as they are read
    // side by side (t/m P-1 is t/m P minus P, so those two decide).
    std::vector<Money> all{f.uitgaven, f.uitgaven_kwartaal, f.verplichtingen,
                           f.verplichtingen_kwartaal};
    for (const ActielijnFigures& a : f.actielijnen)
      all.insert(all.end(), {a.uitgaven, a.uitgaven_kwartaal, a.verplichtingen,
                             a.verplichtingen_kwartaal});
    AmountFormat fmt(all);
    for (size_t i = 0; i < rows.size(); ++i)
      t.body.push_back(TextRow({LineLabel(in, f.actielijnen[i].id), fmt(rows[i][0]),
                                fmt(rows[i][1]), fmt(rows[i][2])}));
    t.total = TextRow({"Totaal", fmt(total[0]), fmt(total[1]), fmt(total[2])}, true);
  } else if (kind == "kwartaal-acties") {
    t.caption = c->Table(CaptionText(d, "Acties die in " + FormatQuarterShort(v.input->period) +
                                            " van status veranderden"));
    t.columns = {TextColumn(), NumberColumn()};
    if (!HeaderRow(d, {"Nieuwe status", "Aantal acties"}, &header, e)) return false;
    int total = 0;
    for (Status s : kAllStatuses) {
      auto it = f.acties_changed.find(s);
      int n = it == f.acties_changed.end() ? 0 : it->second;
      total += n;
      t.body.push_back(TextRow({FormatStatus(s), FormatCount(n)}));
    }
    t.total = TextRow({"Totaal", FormatCount(total)}, true);
  } else if (kind == "eenheden") {
    t.caption = c->Table(CaptionText(d, "Saldo per eenheid per " + FormatQuarterEndDate(v.input->period) +
                                            " (bedragen in euro's)"));
    t.columns = {TextColumn(), NumberColumn(), NumberColumn(), NumberColumn(), NumberColumn()};
    if (!HeaderRow(d, {"Eenheid", "Middelen", "Uitgaven", "Verplichtingen", "Saldo"}, &header, e)) return false;
    std::vector<Money> all{f.middelen, f.uitgaven, f.verplichtingen, f.saldo};
    for (const UnitFigures& u : figs.units) all.insert(all.end(), {u.middelen, u.uitgaven, u.verplichtingen, u.saldo});
    AmountFormat fmt(all);
    std::vector<size_t> order(in.units.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return in.units[a].naam < in.units[b].naam; });
    for (size_t i : order) {
      const UnitFigures* u = i < figs.units.size() ? &figs.units[i] : nullptr;
      if (u && u->has_budget)
        t.body.push_back(TextRow({in.units[i].naam, fmt(u->middelen), fmt(u->uitgaven),
                                  fmt(u->verplichtingen), fmt(u->saldo)}));
      else
        t.body.push_back(TextRow({in.units[i].naam, "geen begroting", "", "", ""}));
    }
    t.total = TextRow({"Totaal", fmt(f.middelen), fmt(f.uitgaven), fmt(f.verplichtingen), fmt(f.saldo)}, true);
  } else {
    *e = "unknown table '" + kind + "'; known: actielijnen, actielijn-jaren, acties, indicatoren, mijlpalen, eenheden, "
         "kwartaal-actielijnen, kwartaal-acties";
    return false;
  }
  if (!header.cells.empty()) t.header = header;
  out->push_back({t});
  return true;
}

bool Chart(const NationalView& v, const Element& d, report::Captions* c, Blocks* out, std::string* e) {
  using namespace report;
  const Tree in{*v.input->programma, *v.input->units};
  const NationalFigures& f = v.input->figures->national;
  const std::string kind = d.args.empty() ? "" : d.args[0];
  if (kind == "actielijn") {
    std::vector<std::string> cats;
    std::vector<Money> planned, spent;
    for (const ActielijnFigures& a : f.actielijnen) {
      cats.push_back(LineLabel(in, a.id));
      planned.push_back(a.begroot_total);
      spent.push_back(a.uitgaven);
    }
    out->push_back({MoneyBarChart(c->Figure(CaptionText(d, "Begroot en uitgegeven per actielijn")), cats,
                                  "Begroot", planned,
                                  "Uitgaven t/m " + FormatQuarterShort(v.input->period), spent)});
    return true;
  }
  if (kind == "acties") {
    doc::BarChart chart;
    chart.title = c->Figure(CaptionText(d, "Acties naar status, alle eenheden"));
    doc::BarSeries s;
    s.label = "Acties";
    chart.alt_text = chart.title + ".";
    for (Status st : kAllStatuses) {
      auto it = f.acties_by_status.find(st);
      int n = it == f.acties_by_status.end() ? 0 : it->second;
      chart.categories.push_back(FormatStatus(st));
      s.values.push_back(n);
      s.display.push_back(FormatCount(n));
      chart.alt_text += " " + FormatStatus(st) + ": " + FormatCount(n) + ".";
    }
    chart.series.push_back(s);
    chart.axis_label = "aantal acties";
    out->push_back({chart});
    return true;
  }
  if (kind == "indicatoren") {
    doc::LineChart chart;
    chart.title = c->Figure(CaptionText(d, "Kernindicatoren door de jaren"));
    chart.alt_text = chart.title + ".";
    for (const Indicator& ind : in.programma.indicatoren) {
      doc::LinePanel p;
      p.title = ind.naam;
      p.better = ind.beter == "hoger" ? doc::Better::kUp
                 : ind.beter == "lager" ? doc::Better::kDown
                                        : doc::Better::kNeutral;
      int decimals = 0;
      for (const auto& [y, n] : ind.waarden) decimals = std::max(decimals, n.decimals);
      double scale = std::pow(10.0, std::min(decimals, 6));
      chart.alt_text += " " + ind.naam + ":";
      for (const auto& [y, n] : ind.waarden) {
        doc::LinePoint pt;
        pt.year = y;
        pt.value = static_cast<int64_t>(std::llround(n.value * scale));
        pt.display = IndicatorValue(ind, n);
        chart.alt_text += " " + std::to_string(y) + " " + pt.display + ";";
        p.points.push_back(pt);
      }
      chart.panels.push_back(std::move(p));
    }
    out->push_back({chart});
    return true;
  }
  *e = "unknown chart '" + kind + "'; known: actielijn, acties, indicatoren";
  return false;
}

}  // namespace

doc::Document BuildNational(const NationalInput& input, Diagnostics* diags) {
  doc::Document document;
  if (!report::CheckTemplate(input.template_source, NationalVocabulary(), diags)) return document;
  NationalView view{&input, Uses(Tree{*input.programma, *input.units})};
  std::string text;
  if (!report::RenderMustache(input.template_source, Context(view), &text, diags)) return document;
  std::vector<report::Element> elements = report::ParseRendered(text);
  report::MetaLines meta_lines = report::CollectMeta(elements);
  std::map<std::string, std::string> meta = report::MetaMap(meta_lines);
  report::Captions captions(meta);
  auto handler = [&](const Element& d, Blocks* out, std::string* error) {
    if (report::CommonDirective(d, meta_lines, out)) return true;
    if (d.name == "tabel") return Table(view, d, &captions, out, error);
    if (d.name == "grafiek") return Chart(view, d, &captions, out, error);
    *error = "not available in the national overview";
    return false;
  };
  report::Assembled assembled =
      report::Assemble(elements, handler, input.template_source.path, diags);
  auto get = [&](const char* key, const std::string& fallback) {
    auto it = meta.find(key);
    return it == meta.end() || it->second.empty() ? fallback : it->second;
  };
  document.metadata.title = get("titel", input.programma->naam);
  document.metadata.author = get("auteur", input.programma->naam);
  document.metadata.subject = get("onderwerp", "");
  document.metadata.keywords = get("trefwoorden", "");
  document.metadata.creator = "voortgang " + input.version;
  document.metadata.created_unix = input.build_time_unix;
  document.running.unit = get("koptekst", "Landelijk overzicht");
  document.running.period = get("koptekst_periode", FormatQuarterShort(input.period));
  document.blocks = std::move(assembled.blocks);
  return document;
}

}  // namespace voortgang
