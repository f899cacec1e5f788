// Dutch text for money, counts, percentages, dates, quarters and statuses, shared by all renderers.
#pragma once

#include <cstdint>
#include <string>

#include "pipeline/model/money.h"
#include "pipeline/model/period.h"
#include "pipeline/model/records.h"

namespace voortgang {

// All functions return UTF-8, are safe to call from several threads at once, and use ICU
// (locale nl-NL) for grouping, decimals, month names and number words.

/// "€\u00A01.234.567,89", "€\u00A0-1.234,50", "€\u00A00,00". Formatted from the exact cents.
std::string FormatMoney(Money m);

/// "€\u00A0471.498" for whole euros; an amount with cents is shown in full as FormatMoney does,
/// because rounding it away would make a table that no longer adds up.
std::string FormatEuros(Money m);

/// "4.790", "-12".
std::string FormatCount(int64_t n);

/// An indicator value, not money: FormatDecimal(10.1, 1) is "10,1". `decimals` is clamped to 0..6.
std::string FormatDecimal(double v, int decimals);

/// `v` is already in percent units: FormatPercent(10.1, 1) is "10,1%".
std::string FormatPercent(double v, int decimals);

/// "10 december 2024", "1 oktober 2024".
std::string FormatDate(Date d);

/// "Q1 2025".
std::string FormatQuarterShort(Period p);

/// "eerste kwartaal 2025".
std::string FormatQuarterLong(Period p);

/// The last day of the quarter: "31 december 2024".
std::string FormatQuarterEndDate(Period p);

/// The status as shown to readers: "Gepland", "Lopend", "Afgerond", "Vertraagd", "Gestopt".
std::string FormatStatus(Status s);

/// A number in words for prose ("in drie jaarlijkse tranches"): 3 -> "drie", 21 -> "eenentwintig".
std::string SpellOutSmall(int64_t n);

}  // namespace voortgang
