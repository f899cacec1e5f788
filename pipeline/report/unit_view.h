// One unit as its documents for period P see it: the period's narrative picked out, the
// routekaart ahead, the figures matched to the records; plus its Mustache context and the
// directives that turn it into tables, charts and Markdown blocks.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/report/blocks.h"
#include "pipeline/report/report.h"
#include "pipeline/report/template.h"

namespace voortgang::report {

struct UnitView {
  const Inputs* inputs = nullptr;
  const Unit* unit = nullptr;
  const UnitFigures* figures = nullptr;
  Period period;
  const Inleiding* inleiding = nullptr;       ///< the one for P, if any
  std::vector<const Voortgang*> voortgang;    ///< per theme in plan order; null: none for P
  std::vector<const ThemeFigures*> theme_figures;  ///< per theme in plan order; null: none
  std::vector<const Besluit*> routekaart;     ///< decisions not over at P, by period

  const Thema* FindTheme(const std::string& id, size_t* index) const;
};

UnitView MakeUnitView(const NoteInput& input);

/// The Mustache data of a unit document; every key is in UnitVocabulary().
/// The quarter's placeholders (quarter_context.cc): kwartaal_uitgaven, kwartaal_verplichtingen,
/// kwartaal_acties_zin, ...
void AddQuarter(const UnitView& view, kainjow::mustache::data* ctx);

/// The quarter section's tables, [[tabel:kwartaal-...]] (quarter_directives.cc).
bool QuarterTable(const UnitView& view, const Element& directive, Captions* captions,
                  std::vector<doc::Block>* out, std::string* error);

/// `[[grafiek:kwartaal]]` (quarter_chart.cc): the uitgaven per quarter as columns, their running
/// total as a line, against the total begroot; a sentence instead when no quarter has uitgaven.
bool QuarterChart(const UnitView& view, const Element& directive, Captions* captions,
                  std::vector<doc::Block>* out);

/// True when some quarter up to P (or "eerder") has uitgaven: the switch
/// heeft_uitgaven_per_kwartaal.
bool AnyQuarterSpending(const UnitFigures& figures);

/// That chart's data with `title`; nullopt when no quarter up to P has uitgaven.
std::optional<doc::ColumnLineChart> QuarterSpendingChart(const UnitFigures& figures,
                                                         const std::string& title);

/// The quarter section's switches: kwartaal_groepen, heeft_kwartaal_mijlpalen, ...
void QuarterSwitches(const UnitView& view, kainjow::mustache::data* ctx);

/// "twee acties zijn afgerond en één actie is gestart", from the counts of actions changed in P.
std::string ChangedActionsClause(const std::map<Status, int>& changed);

kainjow::mustache::data UnitContext(const UnitView& view, int64_t build_time_unix,
                                    const std::string& version);

/// Turns [[...]] directives of a unit template into blocks. `meta` must outlive the handler.
DirectiveHandler UnitDirectives(const UnitView& view, const MetaLines* meta,
                                Captions* captions);

/// Handles the directives every document kind has: titelblad, memokop, inhoud, pagina-einde,
/// witregel. Returns false when `d` is none of them.
bool CommonDirective(const Element& d, const MetaLines& meta,
                     std::vector<doc::Block>* out);

}  // namespace voortgang::report
