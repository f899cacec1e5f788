// The line language of a rendered template: headings, labels, notices, meta lines and block
// directives among Markdown text, assembled into doc::Blocks.
#include "pipeline/report/template.h"

#include <cctype>

#include "pipeline/report/markdown.h"
#include "pipeline/report/template_text.h"

namespace voortgang::report {
namespace {

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
