// Errors and warnings collected by every stage; printed in the GNU form editors and CI understand.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/source.h"

namespace voortgang {

enum class Severity { kError, kWarning };

struct Diagnostic {
  SourceRef where;
  Severity severity = Severity::kError;
  std::string message;
  std::string hint;  ///< optional extra advice, e.g. the expected form; not part of the GNU line
};

/// Stages append here instead of throwing, so the user sees every problem in one run.
struct Diagnostics {
  std::vector<Diagnostic> items;

  void Error(SourceRef where, std::string message, std::string hint = {});
  void Warning(SourceRef where, std::string message, std::string hint = {});
  void Append(Diagnostics other);
  int ErrorCount() const;
  int WarningCount() const;
  bool HasErrors() const { return ErrorCount() > 0; }
  /// Orders by file, line, column, so output does not depend on thread scheduling.
  void Sort();
};

/// "FILE:LINE:COLUMN: error: MESSAGE" on one line (control characters as C escapes).
std::string FormatGnu(const Diagnostic& d);

/// "::error file=FILE,line=LINE,col=COLUMN::MESSAGE", a GitHub Actions workflow annotation.
std::string FormatGithubAnnotation(const Diagnostic& d);

/// One JSON object on one line: file, line, column, severity, message, hint.
std::string FormatJson(const Diagnostic& d);

}  // namespace voortgang
