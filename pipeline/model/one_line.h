// Text made safe for a one-line message.
#pragma once

#include <string>

namespace voortgang {

/// Control characters written as C escapes (\n, \t, \x01): a quoted key or value may hold a
/// newline or a tab (TOML allows them in quoted keys), and a diagnostic must stay one line.
std::string OneLine(const std::string& text);

}  // namespace voortgang
