// Axis ticks and their labels.
#include "pipeline/model/chart_axis.h"

#include <algorithm>

namespace voortgang {

std::string GroupedDigits(int64_t v) {
  bool neg = v < 0;
  uint64_t u = neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  std::string digits = std::to_string(u), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return neg ? "-" + out : out;
}

int64_t NiceStep(int64_t raw) {
  int64_t p = 1;
  while (p * 10 <= raw) p *= 10;
  for (int64_t m : {1, 2, 5, 10})
    if (p * m >= raw) return p * m;
  return p * 10;
}

std::vector<int64_t> ValueAxis::Ticks() const {
  std::vector<int64_t> ticks;
  for (int64_t t = lo; t <= hi; t += step) ticks.push_back(t);
  return ticks;
}

ValueAxis FitValueAxis(int64_t lo, int64_t hi, int64_t divisor) {
  ValueAxis a;
  a.divisor = divisor > 0 ? divisor : 1;
  int64_t hi_u = CeilDiv(std::max<int64_t>(hi, 0), a.divisor);
  int64_t lo_u = FloorDiv(std::min<int64_t>(lo, 0), a.divisor);
  a.step = NiceStep(std::max<int64_t>(1, CeilDiv(std::max<int64_t>(hi_u - lo_u, 1), 5)));
  a.hi = CeilDiv(hi_u, a.step) * a.step;
  a.lo = FloorDiv(lo_u, a.step) * a.step;
  if (a.hi == a.lo) a.hi = a.lo + a.step;
  return a;
}

ValueAxis FitValueAxis(const doc::ColumnLineChart& c) {
  int64_t lo = 0, hi = c.level ? c.level->value : 0;
  for (const doc::BarSeries* series : {&c.columns, &c.line})
    for (int64_t v : series->values) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  return FitValueAxis(lo, hi, c.axis_divisor);
}

std::vector<CategoryRun> CategoryRuns(const std::vector<doc::ColumnCategory>& categories) {
  std::vector<CategoryRun> runs;
  for (size_t i = 0; i < categories.size(); ++i) {
    if (!runs.empty() && runs.back().group == categories[i].group)
      runs.back().last = i;
    else
      runs.push_back({i, i, categories[i].group});
  }
  return runs;
}

}  // namespace voortgang
