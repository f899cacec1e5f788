// Paint: laid-out pages -> PDF bytes through cairo's PDF surface. Draws positioned operations
// only; every layout decision was taken before.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "renderers/pdf/layout.h"

namespace voortgang::pdf {

/// The PDF, with metadata, outline (a bookmark per heading), named destinations, links and
/// structure tags. *figure_alts gets the alt text of each Figure element in the order they are
/// written (a chart broken over pages is several), for MakeAccessible. Returns "" and sets
/// *error when cairo reports a failure.
std::string PaintPdf(const Layout& layout, const doc::Metadata& metadata,
                     std::vector<std::string>* figure_alts, std::string* error);

/// cairo compresses every page's content stream, and MakeAccessible inflates each one again to
/// mark artifacts and compresses it once more: cairo's compression alone was a twentieth of a
/// national build. cairo 1.16 writes content streams (and ToUnicode maps) plain when
/// CAIRO_DEBUG_PDF is set, and changes nothing else; MakeAccessible then compresses them once.
/// The PDF reads the same either way. Sets the process environment, so call it before any
/// thread starts (at the start of main).
void SkipCairoContentCompression();

}  // namespace voortgang::pdf
