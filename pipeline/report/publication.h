// The period's publication page (<out>/<P>/index.html, html.md): every unit with its kind,
// region, documents, key figures and warnings, and the national overview, from
// templates/publicatie.mustache. The build stage says which files exist and how large they are.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/model/figures.h"
#include "pipeline/model/diagnostics.h"
#include "pipeline/model/unit_summary.h"
#include "pipeline/report/template.h"

namespace voortgang {

enum class FileFormat { kHtml, kPdf, kXlsx };

struct PublishedFile {
  std::string href;  ///< relative to the page: "zuid-kennemerland/....html"
  FileFormat format = FileFormat::kHtml;
  int64_t size = 0;  ///< bytes
};

struct PublishedUnit {
  const UnitSummary* unit = nullptr;
  const UnitFigures* figures = nullptr;
  std::string region_name;  ///< a gemeente's jeugdhulpregio by name; "" for a region
  std::vector<PublishedFile> files;
  std::vector<std::string> warnings;  ///< "plan.toml:3:1: ..." as the run printed them
};

struct PublicationInput {
  Period period;
  int64_t build_time_unix = 0;
  std::string version;
  std::vector<PublishedUnit> units;
  std::vector<PublishedFile> national_files;
  const NationalFigures* national = nullptr;
  std::string stylesheet;  ///< inline CSS (the HTML renderer's, for the house style)
  report::TemplateSource source;
};

/// The page as HTML, or "" after reporting a template error.
std::string BuildPublicationPage(const PublicationInput& in, Diagnostics* diags);

/// "532 bytes", "12,3 kB", "1,4 MB".
std::string FormatFileSize(int64_t bytes);

}  // namespace voortgang
