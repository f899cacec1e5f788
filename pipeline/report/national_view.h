// The national overview as its builder sees it: the inputs and figures of every unit, and who
// works on each actielijn; plus its Mustache context and the handlers of its directives.
#pragma once

#include <map>
#include <set>
#include <string>

#include "pipeline/report/blocks.h"
#include "pipeline/report/directives.h"
#include "pipeline/report/report.h"

namespace voortgang::report {

/// Who works on an actielijn: units, themes and their actions' statuses (counts, not money).
struct LineUse {
  std::set<std::string> units;
  int themes = 0;
  std::map<Status, int> actions;
};

/// What the national overview reads of the tree: programma.toml and every unit's summary.
struct NationalTree {
  const Programma& programma;
  const std::vector<UnitSummary>& units;
};

struct NationalView {
  const NationalInput* input = nullptr;
  std::map<std::string, LineUse> uses;  ///< by actielijn id
  NationalTree Tree() const { return {*input->programma, *input->units}; }
};

NationalView MakeNationalView(const NationalInput& input);

/// The Mustache data of the national overview; every key is in NationalVocabulary().
kainjow::mustache::data NationalContext(const NationalView& view);

/// "1. Betere toegang ..." as the tables and charts label an actielijn.
std::string LineLabel(const NationalTree& in, const std::string& id);

/// A value of a kernindicator as the table and the chart write it: "12,5%" or "12,5".
std::string IndicatorValue(const Indicator& ind, const Number& n);

/// The handlers of the national overview's directives (the table in directives.cc says what
/// each makes): national_tables.cc and national_charts.cc.
namespace national {
NationalDirective TabelActielijnen, TabelActielijnJaren, TabelActies, TabelIndicatoren,
    TabelMijlpalen, TabelEenheden, TabelKwartaalActielijnen, TabelKwartaalActies, GrafiekActielijn,
    GrafiekActies, GrafiekIndicatoren;
}  // namespace national

}  // namespace voortgang::report
