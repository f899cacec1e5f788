// Greedy line breaking over one unbroken shaping of a paragraph. Pango's own wrapping reshapes
// the rest of a paragraph for every line (quadratic in its length) and its decisions at a
// line that fills the box exactly were seen to depend on what the thread laid out before;
// breaking here, in integer Pango units over glyph widths shaped once, is both cheaper and
// deterministic.
#pragma once

#include <cstddef>
#include <vector>

namespace voortgang::pdf {

/// What the breaker needs to know of one cluster (a glyph group that stays together).
struct BreakCluster {
  int x = 0;        ///< start, in Pango units from the start of the unbroken line
  int advance = 0;
  bool content = false;      ///< ends the line's natural width (not a space, not invisible)
  bool break_before = false; ///< a line may start with this cluster (UAX #14, from Pango)
  bool char_break_before = false;  ///< a grapheme boundary: a break for words that fit nowhere
  /// A soft hyphen: a line ending after it draws a hyphen this wide (Pango units).
  int hyphen_advance = 0;
  bool soft_hyphen = false;
};

/// Clusters [begin, end) of one line.
struct Segment {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Width of clusters [begin, end) as a line: up to the end of its last content cluster, plus
/// the hyphen when it ends after a soft hyphen.
int SegmentWidth(const std::vector<BreakCluster>& clusters, std::size_t begin, std::size_t end);

/// Breaks clusters [begin, end) (one unbroken line: no forced break inside) into lines no
/// wider than `width`, each as long as it can be (first fit). A word wider than the box
/// overflows on a line of its own, unless `break_anywhere`: then it breaks between graphemes.
std::vector<Segment> BreakLines(const std::vector<BreakCluster>& clusters, std::size_t begin,
                                std::size_t end, int width, bool break_anywhere);

}  // namespace voortgang::pdf
