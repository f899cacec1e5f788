// Paint: laid-out pages -> PDF bytes through cairo's PDF surface. Draws positioned operations
// only; every layout decision was taken before.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "renderers/pdf/layout.h"
#include "renderers/pdf/painted.h"

namespace voortgang::pdf {

/// The PDF, with metadata, outline (a bookmark per heading), named destinations, links and
/// structure tags. *painted gets, for MakeAccessible, each Figure element's alt text and box in
/// the order they are written (a chart broken over pages is several) and the bands of the
/// running header and footer. Returns "" and sets *error when cairo reports a failure.
std::string PaintPdf(const Layout& layout, const doc::Metadata& metadata, Painted* painted,
                     std::string* error);

}  // namespace voortgang::pdf
