// Checks on a TOML file's raw text before toml++ parses it: what toml++ misses or reports badly.
#pragma once

#include "pipeline/load/source_text.h"
#include "pipeline/model/diagnostics.h"

namespace voortgang {

/// Reports the first of these and returns false:
/// - a NUL byte (toml++ would stop there without saying where);
/// - invalid UTF-8 (toml++ points one column early and does not name the byte);
/// - a string that is never closed (toml++ points at the end of the line or file, not at the
///   opening quote the user has to fix);
/// - keys, tables or values nested deeper than kMaxNesting: toml++ limits arrays and inline
///   tables, but builds dotted keys and [a.b.c] headers recursively, and a million of them
///   overflow the stack.
bool CheckText(const SourceText& src, Diagnostics* diags);

}  // namespace voortgang
