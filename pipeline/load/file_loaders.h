// The three file kinds of an inputs tree, each turned from a parsed TOML table into records.
// Internal to the load stage.
#pragma once

#include <optional>

#include <toml++/toml.h>

#include "pipeline/load/csv_import.h"
#include "pipeline/load/source_text.h"
#include "pipeline/model/diagnostics.h"
#include "pipeline/model/markdown_check.h"
#include "pipeline/model/records.h"

namespace voortgang {

/// Parses the text; a syntax error becomes a diagnostic at its line and column.
std::optional<toml::table> ParseToml(const SourceText& src, Diagnostics* diags);

void LoadProgramma(const toml::table& root, const SourceText& src, Programma* out,
                   Diagnostics* diags);
void LoadPlan(const toml::table& root, const SourceText& src, const MarkdownCheck& markdown,
              Unit* out, Diagnostics* diags);
/// Also reads [import.boekingen] into `import` (the CSV file itself is read by the caller).
void LoadBudget(const toml::table& root, const SourceText& src, Budget* out, Diagnostics* diags,
                std::optional<CsvImport>* import);

}  // namespace voortgang
