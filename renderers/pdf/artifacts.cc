// Wrapping untagged painting in typed /Artifact marked-content sequences, on decoded content
// streams.
#include "renderers/pdf/artifacts.h"

#include <string_view>
#include <vector>

namespace voortgang::pdf {
namespace {

bool IsWhite(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}
bool IsDelimiter(char c) {
  return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
         c == '}' || c == '/' || c == '%';
}

/// A plain PDF real ("-12.5", ".5", "3"): what cairo writes. Anything else reads as 0.
double Number(std::string_view w) {
  double sign = 1, value = 0, scale = 0;
  size_t i = 0;
  if (i < w.size() && (w[i] == '-' || w[i] == '+')) sign = w[i++] == '-' ? -1 : 1;
  for (; i < w.size(); ++i) {
    char c = w[i];
    if (c == '.' && scale == 0) {
      scale = 1;
    } else if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      scale *= 10;
    } else {
      return 0;
    }
  }
  return sign * (scale > 1 ? value / scale : value);
}

/// An affine matrix [a b c d e f] as PDF writes it: a point (x, y) goes to
/// (a x + c y + e, b x + d y + f).
struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  /// `m` applied first, then this: the `cm` operator's new CTM is m.Then(ctm).
  Matrix Then(const Matrix& n) const {
    return {a * n.a + b * n.c, a * n.b + b * n.d,       c * n.a + d * n.c,
            c * n.b + d * n.d, e * n.a + f * n.c + n.e, e * n.b + f * n.d + n.f};
  }
  double Y(double x, double y) const { return b * x + d * y + f; }
};

enum class Kind { kUnknown, kLayout, kHeader, kFooter };

/// The operators the scanner follows; kOther for the rest.
enum class Op {
  kOther,
  kMarked,
  kEndMarked,
  kSave,
  kRestore,
  kConcat,
  kBeginText,
  kEndText,
  kTextMatrix,
  kTextMove,
  kShowText,
  kMoveTo,
  kRectangle,
  kEndPath,
  kXObject,
  kImageData
};

/// By length first: most operators are one or two letters, and this runs once per operator.
Op Classify(std::string_view w) {
  switch (w.size()) {
    case 1:
      switch (w[0]) {
        case 'q':
          return Op::kSave;
        case 'Q':
          return Op::kRestore;
        case 'm':
          return Op::kMoveTo;
        case '\'':
        case '"':
          return Op::kShowText;
        case 'S':
        case 's':
        case 'f':
        case 'F':
        case 'B':
        case 'b':
        case 'n':
          return Op::kEndPath;
        default:
          return Op::kOther;
      }
    case 2:
      if (w == "cm") return Op::kConcat;
      if (w == "BT") return Op::kBeginText;
      if (w == "ET") return Op::kEndText;
      if (w == "Tm") return Op::kTextMatrix;
      if (w == "Td" || w == "TD") return Op::kTextMove;
      if (w == "Tj" || w == "TJ") return Op::kShowText;
      if (w == "re") return Op::kRectangle;
      if (w == "f*" || w == "B*" || w == "b*") return Op::kEndPath;
      if (w == "Do" || w == "sh" || w == "BI") return Op::kXObject;
      if (w == "ID") return Op::kImageData;
      return Op::kOther;
    case 3:
      if (w == "BDC" || w == "BMC") return Op::kMarked;
      if (w == "EMC") return Op::kEndMarked;
      return Op::kOther;
    default:
      return Op::kOther;
  }
}

const char* Opening(Kind k) {
  switch (k) {
    case Kind::kHeader:
      return "\n/Artifact << /Type /Pagination /Subtype /Header >> BDC\n";
    case Kind::kFooter:
      return "\n/Artifact << /Type /Pagination /Subtype /Footer >> BDC\n";
    default:
      return "\n/Artifact << /Type /Layout >> BDC\n";
  }
}

}  // namespace

