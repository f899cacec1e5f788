// Code points a value may not hold, and decoded offsets mapped back to the file.
#include "pipeline/load/string_rules.h"

#include <algorithm>
#include <cstdio>

namespace voortgang {
namespace {

/// The code point at `i` of valid UTF-8 and its length.
char32_t DecodeAt(std::string_view t, std::size_t i, std::size_t* length) {
  auto b = [&](std::size_t k) -> char32_t { return static_cast<unsigned char>(t[k]); };
  char32_t c = b(i);
  std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + n > t.size()) n = 1;
  if (n > 1) c &= 0x7F >> n;
  for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (b(i + k) & 0x3F);
  *length = n;
  return c;
}

std::size_t Utf8Length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<ForbiddenChar> FindForbiddenChar(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    // Printable ASCII, most of every text, needs no decoding: only controls, DEL and
    // multi-byte sequences can be forbidden.
    unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b >= 0x20 && b < 0x7F) {
      ++i;
      continue;
    }
    std::size_t n = 1;
    char32_t c = DecodeAt(utf8, i, &n);
    const char* kind = nullptr;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
      kind = "control character";
    } else if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
      kind = "noncharacter";
    }
    if (kind) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
      return ForbiddenChar{i, std::string(kind) + " " + code};
    }
    i += n;
  }
  return std::nullopt;
}

std::size_t Utf16Length(std::string_view utf8) {
  std::size_t units = 0;
  for (unsigned char b : utf8) {
    if ((b & 0xC0) != 0x80) ++units;  // a lead byte: one code point
    if (b >= 0xF0) ++units;           // beyond the BMP: a surrogate pair
  }
  return units;
}

SourceRef PositionInString(const SourceText& src, const toml::source_region& region,
                           std::size_t offset) {
  SourceRef start{src.path(), static_cast<int>(region.begin.line),
                  static_cast<int>(region.begin.column)};
  std::string_view raw = src.Slice(region.begin.line, region.begin.column, region.end.line,
                                   region.end.column);
  if (raw.empty() || (raw[0] != '"' && raw[0] != '\'')) return start;
  bool basic = raw[0] == '"';
  bool multi = raw.size() >= 6 && raw.substr(0, 3) == (basic ? "\"\"\"" : "'''");
  std::size_t i = multi ? 3 : 1, end = raw.size() - (multi ? 3 : 1);
  int line = start.line, column = start.column + static_cast<int>(i);
  auto step = [&](std::size_t n) {  // moves over n raw bytes, counting lines and code points
    for (std::size_t k = 0; k < n && i < raw.size(); ++k, ++i) {
      unsigned char b = static_cast<unsigned char>(raw[i]);
      if (b == '\n') {
        ++line;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        ++column;
      }
    }
  };
  // TOML trims a newline right after the opening delimiter of a multi-line string.
  if (multi && raw.substr(i, 2) == "\r\n") step(2);
  else if (multi && i < raw.size() && raw[i] == '\n') step(1);
  std::size_t decoded = 0;
  while (i < end) {
    if (decoded >= offset) return {src.path(), line, column};
    if (!basic || raw[i] != '\\') {
      std::size_t n = 1;
      DecodeAt(raw, i, &n);
      decoded += n;
      step(n);
      continue;
    }
    SourceRef escape{src.path(), line, column};
    char e = i + 1 < raw.size() ? raw[i + 1] : 0;
    if (e == 'u' || e == 'U') {
      std::size_t digits = e == 'u' ? 4 : 8;
      char32_t c = 0;
      for (std::size_t k = 0; k < digits && i + 2 + k < raw.size(); ++k) {
        c = c * 16 + static_cast<char32_t>(std::max(HexValue(raw[i + 2 + k]), 0));
      }
      std::size_t n = Utf8Length(c);
      if (offset < decoded + n) return escape;
      decoded += n;
      step(2 + digits);
    } else if (multi && (e == ' ' || e == '\t' || e == '\n' || e == '\r')) {
      // A line-ending backslash: it and all whitespace after it vanish.
      step(1);
      while (i < end && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' || raw[i] == '\r')) {
        step(1);
      }
    } else {
      if (offset < decoded + 1) return escape;
      decoded += 1;
      step(2);
    }
  }
  return decoded >= offset && i <= end ? SourceRef{src.path(), line, column} : start;
}

}  // namespace voortgang
