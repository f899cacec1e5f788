// `voortgang build`: load and validate everything, aggregate, then render every output in
// parallel, skip what has not changed since the manifest was written, and put each file in
// place atomically. The renderers come in as functions, so this stage links neither of them.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/build/manifest.h"
#include "pipeline/check/check.h"
#include "pipeline/model/diagnostics.h"
#include "pipeline/model/document.h"
#include "pipeline/model/figures.h"
#include "pipeline/model/house_style.h"
#include "pipeline/model/records.h"
#include "pipeline/model/unit_summary.h"

namespace voortgang {

enum class OutputKinds { kAll, kPdf, kXlsx, kHtml };

struct BuildOptions {
  StageOptions stage;
  std::string out_dir = "outputs";
  std::string templates_dir = "templates";
  std::string house_style;          ///< run-wide house style name; empty: the unit's, else standaard
  std::vector<std::string> units;   ///< empty: every unit, and the national outputs
  bool force = false;
  bool keep_going = false;
  OutputKinds only = OutputKinds::kAll;
  bool terminal = false;            ///< progress bar instead of one line per output
  /// Part of every output's key, so a new program version rebuilds everything.
  std::string version = VOORTGANG_VERSION;
};

/// What a workbook states it was built from (its "Verantwoording" sheet).
struct BuildInfo {
  std::vector<FileHash> files;  ///< paths relative to the inputs folder
  Period period;
  int64_t build_time = 0;
  std::string version;
};

/// The renderers, handed in by the CLI (the one target that links them).
struct Renderers {
  /// PDF bytes; "" with *error on failure. Problems that still give a PDF (a logo that cannot
  /// be read) go to *warnings.
  std::function<std::string(const doc::Document&, const HouseStyle&, Diagnostics* warnings,
                            std::string* error)>
      pdf;
  /// Writes the unit's workbook to `path`.
  std::function<bool(const Inputs&, const Unit&, const UnitFigures&, const BuildInfo&,
                     const std::string& path, std::string* error)>
      unit_workbook;
  std::function<bool(const Programma&, const std::vector<UnitSummary>&, const Figures&,
                     const BuildInfo&, const std::string& path, std::string* error)>
      national_workbook;
  /// The HTML edition of a document; `css` is the text of templates/web.css. "" with *error on
  /// failure.
  std::function<std::string(const doc::Document&, const HouseStyle&, const std::string& css,
                            std::string* error)>
      html;
  /// The inline stylesheet of a house style's pages (for the publication page).
  std::function<std::string(const HouseStyle&, const std::string& css)> html_stylesheet;
};

/// The exit statuses of cli.md, for every command.
enum Exit { kOk = 0, kInputErrors = 1, kUsage = 2, kRenderFailure = 3 };

struct BuildSummary {
  int built = 0;
  int skipped = 0;
  int failed = 0;
  int errors = 0;  ///< input errors: the units they are in are not built
  int warnings = 0;
  double seconds = 0;
  int units_parsed = 0;  ///< units whose files were parsed
  int units_cached = 0;  ///< units that the unit cache stood for (unit_cache.h)
};

/// Runs the build; returns the exit status of cli.md (0, 1 input errors, 2 an unknown --unit,
/// 3 render or write failure). `on_diagnostics` is called once, after checking and before rendering.
int RunBuild(const BuildOptions& options, const Renderers& renderers,
             const std::function<void(const Diagnostics&)>& on_diagnostics, std::ostream& log,
             BuildSummary* summary);

}  // namespace voortgang
