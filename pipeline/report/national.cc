// The national overview (landelijk/overzicht-<P>.pdf): check the template, render its Mustache
// layer with the national context, assemble the blocks with the directive table, fill metadata
// and the running header. The vocabulary and context are in national_context.cc, the tables
// and charts in national_tables.cc and national_charts.cc.
#include "pipeline/format/dutch.h"
#include "pipeline/report/national_view.h"

namespace voortgang {
namespace report {
namespace {

std::map<std::string, LineUse> Uses(const std::vector<UnitSummary>& units) {
  std::map<std::string, LineUse> uses;
  for (const UnitSummary& u : units)
    for (const ThemeSummary& t : u.themas)
      for (const Share& s : t.actielijnen) {
        LineUse& use = uses[s.actielijn];
        use.units.insert(u.id);
        ++use.themes;
        for (Status status : t.acties) ++use.actions[status];
      }
  return uses;
}

}  // namespace

NationalView MakeNationalView(const NationalInput& input) {
  return NationalView{&input, Uses(*input.units)};
}

std::string LineLabel(const NationalTree& in, const std::string& id) {
  for (const Actielijn& a : in.programma.actielijnen)
    if (a.id == id) return a.id + ". " + a.naam;
  return id;
}

std::string IndicatorValue(const Indicator& ind, const Number& n) {
  return ind.eenheid == "%" ? FormatPercent(n.value, n.decimals)
                            : FormatDecimal(n.value, n.decimals);
}

}  // namespace report

doc::Document BuildNational(const NationalInput& input, Diagnostics* diags) {
  doc::Document document;
  if (!report::CheckTemplate(input.template_source, NationalVocabulary(), diags)) return document;
  report::NationalView view = report::MakeNationalView(input);
  std::string text;
  if (!report::RenderMustache(input.template_source, report::NationalContext(view), &text, diags))
    return document;
  std::vector<report::Element> elements = report::ParseRendered(text);
  report::MetaLines meta_lines = report::CollectMeta(elements);
  std::map<std::string, std::string> meta = report::MetaMap(meta_lines);
  report::Captions captions(meta);
  report::DirectiveScope scope{&meta_lines, &captions, nullptr, &view};
  auto handler = [&](const report::Element& d, std::vector<doc::Block>* out, std::string* error) {
    return report::RunDirective(report::Documents::kNational, scope, d, out, error);
  };
  report::Assembled assembled =
      report::Assemble(elements, handler, input.template_source.path, diags);
  auto get = [&](const char* key, const std::string& fallback) {
    auto it = meta.find(key);
    return it == meta.end() || it->second.empty() ? fallback : it->second;
  };
  document.metadata.title = get("titel", input.programma->naam);
  document.metadata.author = get("auteur", input.programma->naam);
  document.metadata.subject = get("onderwerp", "");
  document.metadata.keywords = get("trefwoorden", "");
  document.metadata.creator = "voortgang " + input.version;
  document.metadata.created_unix = input.build_time_unix;
  document.running.unit = get("koptekst", "Landelijk overzicht");
  document.running.period = get("koptekst_periode", FormatQuarterShort(input.period));
  document.blocks = std::move(assembled.blocks);
  return document;
}

}  // namespace voortgang
