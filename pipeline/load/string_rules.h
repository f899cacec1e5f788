// What a text value may hold beyond TOML's own rules, and where in the file a character of a
// value sits (for diagnostics that point at the character, not at the opening quote).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "pipeline/load/source_text.h"
#include "pipeline/model/source.h"

namespace voortgang {

/// Excel's limit for one cell, in UTF-16 code units (libxlsxwriter refuses longer strings).
inline constexpr std::size_t kMaxCellChars = 32767;

struct ForbiddenChar {
  std::size_t offset = 0;  ///< byte offset in the value
  std::string what;        ///< "control character U+001B", "noncharacter U+FFFE"
};

/// The first code point that XML 1.0 cannot carry (C0 controls but tab, newline and carriage
/// return), a C1 control or DEL (garbage in a note), or a Unicode noncharacter (U+FDD0-U+FDEF,
/// U+xFFFE and U+xFFFF of every plane). `utf8` must be valid UTF-8 (toml++ sees to that).
std::optional<ForbiddenChar> FindForbiddenChar(std::string_view utf8);

/// The length as Excel counts it: UTF-16 code units.
std::size_t Utf16Length(std::string_view utf8);

/// The file position of byte `offset` of a string value's decoded text, found by walking its
/// raw text (quotes, escapes, a trimmed first newline, line-ending backslashes). Past the end
/// or when the raw text cannot be followed: the opening quote.
SourceRef PositionInString(const SourceText& src, const toml::source_region& region,
                           std::size_t offset);

}  // namespace voortgang
