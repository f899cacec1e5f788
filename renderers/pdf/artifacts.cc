// Wrapping untagged painting in /Artifact marked-content sequences, on decoded content streams.
#include "renderers/pdf/artifacts.h"

#include <string_view>

namespace voortgang::pdf {
namespace {

bool IsWhite(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}
bool IsDelimiter(char c) {
  return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
         c == '}' || c == '/' || c == '%';
}

}  // namespace

// A small scanner instead of QPDF's tokenizer, which made the whole post-processing twice as
// slow; it only needs to tell operators from operands and to skip strings and inline images.
std::string MarkArtifactsInContent(const std::string& in) {
  std::string out;
  out.reserve(in.size() + 1024);
  size_t copied = 0;                    // in[0, copied) is in `out`
  size_t op_start = std::string::npos;  // first operand of the operator being read
  int depth = 0;                        // open marked-content sequences of the painter's
  bool in_text = false, open = false;
  auto insert = [&](size_t at, const char* text) {
    out.append(in, copied, at - copied);
    out += text;
    copied = at;
  };
  size_t i = 0, n = in.size();
  while (i < n) {
    char c = in[i];
    if (IsWhite(c)) {
      ++i;
      continue;
    }
    size_t start = i;
    if (op_start == std::string::npos) op_start = start;
    if (c == '%') {
      while (i < n && in[i] != '\n' && in[i] != '\r') ++i;
      continue;
    }
    if (c == '(') {
      int nest = 0;
      for (; i < n; ++i) {
        if (in[i] == '\\')
          ++i;
        else if (in[i] == '(')
          ++nest;
        else if (in[i] == ')' && --nest == 0)
          break;
      }
      ++i;
      continue;
    }
    if (c == '<' || c == '>') {
      if (i + 1 < n && in[i + 1] == c)
        i += 2;
      else if (c == '<')
        i = in.find('>', i) == std::string::npos ? n : in.find('>', i) + 1;
      else
        ++i;
      continue;
    }
    if (IsDelimiter(c) && c != '/') {
      ++i;
      continue;
    }
    ++i;  // a name's slash, or the first regular character
    while (i < n && !IsWhite(in[i]) && !IsDelimiter(in[i])) ++i;
    std::string_view word(in.data() + start, i - start);
    char f = word[0];
    bool operand = f == '/' || (f >= '0' && f <= '9') || f == '+' || f == '-' || f == '.' ||
                   word == "true" || word == "false" || word == "null";
    if (operand) continue;
    // `word` is an operator; its operands start at op_start.
    bool marked = word == "BDC" || word == "BMC";
    if (open && depth == 0 && ((marked && !in_text) || word == "q" || word == "Q")) {
      insert(op_start, "\nEMC\n");
      open = false;
    }
    bool paints =
        word == "BT" || word == "m" || word == "re" || word == "Do" || word == "sh" || word == "BI";
    if (!open && depth == 0 && !in_text && paints) {
      insert(op_start, "\n/Artifact BMC\n");
      open = true;
    }
    if (marked) ++depth;
    if (word == "EMC" && depth > 0) --depth;
    if (word == "BT") in_text = true;
    if (word == "ET") in_text = false;
    if (word == "ID") {  // inline image data up to whitespace, "EI", whitespace
      size_t end = i + 1;
      while (end + 2 < n && !(IsWhite(in[end - 1]) && in[end] == 'E' && in[end + 1] == 'I' &&
                              (end + 2 == n || IsWhite(in[end + 2]))))
        ++end;
      i = end;  // "EI" is read next as the closing operator
    }
    op_start = std::string::npos;
  }
  out.append(in, copied, n - copied);
  if (open) out += "\nEMC\n";
  return out;
}

}  // namespace voortgang::pdf
