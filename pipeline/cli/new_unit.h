// `voortgang new` (import.md): a commented skeleton unit that `voortgang check` accepts.
#pragma once

#include <string>

namespace voortgang {

struct NewUnitOptions {
  std::string id;
  std::string soort;  ///< "gemeente" or "jeugdhulpregio"
  std::string naam;   ///< "" = the id
  std::string regio;  ///< gemeente only, optional
  std::string inputs_dir = "inputs";
};

/// Writes ID/plan.toml and ID/budget.toml under the inputs folder. Returns "" on success,
/// else why nothing was written (an id that breaks the layout rules, an existing unit).
std::string WriteNewUnit(const NewUnitOptions& options);

/// The two files' text, for the tests.
std::string SkeletonPlan(const NewUnitOptions& options);
std::string SkeletonBudget();

}  // namespace voortgang
