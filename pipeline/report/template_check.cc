// Checking a raw template: Mustache tags, placeholders against their sections, grammar
// sections, directive and meta lines. Every problem is reported at its PATH:LINE:COL.
#include <cctype>
#include <regex>
#include <set>

#include "pipeline/model/nearest.h"
#include "pipeline/report/template.h"
#include "pipeline/report/template_text.h"

namespace voortgang::report {
namespace {

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

}  // namespace

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

}  // namespace voortgang::report
