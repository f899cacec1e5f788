// Parsing and printing of quarters.
#include "pipeline/model/period.h"

namespace voortgang {

std::string Period::ToString() const {
  return std::to_string(year) + "-Q" + std::to_string(quarter);
}

Period PreviousPeriod(Period p) {
  return p.quarter > 1 ? Period{p.year, p.quarter - 1} : Period{p.year - 1, 4};
}

Period NextPeriod(Period p) {
  return p.quarter < 4 ? Period{p.year, p.quarter + 1} : Period{p.year + 1, 1};
}

std::optional<Period> ParsePeriod(std::string_view text) {
  if (text.size() != 7 || text[4] != '-' || text[5] != 'Q') return std::nullopt;
  int year = 0;
  for (int i = 0; i < 4; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    year = year * 10 + (text[i] - '0');
  }
  if (text[6] < '1' || text[6] > '4') return std::nullopt;
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  return Period{year, text[6] - '0'};
}

}  // namespace voortgang
