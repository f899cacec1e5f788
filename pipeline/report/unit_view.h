// One unit as its documents for period P see it: the period's narrative picked out, the
// routekaart ahead, the figures matched to the records; plus its Mustache context and the
// directives that turn it into tables, charts and Markdown blocks.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/report/blocks.h"
#include "pipeline/report/directives.h"
#include "pipeline/report/report.h"
#include "pipeline/report/template.h"

namespace voortgang::report {

struct UnitView {
  const Inputs* inputs = nullptr;
  const Unit* unit = nullptr;
  const UnitFigures* figures = nullptr;
  Period period;
  const Inleiding* inleiding = nullptr;            ///< the one for P, if any
  std::vector<const Voortgang*> voortgang;         ///< per theme in plan order; null: none for P
  std::vector<const ThemeFigures*> theme_figures;  ///< per theme in plan order; null: none
  std::vector<const Besluit*> routekaart;          ///< decisions not over at P, by period

  const Thema* FindTheme(const std::string& id, size_t* index) const;
};

UnitView MakeUnitView(const NoteInput& input);

/// The Mustache data of a unit document; every key is in UnitVocabulary().
/// The quarter's placeholders (quarter_context.cc): kwartaal_uitgaven, kwartaal_verplichtingen,
/// kwartaal_acties_zin, ...
void AddQuarter(const UnitView& view, kainjow::mustache::data* ctx);

/// True when some quarter up to P (or "eerder") has uitgaven: the switch
/// heeft_uitgaven_per_kwartaal.
bool AnyQuarterSpending(const UnitFigures& figures);

/// The [[grafiek:kwartaal]] chart's data with `title` (quarter_chart.cc); nullopt when no
/// quarter up to P has uitgaven.
std::optional<doc::ColumnLineChart> QuarterSpendingChart(const UnitFigures& figures,
                                                         const std::string& title);

/// The quarter section's switches: kwartaal_groepen, heeft_kwartaal_mijlpalen, ...
void QuarterSwitches(const UnitView& view, kainjow::mustache::data* ctx);

/// "twee acties zijn afgerond en één actie is gestart", from the counts of actions changed in P.
std::string ChangedActionsClause(const std::map<Status, int>& changed);

kainjow::mustache::data UnitContext(const UnitView& view, int64_t build_time_unix,
                                    const std::string& version);

/// "t/m Q4 2024", after a money column's name.
std::string PeriodSuffix(const UnitView& v);

/// "1. Betere toegang ..." as the tables and charts label an actielijn.
std::string ActielijnLabel(const Inputs& in, const std::string& id);

/// The actielijnen that carry money in this unit, in programma order.
std::vector<const ActielijnFigures*> ActiveLines(const UnitFigures& f);

/// The handlers of the unit documents' directives (the table in directives.cc says what each
/// makes): unit_directives.cc, unit_charts.cc, and quarter_directives.cc for tabel:kwartaal-*.
namespace unit {
UnitDirective MarkdownInleiding, MarkdownWaarom, MarkdownResultaat, MarkdownStand, MarkdownOpgaven,
    MarkdownBesluitvorming, LijstActielijnen, TabelActiesPerStatus, TabelActies, TabelGeld,
    TabelKerncijfers, TabelRoutekaart, TabelMijlpalen, TabelMiddelen, TabelBegroting,
    TabelRealisatie, TabelStand, TabelActielijnen, TabelKwartaalActies, TabelKwartaalMijlpalen,
    TabelKwartaalBesluiten, TabelKwartaalGeld, TabelKwartaalKerncijfers, GrafiekThema,
    GrafiekActielijn, GrafiekActies, GrafiekKwartaal;
}  // namespace unit

}  // namespace voortgang::report
