// Inline runs and tables.
#include <cstdio>

#include "renderers/html/writer.h"

namespace voortgang::html {
namespace {

/// Schemes a reader can follow safely; anything else (javascript:, file:, data:) stays text.
bool SafeUrl(std::string_view url) {
  auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[i]) return false;
    }
    return true;
  };
  return starts("https://") || starts("http://") || starts("mailto:") || starts("#");
}

const char* AlignClass(const doc::Column& c) {
  if (c.numeric || c.align == doc::Align::kRight) return " class=\"getal\"";
  if (c.align == doc::Align::kCenter) return " class=\"midden\"";
  return "";
}

void WriteRow(const doc::Row& row, const std::vector<doc::Column>& columns, bool header,
              Writer* w) {
  w->Raw("<tr>");
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const char* align = i < columns.size() ? AlignClass(columns[i]) : "";
    // The first cell of a body row names the row (a theme, an actielijn) unless it is a number.
    bool row_header = !header && i == 0 && row.cells.size() > 1 && !*align;
    if (header) {
      w->Raw("<th scope=\"col\"");
    } else if (row_header) {
      w->Raw("<th scope=\"row\"");
    } else {
      w->Raw("<td");
    }
    w->Raw(align);
    w->Raw(">");
    WriteRuns(row.cells[i].runs, w);
    w->Raw(header || row_header ? "</th>" : "</td>");
  }
  w->Raw("</tr>\n");
}

}  // namespace

std::string Hex(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

void WriteRuns(const doc::Runs& runs, Writer* w) {
  for (const doc::Run& r : runs) {
    if (r.line_break) {
      w->Raw("<br>");
      continue;
    }
    bool link = !r.link_url.empty() && SafeUrl(r.link_url);
    if (link) {
      w->Raw("<a href=\"");
      w->Text(r.link_url);
      w->Raw("\">");
    }
    if (r.strong) w->Raw("<strong>");
    if (r.emphasis) w->Raw("<em>");
    if (r.code) w->Raw("<code>");
    w->Text(r.text);
    if (r.code) w->Raw("</code>");
    if (r.emphasis) w->Raw("</em>");
    if (r.strong) w->Raw("</strong>");
    if (link) w->Raw("</a>");
    if (!r.footnote.empty()) {
      w->Raw(" <small class=\"voetnoot\">(");
      w->Text(r.footnote);
      w->Raw(")</small>");
    }
  }
}

void WriteTable(const doc::Table& t, Writer* w) {
  std::string id = t.id.empty() ? "tabel-" + std::to_string(++w->tables) : t.id;
  // A focusable region named by the caption, so that a keyboard user can scroll a wide table.
  w->Raw("<div class=\"tabel\" tabindex=\"0\"");
  if (!t.caption.empty()) {
    w->Raw(" role=\"region\" aria-labelledby=\"");
    w->Text(id);
    w->Raw("-bijschrift\"");
  }
  w->Raw(">\n<table id=\"");
  w->Text(id);
  w->Raw("\">\n");
  if (!t.caption.empty()) {
    w->Raw("<caption id=\"");
    w->Text(id);
    w->Raw("-bijschrift\">");
    w->Text(t.caption);
    w->Raw("</caption>\n");
  }
  if (t.header) {
    w->Raw("<thead>");
    WriteRow(*t.header, t.columns, true, w);
    w->Raw("</thead>\n");
  }
  w->Raw("<tbody>\n");
  for (const doc::Row& row : t.body) WriteRow(row, t.columns, false, w);
  w->Raw("</tbody>\n");
  if (t.total) {
    w->Raw("<tfoot>");
    WriteRow(*t.total, t.columns, false, w);
    w->Raw("</tfoot>\n");
  }
  w->Raw("</table>\n</div>\n");
}

}  // namespace voortgang::html
