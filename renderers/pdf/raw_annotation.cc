// A few keys of an annotation dictionary read from its bytes: names by their delimiters,
// literal strings by their balanced parentheses and escapes.
#include "renderers/pdf/raw_annotation.h"

namespace voortgang::pdf {
namespace {

bool IsWhite(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}
bool EndsName(char c) {
  return IsWhite(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' ||
         c == '{' || c == '}' || c == '/' || c == '%';
}

/// Where the name `key` ("/Dest") occurs as a whole name at or after `from`, or npos.
size_t FindName(std::string_view s, std::string_view key, size_t from = 0) {
  for (size_t at = s.find(key, from); at != std::string_view::npos; at = s.find(key, at + 1))
    if (at + key.size() == s.size() || EndsName(s[at + key.size()])) return at;
  return std::string_view::npos;
}

/// The literal string starting at s[at] == '(' up to its closing parenthesis, or "".
std::string_view LiteralAt(std::string_view s, size_t at) {
  int nest = 0;
  for (size_t i = at; i < s.size(); ++i) {
    if (s[i] == '\\')
      ++i;
    else if (s[i] == '(')
      ++nest;
    else if (s[i] == ')' && --nest == 0)
      return s.substr(at, i + 1 - at);
  }
  return {};
}

/// The literal string token's value (ISO 32000-1 7.3.4.2): escapes resolved.
std::string Unescape(std::string_view token) {
  std::string out;
  for (size_t i = 1; i + 1 < token.size(); ++i) {
    char c = token[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    c = token[++i];
    if (c >= '0' && c <= '7') {
      int v = 0;
      for (int k = 0; k < 3 && i + 1 < token.size() && token[i] >= '0' && token[i] <= '7'; ++k, ++i)
        v = v * 8 + (token[i] - '0');
      --i;
      out += static_cast<char>(v);
    } else if (c == '\r' || c == '\n') {  // a line continuation
      if (c == '\r' && i + 2 < token.size() && token[i + 1] == '\n') ++i;
    } else {
      out += c == 'n'   ? '\n'
             : c == 'r' ? '\r'
             : c == 't' ? '\t'
             : c == 'b' ? '\b'
             : c == 'f' ? '\f'
                        : c;
    }
  }
  return out;
}

/// The literal string that is the value of `key`, or "" when no `key` has one; *other is set
/// when a `key` entry holds something else (a hex string, an array).
std::string_view LiteralValue(std::string_view s, std::string_view key, bool* other) {
  for (size_t at = FindName(s, key); at != std::string_view::npos; at = FindName(s, key, at + 1)) {
    size_t v = at + key.size();
    while (v < s.size() && IsWhite(s[v])) ++v;
    if (v >= s.size()) break;
    if (s[v] == '(') return LiteralAt(s, v);
    if (s[v] != '/') *other = true;  // "/S /URI" names the action type: not the entry
  }
  return {};
}

}  // namespace

bool HasName(std::string_view bytes, std::string_view name) {
  return FindName(bytes, name) != std::string_view::npos;
}

std::optional<RawAnnotation> ReadRawAnnotation(std::string_view bytes) {
  size_t open = bytes.find("<<"), end = bytes.rfind("endobj");
  size_t close = end == std::string_view::npos ? end : bytes.rfind(">>", end);
  if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
      bytes.substr(close + 2, end - close - 2).find_first_not_of(" \r\n\t") !=
          std::string_view::npos)
    return std::nullopt;
  std::string_view dict = bytes.substr(open, close + 2 - open);
  RawAnnotation a;
  size_t subtype = FindName(dict, "/Subtype");
  if (subtype != std::string_view::npos) {
    size_t v = subtype + 8;
    while (v < dict.size() && IsWhite(dict[v])) ++v;
    a.link = dict.substr(v, 5) == "/Link" && (v + 5 == dict.size() || EndsName(dict[v + 5]));
  }
  a.has_f = FindName(dict, "/F") != std::string_view::npos;
  a.has_contents = FindName(dict, "/Contents") != std::string_view::npos;
  bool other = false;
  a.uri = std::string(LiteralValue(dict, "/URI", &other));
  std::string_view dest = LiteralValue(dict, "/Dest", &other);
  if (!dest.empty()) a.dest = Unescape(dest);
  if (other || (a.link && a.uri.empty() && dest.empty())) return std::nullopt;
  return a;
}

}  // namespace voortgang::pdf
