// CommonMark -> doc::Block via libcmark's node tree. The one includer of cmark.h.
#include "pipeline/report/markdown.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

#include <cmark.h>

namespace voortgang {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

std::string Literal(cmark_node* n) {
  const char* s = cmark_node_get_literal(n);
  return s ? s : "";
}

/// The style inline nodes inherit from their ancestors.
struct InlineStyle {
  bool emphasis = false;
  bool strong = false;
  std::string link_url;
};

void Append(doc::Runs* runs, std::string text, const InlineStyle& st, bool code = false) {
  if (text.empty()) return;
  // Merge with the previous run when the look is the same, so renderers get fewer pieces.
  if (!runs->empty()) {
    doc::Run& last = runs->back();
    if (!last.line_break && last.emphasis == st.emphasis && last.strong == st.strong &&
        last.code == code && last.link_url == st.link_url && last.footnote.empty()) {
      last.text += text;
      return;
    }
  }
  doc::Run r = doc::Text(std::move(text));
  r.emphasis = st.emphasis;
  r.strong = st.strong;
  r.code = code;
  r.link_url = st.link_url;
  runs->push_back(std::move(r));
}

void Inlines(cmark_node* parent, const InlineStyle& st, doc::Runs* runs) {
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_HTML_INLINE:  // literal, not interpreted
        Append(runs, Literal(n), st);
        break;
      case CMARK_NODE_CODE:
        Append(runs, Literal(n), st, /*code=*/true);
        break;
      case CMARK_NODE_SOFTBREAK:
        Append(runs, " ", st);
        break;
      case CMARK_NODE_LINEBREAK:
        runs->push_back(doc::LineBreak());
        break;
      case CMARK_NODE_EMPH: {
        InlineStyle inner = st;
        inner.emphasis = true;
        Inlines(n, inner, runs);
        break;
      }
      case CMARK_NODE_STRONG: {
        InlineStyle inner = st;
        inner.strong = true;
        Inlines(n, inner, runs);
        break;
      }
      case CMARK_NODE_LINK: {
        InlineStyle inner = st;
        const char* url = cmark_node_get_url(n);
        // `check` refuses other links; this keeps any that slipped by from going live.
        if (url && LinkProblem(url).empty()) inner.link_url = url;
        Inlines(n, inner, runs);
        break;
      }
      case CMARK_NODE_IMAGE:  // the alt text stands in for the picture
        Inlines(n, st, runs);
        break;
      default:
        Inlines(n, st, runs);
        break;
    }
  }
}

doc::Paragraph ParagraphOf(cmark_node* n) {
  doc::Paragraph p;
  Inlines(n, InlineStyle{}, &p.runs);
  // Trailing spaces left by soft breaks at the end would only widen the last line.
  while (!p.runs.empty() && !p.runs.back().line_break && p.runs.back().text == " ")
    p.runs.pop_back();
  return p;
}

/// Literal text with its lines as forced line breaks (code and HTML blocks).
doc::Paragraph LiteralLines(const std::string& text, bool code) {
  doc::Paragraph p;
  p.align = doc::Align::kLeft;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (!p.runs.empty()) p.runs.push_back(doc::LineBreak());
    doc::Run r = doc::Text(text.substr(start, end - start));
    r.code = code;
    p.runs.push_back(std::move(r));
    start = end + 1;
  }
  return p;
}

void Blocks(cmark_node* parent, std::vector<doc::Block>* out, int depth);

doc::List ListOf(cmark_node* n, int depth) {
  doc::List list;
  list.numbered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
  if (list.numbered) list.start = cmark_node_get_list_start(n);
  for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
    doc::ListItem li;
    Blocks(item, &li.blocks, depth);
    list.items.push_back(std::move(li));
  }
  return list;
}

/// `depth`: lists and block quotes around `parent`. `check` refuses more than
/// kMaxMarkdownNesting; should deeper lists get here anyway, their items join the enclosing
/// level instead of nesting further.
void Blocks(cmark_node* parent, std::vector<doc::Block>* out, int depth) {
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_PARAGRAPH:
        out->push_back({ParagraphOf(n)});
        break;
      case CMARK_NODE_HEADING: {
        doc::Paragraph p = ParagraphOf(n);
        for (doc::Run& r : p.runs) r.strong = true;
        p.align = doc::Align::kLeft;
        p.role = doc::ParagraphRole::kLabel;
        p.keep_with_next = true;
        out->push_back({std::move(p)});
        break;
      }
      case CMARK_NODE_LIST:
        if (depth < kMaxMarkdownNesting) {
          out->push_back({ListOf(n, depth + 1)});
        } else {
          for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
            Blocks(item, out, depth);
          }
        }
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        Blocks(n, out, depth + 1);
        break;
      case CMARK_NODE_CODE_BLOCK: {
        std::string text = Literal(n);
        while (!text.empty() && text.back() == '\n') text.pop_back();
        if (!text.empty()) out->push_back({LiteralLines(text, /*code=*/true)});
        break;
      }
      case CMARK_NODE_HTML_BLOCK: {
        std::string text = Literal(n);
        while (!text.empty() && text.back() == '\n') text.pop_back();
        if (!text.empty()) out->push_back({LiteralLines(text, /*code=*/false)});
        break;
      }
      default:  // thematic breaks and anything newer than this code
        break;
    }
  }
}

