// The [[...]] directives of the unit templates: Markdown fields, the tables and the charts.
#include <algorithm>

#include "pipeline/format/dutch.h"
#include "pipeline/report/markdown.h"
#include "pipeline/report/text.h"
#include "pipeline/report/unit_view.h"

namespace voortgang::report {
namespace {

using Blocks = std::vector<doc::Block>;

std::string PeriodSuffix(const UnitView& v) { return "t/m " + FormatQuarterShort(v.period); }

std::string ActielijnName(const Inputs& in, const std::string& id) {
  for (const Actielijn& a : in.programma.actielijnen)
    if (a.id == id) return a.naam;
  return id;
}

/// "1. Betere toegang ..." as used in tables and charts.
std::string ActielijnLabel(const Inputs& in, const std::string& id) {
  return id + ". " + ActielijnName(in, id);
}

bool MarkdownField(const UnitView& v, const Element& d, Blocks* out, std::string* error) {
  if (d.args.empty()) {
    *error = "needs a field: inleiding, waarom, resultaat, stand, opgaven or besluitvorming";
    return false;
  }
  const std::string& field = d.args[0];
  if (field == "inleiding") {
    if (v.inleiding)
      for (doc::Block& b : MarkdownToBlocks(v.inleiding->tekst)) out->push_back(std::move(b));
    return true;
  }
  if (d.args.size() < 2) {
    *error = "needs a theme id: [[markdown:" + field + ":<thema>]]";
    return false;
  }
  size_t i = 0;
  const Thema* t = v.FindTheme(d.args[1], &i);
  if (!t) {
    *error = "unknown theme '" + d.args[1] + "'";
    return false;
  }
  const Voortgang* g = v.voortgang[i];
  const std::string* text = nullptr;
  if (field == "waarom") text = &t->waarom;
  else if (field == "resultaat") text = &t->resultaat;
  else if (field == "stand") text = g ? &g->stand : nullptr;
  else if (field == "opgaven") text = g ? &g->opgaven : nullptr;
  else if (field == "besluitvorming") text = g ? &g->besluitvorming : nullptr;
  else {
    *error = "unknown field '" + field + "'";
    return false;
  }
  if (text)
    for (doc::Block& b : MarkdownToBlocks(*text)) out->push_back(std::move(b));
  return true;
}

bool ActielijnList(const UnitView& v, const Element& d, Blocks* out, std::string* error) {
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

doc::Table NewTable(Captions* captions, const Element& d, const std::string& caption) {
  doc::Table table;
  table.caption = captions->Table(CaptionText(d, caption));
  return table;
}

bool ActionsByStatus(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  doc::Table t = NewTable(c, d, "Acties naar status");
  t.columns = {TextColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Status", "Aantal acties"}, &header, e)) return false;
  t.header = header;
  std::map<Status, int> counts;
  int total = 0;
  for (const Thema& th : v.unit->themas)
    for (const Actie& a : th.acties) ++counts[a.status], ++total;
  for (Status s : kAllStatuses) t.body.push_back(TextRow({FormatStatus(s), FormatCount(counts[s])}));
  t.total = TextRow({"Totaal", FormatCount(total)}, true);
  out->push_back({t});
  return true;
}

bool ThemeActions(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
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
    t.body.push_back(TextRow({a.naam, FormatStatus(a.status),
                              a.gereed ? Unbreakable(FormatQuarterShort(*a.gereed)) : "", a.trekker}));
  out->push_back({t});
  return true;
}

bool ThemeMoney(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
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

bool KeyFigures(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  doc::Table t = NewTable(c, d, "Kerncijfers");
  t.columns = {TextColumn(), NumberColumn(), TextColumn(), TextColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Kerncijfer", "Waarde", "Peildatum", "Toelichting"}, &header, e)) return false;
  t.header = header;
  for (const Kerncijfer& k : v.unit->kerncijfers)
    t.body.push_back(TextRow({k.naam, FormatDecimal(k.waarde.value, k.waarde.decimals),
                              k.peildatum ? Unbreakable(FormatDate(*k.peildatum)) : "", k.toelichting}));
  out->push_back({t});
  return true;
}

bool Roadmap(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  doc::Table t = NewTable(c, d, "Routekaart");
  t.columns = {TextColumn(), TextColumn(), TextColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Onderwerp", "Vorm", "Kwartaal"}, &header, e)) return false;
  t.header = header;
  for (const Besluit* b : v.routekaart)
    t.body.push_back(TextRow({b->onderwerp, b->vorm, Unbreakable(QuarterSpan(b->periode, b->tot))}));
  out->push_back({t});
  return true;
}

bool Milestones(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
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
    t.body.push_back(TextRow({m->naam, th ? th->naam : "", Unbreakable(FormatQuarterShort(m->periode))}));
  }
  out->push_back({t});
  return true;
}

bool Funds(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  if (!v.figures || !v.figures->has_budget) return true;
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
bool BudgetTable(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
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
  std::vector<std::string> total{"Totaal begroot"}, available{"Beschikbaar"}, left{"Nog te programmeren"};
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

bool ThemeRealisation(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  const UnitFigures* f = v.figures;
  if (!f || !f->has_budget) return true;
  doc::Table t = NewTable(c, d, "Begroot, uitgaven, verplichtingen en saldo per thema, " +
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

bool Position(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  const UnitFigures* f = v.figures;
  if (!f || !f->has_budget) return true;
  doc::Table t = NewTable(c, d, "Financiële stand per " + FormatQuarterEndDate(v.period) +
                                    " (bedragen in euro's)");
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

bool LineMoney(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  const UnitFigures* f = v.figures;
  if (!f || !f->has_budget) return true;
  doc::Table t = NewTable(c, d, "Begroot, uitgaven en verplichtingen per actielijn, " +
                                    PeriodSuffix(v) + " (bedragen in euro's)");
  t.columns = {TextColumn(), NumberColumn(), NumberColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Actielijn", "Begroot", "Uitgaven", "Verplichtingen"}, &header, e)) return false;
  t.header = header;
  std::vector<Money> all{f->begroot_total, f->uitgaven, f->verplichtingen};
  for (const ActielijnFigures* a : ActiveLines(*f))
    all.insert(all.end(), {a->begroot_total, a->uitgaven, a->verplichtingen});
  AmountFormat fmt(all);
  for (const ActielijnFigures* a : ActiveLines(*f))
    t.body.push_back(TextRow({ActielijnLabel(*v.inputs, a->id), fmt(a->begroot_total),
                              fmt(a->uitgaven), fmt(a->verplichtingen)}));
  t.total = TextRow({"Totaal", fmt(f->begroot_total), fmt(f->uitgaven), fmt(f->verplichtingen)}, true);
  out->push_back({t});
  return true;
}

bool Chart(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  const std::string kind = d.args.empty() ? "" : d.args[0];
  if (kind == "acties") {
    doc::BarChart chart;
    chart.title = c->Figure(CaptionText(d, "Acties naar status"));
    doc::BarSeries s;
    s.label = "Acties";
    std::map<Status, int> counts;
    for (const Thema& th : v.unit->themas)
      for (const Actie& a : th.acties) ++counts[a.status];
    chart.alt_text = chart.title + ".";
    for (Status st : kAllStatuses) {
      chart.categories.push_back(FormatStatus(st));
      s.values.push_back(counts[st]);
      s.display.push_back(FormatCount(counts[st]));
      chart.alt_text += " " + FormatStatus(st) + ": " + FormatCount(counts[st]) + ".";
    }
    chart.series.push_back(s);
    chart.axis_label = "aantal acties";
    out->push_back({chart});
    return true;
  }
  if (kind == "kwartaal") return QuarterChart(v, d, c, out);
  const UnitFigures* f = v.figures;
  if (kind != "thema" && kind != "actielijn") {
    *e = "unknown chart '" + kind + "'; known: thema, actielijn, acties, kwartaal";
    return false;
  }
  if (!f || !f->has_budget) return true;
  std::vector<std::string> categories;
  std::vector<Money> planned, spent;
  if (kind == "thema") {
    for (size_t i = 0; i < v.unit->themas.size(); ++i) {
      if (!v.theme_figures[i]) continue;
      categories.push_back(v.unit->themas[i].naam);
      planned.push_back(v.theme_figures[i]->begroot_total);
      spent.push_back(v.theme_figures[i]->uitgaven);
    }
  } else {
    for (const ActielijnFigures* a : ActiveLines(*f)) {
      categories.push_back(ActielijnLabel(*v.inputs, a->id));
      planned.push_back(a->begroot_total);
      spent.push_back(a->uitgaven);
    }
  }
  std::string fallback = kind == "thema" ? "Begroot en uitgegeven per thema"
                                         : "Begroot en uitgegeven per actielijn";
  out->push_back({MoneyBarChart(c->Figure(CaptionText(d, fallback)), categories, "Begroot",
                                planned, "Uitgaven " + PeriodSuffix(v), spent)});
  return true;
}

bool Table(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string* e) {
  const std::string kind = d.args.empty() ? "" : d.args[0];
  if (kind.rfind("kwartaal-", 0) == 0) return QuarterTable(v, d, c, out, e);
  if (kind == "acties-per-status") return ActionsByStatus(v, d, c, out, e);
  if (kind == "acties") return ThemeActions(v, d, c, out, e);
  if (kind == "geld") return ThemeMoney(v, d, c, out, e);
  if (kind == "kerncijfers") return KeyFigures(v, d, c, out, e);
  if (kind == "routekaart") return Roadmap(v, d, c, out, e);
  if (kind == "mijlpalen") return Milestones(v, d, c, out, e);
  if (kind == "middelen") return Funds(v, d, c, out, e);
  if (kind == "begroting") return BudgetTable(v, d, c, out, e);
  if (kind == "realisatie") return ThemeRealisation(v, d, c, out, e);
  if (kind == "stand") return Position(v, d, c, out, e);
  if (kind == "actielijnen") return LineMoney(v, d, c, out, e);
  *e = "unknown table '" + kind +
       "'; known: acties-per-status, acties, geld, kerncijfers, routekaart, mijlpalen, middelen, "
       "begroting, realisatie, stand, actielijnen";
  return false;
}

}  // namespace

DirectiveHandler UnitDirectives(const UnitView& view, const MetaLines* meta,
                                Captions* captions) {
  return [&view, meta, captions](const Element& d, Blocks* out, std::string* error) {
    if (CommonDirective(d, *meta, out)) return true;
    if (d.name == "markdown") return MarkdownField(view, d, out, error);
    if (d.name == "lijst") {
      if (d.args.empty() || d.args[0] != "actielijnen") {
        *error = "unknown list; known: actielijnen";
        return false;
      }
      return ActielijnList(view, d, out, error);
    }
    if (d.name == "tabel") return Table(view, d, captions, out, error);
    if (d.name == "grafiek") return Chart(view, d, captions, out, error);
    *error = "not available in this document";
    return false;
  };
}

}  // namespace voortgang::report
