// Positions in template text, and the marks that carry a directive line's position through
// rendering.
#include "pipeline/report/template_text.h"

#include <cctype>
#include <cstdlib>

namespace voortgang::report {

SourceRef Where(const TemplateSource& src, size_t pos) {
  SourceRef ref{src.path, 1, 1};
  for (size_t i = 0; i < pos && i < src.text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(src.text[i]);
    if (c == '\n') {
      ++ref.line;
      ref.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++ref.column;
    }
  }
  return ref;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string MarkDirectiveLines(const std::string& text) {
  std::string out;
  int line = 1;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view l = std::string_view(text).substr(start, end - start);
    out += l;
    size_t open = l.find("[[");
    if (open != std::string_view::npos) {
      int col = 1;
      for (size_t i = 0; i < open; ++i) col += (static_cast<unsigned char>(l[i]) & 0xC0) != 0x80;
      out += kMark + std::to_string(line) + ":" + std::to_string(col) + kMark;
    }
    if (end == text.size()) break;
    out += '\n';
    ++line;
    start = end + 1;
  }
  return out;
}

std::pair<int, int> TakeMark(std::string* line) {
  size_t a = line->find(kMark);
  if (a == std::string::npos) return {0, 0};
  size_t b = line->find(kMark, a + 1);
  if (b == std::string::npos) b = line->size();
  std::string mark = line->substr(a + 1, b - a - 1);
  line->erase(a, b + 1 - a);
  size_t colon = mark.find(':');
  return {std::atoi(mark.c_str()), colon == std::string::npos ? 0 : std::atoi(mark.c_str() + colon + 1)};
}

}  // namespace voortgang::report
