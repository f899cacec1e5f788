// JSON Schemas (draft-07, as Taplo and VS Code's Even Better TOML read them) of the input
// files, made from the loader's own key tables (key_tables.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace voortgang {

/// The schema of "programma", "plan" or "budget" as indented JSON ending in a newline;
/// nullopt for another name.
std::optional<std::string> JsonSchema(std::string_view file);

}  // namespace voortgang
