// The charts of the national overview: begroot against uitgegeven per actielijn, the actions
// by status, and one small line chart per key indicator. A chart with nothing to draw becomes
// a sentence.
#include <algorithm>
#include <cmath>

#include "pipeline/format/dutch.h"
#include "pipeline/report/national_view.h"

namespace voortgang::report::national {

using Blocks = std::vector<doc::Block>;

bool GrafiekActielijn(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                      std::string*) {
  const NationalTree in = v.Tree();
  const NationalFigures& f = v.input->figures->national;
  std::vector<std::string> cats;
  std::vector<Money> planned, spent;
  for (const ActielijnFigures& a : f.actielijnen) {
    cats.push_back(LineLabel(in, a.id));
    planned.push_back(a.begroot_total);
    spent.push_back(a.uitgaven);
  }
  std::string through = FormatQuarterShort(v.input->period);
  if (!AnyNonZero(planned) && !AnyNonZero(spent)) {
    out->push_back(Sentence("Tot en met " + through +
                            " is op de actielijnen nog niets begroot of uitgegeven, dus er is "
                            "geen figuur."));
    return true;
  }
  out->push_back({MoneyBarChart(c->Figure(CaptionText(d, "Begroot en uitgegeven per actielijn")),
                                cats, "Begroot", planned, "Uitgaven t/m " + through, spent)});
  return true;
}

bool GrafiekActies(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                   std::string*) {
  const NationalFigures& f = v.input->figures->national;
  auto count = [&](Status st) {
    auto it = f.acties_by_status.find(st);
    return it == f.acties_by_status.end() ? 0 : it->second;
  };
  if (std::none_of(std::begin(kAllStatuses), std::end(kAllStatuses), count)) {
    out->push_back(
        Sentence("De plannen bevatten geen acties, dus er is geen figuur van de acties "
                 "naar status."));
    return true;
  }
  out->push_back({StatusBarChart(c->Figure(CaptionText(d, "Acties naar status, alle eenheden")),
                                 f.acties_by_status)});
  return true;
}

bool GrafiekIndicatoren(const NationalView& v, const Element& d, Captions* c, Blocks* out,
                        std::string*) {
  const NationalTree in = v.Tree();
  bool any = false;
  for (const Indicator& ind : in.programma.indicatoren) any = any || !ind.waarden.empty();
  if (!any) {
    out->push_back(Sentence("Er zijn geen waarden van kernindicatoren, dus er is geen figuur."));
    return true;
  }
  doc::LineChart chart;
  chart.title = c->Figure(CaptionText(d, "Kernindicatoren door de jaren"));
  chart.alt_text = chart.title + ".";
  for (const Indicator& ind : in.programma.indicatoren) {
    doc::LinePanel p;
    p.title = ind.naam;
    p.better = ind.beter == "hoger"   ? doc::Better::kUp
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

}  // namespace voortgang::report::national
