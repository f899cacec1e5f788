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

}  // namespace voortgang::pdf
