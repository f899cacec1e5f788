// The PDF renderer's entry points: Document + HouseStyle -> laid-out pages -> PDF bytes.
// measure -> break lines -> paginate (again until the contents' page numbers settle) -> paint.
#pragma once

#include <string>

#include "pipeline/model/document.h"
#include "pipeline/model/house_style.h"
#include "renderers/pdf/layout.h"

namespace voortgang::pdf {

/// Lays the document out on pages. Returns false with *error when the house style's
/// hyphenation files cannot be loaded; softer problems land in layout->warnings.
bool LayoutDocument(const doc::Document& document, const HouseStyle& style, Layout* layout,
                    std::string* error);

/// A text picture of the laid-out pages for tests and golden files: one line per item with
/// its y position, kind and text, then the page's footnotes.
std::string DumpLayout(const Layout& layout);

}  // namespace voortgang::pdf

namespace voortgang {

/// The finished PDF; "" and *error on failure. Deterministic: the same document (including
/// metadata.created_unix) and style give the same bytes. What the layout found wrong (a logo
/// that cannot be read) is appended to *warnings; the PDF is made all the same.
std::string RenderPdf(const doc::Document& document, const HouseStyle& style,
                      Diagnostics* warnings, std::string* error);

}  // namespace voortgang
