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

Date CivilDate(int64_t seconds) {
  // Howard Hinnant's civil_from_days.
  int64_t z = (seconds >= 0 ? seconds : seconds - 86399) / 86400 + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(y + (m <= 2)), m, d};
}

}  // namespace voortgang
