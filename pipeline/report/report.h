// The report stage: figures + records + a template -> the renderer-neutral document tree.
// One function per document kind; warnings and template errors come back in Diagnostics.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/document.h"
#include "pipeline/model/figures.h"
#include "pipeline/model/records.h"
#include "pipeline/model/unit_summary.h"
#include "pipeline/report/template.h"

namespace voortgang {

/// Everything a unit's document (note or memo) is built from. Pointers are not owned and must
/// outlive the call; unit_figures belongs to unit (same id) and figures to the same period.
struct NoteInput {
  const Inputs* inputs = nullptr;
  const Unit* unit = nullptr;
  const UnitFigures* unit_figures = nullptr;
  const Figures* figures = nullptr;
  Period period;
  report::TemplateSource template_source;  ///< text of templates/<sjabloon>.mustache and its path
  /// Unix seconds for the document's date and PDF dates: the build stage takes it from
  /// SOURCE_DATE_EPOCH when set; the report stage never reads the clock.
  int64_t build_time_unix = 0;
  std::string version;  ///< program version for the PDF Creator, "0.1.0"
};

/// The unit's document from input.template_source: the voortgangsnotitie or the raadsmemo
/// (templates/*.mustache; the same data and vocabulary, the template makes the difference). On
/// template errors the returned document is empty and diags has the errors with
/// file:line:column.
doc::Document BuildUnitDocument(const NoteInput& input, Diagnostics* diags);

/// Everything the national overview is built from.
struct NationalInput {
  const Programma* programma = nullptr;
  const std::vector<UnitSummary>* units = nullptr;  ///< every unit, parallel to figures->units
  const Figures* figures = nullptr;
  Period period;
  report::TemplateSource template_source;  ///< templates/landelijk.mustache
  int64_t build_time_unix = 0;
  std::string version;
};

/// The national overview (landelijk/overzicht-<P>.pdf).
doc::Document BuildNational(const NationalInput& input, Diagnostics* diags);

/// "<templates_dir>/<name>.mustache"
std::string TemplatePath(const std::string& templates_dir, const std::string& name);

/// What the unit templates and the national template may use (for tests and the README).
const report::Vocabulary& UnitVocabulary();
const report::Vocabulary& NationalVocabulary();

}  // namespace voortgang
