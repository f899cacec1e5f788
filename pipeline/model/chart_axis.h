// Integer arithmetic for a chart's value axis, shared by the PDF and HTML renderers so that both
// draw the same ticks: steps of 1, 2 or 5 times a power of ten, labels with Dutch thousands dots.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/model/document.h"

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

/// A value axis: ticks from `lo` to `hi` every `step`, in axis units (a value of the chart's
/// unit divided by `divisor`, e.g. cents / 100000 = thousands of euros). Zero is always a tick.
struct ValueAxis {
  int64_t divisor = 1;
  int64_t lo = 0;
  int64_t hi = 1;
  int64_t step = 1;

  /// Where `raw` (in the chart's unit) lies on the axis: 0 at `lo`, 1 at `hi`. Only a position
  /// is ever a double; amounts stay integers.
  double Fraction(int64_t raw) const {
    return (static_cast<double>(raw) / static_cast<double>(divisor) - static_cast<double>(lo)) /
           static_cast<double>(hi - lo);
  }
  /// The tick values, lo to hi, in axis units.
  std::vector<int64_t> Ticks() const;
};

/// About five ticks spanning `lo` .. `hi` (chart units; zero is included whatever they are).
/// A renderer may lengthen the axis by whole steps (hi += step) to make room for labels.
ValueAxis FitValueAxis(int64_t lo, int64_t hi, int64_t divisor);

/// The axis of a ColumnLineChart: its columns, its line and its level all on it.
ValueAxis FitValueAxis(const doc::ColumnLineChart& chart);

/// Consecutive columns of a ColumnLineChart that share a group label ("2023").
struct CategoryRun {
  size_t first = 0;
  size_t last = 0;  ///< inclusive
  std::string group;
};
std::vector<CategoryRun> CategoryRuns(const std::vector<doc::ColumnCategory>& categories);

}  // namespace voortgang
