// programma.toml: actielijnen, national key indicators and milestones.
#include "pipeline/load/file_loaders.h"
#include "pipeline/load/limits.h"
#include "pipeline/load/table_reader.h"

namespace voortgang {
namespace {

void LoadIndicator(const toml::table& t, const SourceText& src, Indicator* out,
                   Diagnostics* diags) {
  TableReader r(t, src, kIndicatorTable, diags);
  out->where = r.where();
  out->id = r.String("id", Need::kRequired).value_or("");
  out->naam = r.Name("naam", Need::kRequired).value_or("");
  out->actielijn = r.String("actielijn", Need::kRequired).value_or("");
  static constexpr std::string_view kEenheden[] = {"%", "aantal"};
  static constexpr std::string_view kRichtingen[] = {"hoger", "lager"};
  if (auto e = r.Choice("eenheid", Need::kOptional, {"%", "aantal"})) out->eenheid = kEenheden[*e];
  else out->eenheid = "aantal";
  if (auto b = r.Choice("beter", Need::kOptional, {"hoger", "lager"})) out->beter = kRichtingen[*b];
  else out->beter = "hoger";
  out->bron = r.String("bron", Need::kOptional).value_or("");
  if (const toml::table* waarden = r.SubTable("waarden", Need::kOptional)) {
    for (auto&& [key, node] : *waarden) {
      std::optional<int> year = ReadYearKey(key, src, "waarden", diags);
      if (!year) continue;
      if (auto n = ReadNumber(node, src, "the value for " + std::to_string(*year), diags)) {
        out->waarden[*year] = *n;
      }
    }
  }
  r.Finish();
}

}  // namespace

void LoadProgramma(const toml::table& root, const SourceText& src, Programma* out,
                   Diagnostics* diags) {
  TableReader r(root, src, kProgrammaFile, diags);
  out->path = src.path();
  out->naam = r.String("naam", Need::kOptional).value_or("");
  std::vector<const toml::table*> actielijnen = r.ArrayOfTables("actielijn");
  if (actielijnen.size() > kMaxActielijnen) {
    diags->Error(r.WhereOf(*root.get("actielijn")),
                 std::to_string(actielijnen.size()) + " [[actielijn]] entries; the limit is " +
                     std::to_string(kMaxActielijnen));
    actielijnen.resize(kMaxActielijnen);
  }
  for (const toml::table* t : actielijnen) {
    TableReader a(*t, src, kActielijnTable, diags);
    Actielijn& lijn = out->actielijnen.emplace_back();
    lijn.where = a.where();
    lijn.id = a.String("id", Need::kRequired).value_or("");
    lijn.naam = a.Name("naam", Need::kRequired).value_or("");
    lijn.subdoelen = a.StringArray("subdoelen", Need::kOptional);
    a.Finish();
  }
  if (out->actielijnen.empty() && !root.contains("actielijn")) {
    diags->Error(r.where(), "programma.toml defines no [[actielijn]]");
  }
  for (const toml::table* t : r.ArrayOfTables("indicator")) {
    LoadIndicator(*t, src, &out->indicatoren.emplace_back(), diags);
  }
  for (const toml::table* t : r.ArrayOfTables("mijlpaal")) {
    TableReader m(*t, src, kProgrammaMijlpaal, diags);
    Mijlpaal& mijlpaal = out->mijlpalen.emplace_back();
    mijlpaal.where = m.where();
    mijlpaal.naam = m.Name("naam", Need::kRequired).value_or("");
    mijlpaal.actielijnen = m.StringArray("actielijnen", Need::kOptional);
    mijlpaal.periode = m.PeriodValue("periode", Need::kRequired).value_or(Period{});
    m.Finish();
  }
  r.Finish();
}

}  // namespace voortgang
