// <unit>/budget.toml: funds, planned amounts per theme and year, and bookings.
#include <algorithm>

#include "pipeline/load/file_loaders.h"
#include "pipeline/load/table_reader.h"

namespace voortgang {

void LoadBudget(const toml::table& root, const SourceText& src, Budget* out, Diagnostics* diags,
                std::optional<CsvImport>* import) {
  TableReader r(root, src, kBudgetFile, diags);
  out->path = src.path();
  for (const toml::table* t : r.ArrayOfTables("middelen")) {
    TableReader mr(*t, src, kMiddelenTable, diags);
    Middelen& m = out->middelen.emplace_back();
    m.where = mr.where();
    m.bron = mr.Name("bron", Need::kRequired).value_or("");
    m.jaar = mr.Year("jaar", Need::kRequired).value_or(0);
    m.bedrag = mr.Amount("bedrag", Need::kRequired, /*allow_negative=*/false).value_or(Money{});
    mr.Finish();
  }
  if (const toml::table* begroot = r.SubTable("begroot", Need::kOptional)) {
    for (auto&& [theme, years_node] : *begroot) {
      const auto* years = years_node.as_table();
      if (!years) {
        diags->Error(Where(src, years_node.source()),
                     "begroot for '" + std::string(theme.str()) +
                         "' must be a table of years, such as { 2019 = 110_000 }, not " +
                         std::string(TypeName(years_node)));
        continue;
      }
      for (auto&& [year_key, amount] : *years) {
        std::optional<int> year = ReadYearKey(year_key, src, "begroot", diags);
        if (!year) continue;
        std::optional<Money> bedrag =
            ReadAmount(amount, src, "begroot amount for '" + std::string(theme.str()) + "' in " +
                                        std::to_string(*year),
                       /*allow_negative=*/false, diags);
        if (!bedrag) continue;
        out->begroot.push_back({std::string(theme.str()), *year, *bedrag,
                                Where(src, amount.source()), Where(src, theme.source())});
      }
    }
    // toml++ iterates tables in key order; keep the order of the file.
    std::stable_sort(out->begroot.begin(), out->begroot.end(),
                     [](const Begroot& a, const Begroot& b) {
                       return std::tie(a.where.line, a.where.column) <
                              std::tie(b.where.line, b.where.column);
                     });
  }
  for (const toml::table* t : r.ArrayOfTables("boeking")) {
    TableReader br(*t, src, kBoekingTable, diags);
    Boeking& b = out->boekingen.emplace_back();
    b.where = br.where();
    b.thema = br.String("thema", Need::kRequired).value_or("");
    b.periode = br.PeriodValue("periode", Need::kRequired).value_or(Period{});
    b.bedrag = br.Amount("bedrag", Need::kRequired, /*allow_negative=*/true).value_or(Money{});
    if (auto s = br.Choice("soort", Need::kOptional, {"uitgave", "verplichting"})) {
      b.soort = *s == 0 ? Soort::kUitgave : Soort::kVerplichting;
    }
    b.omschrijving = br.String("omschrijving", Need::kOptional).value_or("");
    br.Finish();
  }
  *import = ReadCsvImport(r, diags, &out->boekingen_csv);
  r.Finish();
}

}  // namespace voortgang
