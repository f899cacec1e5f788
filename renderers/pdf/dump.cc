// The text dump of laid-out pages: what golden tests and people reading a diff look at.
#include <cstdio>

#include "renderers/pdf/pdf_renderer.h"

namespace voortgang::pdf {
namespace {

const char* KindName(ItemKind k) {
  switch (k) {
    case ItemKind::kTitle: return "title";
    case ItemKind::kToc: return "toc";
    case ItemKind::kHeading: return "heading";
    case ItemKind::kText: return "text";
    case ItemKind::kListText: return "list";
    case ItemKind::kTableCaption: return "caption";
    case ItemKind::kTableHeader: return "thead";
    case ItemKind::kTableRow: return "row";
    case ItemKind::kTableTotal: return "total";
    case ItemKind::kChart: return "chart";
    case ItemKind::kSpace: return "space";
    case ItemKind::kPageBreak: return "break";
  }
  return "?";
}

std::string Fixed(Length l) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", l.pt);
  return buf;
}

std::string Texts(const std::vector<DrawOp>& ops) {
  std::string out;
  for (const DrawOp& op : ops) {
    if (const auto* t = std::get_if<DrawText>(&op.op)) {
      if (!out.empty()) out += " | ";
      out += t->line.text;
    }
  }
  return out;
}

}  // namespace

std::string DumpLayout(const Layout& L) {
  std::string out;
  for (size_t p = 0; p < L.pages.size(); ++p) {
    const Page& page = L.pages[p];
    out += "page " + std::to_string(p + 1) + "/" + std::to_string(L.pages.size()) +
           (page.running ? "" : " (no running header)") + "\n";
    for (const Placed& placed : page.items) {
      const Item& it = L.items[placed.item];
      out += "  " + Fixed(placed.y) + " " + KindName(it.kind);
      if (it.level > 0) out += std::to_string(it.level);
      out += " h=" + Fixed(it.height) + " " + Texts(it.ops) + "\n";
    }
    for (int f : page.footnotes)
      out += "  footnote " + std::to_string(L.footnotes[f].number) + " " + L.footnotes[f].text +
             "\n";
  }
  return out;
}

}  // namespace voortgang::pdf
