// The charts of the unit documents: begroot against uitgegeven per theme and per actielijn, and
// the actions by status. A chart with nothing to draw becomes a sentence.
#include "pipeline/format/dutch.h"
#include "pipeline/report/unit_view.h"

namespace voortgang::report::unit {
namespace {

using Blocks = std::vector<doc::Block>;

/// Begroot against uitgegeven, one bar pair per category; a sentence instead when every bar
/// would be zero (a chart of nothing draws only its legend).
void MoneyChart(const UnitView& v, const Element& d, Captions* c, const std::string& fallback,
                const std::string& what, const std::vector<std::string>& categories,
                const std::vector<Money>& planned, const std::vector<Money>& spent, Blocks* out) {
  if (!AnyNonZero(planned) && !AnyNonZero(spent)) {
    out->push_back(Sentence("Tot en met " + FormatQuarterShort(v.period) + " is " + what +
                            " nog niets begroot of uitgegeven, dus er is geen figuur."));
    return;
  }
  out->push_back({MoneyBarChart(c->Figure(CaptionText(d, fallback)), categories, "Begroot", planned,
                                "Uitgaven " + PeriodSuffix(v), spent)});
}

}  // namespace

bool GrafiekActies(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string*) {
  std::map<Status, int> counts;
  for (const Thema& th : v.unit->themas)
    for (const Actie& a : th.acties) ++counts[a.status];
  if (counts.empty()) {
    out->push_back(
        Sentence("Er zijn geen acties opgenomen, dus er is geen figuur van de acties "
                 "naar status."));
    return true;
  }
  out->push_back({StatusBarChart(c->Figure(CaptionText(d, "Acties naar status")), counts)});
  return true;
}

bool GrafiekThema(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string*) {
  if (!v.figures || !v.figures->has_budget) return true;  // the template says why
  std::vector<std::string> categories;
  std::vector<Money> planned, spent;
  for (size_t i = 0; i < v.unit->themas.size(); ++i) {
    if (!v.theme_figures[i]) continue;
    categories.push_back(v.unit->themas[i].naam);
    planned.push_back(v.theme_figures[i]->begroot_total);
    spent.push_back(v.theme_figures[i]->uitgaven);
  }
  MoneyChart(v, d, c, "Begroot en uitgegeven per thema", "op de thema's", categories, planned,
             spent, out);
  return true;
}

bool GrafiekActielijn(const UnitView& v, const Element& d, Captions* c, Blocks* out, std::string*) {
  if (!v.figures || !v.figures->has_budget) return true;  // the template says why
  std::vector<std::string> categories;
  std::vector<Money> planned, spent;
  for (const ActielijnFigures* a : ActiveLines(*v.figures)) {
    categories.push_back(ActielijnLabel(*v.inputs, a->id));
    planned.push_back(a->begroot_total);
    spent.push_back(a->uitgaven);
  }
  MoneyChart(v, d, c, "Begroot en uitgegeven per actielijn", "op de actielijnen", categories,
             planned, spent, out);
  return true;
}

}  // namespace voortgang::report::unit
