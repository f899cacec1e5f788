// The values of a ledger export's fields, read exactly: amounts in Dutch or English notation,
// dates as dd-mm-jjjj or jjjj-mm-dd. Internal to the load stage.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/model/money.h"
#include "pipeline/model/period.h"

namespace voortgang {

struct CsvAmount {
  std::optional<Money> money;
  std::string error;  ///< set when money is empty: why the text is not an amount
};

/// "1.234,56", "-1.234,56" or "1234,5" with decimal mark ','; the other mark may only separate
/// thousands. At most two decimals; never through a double.
CsvAmount ParseCsvAmount(std::string_view text, char decimal_mark);

enum class DateOrder { kDayMonthYear, kYearMonthDay };

/// "31-12-2024" (kDayMonthYear) or "2024-12-31" (kYearMonthDay), a real calendar day with the
/// year in [kMinYear, kMaxYear].
std::optional<Date> ParseCsvDate(std::string_view text, DateOrder order);

/// The quarter a date falls in.
Period PeriodOf(const Date& date);

}  // namespace voortgang
