// Logical clusters -> visual order with fribidi_reorder_line, one cluster standing for one
// character (the bidi class of its first one; a cluster never straddles a level change).
#include "renderers/pdf/bidi_order.h"

#include <fribidi.h>
#include <glib.h>

namespace voortgang::pdf {

VisualLine VisualOrder(const Unbroken& u, bool rtl, Segment seg) {
  VisualLine v;
  size_t end = seg.end;
  while (end > seg.begin && u.Text(end - 1) == " ") --end;
  size_t n = end - seg.begin;
  if (n == 0) return v;
  std::vector<FriBidiCharType> types(n);
  std::vector<FriBidiLevel> levels(n);
  std::vector<FriBidiStrIndex> map(n);
  for (size_t i = 0; i < n; ++i) {
    size_t k = seg.begin + i;
    std::string_view text = u.Text(k);
    types[i] = text.empty() ? FRIBIDI_TYPE_BN : fribidi_get_bidi_type(g_utf8_get_char(text.data()));
    levels[i] = static_cast<FriBidiLevel>(u.levels[k]);
    map[i] = static_cast<FriBidiStrIndex>(i);
  }
  FriBidiParType base = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
  if (fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT, types.data(), static_cast<FriBidiStrIndex>(n), 0,
                           base, levels.data(), nullptr, map.data()) == 0) {
    // Only an allocation failure inside FriBidi: draw the clusters in logical order.
    for (size_t i = 0; i < n; ++i) map[i] = static_cast<FriBidiStrIndex>(i);
  }
  v.order.reserve(n);
  v.levels.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    v.order.push_back(seg.begin + static_cast<size_t>(map[i]));
    v.levels.push_back(static_cast<unsigned char>(levels[map[i]]));
  }
  return v;
}

}  // namespace voortgang::pdf
