// The XLSX renderer's entry points: budget workbooks per unit and for the nation, written from
// the pipeline's figures with live formulas that carry the exact cached values.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/model/figures.h"
#include "pipeline/model/period.h"
#include "pipeline/model/records.h"
#include "pipeline/model/unit_summary.h"

namespace voortgang {

/// One file the workbook was built from, as shown on its "Verantwoording" sheet.
struct ProvenanceFile {
  std::string path;    ///< relative to the inputs root, '/' separated
  std::string sha256;  ///< lower-case hex
};

/// What a workbook was built from; every field ends up in the workbook, so together with the
/// inputs they determine its bytes.
struct Provenance {
  std::vector<ProvenanceFile> files;
  Period period;
  int64_t build_time = 0;  ///< unix seconds: SOURCE_DATE_EPOCH when set, else the run's start
  std::string version = VOORTGANG_VERSION;
};

/// Writes the workbook of one unit with a budget to `path` (created or replaced). Returns false
/// with a message in `error` when libxlsxwriter fails (e.g. the folder is not writable).
bool WriteUnitWorkbook(const Inputs& inputs, const Unit& unit, const UnitFigures& figures,
                       Period period, const Provenance& provenance, const std::string& path,
                       std::string* error);

/// Writes the national workbook: a row per unit with a budget, a row per actielijn, and a row
/// per unit x actielijn for pivoting.
bool WriteNationalWorkbook(const Programma& programma, const std::vector<UnitSummary>& units,
                           const Figures& figures, const Provenance& provenance,
                           const std::string& path, std::string* error);

}  // namespace voortgang
