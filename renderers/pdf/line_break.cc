// First-fit line breaking over shaped clusters.
#include "renderers/pdf/line_break.h"

namespace voortgang::pdf {

int SegmentWidth(const std::vector<BreakCluster>& clusters, std::size_t begin, std::size_t end) {
  if (begin >= end) return 0;
  const BreakCluster& last = clusters[end - 1];
  int hyphen = last.soft_hyphen ? last.hyphen_advance : 0;
  if (hyphen > 0) return last.x + hyphen - clusters[begin].x;
  for (std::size_t k = end; k > begin; --k) {
    const BreakCluster& c = clusters[k - 1];
    if (c.content) return c.x + c.advance - clusters[begin].x;
  }
  return 0;
}

namespace {

/// The farthest grapheme boundary after `start` at which [start, k) still fits; at least one
/// cluster, so a line always advances.
std::size_t FarthestCharBreak(const std::vector<BreakCluster>& clusters, std::size_t start,
                              std::size_t end, int width) {
  std::size_t best = start + 1;
  for (std::size_t k = start + 2; k <= end; ++k) {
    if (k < end && !clusters[k].char_break_before) continue;
    if (SegmentWidth(clusters, start, k) > width) break;
    best = k;
  }
  while (best < end && !clusters[best].char_break_before) ++best;
  return best;
}

}  // namespace

std::vector<Segment> BreakLines(const std::vector<BreakCluster>& clusters, std::size_t begin,
                                std::size_t end, int width, bool break_anywhere) {
  std::vector<Segment> lines;
  std::size_t start = begin;
  while (start < end) {
    std::size_t best = 0;       // 0: nothing fits yet
    std::size_t overflow = end; // the first break, taken when nothing fits
    for (std::size_t k = start + 1; k <= end; ++k) {
      if (k < end && !clusters[k].break_before) continue;
      int w = SegmentWidth(clusters, start, k);
      // Without its hyphen a later break is never narrower than this one.
      const BreakCluster& last = clusters[k - 1];
      int base = last.soft_hyphen && last.hyphen_advance > 0 ? last.x - clusters[start].x : w;
      if (w <= width) {
        best = k;
      } else if (overflow == end) {
        overflow = k;
      }
      if (base > width) break;
    }
    std::size_t stop = best;
    if (stop == 0) stop = break_anywhere ? FarthestCharBreak(clusters, start, overflow, width) : overflow;
    lines.push_back({start, stop});
    start = stop;
  }
  if (lines.empty()) lines.push_back({begin, end});
  return lines;
}

}  // namespace voortgang::pdf
