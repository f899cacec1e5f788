// Paint: laid-out pages -> PDF bytes through cairo's PDF surface. Draws positioned operations
// only; every layout decision was taken before.
#pragma once

#include <string>

#include "pipeline/model/document.h"
#include "renderers/pdf/layout.h"

namespace voortgang::pdf {

/// The PDF, with metadata, outline (a bookmark per heading), named destinations, links and
/// structure tags. Returns "" and sets *error when cairo reports a failure.
std::string PaintPdf(const Layout& layout, const doc::Metadata& metadata, std::string* error);

}  // namespace voortgang::pdf