NodePtr Parse(std::string_view markdown) {
  return NodePtr(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT));
}

/// Byte offset of cmark's 1-based (line, column) in `text`.
std::size_t OffsetOf(std::string_view text, int line, int column) {
  std::size_t offset = 0;
  for (int l = 1; l < line; ++l) {
    std::size_t nl = text.find('\n', offset);
    if (nl == std::string_view::npos) return text.size();
    offset = nl + 1;
  }
  return std::min(text.size(), offset + static_cast<std::size_t>(std::max(column, 1) - 1));
}

/// Where a link sits: its destination as written after the start of its node (cmark's inline
/// positions are rough), else the start of the node.
std::size_t LinkOffset(std::string_view text, cmark_node* link, const std::string& url) {
  std::size_t from =
      OffsetOf(text, cmark_node_get_start_line(link), cmark_node_get_start_column(link));
  std::size_t at = url.empty() ? std::string_view::npos : text.find(url, from);
  if (at == std::string_view::npos) at = url.empty() ? at : text.find(url);
  return at == std::string_view::npos ? from : at;
}

}  // namespace

std::string LinkProblem(std::string_view url) {
  std::string shown(url);
  for (unsigned char c : url) {
    if (c <= 0x20 || c == 0x7F) {
      return "link '" + shown + "' contains a space or control character";
    }
  }
  std::size_t colon = url.find(':');
  std::string scheme(url.substr(0, colon == std::string_view::npos ? 0 : colon));
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::string_view rest = colon == std::string_view::npos ? "" : url.substr(colon + 1);
  bool web = (scheme == "http" || scheme == "https") && rest.size() > 2 &&
             rest.substr(0, 2) == "//" && rest[2] != '/';
  bool other = (scheme == "mailto" || scheme == "tel") && !rest.empty();
  if (web || other) return "";
  return "link '" + shown + "' is not allowed: a link must be an absolute http:// or https:// "
         "address, mailto: or tel:";
}

namespace {
/// How many list or block quote markers open lines of `text` (an upper bound on the nesting
/// depth: every level starts with one).
int LeadingMarkers(std::string_view text) {
  int markers = 0;
  for (std::size_t i = 0; i < text.size();) {
    auto space = [&](std::size_t at) {
      return at >= text.size() || text[at] == ' ' || text[at] == '\t' || text[at] == '\n';
    };
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i < text.size() && text[i] == '>') {
      ++markers, ++i;
      continue;
    }
    if (i < text.size() && (text[i] == '-' || text[i] == '*' || text[i] == '+') && space(i + 1)) {
      ++markers, ++i;
      continue;
    }
    std::size_t digits = i;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
    if (digits > i && digits < text.size() && (text[digits] == '.' || text[digits] == ')') &&
        space(digits + 1)) {
      ++markers, i = digits + 1;
      continue;
    }
    std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  return markers;
}
}  // namespace

std::vector<TextProblem> CheckMarkdown(std::string_view markdown) {
  std::vector<TextProblem> problems;
  // Most fields hold neither a link (which needs '[' or '<') nor deep nesting: they need no
  // parse, which would cost a tenth of loading the national tree.
  if (markdown.find_first_of("[<") == std::string_view::npos &&
      LeadingMarkers(markdown) <= kMaxMarkdownNesting) {
    return problems;
  }
  NodePtr root = Parse(markdown);
  if (!root) return problems;
  cmark_iter* it = cmark_iter_new(root.get());
  int depth = 0;
  bool too_deep = false;
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_LIST || t == CMARK_NODE_BLOCK_QUOTE) {
      depth += ev == CMARK_EVENT_ENTER ? 1 : -1;
      if (depth > kMaxMarkdownNesting && !too_deep) {
        too_deep = true;  // once: every deeper level would say the same
        problems.push_back(
            {OffsetOf(markdown, cmark_node_get_start_line(n), cmark_node_get_start_column(n)),
             "lists and block quotes nested more than " + std::to_string(kMaxMarkdownNesting) +
                 " levels deep; the limit is " + std::to_string(kMaxMarkdownNesting)});
      }
    } else if (t == CMARK_NODE_LINK && ev == CMARK_EVENT_ENTER) {
      const char* url = cmark_node_get_url(n);
      std::string u = url ? url : "";
      if (std::string problem = LinkProblem(u); !problem.empty()) {
        problems.push_back({LinkOffset(markdown, n, u), problem});
      }
    }
  }
  cmark_iter_free(it);
  return problems;
}

std::vector<doc::Block> MarkdownToBlocks(std::string_view markdown) {
  std::vector<doc::Block> out;
  NodePtr root = Parse(markdown);
  if (root) Blocks(root.get(), &out, 0);
  return out;
}

doc::Runs MarkdownToRuns(std::string_view markdown) {
  doc::Runs runs;
  NodePtr root = Parse(markdown);
  if (!root) return runs;
  // Walk every paragraph-like node in document order.
  cmark_iter* it = cmark_iter_new(root.get());
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    cmark_node_type t = cmark_node_get_type(n);
    if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING)) {
      doc::Paragraph p = ParagraphOf(n);
      if (!runs.empty() && !p.runs.empty()) Append(&runs, " ", InlineStyle{});
      for (doc::Run& r : p.runs) runs.push_back(std::move(r));
    }
  }
  cmark_iter_free(it);
  return runs;
}

}  // namespace voortgang
