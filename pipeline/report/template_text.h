// Positions in template text, shared by the checker (template_check.cc), the Mustache layer
// (template_render.cc) and the line language (template.cc).
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "pipeline/report/template.h"

namespace voortgang::report {

/// Line and column (1-based, columns in code points) of byte offset `pos` in `src.text`.
SourceRef Where(const TemplateSource& src, size_t pos);

/// `s` without white space at either end.
std::string Trim(std::string_view s);

/// Rendering marks each directive line with its template position, "\x01LINE:COL\x01" at the
/// line end, so that a directive error found after rendering still points at the template.
inline constexpr char kMark = '\x01';

/// `text` with every line that holds "[[" marked.
std::string MarkDirectiveLines(const std::string& text);

/// Removes a position mark from `line`, returning it (0:0 when there was none).
std::pair<int, int> TakeMark(std::string* line);

}  // namespace voortgang::report
