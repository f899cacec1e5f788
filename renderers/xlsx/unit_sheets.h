// The sheets of a unit's workbook, one writer per sheet kind; internal to the XLSX renderer.
#pragma once

#include <xlsxwriter.h>

#include <map>
#include <string>
#include <vector>

#include "pipeline/model/figures.h"
#include "pipeline/model/records.h"
#include "renderers/xlsx/sheet.h"
#include "renderers/xlsx/workbook.h"

namespace voortgang::xlsx {

inline constexpr const char* kOverzicht = "Overzicht";
inline constexpr const char* kBegroting = "Begroting";
inline constexpr const char* kBoekingen = "Boekingen";
inline constexpr const char* kActielijnen = "Actielijnen";
inline constexpr const char* kVerantwoording = "Verantwoording";
/// The Excel Table of bookings; every SUMIFS over bookings names it.
inline constexpr const char* kBookingsTable = "Boekingentabel";
/// Defined names: the reporting period as text and as the key 20244 that SUMIFS compares.
inline constexpr const char* kPeriodName = "Rapportageperiode";
inline constexpr const char* kPeriodKeyName = "PeriodeSleutel";

struct UnitContext {
  const Inputs& inputs;
  const Unit& unit;
  const UnitFigures& figures;
  Period period;
  const Formats& formats;
  std::vector<int> years;  ///< the columns of the budget: every year with middelen or begroot
  std::string footer;
  std::string* error;
};

/// Where the Begroting sheet put what the Overzicht sheet and the chart refer to.
struct BegrotingLayout {
  int first_theme_row = 0;
  int last_theme_row = -1;  ///< < first_theme_row when the unit has no themes
  int totaal_row = 0;
  int beschikbaar_row = 0;
  std::map<int, int> year_col;
  int name_col = 0;
  int total_col = 0;
  int uitgaven_col = 0;
  int verplichtingen_col = 0;
  int saldo_col = 0;
};

/// year * 10 + quarter: 2024-Q4 is 20244. Bookings are summed "t/m" a period by comparing it.
inline int PeriodKey(Period p) { return p.year * 10 + p.quarter; }

/// The SUMIFS over the bookings table of one kind ("uitgave", "verplichting") up to the period
/// key, optionally of one theme.
std::string BookingsSumifs(const std::string& soort, const std::string& thema_id);

BegrotingLayout WriteBegroting(lxw_worksheet* ws, const UnitContext& ctx);
void WriteOverzicht(lxw_workbook* wb, lxw_worksheet* ws, const UnitContext& ctx,
                    const BegrotingLayout& begroting);
void WriteBoekingen(lxw_worksheet* ws, const UnitContext& ctx);
void WriteActielijnen(lxw_worksheet* ws, const UnitContext& ctx);
/// "Per kwartaal" (kwartaal.cc): themes as rows, quarters as columns.
void WritePerKwartaal(lxw_workbook* wb, lxw_worksheet* ws, const UnitContext& ctx);

/// The "Verantwoording" sheet of either workbook: what it was built from.
void WriteVerantwoording(lxw_worksheet* ws, const Formats& formats, const std::string& subject,
                         const Provenance& provenance, const std::string& footer,
                         std::string* error);

}  // namespace voortgang::xlsx
