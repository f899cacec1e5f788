// Collecting, ordering and printing diagnostics.
#include "pipeline/model/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace voortgang {

void Diagnostics::Error(SourceRef where, std::string message, std::string hint) {
  items.push_back({std::move(where), Severity::kError, std::move(message), std::move(hint)});
}

void Diagnostics::Warning(SourceRef where, std::string message, std::string hint) {
  items.push_back({std::move(where), Severity::kWarning, std::move(message), std::move(hint)});
}

void Diagnostics::Append(Diagnostics other) {
  items.insert(items.end(), std::make_move_iterator(other.items.begin()),
               std::make_move_iterator(other.items.end()));
}

int Diagnostics::ErrorCount() const {
  return static_cast<int>(std::count_if(items.begin(), items.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kError;
  }));
}

int Diagnostics::WarningCount() const { return static_cast<int>(items.size()) - ErrorCount(); }

void Diagnostics::Sort() {
  std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
}

std::string FormatGnu(const Diagnostic& d) {
  std::string out = d.where.file;
  out += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column) + ": ";
  out += d.severity == Severity::kError ? "error: " : "warning: ";
  out += d.message;
  return out;
}

}  // namespace voortgang
