// The tables of the national overview: money, themes, units and actions per actielijn, the key
// indicators, the milestones, the quarter per actielijn and every unit's saldo.
#include <algorithm>
#include <set>

#include "pipeline/format/dutch.h"
#include "pipeline/report/national_view.h"
#include "pipeline/report/text.h"

namespace voortgang::report::national {

using Blocks = std::vector<doc::Block>;

namespace {

doc::Table NewTable(Captions* captions, const Element& d, const std::string& caption) {
  doc::Table table;
  table.caption = captions->Table(CaptionText(d, caption));
  return table;
}

/// Adds the table with its header (when it has one) to `out`.
bool Done(doc::Table t, const doc::Row& header, Blocks* out) {
  if (!header.cells.empty()) t.header = header;
  out->push_back({std::move(t)});
  return true;
}

}  // namespace

bool TabelActielijnen(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                      std::string* e) {
  const NationalTree in = v.Tree();
  const NationalFigures& f = v.input->figures->national;
  doc::Table t = NewTable(c, d, "Middelen per actielijn, alle eenheden (bedragen in euro's)");
  t.columns = {TextColumn(),   NumberColumn(), NumberColumn(),
               NumberColumn(), NumberColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Actielijn", "Eenheden", "Thema's", "Begroot", "Uitgaven", "Verplichtingen"},
                 &header, e))
    return false;
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
                     fmt(f.begroot_total), fmt(f.uitgaven), fmt(f.verplichtingen)},
                    true);
  return Done(std::move(t), header, out);
}

bool TabelActielijnJaren(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                         std::string*) {
  const NationalTree in = v.Tree();
  const NationalFigures& f = v.input->figures->national;
  doc::Table t =
      NewTable(c, d, "Begroot per actielijn en jaar, alle eenheden (bedragen in euro's)");
  std::vector<std::string> names{"Actielijn"};
  t.columns = {TextColumn()};
  for (const auto& [year, m] : f.begroot) {
    names.push_back(std::to_string(year));
    t.columns.push_back(NumberColumn());
  }
  names.push_back("Totaal");
  t.columns.push_back(NumberColumn());
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
  return Done(std::move(t), TextRow(names), out);
}

bool TabelActies(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                 std::string* e) {
  const NationalTree in = v.Tree();
  const NationalFigures& f = v.input->figures->national;
  doc::Table t = NewTable(c, d, "Acties naar status per actielijn");
  std::vector<std::string> names{"Actielijn"};
  t.columns = {TextColumn()};
  for (Status s : kAllStatuses) {
    names.push_back(FormatStatus(s));
    t.columns.push_back(NumberColumn());
  }
  doc::Row header;
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
  return Done(std::move(t), header, out);
}

bool TabelIndicatoren(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                      std::string*) {
  const NationalTree in = v.Tree();
  doc::Table t = NewTable(c, d, "Kernindicatoren");
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
  for (const Indicator& ind : in.programma.indicatoren) {
    std::vector<std::string> row{ind.naam};
    for (int y : years) {
      auto it = ind.waarden.find(y);
      row.push_back(it == ind.waarden.end() ? "" : IndicatorValue(ind, it->second));
    }
    row.push_back(ind.beter);
    t.body.push_back(TextRow(row));
  }
  return Done(std::move(t), TextRow(names), out);
}

bool TabelMijlpalen(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                    std::string* e) {
  doc::Table t = NewTable(c, d, "Mijlpalen");
  t.columns = {TextColumn(), TextColumn(), TextColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Mijlpaal", "Actielijn", "Periode"}, &header, e)) return false;
  std::vector<const Mijlpaal*> sorted;
  for (const Mijlpaal& m : v.input->programma->mijlpalen) sorted.push_back(&m);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Mijlpaal* a, const Mijlpaal* b) { return a->periode < b->periode; });
  for (const Mijlpaal* m : sorted)
    t.body.push_back(
        TextRow({m->naam, JoinDutch(m->actielijnen), Unbreakable(FormatQuarterShort(m->periode))}));
  return Done(std::move(t), header, out);
}

