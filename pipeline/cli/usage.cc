// Usage checks of the command line and the environment.
#include "pipeline/cli/usage.h"

#include <cstdlib>
#include <filesystem>

#include "pipeline/build/clock.h"
#include "pipeline/model/ids.h"
#include "pipeline/model/one_line.h"
#include "pipeline/model/period.h"

namespace voortgang {
namespace fs = std::filesystem;
namespace {

/// Whether `inner` is `outer` or lies inside it, after resolving "..", "." and symbolic links
/// of the parts that exist (the output folder often does not exist yet).
bool Inside(const fs::path& inner, const fs::path& outer) {
  std::error_code ec;
  fs::path a = fs::weakly_canonical(fs::absolute(inner, ec), ec);
  fs::path b = fs::weakly_canonical(fs::absolute(outer, ec), ec);
  if (ec) return false;
  auto ai = a.begin(), bi = b.begin();
  for (; bi != b.end(); ++ai, ++bi) {
    if (bi->empty()) continue;  // a trailing separator
    if (ai == a.end() || *ai != *bi) return false;
  }
  return true;
}

}  // namespace

std::string NonEmptyError(const std::string& value) {
  return value.empty() ? "must not be empty" : "";
}

std::string UnitIdError(const std::string& value) {
  if (value.empty()) return "must not be empty";
  return IsId(value) ? "" : "'" + OneLine(value) + "' is not a unit id (a folder name of "
                                                    "lower-case letters, digits and hyphens)";
}

std::string HouseStyleNameError(const std::string& value) {
  if (value.empty()) return "must not be empty";
  return IsId(value) ? ""
                     : "'" + OneLine(value) +
                           "' is not a house style name: the name of a file in "
                           "templates/huisstijl/ without .toml (lower-case letters, digits and "
                           "hyphens, no path)";
}

std::string PeriodError(const std::string& value) {
  return "invalid --period '" + OneLine(value) + "': expected YYYY-Qn with n 1-4 and a year " +
         std::to_string(kMinYear) + "-" + std::to_string(kMaxYear) + ", e.g. 2024-Q4";
}

std::string BuildUsageError(const BuildOptions& options) {
  EpochSetting epoch = SourceDateEpochSetting();
  if (!epoch.error.empty()) {
    return "invalid SOURCE_DATE_EPOCH '" + OneLine(std::getenv("SOURCE_DATE_EPOCH")) + "': " +
           epoch.error;
  }
  // Outputs inside the inputs tree would be read as a unit folder by every later run.
  if (Inside(options.out_dir, options.stage.inputs_dir)) {
    return "--out '" + OneLine(options.out_dir) + "' is inside --inputs '" +
           OneLine(options.stage.inputs_dir) + "': put the outputs outside the inputs tree";
  }
  return "";
}

}  // namespace voortgang
