// The one place where Pango units meet Length: everything else speaks Length.
#pragma once

#include <pango/pango.h>

#include "renderers/pdf/length.h"

namespace voortgang::pdf {

inline int ToPango(Length l) { return static_cast<int>(l.pt * PANGO_SCALE + (l.pt < 0 ? -0.5 : 0.5)); }
inline Length FromPango(int units) { return Pt(static_cast<double>(units) / PANGO_SCALE); }

}  // namespace voortgang::pdf
