// Reading and checking the templates and house styles.
#include "pipeline/check/resources.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "pipeline/load/house_style_loader.h"
#include "pipeline/load/load.h"
#include "pipeline/report/report.h"

namespace voortgang {
namespace fs = std::filesystem;
namespace {

std::string ReadText(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

bool LoadResources(const ResourceOptions& options, const std::vector<UnitSummary>& units,
                   Resources* r, Diagnostics* diags) {
  std::set<std::string> templates, styles;
  if (!options.documents) return true;
  if (options.html) {
    bool ok = false;
    std::string css_path = WebCssPath(options.templates_dir);
    r->web_css = ReadText(css_path, &ok);
    if (!ok) diags->Error({css_path, 0, 0}, "web stylesheet not found");
    std::string page_path = TemplatePath(options.templates_dir, "publicatie");
    r->publication = {ReadText(page_path, &ok), page_path};
    if (!ok) diags->Error({page_path, 0, 0}, "template 'publicatie' not found");
  }
  for (const UnitSummary& u : units) {
    templates.insert(u.sjabloon);
    styles.insert(HouseStyleName(options.house_style, u));
  }
  templates.insert("landelijk");
  styles.insert(options.house_style.empty() ? "standaard" : options.house_style);
  for (const std::string& name : templates) {
    std::string path = TemplatePath(options.templates_dir, name);
    bool ok = false;
    std::string text = ReadText(path, &ok);
    if (!ok) {
      diags->Error({path, 0, 0}, "template '" + name + "' not found");
      continue;
    }
    report::TemplateSource source{text, path};
    const report::Vocabulary& vocabulary =
        name == "landelijk" ? NationalVocabulary() : UnitVocabulary();
    if (report::CheckTemplate(source, vocabulary, diags)) r->templates[name] = source;
  }
  for (const std::string& name : styles) {
    std::string path = (fs::path(options.templates_dir) / "huisstijl" / (name + ".toml")).string();
    if (!fs::exists(path)) {
      diags->Error({path, 0, 0}, "house style '" + name + "' not found");
      continue;
    }
    int errors = diags->ErrorCount();
    HouseStyle style = LoadHouseStyle(path, diags);
    if (diags->ErrorCount() > errors) continue;
    StyleFiles files{path, {}};
    if (!style.logo_path.empty()) files.extra.push_back(style.logo_path);
    if (!style.hyphen_exceptions.empty()) files.extra.push_back(style.hyphen_exceptions);
    r->styles[name] = std::move(style);
    r->style_files[name] = std::move(files);
  }
  return !diags->HasErrors();
}

std::string HouseStyleName(const std::string& run_style, const UnitSummary& unit) {
  if (!run_style.empty()) return run_style;
  return unit.huisstijl.empty() ? "standaard" : unit.huisstijl;
}

std::string WebCssPath(const std::string& templates_dir) {
  return JoinPath(templates_dir, "web.css");
}

}  // namespace voortgang
