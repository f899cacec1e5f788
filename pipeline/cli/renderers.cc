// Adapters from the build stage's BuildInfo to the renderers' own entry points.
#include "pipeline/cli/renderers.h"

#include "renderers/html/html_renderer.h"
#include "renderers/pdf/pdf_renderer.h"
#include "renderers/xlsx/workbook.h"

namespace voortgang {
namespace {

Provenance ToProvenance(const BuildInfo& info) {
  Provenance p;
  for (const FileHash& f : info.files) p.files.push_back({f.path, f.sha256});
  p.period = info.period;
  p.build_time = info.build_time;
  p.version = info.version;
  return p;
}

}  // namespace

Renderers MakeRenderers() {
  Renderers r;
  r.pdf = [](const doc::Document& document, const HouseStyle& style, Diagnostics* warnings,
              std::string* error) {
    return RenderPdf(document, style, warnings, error);
  };
  r.unit_workbook = [](const Inputs& inputs, const Unit& unit, const UnitFigures& figures,
                       const BuildInfo& info, const std::string& path, std::string* error) {
    return WriteUnitWorkbook(inputs, unit, figures, info.period, ToProvenance(info), path, error);
  };
  r.national_workbook = [](const Programma& programma, const std::vector<UnitSummary>& units,
                           const Figures& figures, const BuildInfo& info, const std::string& path,
                           std::string* error) {
    return WriteNationalWorkbook(programma, units, figures, ToProvenance(info), path, error);
  };
  r.html = [](const doc::Document& document, const HouseStyle& style, const std::string& css,
              std::string* error) { return RenderHtml(document, style, css, error); };
  r.html_stylesheet = [](const HouseStyle& style, const std::string& css) {
    return HtmlStylesheet(style, css);
  };
  return r;
}

}  // namespace voortgang
