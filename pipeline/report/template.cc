// Template checking, Mustache rendering with Markdown escaping, and the line language on top.
#include "pipeline/report/template.h"

#include <cctype>
#include <cstdlib>
#include <optional>
#include <regex>

#include "pipeline/format/dutch.h"
#include "pipeline/model/nearest.h"
#include "pipeline/report/markdown.h"

namespace voortgang::report {
namespace {

/// Line and column (1-based, columns in code points) of byte offset `pos` in `text`.
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

std::string DidYouMean(const std::string& word, const std::set<std::string>& known,
                       const std::string& before = "", const std::string& after = "") {
  std::vector<std::string_view> candidates(known.begin(), known.end());
  std::string near = NearestWord(word, candidates);
  return near.empty() ? "" : "; did you mean '" + before + near + after + "'?";
}

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

/// A list field ("naam" of {{#themas}}) used outside every section of its list renders empty:
/// an error, naming the sections where it is known.
template <typename OpenSections>
void CheckScope(const TemplateSource& src, const Vocabulary& vocab, const std::string& name,
                const OpenSections& open, size_t pos, Diagnostics* diags) {
  auto it = vocab.scoped.find(name);
  if (it == vocab.scoped.end()) return;
  for (const auto& o : open)
    if (it->second.count(o.name)) return;
  std::string where;
  for (const std::string& list : it->second)
    where += (where.empty() ? "" : " or ") + ("{{#" + list + "}}...{{/" + list + "}}");
  diags->Error(Where(src, pos), "placeholder '" + name + "' is only known inside " + where);
}

/// {{#meervoud}} holds "number|singular|plural": two '|' outside placeholders.
void CheckPluralForms(const TemplateSource& src, size_t open_pos, size_t body, size_t close,
                      Diagnostics* diags) {
  int bars = 0, depth = 0;
  for (size_t i = body; i < close; ++i) {
    if (src.text.compare(i, 2, "{{") == 0) ++depth, ++i;
    else if (src.text.compare(i, 2, "}}") == 0 && depth > 0) --depth, ++i;
    else if (depth == 0 && src.text[i] == '|') ++bars;
  }
  if (bars != 2)
    diags->Error(Where(src, open_pos),
                 "'{{#meervoud}}' needs a number, the singular and the plural, e.g. "
                 "{{#meervoud}}{{aantal_acties}}|actie|acties{{/meervoud}}");
}

void CheckMustacheTags(const TemplateSource& src, const Vocabulary& vocab, Diagnostics* diags) {
  const std::string& t = src.text;
  struct Open {
    std::string name;
    size_t pos;
    size_t body;  ///< where the section's content starts
  };
  std::vector<Open> open;
  size_t pos = 0;
  while ((pos = t.find("{{", pos)) != std::string::npos) {
    bool triple = t.compare(pos, 3, "{{{") == 0;
    std::string closer = triple ? "}}}" : "}}";
    size_t body = pos + (triple ? 3 : 2);
    size_t end = t.find(closer, body);
    if (end == std::string::npos) {
      diags->Error(Where(src, pos), "unclosed placeholder: no '" + closer + "' after '{{'");
      return;
    }
    std::string inner = Trim(std::string_view(t).substr(body, end - body));
    size_t next = end + closer.size();
    char sigil = inner.empty() ? '\0' : inner[0];
    if (sigil == '!') {  // a comment
      pos = next;
      continue;
    }
    if (sigil == '=' || sigil == '>') {
      diags->Error(Where(src, pos), std::string("'{{") + sigil + "' is not supported in templates",
                   "use plain {{name}}, {{{name}}}, {{#name}}...{{/name}} and {{^name}}");
      pos = next;
      continue;
    }
    std::string name = inner;
    if (!triple && (sigil == '#' || sigil == '^' || sigil == '/' || sigil == '&'))
      name = Trim(inner.substr(1));
    bool name_ok = !name.empty() && (name == "." || std::all_of(name.begin(), name.end(), IsNameChar));
    if (!name_ok) {
      diags->Error(Where(src, pos), "malformed placeholder '{{" + inner + "}}'");
    } else if (GrammarSections().count(name)) {
      if (triple || (sigil != '#' && sigil != '/'))
        diags->Error(Where(src, pos), "'" + name + "' is a section: write {{#" + name + "}}...{{/" +
                                          name + "}}");
    } else if (name != "." && !vocab.placeholders.count(name)) {
      std::set<std::string> known = vocab.placeholders;
      known.insert(GrammarSections().begin(), GrammarSections().end());
      diags->Error(Where(src, pos), "unknown placeholder '" + name + "'" + DidYouMean(name, known));
    } else if (sigil != '/') {
      CheckScope(src, vocab, name, open, pos, diags);
    }
    if (!triple && (sigil == '#' || sigil == '^')) {
      open.push_back({name, pos, next});
    } else if (!triple && sigil == '/') {
      if (!open.empty() && open.back().name == name && name == "meervoud")
        CheckPluralForms(src, open.back().pos, open.back().body, pos, diags);
      if (open.empty()) {
        diags->Error(Where(src, pos), "'{{/" + name + "}}' closes a section that was not opened");
      } else if (open.back().name != name) {
        diags->Error(Where(src, pos), "'{{/" + name + "}}' closes section '" + open.back().name +
                                          "' opened at line " +
                                          std::to_string(Where(src, open.back().pos).line));
        open.pop_back();
      } else {
        open.pop_back();
      }
    }
    pos = next;
  }
  for (const Open& o : open)
    diags->Error(Where(src, o.pos), "section '" + o.name + "' is not closed with '{{/" + o.name + "}}'");
}

/// The name of a directive, "tabel" or "tabel:stand" when the vocabulary has kinds of it, is
/// checked against the directive table; a kind written as a placeholder is checked when the
/// document is built.
void CheckDirectiveName(const TemplateSource& src, const Vocabulary& vocab, std::string_view inner,
                        size_t pos, Diagnostics* diags) {
  auto part_end = [&](size_t from) {
    while (from < inner.size() && inner[from] != ':' && inner[from] != '|') ++from;
    return from;
  };
  size_t n = part_end(0);
  std::string name = Trim(inner.substr(0, n));
  std::set<std::string> heads, kinds;
  for (const std::string& d : vocab.directives) {
    size_t colon = d.find(':');
    heads.insert(d.substr(0, colon));
    if (colon != std::string::npos && d.compare(0, colon, name) == 0 && colon == name.size())
      kinds.insert(d);
  }
  if (!heads.count(name)) {
    diags->Error(Where(src, pos),
                 "unknown directive '[[" + name + "]]'" + DidYouMean(name, heads, "[[", "]]"));
    return;
  }
  if (kinds.empty() || vocab.directives.count(name)) return;
  std::string kind;
  if (n < inner.size() && inner[n] == ':') kind = Trim(inner.substr(n + 1, part_end(n + 1) - n - 1));
  if (kind.find("{{") != std::string::npos) return;
  if (kind.empty()) {
    std::string known;
    for (const std::string& k : kinds) known += (known.empty() ? "" : ", ") + k;
    diags->Error(Where(src, pos), "'[[" + name + "]]' needs a kind; known: " + known);
    return;
  }
  std::string full = name + ":" + kind;
  if (!kinds.count(full))
    diags->Error(Where(src, pos), "unknown directive '[[" + full + "]]'" +
                                      DidYouMean(full, kinds, "[[", "]]"));
}

void CheckLines(const TemplateSource& src, const Vocabulary& vocab, Diagnostics* diags) {
  const std::string& t = src.text;
  size_t line_start = 0;
  while (line_start <= t.size()) {
    size_t line_end = t.find('\n', line_start);
    if (line_end == std::string::npos) line_end = t.size();
    std::string_view line = std::string_view(t).substr(line_start, line_end - line_start);
    size_t open = line.find("[[");
    if (open != std::string_view::npos) {
      size_t abs = line_start + open;
      size_t close = line.find("]]", open);
      std::string before = Trim(line.substr(0, open));
      // Section tags may share the line with a directive: "{{#x}}[[tabel:y]]{{/x}}".
      static const std::regex kOnlyTags(R"((\s*\{\{[#^/!][^}]*\}\}\s*)*)");
      std::string after = close == std::string_view::npos ? "" : Trim(line.substr(close + 2));
      if (close == std::string_view::npos) {
        diags->Error(Where(src, abs), "directive not closed with ']]' on the same line");
      } else if (!std::regex_match(before, kOnlyTags) || !std::regex_match(after, kOnlyTags)) {
        diags->Error(Where(src, abs), "a directive must stand alone on its line");
      } else {
        CheckDirectiveName(src, vocab, line.substr(open + 2, close - open - 2), abs + 2, diags);
      }
    }
    if (!line.empty() && line[0] == '@') {
      size_t colon = line.find(':');
      std::string key = Trim(line.substr(1, colon == std::string_view::npos ? line.size() - 1 : colon - 1));
      if (colon == std::string_view::npos)
        diags->Error(Where(src, line_start), "meta line needs the form '@key: value'");
      else if (!vocab.meta_keys.count(key))
        diags->Error(Where(src, line_start + 1),
                     "unknown meta key '@" + key + "'" + DidYouMean(key, vocab.meta_keys, "@"));
    }
    if (line_end == t.size()) break;
    line_start = line_end + 1;
  }
}

/// Splits at `sep` outside backslash escapes.
std::vector<std::string> SplitUnescaped(std::string_view s, char sep) {
  std::vector<std::string> parts(1);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      parts.back() += s.substr(i, 2);
      ++i;
    } else if (s[i] == sep) {
      parts.emplace_back();
    } else {
      parts.back() += s[i];
    }
  }
  return parts;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string Slug(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "kop" : out;
}

doc::Paragraph InlineParagraph(const std::string& text, doc::ParagraphRole role) {
  doc::Paragraph p;
  p.runs = MarkdownToRuns(text);
  p.role = role;
  p.align = role == doc::ParagraphRole::kBody ? doc::Align::kJustify : doc::Align::kLeft;
  if (role == doc::ParagraphRole::kLabel) {
    for (doc::Run& r : p.runs) r.strong = true;
    p.keep_with_next = true;
  }
  return p;
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

std::string PlainText(std::string_view markdown) {
  std::string out;
  for (size_t i = 0; i < markdown.size(); ++i) {
    if (markdown[i] == '\\' && i + 1 < markdown.size() &&
        std::ispunct(static_cast<unsigned char>(markdown[i + 1]))) {
      ++i;
    }
    out += markdown[i];
  }
  return Trim(out);
}

bool CheckTemplate(const TemplateSource& source, const Vocabulary& vocabulary, Diagnostics* diags) {
  int before = diags->ErrorCount();
  CheckMustacheTags(source, vocabulary, diags);
  // Directives and meta lines inside {{! comments }} do not count: blank the comments out,
  // keeping line breaks so positions stay right.
  TemplateSource uncommented = source;
  std::string& t = uncommented.text;
  for (size_t pos = 0; (pos = t.find("{{!", pos)) != std::string::npos;) {
    size_t end = t.find("}}", pos);
    end = end == std::string::npos ? t.size() : end + 2;
    for (size_t i = pos; i < end; ++i)
      if (t[i] != '\n') t[i] = ' ';
    pos = end;
  }
  CheckLines(uncommented, vocabulary, diags);
  return diags->ErrorCount() == before;
}

namespace {
// Marks each directive line with its template position, "\x01LINE:COL\x01" at the line end,
// so that a directive error found after rendering still points at the template.
constexpr char kMark = '\x01';

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

/// Removes a position mark from `line`, returning it (0:0 when there was none).
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
}  // namespace

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

std::vector<Element> ParseRendered(std::string_view text) {
  std::vector<Element> out;
  std::string markdown;
  auto flush = [&] {
    if (Trim(markdown).empty()) {
      markdown.clear();
      return;
    }
    Element e;
    e.kind = Element::Kind::kMarkdown;
    e.text = markdown;
    out.push_back(std::move(e));
    markdown.clear();
  };
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line_text(text.substr(start, end - start));
    auto [mark_line, mark_col] = TakeMark(&line_text);
    std::string_view line = line_text;
    std::string trimmed = Trim(line);
    Element e;
    e.line = mark_line;
    e.column = mark_col;
    bool structural = true;
    if (StartsWith(line, "#### ")) {
      e.kind = Element::Kind::kLabel;
      e.text = Trim(line.substr(5));
    } else if (StartsWith(line, "# ") || StartsWith(line, "## ") || StartsWith(line, "### ")) {
      e.kind = Element::Kind::kHeading;
      e.level = static_cast<int>(line.find(' '));
      std::string t = Trim(line.substr(e.level + 1));
      if (t.size() >= 3 && t.compare(t.size() - 3, 3, "{-}") == 0) {
        e.numbered = false;
        t = Trim(t.substr(0, t.size() - 3));
      }
      e.text = t;
    } else if (StartsWith(line, "> ") || line == ">" || StartsWith(line, "~ ")) {
      Element::Kind kind = line[0] == '>' ? Element::Kind::kNotice : Element::Kind::kSmall;
      std::string t = Trim(line.substr(1));
      if (!out.empty() && out.back().kind == kind && markdown.empty()) {
        out.back().text += " " + t;  // consecutive lines make one paragraph
        structural = false;
        start = end + 1;
        if (end == text.size()) break;
        continue;
      }
      e.kind = kind;
      e.text = t;
    } else if (StartsWith(line, "@") && line.find(':') != std::string_view::npos) {
      e.kind = Element::Kind::kMeta;
      size_t colon = line.find(':');
      e.name = Trim(line.substr(1, colon - 1));
      e.text = Trim(line.substr(colon + 1));
    } else if (StartsWith(trimmed, "[[") && trimmed.size() >= 4 &&
               trimmed.compare(trimmed.size() - 2, 2, "]]") == 0) {
      e.kind = Element::Kind::kDirective;
      std::vector<std::string> parts =
          SplitUnescaped(std::string_view(trimmed).substr(2, trimmed.size() - 4), '|');
      std::vector<std::string> spec = SplitUnescaped(parts[0], ':');
      e.name = Trim(spec[0]);
      for (size_t i = 1; i < spec.size(); ++i) e.args.push_back(PlainText(spec[i]));
      for (size_t i = 1; i < parts.size(); ++i) e.texts.push_back(Trim(parts[i]));
    } else {
      structural = false;
      markdown += line;
      markdown += '\n';
    }
    if (structural) {
      flush();
      out.push_back(std::move(e));
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  flush();
  return out;
}

MetaLines CollectMeta(const std::vector<Element>& elements) {
  MetaLines lines;
  for (const Element& e : elements)
    if (e.kind == Element::Kind::kMeta) lines.emplace_back(e.name, e.text);
  return lines;
}

std::map<std::string, std::string> MetaMap(const MetaLines& lines) {
  std::map<std::string, std::string> map;
  for (const auto& [key, value] : lines) map[key] = PlainText(value);
  return map;
}

std::vector<std::string> SplitMetaValue(std::string_view value) {
  std::vector<std::string> parts = SplitUnescaped(value, '|');
  for (std::string& p : parts) p = PlainText(p);
  return parts;
}

Assembled Assemble(const std::vector<Element>& elements, const DirectiveHandler& handler,
                   const std::string& path, Diagnostics* diags) {
  Assembled result;
  int counters[3] = {0, 0, 0};
  std::set<std::string> ids;
  for (const Element& e : elements) {
    switch (e.kind) {
      case Element::Kind::kHeading: {
        doc::Heading h;
        h.level = std::clamp(e.level, 1, 3);
        h.text = PlainText(e.text);
        std::string id;
        if (e.numbered) {
          ++counters[h.level - 1];
          for (int i = h.level; i < 3; ++i) counters[i] = 0;
          for (int i = 0; i < h.level; ++i) {
            if (i) h.number += '.';
            h.number += std::to_string(counters[i]);
          }
          id = "h" + h.number;
          std::replace(id.begin(), id.end(), '.', '-');
        } else {
          id = "h-" + Slug(h.text);
        }
        std::string unique = id;
        for (int n = 2; ids.count(unique); ++n) unique = id + "-" + std::to_string(n);
        ids.insert(unique);
        h.id = unique;
        result.blocks.push_back({h});
        break;
      }
      case Element::Kind::kLabel:
        result.blocks.push_back({InlineParagraph(e.text, doc::ParagraphRole::kLabel)});
        break;
      case Element::Kind::kNotice:
        result.blocks.push_back({InlineParagraph(e.text, doc::ParagraphRole::kNotice)});
        break;
      case Element::Kind::kSmall:
        result.blocks.push_back({InlineParagraph(e.text, doc::ParagraphRole::kSmall)});
        break;
      case Element::Kind::kMarkdown:
        for (doc::Block& b : MarkdownToBlocks(e.text)) result.blocks.push_back(std::move(b));
        break;
      case Element::Kind::kMeta:
        result.meta[e.name] = PlainText(e.text);
        break;
      case Element::Kind::kDirective: {
        std::string error;
        if (!handler(e, &result.blocks, &error)) {
          std::string shown = e.name;
          for (const std::string& a : e.args) shown += ":" + a;
          diags->Error(SourceRef{path, e.line, e.column}, "directive [[" + shown + "]]: " + error);
        }
        break;
      }
    }
  }
  return result;
}

}  // namespace voortgang::report
