// Document templates (templates/*.mustache): Mustache text that, once rendered, is a small
// Markdown-like language of headings, labels, notices, meta lines and block directives that the
// builders turn into doc::Blocks. The format is documented for the people who edit templates in
// templates/LEESMIJ.md; checking is in template_check.cc, the Mustache layer in
// template_render.cc, the line language in template.cc.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/document.h"

namespace voortgang::report {

/// What one kind of document allows in its template; anything else is an error with file:line.
struct Vocabulary {
  std::set<std::string> placeholders;  ///< names for {{x}}, {{{x}}}, {{#x}}, {{^x}}
  /// Directive names from the directive table (directives.h): "titelblad" for [[titelblad]]
  /// and [[titelblad:arg...]], "tabel:stand" for [[tabel:stand...]].
  std::set<std::string> directives;
  std::set<std::string> meta_keys;     ///< keys of "@key: value" lines
  /// Placeholders that exist only inside a list section, with the lists that give them
  /// ("naam" -> {"themas"}): outside such a section they would render empty.
  std::map<std::string, std::set<std::string>> scoped;
};

/// The grammar sections every template may use besides its vocabulary:
/// {{#getal}}{{n}}{{/getal}} writes the number n in words up to twenty ("drie"), else in digits;
/// {{#meervoud}}{{n}}|actie|acties{{/meervoud}} writes the singular when n is 1, else the plural.
inline const std::set<std::string>& GrammarSections() {
  static const std::set<std::string> names{"getal", "meervoud"};
  return names;
}

struct TemplateSource {
  std::string text;
  std::string path;  ///< names the template in diagnostics
};

/// Checks the raw template: Mustache syntax, placeholder, directive and meta names, directives
/// alone on their line. Reports each problem as PATH:LINE:COL and returns false on any error.
bool CheckTemplate(const TemplateSource& source, const Vocabulary& vocabulary, Diagnostics* diags);

/// Renders the Mustache layer. {{x}} is escaped for the Markdown layer (so a name with '*' or
/// '_' stays literal), {{{x}}} is inserted as is. Returns false (and reports) on failure.
bool RenderMustache(const TemplateSource& source, const kainjow::mustache::data& context,
                    std::string* out, Diagnostics* diags);

/// One structural line (or a run of Markdown lines) of a rendered template.
struct Element {
  enum class Kind { kHeading, kLabel, kNotice, kSmall, kMarkdown, kDirective, kMeta };
  Kind kind = Kind::kMarkdown;
  int level = 0;          ///< headings: 1..3
  bool numbered = true;   ///< headings: false with a trailing "{-}"
  std::string text;       ///< heading/label/notice/small/markdown text, meta value
  std::string name;       ///< directive name or meta key
  std::vector<std::string> args;  ///< directive arguments: "[[a:b:c | d | e]]" -> name a, args b, c
  std::vector<std::string> texts; ///< directive texts after '|': caption, then column headers
  int line = 0, column = 0;       ///< directives: where the directive stands in the template
};

/// Splits rendered template text into elements.
std::vector<Element> ParseRendered(std::string_view text);

/// The "@key: value" lines in order, values still Markdown-escaped (split them at '|' first,
/// then take PlainText), and the same as a map of plain texts (the last line of a key wins).
using MetaLines = std::vector<std::pair<std::string, std::string>>;
MetaLines CollectMeta(const std::vector<Element>& elements);
std::map<std::string, std::string> MetaMap(const MetaLines& lines);

/// "Onderwerp | Voortgang" -> {"Onderwerp", "Voortgang"}: split at unescaped '|', plain texts.
std::vector<std::string> SplitMetaValue(std::string_view value);

/// Turns a directive into blocks; returns false with *error for bad arguments.
using DirectiveHandler =
    std::function<bool(const Element& directive, std::vector<doc::Block>* out, std::string* error)>;

struct Assembled {
  std::vector<doc::Block> blocks;
  std::map<std::string, std::string> meta;  ///< "@key: value" lines, plain text
};

/// Builds the blocks: numbers headings ("2", "2.1"), gives them unique ids, runs directives,
/// parses Markdown text. Directive errors are reported against `path`.
Assembled Assemble(const std::vector<Element>& elements, const DirectiveHandler& handler,
                   const std::string& path, Diagnostics* diags);

/// The plain text of Markdown-escaped inline text ("a \\* b" -> "a * b").
std::string PlainText(std::string_view markdown);

/// Backslash-escapes Markdown punctuation, as {{x}} does.
std::string EscapeMarkdown(std::string_view text);

}  // namespace voortgang::report
