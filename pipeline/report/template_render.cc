// The Mustache layer of a template: {{x}} escaped for the Markdown layer, the grammar
// sections as lambdas, errors mapped back to template positions.
#include <cctype>
#include <optional>
#include <regex>

#include "pipeline/format/dutch.h"
#include "pipeline/report/template.h"
#include "pipeline/report/template_text.h"

namespace voortgang::report {
namespace {

struct GrammarError {
  std::string section, raw, message;
};

/// The integer a rendered placeholder gives ("12", "1.234"); nullopt for anything else.
std::optional<int64_t> ParseCount(std::string_view text) {
  std::string digits;
  for (char c : Trim(text)) {
    if (c == '.') continue;  // Dutch thousands separator
    if (!std::isdigit(static_cast<unsigned char>(c)) || digits.size() >= 18) return std::nullopt;
    digits += c;
  }
  if (digits.empty()) return std::nullopt;
  return std::stoll(digits);
}

/// The raw section text split at its '|' outside placeholders.
std::vector<std::string> SplitForms(const std::string& raw) {
  std::vector<std::string> parts(1);
  int depth = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw.compare(i, 2, "{{") == 0) ++depth, parts.back() += "{{", ++i;
    else if (raw.compare(i, 2, "}}") == 0 && depth > 0) --depth, parts.back() += "}}", ++i;
    else if (depth == 0 && raw[i] == '|') parts.emplace_back();
    else parts.back() += raw[i];
  }
  return parts;
}

/// The grammar sections (GrammarSections()) as Mustache lambdas; a section whose number is
/// not a number leaves its error in `errors`, reported once rendering is done.
kainjow::mustache::data GrammarData(std::vector<GrammarError>* errors) {
  namespace mustache = kainjow::mustache;
  mustache::data d;
  d.set("getal", mustache::lambda2{[errors](const std::string& raw, const mustache::renderer& render) {
          std::string text = render(raw);
          std::optional<int64_t> n = ParseCount(text);
          if (!n) {
            errors->push_back({"getal", raw, "'{{#getal}}' needs a number, got '" + Trim(text) + "'"});
            return text;
          }
          return *n <= 20 ? SpellOutSmall(*n) : Trim(text);
        }});
  d.set("meervoud", mustache::lambda2{[errors](const std::string& raw, const mustache::renderer& render) {
          std::vector<std::string> forms = SplitForms(raw);
          if (forms.size() != 3) return std::string();  // CheckTemplate reported it
          std::string count = render(forms[0]);
          std::optional<int64_t> n = ParseCount(count);
          if (!n)
            errors->push_back({"meervoud", raw, "'{{#meervoud}}' needs a number, got '" + Trim(count) + "'"});
          return render(n && *n == 1 ? forms[1] : forms[2]);
        }});
  return d;
}
}  // namespace

std::string EscapeMarkdown(std::string_view text) {
  static const std::string_view kSpecial = "\\`*_[]<>#|!&~@";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      if (kSpecial.find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
  }
  return out;
}

bool RenderMustache(const TemplateSource& source, const kainjow::mustache::data& context,
                    std::string* out, Diagnostics* diags) {
  // Positions in kainjow's messages are offsets in the text it parsed; the marks only come
  // after '[[', so a Mustache error before the first directive line is unaffected, and later
  // ones are mapped back by subtracting the marks before them.
  std::string marked = MarkDirectiveLines(source.text);
  kainjow::mustache::mustache tmpl{marked};
  auto fail = [&](const std::string& message) {
    SourceRef where{source.path, 0, 0};
    std::smatch m;
    static const std::regex kAt(R"( at (\d+))");
    if (std::regex_search(message, m, kAt)) {
      size_t pos = std::stoul(m[1].str()), original = pos;
      for (size_t i = 0, in_mark = 0; i < pos && i < marked.size(); ++i) {
        if (marked[i] == kMark) in_mark = !in_mark, --original;
        else if (in_mark) --original;
      }
      where = Where(source, original);
    }
    diags->Error(where, "template: " + message);
    return false;
  };
  if (!tmpl.is_valid()) return fail(tmpl.error_message());
  tmpl.set_custom_escape([](const std::string& s) { return EscapeMarkdown(s); });
  std::vector<GrammarError> grammar_errors;
  kainjow::mustache::data grammar = GrammarData(&grammar_errors);
  kainjow::mustache::context<std::string> layered(&context);
  layered.push(&grammar);
  *out = tmpl.render(layered);
  if (!tmpl.is_valid()) return fail(tmpl.error_message());
  for (const GrammarError& e : grammar_errors) {
    size_t at = source.text.find("{{#" + e.section + "}}" + e.raw);
    diags->Error(at == std::string::npos ? SourceRef{source.path, 0, 0} : Where(source, at),
                 e.message);
  }
  return grammar_errors.empty();
}

}  // namespace voortgang::report
