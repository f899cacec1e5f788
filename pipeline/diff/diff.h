// `voortgang diff` (changes.md): what a change of the inputs does to the figures, the texts,
// the diagnostics and the outputs, as Dutch Markdown or as JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "pipeline/check/check.h"
#include "pipeline/model/diagnostics.h"

namespace voortgang {

struct DiffOptions {
  std::string base_dir;
  std::string inputs_dir = "inputs";
  std::optional<Period> period;  ///< default: the latest period of inputs_dir
  int jobs = 0;
  std::string templates_dir = "templates";  ///< only hashed into the output keys, as build does
  std::string version = VOORTGANG_VERSION;
};

/// Both trees, loaded and checked for the same period.
struct DiffTrees {
  Checked base;
  Checked head;
  Diagnostics base_diags;
  Diagnostics head_diags;
  /// The outputs each tree would make, by path under <out>, with a key over the program
  /// version, the period and the content of every input (paths relative to the tree).
  std::map<std::string, std::string> base_outputs, head_outputs;
};

/// Loads both trees at once (each with the loader's own threads), then validates and
/// aggregates both for one period. `base`/`head` figures are filled only without errors.
DiffTrees LoadBoth(const DiffOptions& options);

/// The differences as JSON (money in cents), in the order of changes.md; "changed" says
/// whether anything but the outputs differs.
nlohmann::ordered_json CompareTrees(const DiffTrees& trees, const DiffOptions& options);

/// The same content as GitHub-flavoured Markdown in Dutch.
std::string DiffMarkdown(const nlohmann::ordered_json& diff);

}  // namespace voortgang