/// [[tabel:kwartaal-actielijnen:uitgaven]] or ...:verplichtingen: t/m P-1, in P, t/m P.
bool TabelKwartaalActielijnen(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                              std::string* e) {
  const NationalTree in = v.Tree();
  const NationalFigures& f = v.input->figures->national;
  bool uitgaven = d.args.size() >= 2 && d.args[1] == "uitgaven";
  if (d.args.size() < 2 || (!uitgaven && d.args[1] != "verplichtingen")) {
    *e = "needs uitgaven or verplichtingen: [[tabel:kwartaal-actielijnen:uitgaven]]";
    return false;
  }
  Period p = v.input->period;
  std::string q = FormatQuarterShort(p);
  doc::Table t = NewTable(c, d,
                          std::string(uitgaven ? "Uitgaven" : "Verplichtingen") +
                              " per actielijn in " + q + " (bedragen in euro's)");
  t.columns = {TextColumn(), NumberColumn(), NumberColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(
          d, {"Actielijn", "t/m " + FormatQuarterShort(PreviousPeriod(p)), "In " + q, "t/m " + q},
          &header, e))
    return false;
  // Every column comes from aggregate: t/m P-1 plus in P is t/m P to the cent.
  auto row = [&](const auto& x) {
    return uitgaven ? std::vector<Money>{x.uitgaven_voor_kwartaal, x.uitgaven_kwartaal, x.uitgaven}
                    : std::vector<Money>{x.verplichtingen_voor_kwartaal, x.verplichtingen_kwartaal,
                                         x.verplichtingen};
  };
  std::vector<std::vector<Money>> rows;
  for (const ActielijnFigures& a : f.actielijnen) rows.push_back(row(a));
  std::vector<Money> total = row(f);
  // Both quarter tables show cents when either has an amount with cents, as they are read
  // side by side (t/m P-1 is t/m P minus P, so those two decide).
  std::vector<Money> all{f.uitgaven, f.uitgaven_kwartaal, f.verplichtingen,
                         f.verplichtingen_kwartaal};
  for (const ActielijnFigures& a : f.actielijnen)
    all.insert(all.end(),
               {a.uitgaven, a.uitgaven_kwartaal, a.verplichtingen, a.verplichtingen_kwartaal});
  AmountFormat fmt(all);
  for (size_t i = 0; i < rows.size(); ++i)
    t.body.push_back(TextRow(
        {LineLabel(in, f.actielijnen[i].id), fmt(rows[i][0]), fmt(rows[i][1]), fmt(rows[i][2])}));
  t.total = TextRow({"Totaal", fmt(total[0]), fmt(total[1]), fmt(total[2])}, true);
  return Done(std::move(t), header, out);
}

bool TabelKwartaalActies(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                         std::string* e) {
  const NationalFigures& f = v.input->figures->national;
  doc::Table t = NewTable(
      c, d, "Acties die in " + FormatQuarterShort(v.input->period) + " van status veranderden");
  t.columns = {TextColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Nieuwe status", "Aantal acties"}, &header, e)) return false;
  int total = 0;
  for (Status s : kAllStatuses) {
    auto it = f.acties_changed.find(s);
    int n = it == f.acties_changed.end() ? 0 : it->second;
    total += n;
    t.body.push_back(TextRow({FormatStatus(s), FormatCount(n)}));
  }
  t.total = TextRow({"Totaal", FormatCount(total)}, true);
  return Done(std::move(t), header, out);
}

bool TabelEenheden(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                   std::string* e) {
  const NationalTree in = v.Tree();
  const Figures& figs = *v.input->figures;
  const NationalFigures& f = figs.national;
  doc::Table t = NewTable(
      c, d,
      "Saldo per eenheid per " + FormatQuarterEndDate(v.input->period) + " (bedragen in euro's)");
  t.columns = {TextColumn(), NumberColumn(), NumberColumn(), NumberColumn(), NumberColumn()};
  doc::Row header;
  if (!HeaderRow(d, {"Eenheid", "Middelen", "Uitgaven", "Verplichtingen", "Saldo"}, &header, e))
    return false;
  std::vector<Money> all{f.middelen, f.uitgaven, f.verplichtingen, f.saldo};
  for (const UnitFigures& u : figs.units)
    all.insert(all.end(), {u.middelen, u.uitgaven, u.verplichtingen, u.saldo});
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
  t.total = TextRow(
      {"Totaal", fmt(f.middelen), fmt(f.uitgaven), fmt(f.verplichtingen), fmt(f.saldo)}, true);
  return Done(std::move(t), header, out);
}

}  // namespace voortgang::report::national
