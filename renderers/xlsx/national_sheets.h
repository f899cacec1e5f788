// The sheets of the national workbook; internal to the XLSX renderer.
#pragma once

#include <xlsxwriter.h>

#include <map>
#include <string>
#include <vector>

#include "pipeline/model/figures.h"
#include "pipeline/model/records.h"
#include "pipeline/model/unit_summary.h"
#include "renderers/xlsx/sheet.h"

namespace voortgang::xlsx {

inline constexpr const char* kEenheden = "Eenheden";
inline constexpr const char* kDetail = "Eenheid x actielijn";
/// The units' bookings summed per quarter: what "Per kwartaal" sums.
inline constexpr const char* kKwartaalcijfers = "Kwartaalcijfers";

struct NationalContext {
  const Programma& programma;
  const std::vector<UnitSummary>& units;  ///< parallel to figures.units
  const Figures& figures;
  const Formats& formats;
  std::vector<int> years;  ///< every year any unit has middelen or begroot in
  std::string footer;
  std::string* error;
};

/// Where the detail rows (unit x actielijn) are, for the SUMIFS per actielijn.
struct DetailLayout {
  int first_row = 0;
  int last_row = -1;  ///< < first_row when there are none
  int actielijn_col = 0;
  std::map<int, int> year_col;
  int total_col = 0;
  int uitgaven_col = 0;
  int verplichtingen_col = 0;
};

void WriteEenheden(lxw_worksheet* ws, const NationalContext& ctx);
DetailLayout WriteDetail(lxw_worksheet* ws, const NationalContext& ctx);
/// "Per kwartaal" (national_kwartaal.cc): units as rows, quarters as columns, summing the
/// Kwartaalcijfers sheet.
void WriteNationalPerKwartaal(lxw_workbook* wb, lxw_worksheet* per_kwartaal,
                              lxw_worksheet* kwartaalcijfers, const NationalContext& ctx);
void WriteNationalActielijnen(lxw_workbook* wb, lxw_worksheet* ws, const NationalContext& ctx,
                              const DetailLayout& detail);

}  // namespace voortgang::xlsx
