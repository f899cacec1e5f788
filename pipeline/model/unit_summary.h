// What the checks across units and the national documents read of one unit. A parsed unit
// gives it (Summarize); the build's unit cache keeps it for a unit whose files have not
// changed, so that such a unit need not be parsed for the national outputs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/period.h"
#include "pipeline/model/records.h"
#include "pipeline/model/source.h"

namespace voortgang {

/// One theme as the national documents count it.
struct ThemeSummary {
  std::string id;
  std::string naam;
  std::vector<Share> actielijnen;  ///< with their weights (the national workbook's key reads them)
  std::vector<Status> acties;      ///< the status of each action, in plan order
  std::vector<Period> voortgang;   ///< the periods its voortgang entries name
};

struct UnitSummary {
  std::string id;  ///< the folder name
  std::string naam;
  UnitKind soort = UnitKind::kJeugdhulpregio;
  std::string regio;  ///< gemeente only: id of its jeugdhulpregio
  std::vector<std::string> gemeenten;
  std::string penvoerder;
  std::string sjabloon = "voortgangsnotitie";
  std::string huisstijl;
  std::string plan_path;
  std::optional<std::string> budget_path;  ///< budget.toml, when the unit has one
  std::string boekingen_csv;               ///< the CSV export budget.toml names; "" when none
  SourceRef where;                         ///< the [eenheid] table
  bool complete = true;                    ///< as Unit::complete
  std::optional<Period> latest;            ///< the latest period its voortgang names
  std::vector<ThemeSummary> themas;        ///< plan order
};

UnitSummary Summarize(const Unit& unit);

/// One summary per unit, in the same order.
std::vector<UnitSummary> Summarize(const std::vector<Unit>& units);

/// The latest period named by the unit's voortgang entries.
std::optional<Period> LatestPeriod(const Unit& unit);

}  // namespace voortgang
