// Dutch formatting on ICU: number formatters per thread, month names read once.
#include "pipeline/format/dutch.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>

namespace voortgang {
namespace {

namespace number = icu::number;

constexpr int kMaxDecimals = 6;

// The house form puts the sign after the symbol and a no-break space between them, so a
// wrapped table cell never leaves "€" alone on a line.
constexpr char kEuroPrefix[] = "\u20AC\u00A0";

const icu::Locale& Dutch() {
  static const icu::Locale locale("nl", "NL");
  return locale;
}

// Failing here means the ICU data is missing or broken: a broken installation, not bad input.
void Check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU: ") + what + ": " + u_errorName(status));
  }
}

std::string ToUtf8(const number::FormattedNumber& formatted) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = formatted.toString(status);
  Check(status, "formatting a number");
  std::string out;
  text.toUTF8String(out);
  return out;
}

// One set of formatters per thread: constructing one per call costs tens of µs, and a shared
// LocalizedNumberFormatter, though documented thread-safe, compiles itself lazily on its third
// use, which ThreadSanitizer reports as a race between render threads.
const number::LocalizedNumberFormatter& Integers() {
  thread_local const number::LocalizedNumberFormatter f =
      number::NumberFormatter::withLocale(Dutch()).precision(number::Precision::integer());
  return f;
}

const number::LocalizedNumberFormatter& Fixed(int decimals) {
  thread_local const auto formatters = [] {
    std::array<number::LocalizedNumberFormatter, kMaxDecimals + 1> all;
    for (int i = 0; i <= kMaxDecimals; ++i) {
      all[i] = number::NumberFormatter::withLocale(Dutch()).precision(
          number::Precision::fixedFraction(i));
    }
    return all;
  }();
  return formatters[std::clamp(decimals, 0, kMaxDecimals)];
}

// The percent unit appends the locale's sign without scaling by 100: inputs are in percent.
const number::LocalizedNumberFormatter& Percent(int decimals) {
  thread_local const auto formatters = [] {
    std::array<number::LocalizedNumberFormatter, kMaxDecimals + 1> all;
    for (int i = 0; i <= kMaxDecimals; ++i) {
      all[i] = number::NumberFormatter::withLocale(Dutch())
                   .unit(icu::MeasureUnit::getPercent())
                   .precision(number::Precision::fixedFraction(i));
    }
    return all;
  }();
  return formatters[std::clamp(decimals, 0, kMaxDecimals)];
}

std::string FormatDecimalString(const number::LocalizedNumberFormatter& f,
                                const std::string& decimal) {
  UErrorCode status = U_ZERO_ERROR;
  number::FormattedNumber formatted = f.formatDecimal(decimal, status);
  Check(status, "formatting a decimal");
  return ToUtf8(formatted);
}

// The magnitude is taken as unsigned so INT64_MIN, whose absolute value has no int64_t, works.
uint64_t Magnitude(int64_t v) { return v < 0 ? 0 - static_cast<uint64_t>(v) : v; }

// Exact cents as a decimal string ICU parses without a double: -123450 -> "-1234.50".
std::string CentsToDecimal(int64_t cents) {
  uint64_t magnitude = Magnitude(cents);
  std::string out = cents < 0 ? "-" : "";
  out += std::to_string(magnitude / 100);
  out += '.';
  out += static_cast<char>('0' + magnitude % 100 / 10);
  out += static_cast<char>('0' + magnitude % 10);
  return out;
}

// Rounding a small negative value gives "-0,0"; readers see a sign on nothing, so drop it.
std::string DropNegativeZero(std::string s) {
  if (s.size() > 1 && s[0] == '-' && s.find_first_of("123456789") == std::string::npos) {
    s.erase(0, 1);
  }
  return s;
}

