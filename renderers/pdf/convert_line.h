// One line of a paragraph's shaped clusters -> a TextLine ready to paint.
#pragma once

#include <vector>

#include "renderers/pdf/line_break.h"
#include "renderers/pdf/shape.h"
#include "renderers/pdf/unbroken.h"

namespace voortgang::pdf {

/// Clusters [begin, end) -> TextLine (`wrapped`: another line follows; `broken`: the line ends
/// at a break this renderer chose, so a soft hyphen there is drawn). `spaces_before` collects,
/// per glyph, how many stretchable spaces precede it so justification can shift it.
TextLine ConvertLine(const Unbroken& u, const Unbroken::Line& from, Segment seg,
                     const std::vector<Span>& spans, bool wrapped, bool broken,
                     std::vector<std::vector<int>>* spaces_before, int* stretchable);

}  // namespace voortgang::pdf
