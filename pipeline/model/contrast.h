// Contrast of text against its background as WCAG 2.1 defines it (relative luminance of sRGB,
// ratio (L1 + 0.05) / (L2 + 0.05)): the house style's colour pairs are checked against it.
#pragma once

#include "pipeline/model/house_style.h"

namespace voortgang {

/// WCAG 2.1 relative luminance, 0 (black) to 1 (white).
double RelativeLuminance(Rgb c);

/// From 1 (the same colour) to 21 (black on white).
double ContrastRatio(Rgb a, Rgb b);

/// WCAG 1.4.3: normal text needs 4.5:1; large text (18 pt, or 14 pt bold) 3:1.
inline constexpr double kTextContrast = 4.5;
inline constexpr double kLargeTextContrast = 3.0;

}  // namespace voortgang