// A small scanner instead of QPDF's tokenizer, which made the whole post-processing twice as
// slow; it only needs to tell operators from operands, skip strings and inline images, and
// follow the few operators that say where painting lands (cm, q/Q, Tm, Td, m, re).
std::string MarkArtifactsInContent(const std::string& in, const ArtifactBands& bands) {
  std::string out;
  out.reserve(in.size() + 1024);
  size_t copied = 0;                    // in[0, copied) is in `out`
  size_t op_start = std::string::npos;  // first operand of the operator being read
  int depth = 0;                        // open marked-content sequences of the painter's
  bool in_text = false, in_path = false;
  Kind open = Kind::kUnknown;          // the artifact open in `out`, if any
  size_t text_at = std::string::npos;  // an untagged text object whose band is not known yet
  std::string_view operands[6];        // the last numeric operands, read only when needed
  int nums = 0;                        // how many of them there are, up to 6
  Matrix ctm, text;
  std::vector<Matrix> saved;
  auto insert = [&](size_t at, const char* s) {
    out.append(in, copied, at - copied);
    out += s;
    copied = at;
  };
  auto arg = [&](int k, int of) { return nums >= of ? Number(operands[6 - of + k]) : 0.0; };
  auto kind_at = [&](double user_y) {
    return user_y > bands.header_above   ? Kind::kHeader
           : user_y < bands.footer_below ? Kind::kFooter
                                         : Kind::kLayout;
  };
  // Untagged painting of `kind` starts at `at`: open an artifact, or a new one for a new kind.
  auto paint = [&](size_t at, Kind kind) {
    if (open == kind) return;
    if (open != Kind::kUnknown) insert(at, "\nEMC\n");
    insert(at, Opening(kind));
    open = kind;
  };
  auto close = [&](size_t at) {
    if (open == Kind::kUnknown) return;
    insert(at, "\nEMC\n");
    open = Kind::kUnknown;
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
    if ((f >= '0' && f <= '9') || f == '+' || f == '-' || f == '.') {
      for (int k = 0; k < 5; ++k) operands[k] = operands[k + 1];
      operands[5] = word;
      if (nums < 6) ++nums;
      continue;
    }
    if (f == '/' || word == "true" || word == "false" || word == "null") continue;
    // `word` is an operator; its operands start at op_start.
    Op op = Classify(word);
    bool untagged = depth == 0 && !in_text;
    bool marked = op == Op::kMarked;
    if (depth == 0 && ((marked && !in_text) || op == Op::kSave || op == Op::kRestore))
      close(op_start);
    switch (op) {
      case Op::kSave:
        saved.push_back(ctm);
        break;
      case Op::kRestore:
        if (!saved.empty()) {
          ctm = saved.back();
          saved.pop_back();
        }
        break;
      case Op::kConcat:
        ctm = Matrix{arg(0, 6), arg(1, 6), arg(2, 6), arg(3, 6), arg(4, 6), arg(5, 6)}.Then(ctm);
        break;
      case Op::kBeginText:
        in_text = true;
        text = Matrix{};
        if (untagged) text_at = op_start;  // typed by where its first text is shown
        break;
      case Op::kEndText:
        in_text = false;
        if (text_at != std::string::npos)
          paint(text_at, open == Kind::kUnknown ? Kind::kLayout : open);
        text_at = std::string::npos;
        break;
      case Op::kTextMatrix:
        text = Matrix{arg(0, 6), arg(1, 6), arg(2, 6), arg(3, 6), arg(4, 6), arg(5, 6)};
        break;
      case Op::kTextMove:
        text = Matrix{1, 0, 0, 1, arg(0, 2), arg(1, 2)}.Then(text);
        break;
      case Op::kShowText:
        if (text_at != std::string::npos) {
          paint(text_at, kind_at(text.Then(ctm).f));
          text_at = std::string::npos;
        }
        break;
      case Op::kMoveTo:
      case Op::kRectangle: {
        int of = op == Op::kMoveTo ? 2 : 4;
        if (untagged && !in_path) paint(op_start, kind_at(ctm.Y(arg(0, of), arg(1, of))));
        in_path = true;
        break;
      }
      case Op::kEndPath:
        in_path = false;
        break;
      case Op::kXObject:
        if (untagged) paint(op_start, kind_at(ctm.f));
        break;
      default:
        break;
    }
    if (marked) ++depth;
    if (op == Op::kEndMarked && depth > 0) --depth;
    if (op == Op::kImageData) {  // inline image data up to whitespace, "EI", whitespace
      size_t end = i + 1;
      while (end + 2 < n && !(IsWhite(in[end - 1]) && in[end] == 'E' && in[end + 1] == 'I' &&
                              (end + 2 == n || IsWhite(in[end + 2]))))
        ++end;
      i = end;  // "EI" is read next as the closing operator
    }
    op_start = std::string::npos;
    nums = 0;
  }
  if (text_at != std::string::npos) paint(text_at, open == Kind::kUnknown ? Kind::kLayout : open);
  out.append(in, copied, n - copied);
  if (open != Kind::kUnknown) out += "\nEMC\n";
  return out;
}

}  // namespace voortgang::pdf
