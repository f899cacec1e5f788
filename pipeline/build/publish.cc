// Gathering what the publication page lists.
#include "pipeline/build/publish.h"

#include <filesystem>

#include "pipeline/build/manifest.h"
#include "pipeline/load/load.h"
#include "pipeline/report/publication.h"

namespace voortgang {
namespace {

/// The file when it is there (built now or by an earlier run), with its size.
void AddIfPresent(const std::string& dir, const std::string& relative, FileFormat format,
                  std::vector<PublishedFile>* files) {
  if (std::optional<StatEntry> st = StatOf((std::filesystem::path(dir) / relative).string()))
    files->push_back({relative, format, static_cast<int64_t>(st->size)});
}

std::string Relative(const std::string& path, const std::string& inputs_dir) {
  std::string prefix = JoinPath(inputs_dir, "");
  return path.rfind(prefix, 0) == 0 ? path.substr(prefix.size()) : path;
}

}  // namespace

std::string RunHouseStyle(const BuildOptions& options) {
  return options.house_style.empty() ? "standaard" : options.house_style;
}

std::string PublicationBytes(const BuildOptions& options, const Front& front,
                             const Renderers& renderers, const std::string& dir,
                             int64_t build_time, Diagnostics* diags) {
  const Checked& checked = front.checked.checked;
  std::string period = checked.period->ToString();
  PublicationInput in;
  in.period = *checked.period;
  in.build_time_unix = build_time;
  in.version = options.version;
  in.national = &checked.figures.national;
  in.source = front.resources.publication;
  in.stylesheet = renderers.html_stylesheet(front.resources.styles.at(RunHouseStyle(options)),
                                            front.resources.web_css);
  const std::vector<UnitSummary>& units = checked.units;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const UnitSummary& u = units[i];
    PublishedUnit p;
    p.unit = &u;
    if (i < checked.figures.units.size()) p.figures = &checked.figures.units[i];
    if (!u.regio.empty()) {
      p.region_name = u.regio;
      for (const UnitSummary& r : units)
        if (r.id == u.regio) p.region_name = r.naam;
    }
    std::string stem = u.id + "/" + u.sjabloon + "-" + u.id + "-" + period;
    AddIfPresent(dir, stem + ".html", FileFormat::kHtml, &p.files);
    AddIfPresent(dir, stem + ".pdf", FileFormat::kPdf, &p.files);
    AddIfPresent(dir, u.id + "/budget-" + u.id + "-" + period + ".xlsx", FileFormat::kXlsx,
                 &p.files);
    for (const Diagnostic& d : front.diags.items) {
      if (d.severity != Severity::kWarning ||
          UnitOfFile(d.where.file, options.stage.inputs_dir) != u.id) {
        continue;
      }
      Diagnostic shown = d;
      shown.where.file = Relative(d.where.file, options.stage.inputs_dir);
      p.warnings.push_back(FormatGnu(shown));
    }
    in.units.push_back(std::move(p));
  }
  AddIfPresent(dir, "landelijk/overzicht-" + period + ".html", FileFormat::kHtml,
               &in.national_files);
  AddIfPresent(dir, "landelijk/overzicht-" + period + ".pdf", FileFormat::kPdf,
               &in.national_files);
  AddIfPresent(dir, "landelijk/budget-landelijk-" + period + ".xlsx", FileFormat::kXlsx,
               &in.national_files);
  return BuildPublicationPage(in, diags);
}

}  // namespace voortgang
