// The general shaping path: a whole PangoLayout without a width (forced breaks, tabs, and
// whatever the word path cannot take).
#pragma once

#include <vector>

#include "renderers/pdf/paragraph_text.h"
#include "renderers/pdf/unbroken.h"

namespace voortgang::pdf {

/// The paragraph laid out by Pango without a width (so it breaks only at forced breaks),
/// one Unbroken::Line per line.
Unbroken ShapeByLayout(const std::vector<Span>& spans, const ParagraphText& b,
                       PangoAttrList* attrs);

}  // namespace voortgang::pdf
