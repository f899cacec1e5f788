// Bookings from a ledger's CSV export, as [import.boekingen] in budget.toml describes it
// (import.md). Internal to the load stage.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/load/csv_reader.h"
#include "pipeline/load/csv_values.h"
#include "pipeline/load/table_reader.h"

namespace voortgang {

/// One entry of `kostenplaatsen` or `soorten`: a value in the file and what it stands for.
struct CsvMapping {
  std::string key;
  std::string value;  ///< a theme id, or "uitgave" / "verplichting"
  SourceRef where;    ///< the key in budget.toml, for the warning when no row uses it
};

/// The header names of the fields a booking is made of; empty when not mapped.
struct CsvColumns {
  std::string datum, periode, bedrag, omschrijving, kostenplaats, thema, soort;
};

struct CsvImport {
  std::string bestand;  ///< as written, a file name inside the unit folder
  SourceRef bestand_where;
  char separator = ';';
  char decimal_mark = ',';
  CsvEncoding encoding = CsvEncoding::kUtf8;
  DateOrder date_order = DateOrder::kDayMonthYear;
  CsvColumns columns;
  SourceRef columns_where;
  std::vector<CsvMapping> kostenplaatsen;
  std::vector<CsvMapping> soorten;  ///< empty: the soort column holds "uitgave"/"verplichting"
};

/// Reads [import.boekingen] from budget.toml's `import` table; nullopt after an error.
/// `bestand` gets the file name whenever it is a valid one, even when other settings are not,
/// so that the file is not also reported as unexpected in the unit folder.
std::optional<CsvImport> ReadCsvImport(TableReader& budget, Diagnostics* diags,
                                       std::string* bestand);

/// Appends the bookings of the CSV file `path` (its raw bytes) to `out`, every problem a
/// diagnostic at the file's line and column.
void LoadCsvBookings(const CsvImport& spec, const std::string& path, std::string_view bytes,
                     Budget* out, Diagnostics* diags);

}  // namespace voortgang
