// After pagination: per page the running header and footer ("pagina X van Y") and the
// footnote area, as positioned operations in Page::ops.
#pragma once

#include "pipeline/model/document.h"
#include "renderers/pdf/measure.h"

namespace voortgang::pdf {

void AddPageFurniture(const doc::Running& running, MeasureContext* ctx);

/// "pagina {pagina} van {paginas}" with the numbers filled in.
std::string PageLabel(const std::string& pattern, int page, int pages);

}  // namespace voortgang::pdf
