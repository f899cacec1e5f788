// Small Dutch prose helpers for the report stage: lists, amounts in tables, dates from unix time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/money.h"
#include "pipeline/model/period.h"

namespace voortgang::report {

/// "a", "a en b", "a, b en c".
std::string JoinDutch(const std::vector<std::string>& items);

/// The separator after item i of n in a Dutch enumeration: ", ", " en " or "".
std::string EnumerationSeparator(size_t i, size_t n);

/// An amount for a table cell, without the euro sign (the caption says "in euro's"):
/// "471.498" or, when with_cents, "23.500,50".
std::string Amount(Money m, bool with_cents);

/// True when the amount is not whole euros.
inline bool HasCents(Money m) { return m.cents % 100 != 0; }

/// A euro amount for prose: whole euros as "€ 471.498", else "€ 1.229.843,25".
std::string Euros(Money m);

/// Spaces made non-breaking, for short cells such as "Q1 2025" and "1 oktober 2024".
std::string Unbreakable(std::string text);

/// The calendar date (UTC) of a unix time.
Date DateFromUnix(int64_t seconds);

/// "Q1 2025", "Q1/Q2 2025" or "Q4 2024/Q1 2025".
std::string QuarterSpan(Period from, std::optional<Period> to);

/// part / whole in percent with one decimal ("37,2%"); "" when whole is zero.
std::string PercentOf(Money part, Money whole);

/// "Regio Zuid-Kennemerland" -> "de regio Zuid-Kennemerland", "Gemeente Groningen" ->
/// "de gemeente Groningen", likewise "Jeugdhulpregio ..."; other names unchanged. For use inside a sentence.
std::string NameInSentence(const std::string& name);

/// "1", "2018, 2019 en 2020", or "2019 tot en met 2022" for four or more consecutive years.
std::string YearsText(const std::vector<int>& years);

}  // namespace voortgang::report
