// The tables of the quarter section (changes.md): actions changed in P by status, milestones
// of P, decisions of P and of the next quarter, money t/m P-1 / in P / t/m P per theme, and the
// key figures beside their previous value. Each table is left out when it would be empty; the
// template says so in words through the heeft_* switches of QuarterSwitches.
#include "pipeline/format/dutch.h"
#include "pipeline/report/text.h"
#include "pipeline/report/unit_view.h"

namespace voortgang::report {
namespace {

using Blocks = std::vector<doc::Block>;
namespace mustache = kainjow::mustache;

/// The groups of changed actions in the order a council reads them, with the verb the
/// template's empty-group sentence uses ("Dit kwartaal zijn geen acties afgerond.").
struct Group {
  Status status;
  const char* key;
  const char* kop;
  const char* werkwoord;
};
constexpr Group kGroups[] = {{Status::kAfgerond, "afgerond", "Afgerond", "afgerond"},
                             {Status::kLopend, "gestart", "Gestart", "gestart"},
                             {Status::kVertraagd, "vertraagd", "Vertraagd", "vertraagd"},
                             {Status::kGestopt, "gestopt", "Gestopt", "gestopt"},
                             {Status::kGepland, "gepland", "Gepland", "gepland"}};

doc::Table NewQuarterTable(Captions* captions, const Element& d, const std::string& caption) {
  doc::Table table;
  table.caption = captions->Table(CaptionText(d, caption));
  return table;
}

struct SeriesPoint {
  const Kerncijfer* latest = nullptr;
  const Kerncijfer* previous = nullptr;
};

/// Per series (naam, in input order) the latest value with peildatum on or before the end
/// of P and the value before it.
std::vector<SeriesPoint> Series(const UnitView& v) {
  Date end{v.period.year, v.period.quarter * 3,
           v.period.quarter == 1 || v.period.quarter == 4 ? 31 : 30};
  std::vector<std::string> names;
  std::map<std::string, SeriesPoint> by_name;
  for (const Kerncijfer& k : v.unit->kerncijfers) {
    if (!by_name.count(k.naam)) names.push_back(k.naam);
    SeriesPoint& s = by_name[k.naam];
    if (k.peildatum && end < *k.peildatum) continue;
    auto date = [](const Kerncijfer* x) { return x->peildatum.value_or(Date{}); };
    Date when = k.peildatum.value_or(Date{});
    if (!s.latest || date(s.latest) < when) {
      s.previous = s.latest;
      s.latest = &k;
    } else if (!s.previous || date(s.previous) < when) {
      s.previous = &k;
    }
  }
  std::vector<SeriesPoint> out;
  for (const std::string& n : names)
    if (by_name[n].latest) out.push_back(by_name[n]);
  return out;
}

}  // namespace

namespace unit {

bool TabelKwartaalActies(const UnitView& v, const Element& d, Captions* c, Blocks* out,
                         std::string* e) {
  const Group* group = nullptr;
  for (const Group& g : kGroups)
    if (d.args.size() >= 2 && d.args[1] == g.key) group = &g;
  if (!group) {
    *e = "needs a group: [[tabel:kwartaal-acties:afgerond|gestart|vertraagd|gestopt|gepland]]";
    return false;
  }
  doc::Table t = NewQuarterTable(
      c, d, std::string("Acties ") + group->werkwoord + " in " + FormatQuarterShort(v.period));
  t.columns = {TextColumn(), TextColumn(), TextColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Actie", "Thema", "Gereed"}, &header, e)) return false;
  t.header = header;
  for (const Thema& th : v.unit->themas)
    for (const Actie& a : th.acties)
      if (a.status == group->status && ChangedIn(a, v.period))
        t.body.push_back(
            TextRow({a.naam, th.naam, a.gereed ? Unbreakable(FormatQuarterShort(*a.gereed)) : ""}));
  if (!t.body.empty()) out->push_back({t});
  return true;
}

bool TabelKwartaalMijlpalen(const UnitView& v, const Element& d, Captions* c, Blocks* out,
                            std::string* e) {
  doc::Table t = NewQuarterTable(c, d, "Mijlpalen bereikt in " + FormatQuarterShort(v.period));
  t.columns = {TextColumn(), TextColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Mijlpaal", "Thema"}, &header, e)) return false;
  t.header = header;
  for (const Mijlpaal& m : v.unit->mijlpalen) {
    if (m.periode != v.period) continue;
    const Thema* th = m.thema.empty() ? nullptr : v.FindTheme(m.thema, nullptr);
    t.body.push_back(TextRow({m.naam, th ? th->naam : ""}));
  }
  if (!t.body.empty()) out->push_back({t});
  return true;
}

/// `[[tabel:kwartaal-besluiten:nu]]` (decisions of P) or `...:volgend` (of P+1).
bool TabelKwartaalBesluiten(const UnitView& v, const Element& d, Captions* c, Blocks* out,
                            std::string* e) {
  bool next = d.args.size() >= 2 && d.args[1] == "volgend";
  if (d.args.size() < 2 || (!next && d.args[1] != "nu")) {
    *e = "needs nu or volgend: [[tabel:kwartaal-besluiten:nu]]";
    return false;
  }
  Period p = next ? NextPeriod(v.period) : v.period;
  doc::Table t = NewQuarterTable(c, d, "Besluitvorming in " + FormatQuarterShort(p));
  t.columns = {TextColumn(), TextColumn(), TextColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Onderwerp", "Vorm", "Kwartaal"}, &header, e)) return false;
  t.header = header;
  for (const Besluit& b : v.unit->besluiten) {
    Period last = b.tot ? *b.tot : b.periode;
    if (p < b.periode || last < p) continue;
    t.body.push_back(TextRow({b.onderwerp, b.vorm, Unbreakable(QuarterSpan(b.periode, b.tot))}));
  }
  if (!t.body.empty()) out->push_back({t});
  return true;
}

/// `[[tabel:kwartaal-geld:uitgaven]]` or `...:verplichtingen`: per theme t/m P-1, in P, t/m P.
bool TabelKwartaalGeld(const UnitView& v, const Element& d, Captions* c, Blocks* out,
                       std::string* e) {
  bool uitgaven = d.args.size() >= 2 && d.args[1] == "uitgaven";
  if (d.args.size() < 2 || (!uitgaven && d.args[1] != "verplichtingen")) {
    *e = "needs uitgaven or verplichtingen: [[tabel:kwartaal-geld:uitgaven]]";
    return false;
  }
  const UnitFigures* f = v.figures;
  if (!f || !f->has_budget || v.unit->themas.empty()) return true;  // the template says why
  std::string what = uitgaven ? "Uitgaven" : "Verplichtingen";
  doc::Table t = NewQuarterTable(
      c, d, what + " per thema in " + FormatQuarterShort(v.period) + " (bedragen in euro's)");
  t.columns = {TextColumn(), NumberColumn(), NumberColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d,
                 {"Thema", "t/m " + FormatQuarterShort(PreviousPeriod(v.period)),
                  "In " + FormatQuarterShort(v.period), "t/m " + FormatQuarterShort(v.period)},
                 &header, e))
    return false;
  t.header = header;
  // Every column comes from aggregate: t/m P-1 plus in P is t/m P to the cent.
  auto row = [&](const auto& x) {
    return uitgaven ? std::vector<Money>{x.uitgaven_voor_kwartaal, x.uitgaven_kwartaal, x.uitgaven}
                    : std::vector<Money>{x.verplichtingen_voor_kwartaal, x.verplichtingen_kwartaal,
                                         x.verplichtingen};
  };
  std::vector<Money> total = row(*f);
  // The uitgaven and verplichtingen tables are read side by side: both show cents when either
  // has an amount with cents (t/m P-1 is t/m P minus P, so t/m P and P decide).
  std::vector<Money> all{f->uitgaven, f->uitgaven_kwartaal, f->verplichtingen,
                         f->verplichtingen_kwartaal};
  for (const ThemeFigures& tf : f->themas)
    all.insert(all.end(), {tf.uitgaven, tf.uitgaven_kwartaal, tf.verplichtingen,
                           tf.verplichtingen_kwartaal});
  AmountFormat fmt(all);
  for (size_t i = 0; i < v.unit->themas.size(); ++i) {
    const ThemeFigures* tf = v.theme_figures[i];
    if (!tf) continue;
    std::vector<Money> r = row(*tf);
    t.body.push_back(TextRow({v.unit->themas[i].naam, fmt(r[0]), fmt(r[1]), fmt(r[2])}));
  }
  t.total = TextRow({"Totaal", fmt(total[0]), fmt(total[1]), fmt(total[2])}, true);
  out->push_back({t});
  return true;
}

bool TabelKwartaalKerncijfers(const UnitView& v, const Element& d, Captions* c, Blocks* out,
                              std::string* e) {
  doc::Table t = NewQuarterTable(c, d, "Kerncijfers met de vorige meting");
  t.columns = {TextColumn(), NumberColumn(), NumberColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Kerncijfer", "Nu", "Vorige meting", "Verschil"}, &header, e)) return false;
  t.header = header;
  auto with_date = [](const Kerncijfer& k) {
    std::string text = FormatDecimal(k.waarde.value, k.waarde.decimals);
    if (k.peildatum) text += " (" + Unbreakable(FormatDate(*k.peildatum)) + ")";
    return text;
  };
  for (const SeriesPoint& s : Series(v)) {
    std::string previous = s.previous ? with_date(*s.previous) : "geen eerdere meting";
    std::string difference;
    if (s.previous) {
      int decimals = std::max(s.latest->waarde.decimals, s.previous->waarde.decimals);
      double diff = s.latest->waarde.value - s.previous->waarde.value;
      difference = (diff > 0 ? "+" : "") + FormatDecimal(diff, decimals);
      if (s.previous->waarde.value != 0)
        difference += " (" + std::string(diff > 0 ? "+" : "") +
                      FormatPercent(100.0 * diff / s.previous->waarde.value, 1) + ")";
    }
    t.body.push_back(TextRow({s.latest->naam, with_date(*s.latest), previous, difference}));
  }
  if (!t.body.empty()) out->push_back({t});
  return true;
}

}  // namespace unit

void QuarterSwitches(const UnitView& v, mustache::data* ctx) {
  mustache::data groups(mustache::data::type::list);
  for (const Group& g : kGroups) {
    bool any = false;
    for (const Thema& th : v.unit->themas)
      for (const Actie& a : th.acties)
        any = any || (a.status == g.status && ChangedIn(a, v.period));
    groups.push_back(mustache::object{{"groep", std::string(g.key)},
                                      {"kop", std::string(g.kop)},
                                      {"werkwoord", std::string(g.werkwoord)},
                                      {"heeft_acties", mustache::data(any)}});
  }
  ctx->set("kwartaal_groepen", groups);
  bool milestones = false;
  for (const Mijlpaal& m : v.unit->mijlpalen) milestones = milestones || m.periode == v.period;
  ctx->set("heeft_kwartaal_mijlpalen", mustache::data(milestones));
  auto decisions_in = [&](Period p) {
    for (const Besluit& b : v.unit->besluiten) {
      Period last = b.tot ? *b.tot : b.periode;
      if (!(p < b.periode) && !(last < p)) return true;
    }
    return false;
  };
  ctx->set("heeft_kwartaal_besluiten", mustache::data(decisions_in(v.period)));
  ctx->set("heeft_volgend_kwartaal_besluiten", mustache::data(decisions_in(NextPeriod(v.period))));
  ctx->set("volgend_kwartaal_lang", FormatQuarterLong(NextPeriod(v.period)));
}

}  // namespace voortgang::report
