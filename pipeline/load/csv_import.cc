// [import.boekingen] in budget.toml: which file, its notation, and which column is which.
#include <algorithm>

#include "pipeline/load/csv_import.h"

namespace voortgang {
namespace {

/// A one-character setting given as a string: scheidingsteken, decimaalteken.
std::optional<char> OneOf(TableReader& r, std::string_view key,
                          std::initializer_list<std::string_view> choices, char fallback) {
  if (!r.Node(key, Need::kOptional)) return fallback;
  std::optional<int> index = r.Choice(key, Need::kOptional, choices);
  if (!index) return std::nullopt;
  return (choices.begin() + *index)->front();
}

/// `kostenplaatsen` or `soorten`: a table of string values, in file order.
bool ReadMapping(TableReader& r, std::string_view key, std::vector<CsvMapping>* out) {
  const toml::table* t = r.SubTable(key, Need::kOptional);
  if (!t) return r.Node(key, Need::kOptional) == nullptr;
  bool ok = true;
  for (auto&& [k, v] : *t) {
    const auto* s = v.as_string();
    if (!s) {
      r.diags()->Error(r.WhereOf(v), "'" + std::string(key) + "' values must be strings, not " +
                                         std::string(TypeName(v)));
      ok = false;
      continue;
    }
    out->push_back({std::string(k.str()), s->get(), Where(r.src(), k.source())});
  }
  std::stable_sort(out->begin(), out->end(), [](const CsvMapping& a, const CsvMapping& b) {
    return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
  });
  return ok;
}

bool ReadColumns(TableReader& r, CsvImport* spec) {
  const toml::table* t = r.SubTable("kolommen", Need::kRequired);
  if (!t) return false;
  TableReader cr(*t, r.src(), kKolommenTable, r.diags());
  spec->columns_where = r.WhereOf(*t);
  std::size_t before = r.diags()->items.size();
  CsvColumns& c = spec->columns;
  c.datum = cr.String("datum", Need::kOptional).value_or("");
  c.periode = cr.String("periode", Need::kOptional).value_or("");
  c.bedrag = cr.String("bedrag", Need::kRequired).value_or("");
  c.omschrijving = cr.String("omschrijving", Need::kOptional).value_or("");
  c.kostenplaats = cr.String("kostenplaats", Need::kOptional).value_or("");
  c.thema = cr.String("thema", Need::kOptional).value_or("");
  c.soort = cr.String("soort", Need::kOptional).value_or("");
  cr.Finish();
  if (r.diags()->items.size() != before) return false;
  auto one_of = [&](const std::string& a, const std::string& b, std::string_view what) {
    if (a.empty() == b.empty()) {
      r.diags()->Error(spec->columns_where,
                       std::string(a.empty() ? "kolommen needs " : "kolommen may name only one of ") +
                           std::string(what));
      return false;
    }
    return true;
  };
  bool ok = one_of(c.datum, c.periode, "'datum' or 'periode'");
  return one_of(c.kostenplaats, c.thema, "'kostenplaats' or 'thema'") && ok;
}

}  // namespace

std::optional<CsvImport> ReadCsvImport(TableReader& budget, Diagnostics* diags,
                                       std::string* bestand) {
  const toml::table* import = budget.SubTable("import", Need::kOptional);
  if (!import) return std::nullopt;
  TableReader ir(*import, budget.src(), kImportTable, diags);
  const toml::table* t = ir.SubTable("boekingen", Need::kRequired);
  ir.Finish();
  if (!t) return std::nullopt;
  TableReader r(*t, budget.src(), kImportBoekingenTable, diags);
  std::size_t before = diags->items.size();
  CsvImport spec;
  spec.bestand = r.String("bestand", Need::kRequired).value_or("");
  if (const toml::node* n = r.Node("bestand", Need::kOptional)) spec.bestand_where = r.WhereOf(*n);
  bool plain = !spec.bestand.empty() && spec.bestand.find_first_of("/\\") == std::string::npos &&
               spec.bestand[0] != '.' && spec.bestand[0] != '_' && spec.bestand != "plan.toml" &&
               spec.bestand != "budget.toml";
  if (plain) *bestand = spec.bestand;
  if (!spec.bestand.empty() && !plain) {
    diags->Error(spec.bestand_where,
                 "'bestand' must be the name of a file in the unit folder, beside budget.toml "
                 "(no folder, not starting with '.' or '_'), not \"" + spec.bestand + "\"");
  }
  std::optional<char> separator = OneOf(r, "scheidingsteken", {";", ",", "\t"}, ';');
  std::optional<char> decimal = OneOf(r, "decimaalteken", {",", "."}, ',');
  if (r.Node("codering", Need::kOptional)) {
    if (auto e = r.Choice("codering", Need::kOptional, {"utf-8", "windows-1252"})) {
      spec.encoding = *e == 0 ? CsvEncoding::kUtf8 : CsvEncoding::kWindows1252;
    }
  }
  if (r.Node("datumformaat", Need::kOptional)) {
    if (auto d = r.Choice("datumformaat", Need::kOptional, {"dd-mm-jjjj", "jjjj-mm-dd"})) {
      spec.date_order = *d == 0 ? DateOrder::kDayMonthYear : DateOrder::kYearMonthDay;
    }
  }
  bool columns = ReadColumns(r, &spec);
  bool mappings = ReadMapping(r, "kostenplaatsen", &spec.kostenplaatsen);
  mappings = ReadMapping(r, "soorten", &spec.soorten) && mappings;
  r.Finish();
  if (separator && decimal && *separator == *decimal) {
    diags->Error(r.where(), "scheidingsteken and decimaalteken are both \"" +
                                std::string(1, *separator) + "\"; an amount could not be read");
  }
  if (columns && !spec.columns.kostenplaats.empty() && spec.kostenplaatsen.empty() &&
      !r.Node("kostenplaatsen", Need::kOptional)) {
    diags->Error(r.where(), "kolommen names a 'kostenplaats' column, so [import.boekingen] "
                            "needs 'kostenplaatsen' to map each kostenplaats to a theme");
  }
  for (const CsvMapping& m : spec.soorten) {
    if (m.value != "uitgave" && m.value != "verplichting") {
      diags->Error(m.where, "soorten maps '" + m.key + "' to \"" + m.value +
                                "\"; it must be \"uitgave\" or \"verplichting\"");
    }
  }
  if (!columns || !mappings || diags->items.size() != before) return std::nullopt;
  spec.separator = *separator;
  spec.decimal_mark = *decimal;
  return spec;
}

}  // namespace voortgang