const std::array<std::string, 12>& MonthNames() {
  static const auto names = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(Dutch(), status);
    Check(status, "loading Dutch date symbols");
    int32_t count = 0;
    // FORMAT context: the form used inside a date ("10 december"), lower case in Dutch.
    const icu::UnicodeString* months =
        symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    if (count < 12) throw std::runtime_error("ICU: fewer than 12 Dutch month names");
    std::array<std::string, 12> all;
    for (int i = 0; i < 12; ++i) months[i].toUTF8String(all[i]);
    return all;
  }();
  return names;
}

}  // namespace

std::string FormatMoney(Money m) {
  return kEuroPrefix + FormatDecimalString(Fixed(2), CentsToDecimal(m.cents));
}

std::string FormatEuros(Money m) {
  if (m.cents % 100 != 0) return FormatMoney(m);
  return kEuroPrefix + FormatDecimalString(Integers(), std::to_string(m.cents / 100));
}

std::string FormatCount(int64_t n) {
  UErrorCode status = U_ZERO_ERROR;
  number::FormattedNumber formatted = Integers().formatInt(n, status);
  Check(status, "formatting a count");
  return ToUtf8(formatted);
}

std::string FormatDecimal(double v, int decimals) {
  UErrorCode status = U_ZERO_ERROR;
  number::FormattedNumber formatted = Fixed(decimals).formatDouble(v, status);
  Check(status, "formatting a decimal");
  return DropNegativeZero(ToUtf8(formatted));
}

std::string FormatPercent(double v, int decimals) {
  UErrorCode status = U_ZERO_ERROR;
  number::FormattedNumber formatted = Percent(decimals).formatDouble(v, status);
  Check(status, "formatting a percentage");
  return DropNegativeZero(ToUtf8(formatted));
}

std::string FormatDate(Date d) {
  // A loaded date is always valid; the ISO form keeps a bad one visible instead of crashing.
  if (d.month < 1 || d.month > 12) {
    return std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day);
  }
  // Day and year are written bare: the number formatter would group a year as "2.024".
  return std::to_string(d.day) + " " + MonthNames()[d.month - 1] + " " + std::to_string(d.year);
}

std::string FormatQuarterShort(Period p) {
  return "Q" + std::to_string(p.quarter) + " " + std::to_string(p.year);
}

std::string FormatQuarterLong(Period p) {
  static const char* const kOrdinals[] = {"eerste", "tweede", "derde", "vierde"};
  if (p.quarter < 1 || p.quarter > 4) return FormatQuarterShort(p);
  return std::string(kOrdinals[p.quarter - 1]) + " kwartaal " + std::to_string(p.year);
}

std::string FormatQuarterEndDate(Period p) {
  static const int kLastDay[] = {31, 30, 30, 31};  // 31 March, 30 June, 30 September, 31 Dec
  if (p.quarter < 1 || p.quarter > 4) return FormatQuarterShort(p);
  return FormatDate(Date{p.year, p.quarter * 3, kLastDay[p.quarter - 1]});
}

std::string FormatStatus(Status s) {
  switch (s) {
    case Status::kGepland:
      return "Gepland";
    case Status::kLopend:
      return "Lopend";
    case Status::kAfgerond:
      return "Afgerond";
    case Status::kVertraagd:
      return "Vertraagd";
    case Status::kGestopt:
      return "Gestopt";
  }
  return "";
}

std::string SpellOutSmall(int64_t n) {
  // RuleBasedNumberFormat is not documented thread-safe, so each thread gets its own.
  thread_local const std::unique_ptr<icu::RuleBasedNumberFormat> spellout = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, Dutch(), status);
    Check(status, "loading Dutch spellout rules");
    return f;
  }();
  icu::UnicodeString text;
  spellout->format(n, text);
  // ICU marks compound joints with soft hyphens ("een\u00ADen\u00ADtwintig"); the PDF
  // renderer hyphenates on its own and a spreadsheet cell should hold the plain word.
  text.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x00AD)), icu::UnicodeString());
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace voortgang
