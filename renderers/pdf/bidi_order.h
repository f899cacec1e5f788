// The display order of a line of bidirectional text (UAX #9 rules L1 and L2, through FriBidi).
#pragma once

#include <cstddef>
#include <vector>

#include "renderers/pdf/line_break.h"
#include "renderers/pdf/unbroken.h"

namespace voortgang::pdf {

struct VisualLine {
  std::vector<size_t> order;          ///< cluster indices of the line, left to right
  std::vector<unsigned char> levels;  ///< the embedding level of each, after rule L1
};

/// The clusters of `seg` (in logical order, `u.levels` filled) in the order they are drawn,
/// for a paragraph of base direction `rtl`. Spaces at the line's end are left out: rule L1
/// puts them at the end in the paragraph's direction, where they draw nothing, and for a
/// right-to-left paragraph that end is the left.
VisualLine VisualOrder(const Unbroken& u, bool rtl, Segment seg);

}  // namespace voortgang::pdf
