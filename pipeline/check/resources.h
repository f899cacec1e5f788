// The templates and house styles a run's documents use, read and checked before anything is
// rendered: by `check`, and by `build` before it writes.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/house_style.h"
#include "pipeline/model/unit_summary.h"
#include "pipeline/report/template.h"

namespace voortgang {

struct ResourceOptions {
  std::string templates_dir = "templates";
  std::string house_style;  ///< run-wide house style name; empty: the unit's, else standaard
  bool documents = true;    ///< the run makes notes and overviews (PDF or HTML)
  bool html = true;         ///< the run makes the HTML editions and the publication page
};

/// The files a house style consists of.
struct StyleFiles {
  std::string toml;                ///< templates/huisstijl/<name>.toml
  std::vector<std::string> extra;  ///< logo and hyphenation exceptions it names
};

/// Templates and house styles are read and checked once, before any rendering.
struct Resources {
  std::map<std::string, report::TemplateSource> templates;  ///< by name
  std::map<std::string, HouseStyle> styles;                 ///< by name
  std::map<std::string, StyleFiles> style_files;
  std::string web_css;                 ///< templates/web.css, when the run makes HTML
  report::TemplateSource publication;  ///< templates/publicatie.mustache, likewise
};

/// Reads and checks every template and house style the documents of `units` use (the house
/// styles' logos included); false when some has errors, which go to *diags.
bool LoadResources(const ResourceOptions& options, const std::vector<UnitSummary>& units,
                   Resources* resources, Diagnostics* diags);

/// "standaard" unless the run (`run_style`) or the unit names another.
std::string HouseStyleName(const std::string& run_style, const UnitSummary& unit);

/// templates/web.css, the stylesheet of every HTML output.
std::string WebCssPath(const std::string& templates_dir);

}  // namespace voortgang
