// The [[...]] directives of the unit templates: Markdown fields, the list and the tables (the
// charts are in unit_charts.cc, the quarter tables in quarter_directives.cc).
#include <algorithm>

#include "pipeline/format/dutch.h"
#include "pipeline/report/markdown.h"
#include "pipeline/report/text.h"
#include "pipeline/report/unit_view.h"

namespace voortgang::report {
namespace {

using Blocks = std::vector<doc::Block>;

std::string ActielijnName(const Inputs& in, const std::string& id) {
  for (const Actielijn& a : in.programma.actielijnen)
    if (a.id == id) return a.naam;
  return id;
}

/// Appends the blocks of a Markdown field; a field left empty adds nothing.
void AddMarkdown(const std::string* text, Blocks* out) {
  if (text)
    for (doc::Block& b : MarkdownToBlocks(*text)) out->push_back(std::move(b));
}

/// The theme a [[markdown:<field>:<thema>]] names, and its voortgang for P (null: none).
const Thema* ThemeOf(const UnitView& v, const Element& d, const Voortgang** g, std::string* e) {
  size_t i = 0;
  const Thema* t = d.args.size() >= 2 ? v.FindTheme(d.args[1], &i) : nullptr;
  if (d.args.size() < 2)
    *e = "needs a theme id: [[markdown:" + d.args[0] + ":<thema>]]";
  else if (!t)
    *e = "unknown theme '" + d.args[1] + "'";
  else
    *g = v.voortgang[i];
  return t;
}

/// A field of the theme's voortgang for P: stand, opgaven or besluitvorming.
bool VoortgangField(const UnitView& v, const Element& d, std::string Voortgang::*field, Blocks* out,
                    std::string* e) {
  const Voortgang* g = nullptr;
  if (!ThemeOf(v, d, &g, e)) return false;
  AddMarkdown(g ? &(g->*field) : nullptr, out);
  return true;
}

doc::Table NewTable(Captions* captions, const Element& d, const std::string& caption) {
  doc::Table table;
  table.caption = captions->Table(CaptionText(d, caption));
  return table;
}

}  // namespace

std::string PeriodSuffix(const UnitView& v) { return "t/m " + FormatQuarterShort(v.period); }

/// "1. Betere toegang ..." as used in tables and charts.
std::string ActielijnLabel(const Inputs& in, const std::string& id) {
  return id + ". " + ActielijnName(in, id);
}

/// Actielijnen that carry money in this unit, in programma order.
std::vector<const ActielijnFigures*> ActiveLines(const UnitFigures& f) {
  std::vector<const ActielijnFigures*> lines;
  for (const ActielijnFigures& a : f.actielijnen) {
    bool any = a.uitgaven.cents || a.verplichtingen.cents;
    for (const auto& [y, m] : a.begroot) any |= m.cents != 0;
    if (any) lines.push_back(&a);
  }
  return lines;
}

namespace unit {

bool MarkdownInleiding(const UnitView& v, const Element&, Captions*, Blocks* out, std::string*) {
  AddMarkdown(v.inleiding ? &v.inleiding->tekst : nullptr, out);
  return true;
}

bool MarkdownWaarom(const UnitView& v, const Element& d, Captions*, Blocks* out, std::string* e) {
  const Voortgang* g = nullptr;
  const Thema* t = ThemeOf(v, d, &g, e);
  if (t) AddMarkdown(&t->waarom, out);
  return t != nullptr;
}

bool MarkdownResultaat(const UnitView& v, const Element& d, Captions*, Blocks* out,
                       std::string* e) {
  const Voortgang* g = nullptr;
  const Thema* t = ThemeOf(v, d, &g, e);
  if (t) AddMarkdown(&t->resultaat, out);
  return t != nullptr;
}

bool MarkdownStand(const UnitView& v, const Element& d, Captions*, Blocks* out, std::string* e) {
  return VoortgangField(v, d, &Voortgang::stand, out, e);
}

bool MarkdownOpgaven(const UnitView& v, const Element& d, Captions*, Blocks* out, std::string* e) {
  return VoortgangField(v, d, &Voortgang::opgaven, out, e);
}

bool MarkdownBesluitvorming(const UnitView& v, const Element& d, Captions*, Blocks* out,
                            std::string* e) {
  return VoortgangField(v, d, &Voortgang::besluitvorming, out, e);
}

bool LijstActielijnen(const UnitView& v, const Element& d, Captions*, Blocks* out,
                      std::string* error) {
  size_t i = 0;
  const Thema* t = d.args.size() >= 2 ? v.FindTheme(d.args[1], &i) : nullptr;
  if (!t) {
    *error = "needs an existing theme id: [[lijst:actielijnen:<thema>]]";
    return false;
  }
  bool equal = std::all_of(t->actielijnen.begin(), t->actielijnen.end(), [&](const Share& s) {
    return s.weight.num * static_cast<int64_t>(t->actielijnen.size()) == s.weight.den;
  });
  doc::List list;
  for (const Share& s : t->actielijnen) {
    doc::Paragraph p;
    p.align = doc::Align::kLeft;
    p.runs.push_back(doc::Strong("Actielijn " + s.actielijn + ": "));
    p.runs.push_back(doc::Text(ActielijnName(*v.inputs, s.actielijn)));
    if (!equal) {
      // An explicit weight, shown as the share of the theme's money that goes to this line.
      int64_t tenths = (s.weight.num * 1000 + s.weight.den / 2) / s.weight.den;
      p.runs.push_back(doc::Text(" (" + FormatPercent(tenths / 10.0, tenths % 10 ? 1 : 0) + ")"));
    }
    doc::ListItem item;
    item.blocks.push_back({p});
    list.items.push_back(std::move(item));
  }
  out->push_back({list});
  return true;
}

bool TabelActiesPerStatus(const UnitView& v, const Element& d, Captions* c, Blocks* out,
                          std::string* e) {
  doc::Table t = NewTable(c, d, "Acties naar status");
  t.columns = {TextColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Status", "Aantal acties"}, &header, e)) return false;
  t.header = header;
  std::map<Status, int> counts;
  int total = 0;
  for (const Thema& th : v.unit->themas)
    for (const Actie& a : th.acties) ++counts[a.status], ++total;
  for (Status s : kAllStatuses)
    t.body.push_back(TextRow({FormatStatus(s), FormatCount(counts[s])}));
  t.total = TextRow({"Totaal", FormatCount(total)}, true);
  out->push_back({t});
  return true;
}

bool TabelActies(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  const Thema* th = d.args.size() >= 2 ? v.FindTheme(d.args[1], nullptr) : nullptr;
  if (!th) {
    *e = "needs an existing theme id: [[tabel:acties:<thema>]]";
    return false;
  }
  doc::Table t = NewTable(c, d, "Acties");
  t.columns = {TextColumn(), TextColumn(), TextColumn(), TextColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Actie", "Status", "Gereed", "Trekker"}, &header, e)) return false;
  t.header = header;
  for (const Actie& a : th->acties)
    t.body.push_back(
        TextRow({a.naam, FormatStatus(a.status),
                 a.gereed ? Unbreakable(FormatQuarterShort(*a.gereed)) : "", a.trekker}));
  out->push_back({t});
  return true;
}

bool TabelGeld(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  size_t i = 0;
  const Thema* th = d.args.size() >= 2 ? v.FindTheme(d.args[1], &i) : nullptr;
  if (!th) {
    *e = "needs an existing theme id: [[tabel:geld:<thema>]]";
    return false;
  }
  const ThemeFigures* f = v.theme_figures[i];
  if (!v.figures || !v.figures->has_budget || !f) return true;  // the template says why
  doc::Table t = NewTable(c, d, "Financiën " + th->naam + " (bedragen in euro's)");
  t.columns = {TextColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Post", "Bedrag"}, &header, e)) return false;
  t.header = header;
  std::vector<Money> all{f->begroot_total, f->uitgaven, f->verplichtingen, f->saldo};
  for (const auto& [year, m] : f->begroot) all.push_back(m);
  AmountFormat fmt(all);
  for (const auto& [year, m] : f->begroot)
    if (m.cents != 0) t.body.push_back(TextRow({"Begroot " + std::to_string(year), fmt(m)}));
  doc::Row total = TextRow({"Begroot totaal", fmt(f->begroot_total)});
  for (doc::Cell& cell : total.cells) cell.runs[0].strong = true;
  t.body.push_back(total);
  t.body.push_back(TextRow({"Uitgaven " + PeriodSuffix(v), fmt(f->uitgaven)}));
  t.body.push_back(TextRow({"Verplichtingen " + PeriodSuffix(v), fmt(f->verplichtingen)}));
  t.total = TextRow({"Saldo per " + FormatQuarterEndDate(v.period), fmt(f->saldo)}, true);
  out->push_back({t});
  return true;
}

bool TabelKerncijfers(const UnitView& v, const Element& d, Captions* c, Blocks* out,
                      std::string* e) {
  doc::Table t = NewTable(c, d, "Kerncijfers");
  t.columns = {TextColumn(), NumberColumn(), TextColumn(), TextColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Kerncijfer", "Waarde", "Peildatum", "Toelichting"}, &header, e)) return false;
  t.header = header;
  for (const Kerncijfer& k : v.unit->kerncijfers)
    t.body.push_back(
        TextRow({k.naam, FormatDecimal(k.waarde.value, k.waarde.decimals),
                 k.peildatum ? Unbreakable(FormatDate(*k.peildatum)) : "", k.toelichting}));
  out->push_back({t});
  return true;
}

bool TabelRoutekaart(const UnitView& v, const Element& d, Captions* c, Blocks* out,
                     std::string* e) {
  doc::Table t = NewTable(c, d, "Routekaart");
  t.columns = {TextColumn(), TextColumn(), TextColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Onderwerp", "Vorm", "Kwartaal"}, &header, e)) return false;
  t.header = header;
  for (const Besluit* b : v.routekaart)
    t.body.push_back(
        TextRow({b->onderwerp, b->vorm, Unbreakable(QuarterSpan(b->periode, b->tot))}));
  out->push_back({t});
  return true;
}

bool TabelMijlpalen(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  doc::Table t = NewTable(c, d, "Bereikte mijlpalen");
  t.columns = {TextColumn(), TextColumn(), TextColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Mijlpaal", "Thema", "Kwartaal"}, &header, e)) return false;
  t.header = header;
  std::vector<const Mijlpaal*> sorted;
  for (const Mijlpaal& m : v.unit->mijlpalen) sorted.push_back(&m);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Mijlpaal* a, const Mijlpaal* b) { return a->periode < b->periode; });
  for (const Mijlpaal* m : sorted) {
    const Thema* th = m->thema.empty() ? nullptr : v.FindTheme(m->thema, nullptr);
    t.body.push_back(
        TextRow({m->naam, th ? th->naam : "", Unbreakable(FormatQuarterShort(m->periode))}));
  }
  out->push_back({t});
  return true;
}

bool TabelMiddelen(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  if (!v.figures || !v.figures->has_budget || v.unit->budget->middelen.empty()) return true;
  doc::Table t = NewTable(c, d, "Middelen (bedragen in euro's)");
  t.columns = {TextColumn(), TextColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Bron", "Jaar", "Bedrag"}, &header, e)) return false;
  t.header = header;
  std::vector<Money> all{v.figures->middelen};
  for (const Middelen& m : v.unit->budget->middelen) all.push_back(m.bedrag);
  AmountFormat fmt(all);
  std::vector<const Middelen*> sorted;
  for (const Middelen& m : v.unit->budget->middelen) sorted.push_back(&m);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Middelen* a, const Middelen* b) { return a->jaar < b->jaar; });
  for (const Middelen* m : sorted)
    t.body.push_back(TextRow({m->bron, std::to_string(m->jaar), fmt(m->bedrag)}));
  t.total = TextRow({"Totaal", "", fmt(v.figures->middelen)}, true);
  out->push_back({t});
  return true;
}

/// Seed 001 section 4: themes x years with totals, what is available and what is left.
bool TabelBegroting(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  const UnitFigures* f = v.figures;
  if (!f || !f->has_budget) return true;
  std::vector<int> years;
  for (const YearFigures& y : f->years) years.push_back(y.year);
  doc::Table t = NewTable(c, d, "Begroting per thema en jaar (bedragen in euro's)");
  std::vector<std::string> names{"Thema"};
  t.columns.push_back(TextColumn());
  for (int y : years) {
    names.push_back(std::to_string(y));
    t.columns.push_back(NumberColumn());
  }
  names.push_back("Totaal");
  t.columns.push_back(NumberColumn());
  doc::Row header;
  if (d.texts.size() >= 2) {
    // Only the first and last header can be renamed; the years are the years.
    Element two = d;
    std::vector<std::string> defaults{"Thema", "Totaal"};
    if (!HeaderRow(two, defaults, &header, e)) return false;
    names.front() = header.cells[0].runs[0].text;
    names.back() = header.cells[1].runs[0].text;
  }
  t.header = TextRow(names);
  std::vector<Money> all{f->begroot_total, f->middelen};
  for (const YearFigures& y : f->years)
    all.insert(all.end(), {y.middelen, y.begroot, y.nog_te_programmeren});
  for (const ThemeFigures& tf : f->themas) all.push_back(tf.begroot_total);
  AmountFormat fmt(all);
  for (size_t i = 0; i < v.unit->themas.size(); ++i) {
    const ThemeFigures* tf = v.theme_figures[i];
    std::vector<std::string> row{v.unit->themas[i].naam};
    for (int y : years) {
      Money m{};
      if (tf)
        if (auto it = tf->begroot.find(y); it != tf->begroot.end()) m = it->second;
      row.push_back(m.cents ? fmt(m) : "");
    }
    row.push_back(fmt(tf ? tf->begroot_total : Money{}));
    t.body.push_back(TextRow(row));
  }
  std::vector<std::string> total{"Totaal begroot"}, available{"Beschikbaar"},
      left{"Nog te programmeren"};
  for (const YearFigures& y : f->years) {
    total.push_back(fmt(y.begroot));
    available.push_back(fmt(y.middelen));
    left.push_back(fmt(y.nog_te_programmeren));
  }
  total.push_back(fmt(f->begroot_total));
  available.push_back(fmt(f->middelen));
  left.push_back(f->years.empty() ? "" : fmt(f->years.back().nog_te_programmeren));
  t.body.push_back(TextRow(total, true));
  t.body.push_back(TextRow(available));
  t.total = TextRow(left, true);
  out->push_back({t});
  return true;
}

bool TabelRealisatie(const UnitView& v, const Element& d, Captions* c, Blocks* out,
                     std::string* e) {
  const UnitFigures* f = v.figures;
  // No budget: the template says why. No theme: a table of only a total says nothing.
  if (!f || !f->has_budget || v.unit->themas.empty()) return true;
  doc::Table t = NewTable(c, d,
                          "Begroot, uitgaven, verplichtingen en saldo per thema, " +
                              PeriodSuffix(v) + " (bedragen in euro's)");
  t.columns = {TextColumn(), NumberColumn(), NumberColumn(), NumberColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Thema", "Begroot", "Uitgaven", "Verplichtingen", "Saldo"}, &header, e))
    return false;
  t.header = header;
  std::vector<Money> all{f->begroot_total, f->uitgaven, f->verplichtingen, f->begroot_saldo};
  for (const ThemeFigures& tf : f->themas)
    all.insert(all.end(), {tf.begroot_total, tf.uitgaven, tf.verplichtingen, tf.saldo});
  AmountFormat fmt(all);
  for (size_t i = 0; i < v.unit->themas.size(); ++i) {
    const ThemeFigures* tf = v.theme_figures[i];
    if (!tf) continue;
    t.body.push_back(TextRow({v.unit->themas[i].naam, fmt(tf->begroot_total), fmt(tf->uitgaven),
                              fmt(tf->verplichtingen), fmt(tf->saldo)}));
  }
  t.total = TextRow({"Totaal", fmt(f->begroot_total), fmt(f->uitgaven), fmt(f->verplichtingen),
                     fmt(f->begroot_saldo)},
                    true);
  out->push_back({t});
  return true;
}

bool TabelStand(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  const UnitFigures* f = v.figures;
  if (!f || !f->has_budget) return true;
  doc::Table t = NewTable(
      c, d, "Financiële stand per " + FormatQuarterEndDate(v.period) + " (bedragen in euro's)");
  t.columns = {TextColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Post", "Bedrag"}, &header, e)) return false;
  t.header = header;
  AmountFormat fmt({f->middelen, f->begroot_total, f->uitgaven, f->verplichtingen, f->saldo});
  t.body.push_back(TextRow({"Beschikbare middelen", fmt(f->middelen)}));
  t.body.push_back(TextRow({"Begroot", fmt(f->begroot_total)}));
  t.body.push_back(TextRow({"Uitgaven " + PeriodSuffix(v), fmt(f->uitgaven)}));
  t.body.push_back(TextRow({"Verplichtingen " + PeriodSuffix(v), fmt(f->verplichtingen)}));
  t.total = TextRow({"Saldo (middelen min uitgaven en verplichtingen)", fmt(f->saldo)}, true);
  out->push_back({t});
  return true;
}

bool TabelActielijnen(const UnitView& v, const Element& d, Captions* c, Blocks* out,
                      std::string* e) {
  const UnitFigures* f = v.figures;
  // No actielijn with money: the chart's sentence beside it says so.
  if (!f || !f->has_budget || ActiveLines(*f).empty()) return true;
  doc::Table t = NewTable(c, d,
                          "Begroot, uitgaven en verplichtingen per actielijn, " + PeriodSuffix(v) +
                              " (bedragen in euro's)");
  t.columns = {TextColumn(), NumberColumn(), NumberColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Actielijn", "Begroot", "Uitgaven", "Verplichtingen"}, &header, e))
    return false;
  t.header = header;
  std::vector<Money> all{f->begroot_total, f->uitgaven, f->verplichtingen};
  for (const ActielijnFigures* a : ActiveLines(*f))
    all.insert(all.end(), {a->begroot_total, a->uitgaven, a->verplichtingen});
  AmountFormat fmt(all);
  for (const ActielijnFigures* a : ActiveLines(*f))
    t.body.push_back(TextRow({ActielijnLabel(*v.inputs, a->id), fmt(a->begroot_total),
                              fmt(a->uitgaven), fmt(a->verplichtingen)}));
  t.total =
      TextRow({"Totaal", fmt(f->begroot_total), fmt(f->uitgaven), fmt(f->verplichtingen)}, true);
  out->push_back({t});
  return true;
}

}  // namespace unit
}  // namespace voortgang::report
