// Loading, checking and reading the templates before a build writes anything.
#include "pipeline/build/prepare.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "pipeline/load/house_style_loader.h"
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

/// Reads and checks every template and house style the run's documents use.
bool LoadResources(const BuildOptions& options, const Checked& checked, Resources* r,
                   Diagnostics* diags) {
  std::set<std::string> templates, styles;
  bool documents = options.only != OutputKinds::kXlsx;
  if (!documents) return true;
  if (MakesHtml(options)) {
    bool ok = false;
    std::string css_path = WebCssPath(options);
    r->web_css = ReadText(css_path, &ok);
    if (!ok) diags->Error({css_path, 0, 0}, "web stylesheet not found");
    std::string page_path = TemplatePath(options.templates_dir, "publicatie");
    r->publication = {ReadText(page_path, &ok), page_path};
    if (!ok) diags->Error({page_path, 0, 0}, "template 'publicatie' not found");
  }
  for (const UnitSummary& u : checked.units) {
    templates.insert(u.sjabloon);
    styles.insert(HouseStyleName(options, u));
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

}  // namespace

void CheckTemplatesAndStyles(const BuildOptions& options, const Checked& checked,
                             Diagnostics* diags) {
  Resources unused;
  LoadResources(options, checked, &unused, diags);
}

Front CheckInputs(const BuildOptions& options, const std::map<std::string, CachedUnit>& cache) {
  Front f;
  f.checked = RunStages(options.stage, options.keep_going, cache, &f.diags);
  if (f.checked.usable) LoadResources(options, f.checked.checked, &f.resources, &f.diags);
  f.diags.Sort();
  return f;
}

std::string UnknownUnit(const BuildOptions& options, const Front& f) {
  for (const std::string& id : options.units) {
    bool known = false;
    for (const UnitSummary& u : f.checked.checked.units) known = known || u.id == id;
    if (!known) return id;
  }
  return "";
}

bool Stops(const BuildOptions& options, const Front& f) {
  return !f.checked.usable || (f.diags.HasErrors() && !options.keep_going) ||
         (options.keep_going && !f.resources.templates.size() && options.only != OutputKinds::kXlsx);
}

}  // namespace voortgang
