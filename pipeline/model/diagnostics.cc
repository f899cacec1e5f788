// Collecting, ordering and printing diagnostics.
#include "pipeline/model/diagnostics.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "pipeline/model/one_line.h"

namespace voortgang {

std::string OneLine(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7F) {
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", u);
      out += hex;
    }
  }
  return out;
}

namespace {

/// GitHub's escaping of a workflow command's message; a property value (the file name) also
/// escapes the ':' and ',' that separate properties.
std::string GithubEscaped(const std::string& text, bool property) {
  std::string out;
  for (char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (property && c == ':') {
      out += "%3A";
    } else if (property && c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

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
  std::string out = OneLine(d.where.file);
  out += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column) + ": ";
  out += d.severity == Severity::kError ? "error: " : "warning: ";
  out += OneLine(d.message);
  return out;
}

std::string FormatGithubAnnotation(const Diagnostic& d) {
  std::string out = d.severity == Severity::kError ? "::error" : "::warning";
  out += " file=" + GithubEscaped(OneLine(d.where.file), true);
  out += ",line=" + std::to_string(d.where.line) + ",col=" + std::to_string(d.where.column);
  out += "::" + GithubEscaped(OneLine(d.message), false);
  return out;
}

}  // namespace voortgang
