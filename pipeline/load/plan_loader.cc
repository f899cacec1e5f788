// <unit>/plan.toml: the unit, its themes with actions and narrative, decisions and milestones.
#include <algorithm>

#include "pipeline/load/exact_number.h"
#include "pipeline/load/file_loaders.h"
#include "pipeline/load/table_reader.h"
#include "pipeline/model/ids.h"

namespace voortgang {
namespace {

/// `huisstijl`: a file name under templates/huisstijl/ without .toml, never a path; whether
/// the style exists is known only to `build`, which has the templates folder.
std::string HouseStyleName(TableReader& r) {
  std::optional<std::string> name = r.String("huisstijl", Need::kOptional);
  if (!name || IsId(*name)) return name.value_or("");
  r.diags()->Error(r.WhereOf(*r.Node("huisstijl", Need::kOptional)),
                   "'huisstijl' must be the name of a house style in templates/huisstijl/ "
                   "(lower-case letters, digits and hyphens, no path), not '" + *name + "'");
  return "";
}

void LoadEenheid(TableReader& root, Unit* out) {
  const toml::table* t = root.SubTable("eenheid", Need::kRequired);
  if (!t) return;
  TableReader r(*t, root.src(), kEenheidTable, root.diags());
  out->where = r.where();
  out->naam = r.Name("naam", Need::kRequired).value_or("");
  if (auto s = r.Choice("soort", Need::kRequired, {"jeugdhulpregio", "gemeente"})) {
    out->soort = *s == 0 ? UnitKind::kJeugdhulpregio : UnitKind::kGemeente;
  }
  out->regio = r.String("regio", Need::kOptional).value_or("");
  out->gemeenten = r.StringArray("gemeenten", Need::kOptional);
  out->penvoerder = r.String("penvoerder", Need::kOptional).value_or("");
  static constexpr std::string_view kSjablonen[] = {"voortgangsnotitie", "raadsmemo"};
  if (auto s = r.Choice("sjabloon", Need::kOptional, {"voortgangsnotitie", "raadsmemo"})) {
    out->sjabloon = kSjablonen[*s];
  }
  out->huisstijl = HouseStyleName(r);
  out->geadresseerde = r.String("geadresseerde", Need::kOptional).value_or("");
  r.Finish();
}

/// `actielijnen = ["1", "4"]` (equal shares) or `actielijnen = { "1" = 0.6, "4" = 0.4 }`.
void LoadShares(TableReader& r, Thema* out) {
  const toml::node* node = r.Node("actielijnen", Need::kRequired);
  if (!node) return;
  out->actielijnen_where = r.WhereOf(*node);
  if (const auto* list = node->as_array()) {
    std::vector<std::string> ids = r.StringArray("actielijnen", Need::kRequired);
    std::size_t strings = 0;
    for (const toml::node& element : *list) strings += element.is_string();
    // StringArray reported each string it left out (a noncharacter, too long for a cell):
    // with one missing, ids no longer pairs with the elements, and the unit has an error.
    if (ids.size() != strings) return;
    std::size_t index = 0;
    for (const toml::node& element : *list) {
      if (!element.is_string()) continue;
      out->actielijnen.push_back(
          {ids[index++], Fraction{1, static_cast<int64_t>(list->size())}, r.WhereOf(element)});
    }
    if (list->empty()) r.diags()->Error(out->actielijnen_where, "'actielijnen' is empty");
    return;
  }
  const auto* weights = node->as_table();
  if (!weights) {
    r.diags()->Error(out->actielijnen_where,
                     "'actielijnen' must be an array of ids or a table of weights, not " +
                         std::string(TypeName(*node)));
    return;
  }
  for (auto&& [key, value] : *weights) {
    SourceRef at = r.WhereOf(value);
    if (!value.is_integer() && !value.is_floating_point()) {
      r.diags()->Error(at, "weight of actielijn '" + std::string(key.str()) +
                               "' must be a number, not " + std::string(TypeName(value)));
      continue;
    }
    const toml::source_region& region = value.source();
    std::string_view text = r.src().Slice(region.begin.line, region.begin.column,
                                          region.end.line, region.end.column);
    FractionResult parsed = ParseWeightLiteral(text);
    if (!parsed.fraction) {
      r.diags()->Error(at, "weight " + std::string(text) + " of actielijn '" +
                               std::string(key.str()) + "' " + parsed.error);
      continue;
    }
    if (parsed.fraction->num == 0) {
      r.diags()->Error(at, "weight of actielijn '" + std::string(key.str()) +
                               "' must be greater than zero");
      continue;
    }
    if (parsed.fraction->num > parsed.fraction->den) {
      r.diags()->Error(at, "weight " + std::string(text) + " of actielijn '" +
                               std::string(key.str()) + "' is more than 1; weights are shares "
                               "of the whole, such as 0.6 and 0.4");
      continue;
    }
    out->actielijnen.push_back({std::string(key.str()), *parsed.fraction, at});
  }
  if (weights->empty()) r.diags()->Error(out->actielijnen_where, "'actielijnen' is empty");
  // toml++ iterates tables in key order; keep the order the user wrote.
  std::stable_sort(out->actielijnen.begin(), out->actielijnen.end(),
                   [](const Share& a, const Share& b) {
                     return std::tie(a.where.line, a.where.column) <
                            std::tie(b.where.line, b.where.column);
                   });
}

void LoadThema(const toml::table& t, const SourceText& src, const MarkdownCheck& markdown,
               Thema* out, Diagnostics* diags) {
  TableReader r(t, src, kThemaTable, diags);
  out->where = r.where();
  out->id = r.String("id", Need::kRequired).value_or("");
  out->naam = r.Name("naam", Need::kRequired).value_or("");
  LoadShares(r, out);
  out->waarom = r.Markdown("waarom", Need::kOptional, markdown).value_or("");
  out->resultaat = r.Markdown("resultaat", Need::kOptional, markdown).value_or("");
  for (const toml::table* a : r.ArrayOfTables("actie")) {
    TableReader ar(*a, src, kActieTable, diags);
    Actie& actie = out->acties.emplace_back();
    actie.where = ar.where();
    actie.naam = ar.Name("naam", Need::kRequired).value_or("");
    if (auto s = ar.Choice("status", Need::kRequired,
                           {"gepland", "lopend", "afgerond", "vertraagd", "gestopt"})) {
      actie.status = kAllStatuses[*s];
    }
    actie.gereed = ar.PeriodValue("gereed", Need::kOptional);
    actie.trekker = ar.String("trekker", Need::kOptional).value_or("");
    actie.sinds = ar.PeriodValue("sinds", Need::kOptional);
    if (const toml::node* sinds = a->get("sinds")) actie.sinds_where = ar.WhereOf(*sinds);
    ar.Finish();
  }
  for (const toml::table* v : r.ArrayOfTables("voortgang")) {
    TableReader vr(*v, src, kVoortgangTable, diags);
    Voortgang& voortgang = out->voortgang.emplace_back();
    voortgang.where = vr.where();
    voortgang.periode = vr.PeriodValue("periode", Need::kRequired).value_or(Period{});
    voortgang.stand = vr.Markdown("stand", Need::kOptional, markdown).value_or("");
    voortgang.opgaven = vr.Markdown("opgaven", Need::kOptional, markdown).value_or("");
    voortgang.besluitvorming =
        vr.Markdown("besluitvorming", Need::kOptional, markdown).value_or("");
    vr.Finish();
  }
  r.Finish();
}

}  // namespace

void LoadPlan(const toml::table& root, const SourceText& src, const MarkdownCheck& markdown,
              Unit* out, Diagnostics* diags) {
  TableReader r(root, src, kPlanFile, diags);
  out->plan_path = src.path();
  LoadEenheid(r, out);
  if (const toml::table* c = r.SubTable("contact", Need::kOptional)) {
    TableReader cr(*c, src, kContactTable, diags);
    Contact& contact = out->contact.emplace();
    contact.naam = cr.String("naam", Need::kOptional).value_or("");
    contact.functie = cr.String("functie", Need::kOptional).value_or("");
    contact.email = cr.String("email", Need::kOptional).value_or("");
    contact.telefoon = cr.String("telefoon", Need::kOptional).value_or("");
    cr.Finish();
  }
  for (const toml::table* t : r.ArrayOfTables("inleiding")) {
    TableReader ir(*t, src, kInleidingTable, diags);
    Inleiding& inleiding = out->inleidingen.emplace_back();
    inleiding.where = ir.where();
    inleiding.periode = ir.PeriodValue("periode", Need::kRequired).value_or(Period{});
    inleiding.tekst = ir.Markdown("tekst", Need::kRequired, markdown).value_or("");
    ir.Finish();
  }
  for (const toml::table* t : r.ArrayOfTables("kerncijfer")) {
    TableReader kr(*t, src, kKerncijferTable, diags);
    Kerncijfer& k = out->kerncijfers.emplace_back();
    k.where = kr.where();
    k.naam = kr.Name("naam", Need::kRequired).value_or("");
    k.waarde = kr.NumberValue("waarde", Need::kRequired).value_or(Number{});
    k.peildatum = kr.DateValue("peildatum", Need::kOptional);
    k.toelichting = kr.String("toelichting", Need::kOptional).value_or("");
    kr.Finish();
  }
  for (const toml::table* t : r.ArrayOfTables("thema")) {
    LoadThema(*t, src, markdown, &out->themas.emplace_back(), diags);
  }
  for (const toml::table* t : r.ArrayOfTables("besluit")) {
    TableReader br(*t, src, kBesluitTable, diags);
    Besluit& b = out->besluiten.emplace_back();
    b.where = br.where();
    b.onderwerp = br.Name("onderwerp", Need::kRequired).value_or("");
    b.vorm = br.String("vorm", Need::kOptional).value_or("");
    b.periode = br.PeriodValue("periode", Need::kRequired).value_or(Period{});
    b.tot = br.PeriodValue("tot", Need::kOptional);
    b.thema = br.String("thema", Need::kOptional).value_or("");
    br.Finish();
  }
  for (const toml::table* t : r.ArrayOfTables("mijlpaal")) {
    TableReader mr(*t, src, kMijlpaalTable, diags);
    Mijlpaal& m = out->mijlpalen.emplace_back();
    m.where = mr.where();
    m.naam = mr.Name("naam", Need::kRequired).value_or("");
    m.periode = mr.PeriodValue("periode", Need::kRequired).value_or(Period{});
    m.thema = mr.String("thema", Need::kOptional).value_or("");
    mr.Finish();
  }
  r.Finish();
}

}  // namespace voortgang
