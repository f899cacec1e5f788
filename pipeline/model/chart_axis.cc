// Axis ticks and their labels.
#include "pipeline/model/chart_axis.h"

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

}  // namespace voortgang
