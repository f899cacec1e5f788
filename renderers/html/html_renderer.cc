// The page: head (title, metadata, stylesheet), then the blocks in document order.
#include "renderers/html/html_renderer.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "pipeline/model/period.h"
#include "renderers/html/writer.h"

namespace voortgang {
namespace html {
namespace {

/// "2024-12-10".
std::string IsoDate(int64_t unix_seconds) {
  Date d = CivilDate(unix_seconds);
  char buf[48];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

/// A CSS string literal; '<' escaped so that no value can close the <style> element.
std::string CssString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '<') {
      out += "\\3c ";
    } else if (c == '\n' || c == '\r') {
      out += "\\a ";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.4g", v);
  return buf;
}

void Meta(const char* name, const std::string& content, Writer* w) {
  if (content.empty()) return;
  w->Raw("<meta name=\"");
  w->Raw(name);
  w->Raw("\" content=\"");
  w->Text(content);
  w->Raw("\">\n");
}

/// The logo as a data URI, or "" when it cannot be read as PNG (the PDF warns about it).
std::string LogoUri(const std::string& path) {
  if (path.empty()) return "";
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string bytes = ss.str();
  if (bytes.rfind("\x89PNG\r\n\x1a\n", 0) != 0) return "";
  return "data:image/png;base64," + Base64(bytes);
}

/// The anchors the PDF gives its headings (measure_text.cc, HeadingDest), unique per page.
std::vector<std::string> HeadingIds(const doc::Document& d) {
  std::vector<std::string> ids;
  std::set<std::string> used;
  int ordinal = 0;
  for (const doc::Block& b : d.blocks) {
    const auto* h = std::get_if<doc::Heading>(&b.content);
    if (!h) continue;
    ++ordinal;
    std::string id = h->id.empty() ? "kop-" + std::to_string(ordinal) : h->id;
    if (!used.insert(id).second) {
      id += "-" + std::to_string(ordinal);
      used.insert(id);
    }
    ids.push_back(id);
  }
  return ids;
}

struct Page {
  const doc::Document& document;
  std::vector<std::string> heading_ids;
  bool has_title_block = false;
};

void WriteHeadingText(const doc::Heading& h, Writer* w) {
  if (!h.number.empty()) {
    // The space inside the number's box: read aloud, not underlined in the contents.
    w->Raw("<span class=\"nummer\">");
    w->Text(h.number);
    w->Raw(" </span>");
  }
  w->Text(h.text);
}

/// The contents as nested lists of links, the headings the PDF lists.
void WriteContents(const doc::TableOfContents& toc, const Page& page, Writer* w) {
  w->Raw("<nav class=\"inhoud\" aria-labelledby=\"inhoud-titel\">\n<h2 id=\"inhoud-titel\">");
  w->Text(toc.title);
  w->Raw("</h2>\n");
  std::vector<int> open;  // levels of the open lists
  std::size_t k = 0;
  for (const doc::Block& b : page.document.blocks) {
    const auto* h = std::get_if<doc::Heading>(&b.content);
    if (!h) continue;
    const std::string& id = page.heading_ids[k++];
    if (!h->in_toc || h->level > toc.max_level) continue;
    while (!open.empty() && open.back() > h->level) {
      w->Raw("</li></ol>\n");
      open.pop_back();
    }
    if (!open.empty() && open.back() == h->level) {
      w->Raw("</li>\n");
    } else {
      w->Raw("<ol>\n");
      open.push_back(h->level);
    }
    w->Raw("<li><a href=\"#");
    w->Text(id);
    w->Raw("\">");
    WriteHeadingText(*h, w);
    w->Raw("</a>");
  }
  while (!open.empty()) {
    w->Raw("</li></ol>\n");
    open.pop_back();
  }
  w->Raw("</nav>\n");
}

void WriteTitleBlock(const doc::TitleBlock& t, Writer* w) {
  w->Raw("<header class=\"titelblad\">\n");
  std::string logo = LogoUri(t.logo_path.empty() ? w->style.logo_path : t.logo_path);
  if (!logo.empty()) {
    // Decorative: the title says whose document it is.
    w->Raw("<img class=\"logo\" alt=\"\" src=\"");
    w->Raw(logo);
    w->Raw("\">\n");
  }
  w->Raw("<h1>");
  w->Text(t.title);
  w->Raw("</h1>\n");
  auto line = [&](const char* cls, const std::string& text) {
    if (text.empty()) return;
    w->Raw("<p class=\"");
    w->Raw(cls);
    w->Raw("\">");
    w->Text(text);
    w->Raw("</p>\n");
  };
  line("ondertitel", t.subtitle);
  line("periode", t.period);
  line("datum", t.date_line);
  line("geadresseerde", t.addressee);
  w->Raw("</header>\n");
}

void WriteParagraph(const doc::Paragraph& p, Writer* w) {
  switch (p.role) {
    case doc::ParagraphRole::kBody: w->Raw("<p"); break;
    case doc::ParagraphRole::kSmall: w->Raw("<p class=\"klein\""); break;
    case doc::ParagraphRole::kNotice: w->Raw("<p class=\"melding\" role=\"note\""); break;
    case doc::ParagraphRole::kLabel: w->Raw("<p class=\"label\""); break;
  }
  if (p.align == doc::Align::kCenter) w->Raw(" style=\"text-align:center\"");
  if (p.align == doc::Align::kRight) w->Raw(" style=\"text-align:right\"");
  w->Raw(">");
  WriteRuns(p.runs, w);
  w->Raw("</p>\n");
}

void WriteBlocks(const std::vector<doc::Block>& blocks, const Page& page, std::size_t* heading,
                 Writer* w);

void WriteList(const doc::List& l, const Page& page, std::size_t* heading, Writer* w) {
  if (l.numbered) {
    w->Raw("<ol");
    if (l.start != 1) {
      w->Raw(" start=\"");
      w->Raw(std::to_string(l.start));
      w->Raw("\"");
    }
    w->Raw(">\n");
  } else {
    w->Raw("<ul>\n");
  }
  for (const doc::ListItem& item : l.items) {
    w->Raw("<li>");
    // A single paragraph is the item's text itself.
    const doc::Paragraph* only = item.blocks.size() == 1
                                     ? std::get_if<doc::Paragraph>(&item.blocks[0].content)
                                     : nullptr;
    if (only && only->role == doc::ParagraphRole::kBody) {
      WriteRuns(only->runs, w);
    } else {
      WriteBlocks(item.blocks, page, heading, w);
    }
    w->Raw("</li>\n");
  }
  w->Raw(l.numbered ? "</ol>\n" : "</ul>\n");
}

void WriteMemoHeader(const doc::MemoHeader& m, Writer* w) {
  w->Raw("<table class=\"memokop\">\n<tbody>\n");
  for (const auto& [label, value] : m.rows) {
    w->Raw("<tr><th scope=\"row\">");
    w->Text(label);
    w->Raw("</th><td>");
    w->Text(value);
    w->Raw("</td></tr>\n");
  }
  w->Raw("</tbody>\n</table>\n");
}

void WriteBlocks(const std::vector<doc::Block>& blocks, const Page& page, std::size_t* heading,
                 Writer* w) {
  for (const doc::Block& b : blocks) {
    if (const auto* h = std::get_if<doc::Heading>(&b.content)) {
      int level = h->level < 1 ? 1 : h->level > 3 ? 3 : h->level;
      std::string tag = "h" + std::to_string(level + 1);
      w->Raw("<" + tag + " id=\"");
      w->Text(*heading < page.heading_ids.size() ? page.heading_ids[*heading] : "");
      w->Raw("\">");
      ++*heading;
      WriteHeadingText(*h, w);
      w->Raw("</" + tag + ">\n");
    } else if (const auto* p = std::get_if<doc::Paragraph>(&b.content)) {
      WriteParagraph(*p, w);
    } else if (const auto* l = std::get_if<doc::List>(&b.content)) {
      WriteList(*l, page, heading, w);
    } else if (const auto* t = std::get_if<doc::Table>(&b.content)) {
      WriteTable(*t, w);
    } else if (const auto* c = std::get_if<doc::BarChart>(&b.content)) {
      WriteBarChart(*c, w);
    } else if (const auto* c = std::get_if<doc::LineChart>(&b.content)) {
      WriteLineChart(*c, w);
    } else if (const auto* c = std::get_if<doc::ColumnLineChart>(&b.content)) {
      WriteColumnLineChart(*c, w);
    } else if (const auto* t = std::get_if<doc::TitleBlock>(&b.content)) {
      WriteTitleBlock(*t, w);
    } else if (const auto* m = std::get_if<doc::MemoHeader>(&b.content)) {
      WriteMemoHeader(*m, w);
    } else if (const auto* toc = std::get_if<doc::TableOfContents>(&b.content)) {
      WriteContents(*toc, page, w);
    } else if (std::holds_alternative<doc::PageBreak>(b.content)) {
      w->Raw("<div class=\"pagina-einde\"></div>\n");
    } else if (const auto* s = std::get_if<doc::Spacer>(&b.content)) {
      w->Raw("<div class=\"witregel\" style=\"height:");
      w->Raw(Number(s->lines * w->style.line_spacing));
      w->Raw("em\"></div>\n");
    }
  }
}

}  // namespace
}  // namespace html

std::string HtmlStylesheet(const HouseStyle& s, std::string_view css) {
  using html::Hex;
  using html::Number;
  std::string out;
  out.reserve(css.size() + 2048);
  double body = s.body_size_pt > 0 ? s.body_size_pt : 11;
  auto em = [&](double pt) { return Number(pt / body) + "em"; };
  auto var = [&](const char* name, const std::string& value) {
    out += "--";
    out += name;
    out += ':';
    out += value;
    out += ";\n";
  };
  out += ":root{\n";
  var("tekst-lettertype", html::CssString(s.body_font));
  var("kop-lettertype", html::CssString(s.heading_font));
  var("regelafstand", Number(s.line_spacing));
  var("alinea-na", em(s.paragraph_spacing_pt));
  var("klein", em(s.small_size_pt));
  var("titel-grootte", em(s.title_size_pt));
  var("ondertitel-grootte", em(s.subtitle_size_pt));
  var("h2-grootte", em(s.h1_size_pt));
  var("h3-grootte", em(s.h2_size_pt));
  var("h4-grootte", em(s.h3_size_pt));
  var("kop-ruimte-voor", em(s.heading_space_before_pt));
  var("kop-ruimte-na", em(s.heading_space_after_pt));
  var("koptekst-grootte", em(s.running_size_pt));
  var("tabel-grootte", em(s.table_size_pt));
  var("grafiek-grootte", em(s.chart_size_pt));
  var("celmarge", Number(s.cell_padding_mm) + "mm");
  var("lijst-inspringen", Number(s.list_indent_mm) + "mm");
  var("logo-breedte", Number(s.logo_width_mm) + "mm");
  var("tekst-kleur", Hex(s.text_colour));
  var("link-kleur", Hex(s.link_colour));
  var("melding-achtergrond", Hex(s.notice_background));
  var("melding-lijn", Hex(s.notice_rule));
  var("kop-kleur", Hex(s.heading_colour));
  var("koptekst-kleur", Hex(s.running_colour));
  var("tabel-kop-achtergrond", Hex(s.table_header_background));
  var("tabel-kop-tekst", Hex(s.table_header_text));
  var("tabel-streep", Hex(s.table_stripe));
  var("tabel-lijn", Hex(s.table_rule));
  var("grafiek-as", Hex(s.chart_axis));
  out += "}\n@page{size:" + Number(s.page_width_mm) + "mm " + Number(s.page_height_mm) +
         "mm;margin:" + Number(s.margin_top_mm) + "mm " + Number(s.margin_right_mm) + "mm " +
         Number(s.margin_bottom_mm) + "mm " + Number(s.margin_left_mm) + "mm}\n";
  out.append(css);
  return out;
}

std::string RenderHtml(const doc::Document& d, const HouseStyle& style, std::string_view css,
                       std::string* error) {
  html::Writer w{style, {}};
  w.out.reserve(64 * 1024 + css.size());
  html::Page page{d, html::HeadingIds(d)};
  for (const doc::Block& b : d.blocks)
    page.has_title_block = page.has_title_block || std::holds_alternative<doc::TitleBlock>(b.content);
  const doc::Metadata& m = d.metadata;
  std::string title = m.title;
  if (!d.running.unit.empty() && title.find(d.running.unit) == std::string::npos)
    title += " \u2013 " + d.running.unit;
  if (!d.running.period.empty() && title.find(d.running.period) == std::string::npos)
    title += " \u2013 " + d.running.period;

  w.Raw("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
  w.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  w.Text(title);
  w.Raw("</title>\n");
  html::Meta("author", m.author, &w);
  html::Meta("description", m.subject, &w);
  html::Meta("keywords", m.keywords, &w);
  html::Meta("generator", m.creator, &w);
  html::Meta("dcterms.created", html::IsoDate(m.created_unix), &w);
  w.Raw("<style>\n");
  w.Raw(HtmlStylesheet(style, css));
  w.Raw("</style>\n</head>\n<body>\n");
  if (!d.running.unit.empty() || !d.running.period.empty()) {
    // Shown only in print, at the top of every page (web.css).
    w.Raw("<div class=\"koptekst\">");
    w.Text(d.running.unit);
    if (!d.running.unit.empty() && !d.running.period.empty()) w.Raw(" \u00b7 ");
    w.Text(d.running.period);
    w.Raw("</div>\n");
  }
  w.Raw("<main>\n");
  if (!page.has_title_block) {
    // One h1 on every page: the memo has no title block, so its title heads it.
    w.Raw("<h1>");
    w.Text(m.title);
    w.Raw("</h1>\n");
  }
  std::size_t heading = 0;
  html::WriteBlocks(d.blocks, page, &heading, &w);
  w.Raw("</main>\n</body>\n</html>\n");
  if (error) error->clear();
  return std::move(w.out);
}

}  // namespace voortgang
