// A single pass over the text: UTF-8, NUL bytes, unclosed strings and nesting depth.
// Not a TOML parser: it knows only enough (strings, comments, brackets, '=', ',', '.') to
// measure how deep a key or value can nest, and errs on the side of counting too deep.
#include "pipeline/load/text_check.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

#include "pipeline/load/limits.h"

namespace voortgang {
namespace {

/// The code point at `i` and its length in bytes, or length 0 for invalid UTF-8 (overlong
/// forms, surrogates and values above U+10FFFF included).
struct Decoded {
  char32_t cp = 0;
  std::size_t length = 0;
};

Decoded Decode(std::string_view t, std::size_t i) {
  auto byte = [&](std::size_t k) -> unsigned { return static_cast<unsigned char>(t[k]); };
  unsigned b0 = byte(i);
  if (b0 < 0x80) return {b0, 1};
  std::size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (n == 0 || b0 > 0xF4 || i + n > t.size()) return {};
  char32_t cp = b0 & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMinForLength[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, n};
}

enum class In { kCode, kComment, kBasic, kLiteral, kMultiBasic, kMultiLiteral };

bool IsBareKeyChar(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '+';  // '+' for numbers such as 1e+5; it never makes a key deeper
}

/// A byte that changes nothing inside a string or comment but the column: printable ASCII or
/// a tab, not a quote or backslash. Most of a plan is such text; skipping it in a tight loop
/// keeps this pass at a few percent of toml++'s parse instead of a fifth (bench_load).
bool Plain(char ch) {
  unsigned char b = static_cast<unsigned char>(ch);
  return (b >= 0x20 && b < 0x7F && b != '"' && b != '\'' && b != '\\') || b == '\t';
}

/// Whether the 8 bytes at `p` are all Plain, tested together (bit tricks from "Bit Twiddling
/// Hacks": haszero, hasless). A false "no" only sends the bytes through Plain one by one.
bool EightPlain(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  uint64_t w;
  std::memcpy(&w, p, 8);
  auto has_less = [](uint64_t x, uint64_t n) { return ((x - kOnes * n) & ~x & kHigh) != 0; };
  auto has_byte = [&](unsigned char b) { return has_less(w ^ (kOnes * b), 1); };
  return (w & kHigh) == 0 && !has_less(w, 0x20) && !has_byte(0x7F) && !has_byte('"') &&
         !has_byte('\'') && !has_byte('\\');
}

}  // namespace

bool CheckText(const SourceText& src, Diagnostics* diags) {
  std::string_view t = src.text();
  int line = 1, column = 1;
  auto fail = [&](int l, int c, std::string message) {
    diags->Error({src.path(), l, c}, std::move(message));
    return false;
  };

  In in = In::kCode;
  int open_line = 0, open_column = 0;  // where the current string began
  bool escaped = false;
  // Depth: header_depth from the last [table] header; `open` holds the depth inside each
  // bracket or brace of a value; dots counts the '.' of the key or number being read.
  int header_depth = 0;
  std::vector<int> open;
  std::vector<bool> open_array;  // per entry of `open`: an array (values), not an inline table
  char32_t before = 0;  // the code character just before this one (0 after text or a comment)
  int dots = 0, key_depth = 0;
  bool line_start = true, in_header = false, header_array = false;
  auto depth = [&] { return (open.empty() ? header_depth : open.back()) + dots + 1; };
  auto too_deep = [&] {
    return fail(line, column, "nested more than " + std::to_string(kMaxNesting) +
                                  " levels deep (keys, tables, arrays and inline tables together); "
                                  "the limit is " + std::to_string(kMaxNesting));
  };

  for (std::size_t i = 0; i < t.size();) {
    if (in != In::kCode && !escaped && Plain(t[i])) {
      std::size_t end = i + 1;
      while (end + 8 <= t.size() && EightPlain(t.data() + end)) end += 8;
      while (end < t.size() && Plain(t[end])) ++end;
      column += static_cast<int>(end - i);
      i = end;
      continue;
    }
    if (t[i] == '\0') return fail(line, column, "NUL byte in file: is this a TOML text file?");
    Decoded d = Decode(t, i);
    if (d.length == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(t[i]));
      return fail(line, column, std::string("invalid UTF-8 (byte ") + hex +
                                    "): save the file as UTF-8; it may have been saved as "
                                    "Latin-1 or Windows-1252");
    }
    char32_t c = d.cp;
    auto starts = [&](std::string_view s) { return t.substr(i, s.size()) == s; };
    std::size_t advance = d.length;

    switch (in) {
      case In::kComment:
        if (c == '\n') in = In::kCode;
        break;
      case In::kBasic:
      case In::kLiteral:
        if (c == '\n' || (c == '\r' && starts("\r\n"))) {
          return fail(open_line, open_column,
                      std::string("text is not closed on its line: add the closing ") +
                          (in == In::kBasic ? "\"" : "'") +
                          " (text over several lines goes between \"\"\" and \"\"\")");
        }
        if (escaped) {
          escaped = false;
        } else if (in == In::kBasic && c == '\\') {
          escaped = true;
        } else if (c == (in == In::kBasic ? '"' : '\'')) {
          in = In::kCode;
        }
        break;
      case In::kMultiBasic:
      case In::kMultiLiteral: {
        std::string_view close = in == In::kMultiBasic ? "\"\"\"" : "'''";
        if (escaped) {
          escaped = false;
        } else if (in == In::kMultiBasic && c == '\\') {
          escaped = true;
        } else if (starts(close)) {
          // Up to two more quotes belong to the text: """a""""" is a"".
          advance = 3;
          while (advance < 5 && i + advance < t.size() && t[i + advance] == close[0]) ++advance;
          in = In::kCode;
        }
        break;
      }
      case In::kCode:
        if (c >= 0x80) {
          // TOML allows other characters only in strings and comments, and toml++ 3.3 runs
          // into __builtin_unreachable on some of them after a value (U+00A1..U+049A, say).
          return fail(line, column, "'" + std::string(t.substr(i, d.length)) +
                                        "' outside quotes: text goes between quotes, and keys "
                                        "are plain letters, digits, - and _");
        } else if (c == '#') {
          in = In::kComment;
        } else if (c == '"' || c == '\'') {
          // toml++ 3.3 reads a value on to the next space, comma or bracket, quotes included,
          // and the UB above waits there: a quote right after a value is refused first. After
          // a '.', a quote starts a dotted key's part ("a."b""), except in a value.
          bool value = key_depth > 0 || (!open_array.empty() && open_array.back());
          if (IsBareKeyChar(before) || before == ':' || (before == '.' && value)) {
            return fail(line, column,
                        std::string("text right after a value: put a space, a comma or = before "
                                    "the ") + (c == '"' ? "\"" : "'") +
                            ", or the whole value between quotes");
          }
          open_line = line;
          open_column = column;
          bool multi = starts(c == '"' ? "\"\"\"" : "'''");
          in = c == '"' ? (multi ? In::kMultiBasic : In::kBasic)
                        : (multi ? In::kMultiLiteral : In::kLiteral);
          if (multi) advance = 3;
          line_start = false;
        } else if (c == '\n') {
          if (open.empty()) {
            dots = key_depth = 0;
            line_start = true;
          }
        } else if (c == ' ' || c == '\t' || c == '\r') {
          // keeps line_start
        } else if (c == '[' && line_start && open.empty()) {
          in_header = true;
          header_depth = 0;
          header_array = starts("[[");
          if (header_array) advance = 2;
          dots = 0;
          line_start = false;
        } else if (c == ']' && in_header) {
          header_depth = dots + (header_array ? 2 : 1);
          if (header_array && starts("]]")) advance = 2;
          in_header = false;
          dots = 0;
        } else if (c == '.') {
          ++dots;
          if (depth() > kMaxNesting) return too_deep();
        } else if (c == '=') {
          key_depth = dots + 1;
          dots = 0;
        } else if (c == '[' || c == '{') {
          open.push_back((open.empty() ? header_depth : open.back()) + key_depth + 1);
          open_array.push_back(c == '[');
          if (open.back() > kMaxNesting) return too_deep();
          dots = key_depth = 0;
          line_start = false;
        } else if (c == ']' || c == '}') {
          if (!open.empty()) open.pop_back(), open_array.pop_back();
          dots = key_depth = 0;
        } else if (c == ',') {
          dots = key_depth = 0;
        } else {
          line_start = false;
          if (!IsBareKeyChar(c)) dots = 0;  // ':' of a time, say: no key goes on past it
        }
        break;
    }
    before = in == In::kCode && c != '"' && c != '\'' && c != '#' ? c : 0;
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      // toml++ counts columns in code points; a multi-quote token counts one per quote.
      column += advance == d.length ? 1 : static_cast<int>(advance);
    }
    i += advance;
  }
  if (in == In::kBasic || in == In::kLiteral) {
    return fail(open_line, open_column,
                std::string("text is not closed before the end of the file: add the closing ") +
                    (in == In::kBasic ? "\"" : "'"));
  }
  if (in == In::kMultiBasic || in == In::kMultiLiteral) {
    std::string quotes = in == In::kMultiBasic ? "\"\"\"" : "'''";
    return fail(open_line, open_column,
                "text opened with " + quotes + " here is never closed: add " + quotes +
                    " where it ends");
  }
  return true;
}

}  // namespace voortgang
