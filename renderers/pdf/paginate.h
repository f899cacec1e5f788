// Paginate: measured items -> pages. Keeps chains of keep_with_next items together (headings
// with what follows, first and last two lines of a paragraph), repeats a table's caption and
// header on each page it continues on, and leaves room for the footnotes of each page.
#pragma once

#include "renderers/pdf/layout.h"

namespace voortgang::pdf {

/// Fills layout->pages and layout->heading_pages from layout->items.
void Paginate(Layout* layout);

/// Height of the footnote area for these footnotes (0 for none).
Length FootnoteAreaHeight(const Layout& layout, const std::vector<int>& footnotes);

}  // namespace voortgang::pdf
