// What the painter tells the post-processing about a PDF that the file itself does not say:
// where the running header and footer lie, and what each Figure element shows where.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace voortgang::pdf {

/// Where a page's running header and footer lie, in PDF user space (y up, the origin at the
/// page's lower left): untagged painting that starts above `header_above` is the running
/// header, below `footer_below` the footer; any other is layout (rules, tints, the logo).
struct ArtifactBands {
  double header_above = 1e300;
  double footer_below = -1e300;
};

/// A Figure element as painted: its alternative text and the box around everything drawn in
/// it, in PDF user space of its page (x1 < x2, y1 < y2).
struct FigureBox {
  std::string alt;
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

struct Painted {
  std::vector<FigureBox> figures;  ///< one per Figure element, in the order they were opened
  ArtifactBands bands;
  /// Each heading's named destination and its outline title ("3.2 Inkoop"): what a link to it
  /// says (its /Contents).
  std::map<std::string, std::string> dest_titles;
  /// Per TH element in the order opened: true when its row holds only header cells (it heads
  /// its column), false when it sits beside data cells (it heads its row).
  std::vector<bool> th_heads_column;
};

}  // namespace voortgang::pdf
