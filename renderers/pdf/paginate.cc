// Greedy pagination with backtracking over keep-with-next chains.
#include "renderers/pdf/paginate.h"

namespace voortgang::pdf {
namespace {

constexpr Length kFootnoteSeparator = Pt(10);
constexpr Length kFootnoteGap = Pt(1.5);

}  // namespace

Length FootnoteAreaHeight(const Layout& layout, const std::vector<int>& footnotes) {
  if (footnotes.empty()) return Pt(0);
  Length h = kFootnoteSeparator;
  for (int f : footnotes) h += layout.footnotes[f].height + kFootnoteGap;
  return h;
}

void Paginate(Layout* layout) {
  Layout& L = *layout;
  L.pages.clear();
  L.heading_pages.clear();
  Page page;
  Length y = L.top;
  int first_flow = 0;  // first flow item on the current page

  auto new_page = [&]() {
    L.pages.push_back(std::move(page));
    page = Page{};
    y = L.top;
  };
  auto refresh_footnotes = [&]() {
    page.footnotes.clear();
    for (const Placed& p : page.items)
      for (int f : L.items[p.item].footnotes) page.footnotes.push_back(f);
  };

  int i = 0;
  while (i < L.flow_items) {
    const Item& it = L.items[i];
    if (it.kind == ItemKind::kPageBreak) {
      if (!page.items.empty()) new_page();
      ++i;
      continue;
    }
    if (page.items.empty()) {
      first_flow = i;
      // A table continued from the previous page: caption " (vervolg)" and header first.
      bool continues = it.table >= 0 && i > 0 && L.items[i - 1].table == it.table &&
                       (it.kind == ItemKind::kTableRow || it.kind == ItemKind::kTableTotal);
      if (continues) {
        for (int r : L.tables[it.table].items) {
          page.items.push_back(Placed{r, y});
          y += L.items[r].height;
        }
      }
    }
    bool empty = page.items.empty() || page.items.back().item >= L.flow_items;
    Length space = empty ? Pt(0) : it.space_before;
    std::vector<int> footnotes = page.footnotes;
    footnotes.insert(footnotes.end(), it.footnotes.begin(), it.footnotes.end());
    Length need = y + space + it.height + FootnoteAreaHeight(L, footnotes);
    if (need > L.content_bottom && !page.items.empty() && i > first_flow) {
      int j = i;
      while (j > first_flow && L.items[j - 1].keep_with_next) --j;
      if (j == first_flow) j = i;  // the chain fills a page on its own: break inside it
      while (!page.items.empty() && page.items.back().item >= j &&
             page.items.back().item < L.flow_items)
        page.items.pop_back();
      refresh_footnotes();
      new_page();
      i = j;
      continue;
    }
    y += space;
    page.items.push_back(Placed{i, y});
    y += it.height;
    page.footnotes = std::move(footnotes);
    if (it.no_running) page.running = false;
    ++i;
  }
  if (!page.items.empty() || L.pages.empty()) L.pages.push_back(std::move(page));

  for (size_t p = 0; p < L.pages.size(); ++p)
    for (const Placed& placed : L.pages[p].items)
      if (L.items[placed.item].level > 0)
        L.heading_pages.emplace_back(placed.item, static_cast<int>(p) + 1);
}

}  // namespace voortgang::pdf
