// Diagnostics as JSON lines, for editors and tools (--diagnostics json).
#include <nlohmann/json.hpp>

#include "pipeline/model/diagnostics.h"

namespace voortgang {

std::string FormatJson(const Diagnostic& d) {
  nlohmann::ordered_json j = {{"file", d.where.file},
                              {"line", d.where.line},
                              {"column", d.where.column},
                              {"severity", d.severity == Severity::kError ? "error" : "warning"},
                              {"message", d.message},
                              {"hint", d.hint}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace voortgang
