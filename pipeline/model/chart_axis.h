// Integer arithmetic for a chart's value axis, shared by the PDF and HTML renderers so that both
// draw the same ticks: steps of 1, 2 or 5 times a power of ten, labels with Dutch thousands dots.
#pragma once

#include <cstdint>
#include <string>

namespace voortgang {

/// "1234567" -> "1.234.567" for axis ticks.
std::string GroupedDigits(int64_t v);

/// A 1, 2 or 5 times a power of ten at least `raw`.
int64_t NiceStep(int64_t raw);

/// Division rounding towards minus and plus infinity.
inline int64_t FloorDiv(int64_t a, int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
inline int64_t CeilDiv(int64_t a, int64_t b) { return -FloorDiv(-a, b); }

}  // namespace voortgang
