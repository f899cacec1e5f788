// Dutch prose helpers; all formatting of numbers goes through pipeline/format/dutch.h.
#include "pipeline/report/text.h"

#include "pipeline/format/dutch.h"

namespace voortgang::report {
namespace {
const std::string kEuroPrefix = "€\u00A0";

std::string StripEuro(std::string s) {
  if (s.rfind(kEuroPrefix, 0) == 0) s.erase(0, kEuroPrefix.size());
  return s;
}
}  // namespace

std::string EnumerationSeparator(size_t i, size_t n) {
  if (i + 1 >= n) return "";
  if (i + 2 == n) return " en ";
  return ", ";
}

std::string JoinDutch(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += items[i] + EnumerationSeparator(i, items.size());
  return out;
}

std::string Amount(Money m, bool with_cents) {
  return StripEuro(with_cents ? FormatMoney(m) : FormatEuros(m));
}

std::string Euros(Money m) { return FormatEuros(m); }

std::string Unbreakable(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == ' ') out += "\u00A0";
    else out += c;
  }
  return out;
}

Date DateFromUnix(int64_t seconds) { return CivilDate(seconds); }

std::string QuarterSpan(Period from, std::optional<Period> to) {
  if (!to || *to == from) return FormatQuarterShort(from);
  if (to->year == from.year)
    return "Q" + std::to_string(from.quarter) + "/Q" + std::to_string(to->quarter) + " " +
           std::to_string(from.year);
  return FormatQuarterShort(from) + "/" + FormatQuarterShort(*to);
}

std::string PercentOf(Money part, Money whole) {
  if (whole.cents == 0) return "";
  // Tenths of a percent, rounded half away from zero, in integers; the double only formats.
  __int128 num = static_cast<__int128>(part.cents) * 1000;
  __int128 q = num / whole.cents, r = num % whole.cents;
  if (2 * (r < 0 ? -r : r) >= (whole.cents < 0 ? -whole.cents : whole.cents))
    q += ((num < 0) != (whole.cents < 0)) ? -1 : 1;
  return FormatPercent(static_cast<double>(static_cast<int64_t>(q)) / 10.0, 1);
}

std::string NameInSentence(const std::string& name) {
  for (const char* prefix : {"Regio ", "Gemeente ", "Jeugdhulpregio "}) {
    std::string p = prefix;
    if (name.rfind(p, 0) == 0) {
      p[0] = static_cast<char>(p[0] - 'A' + 'a');
      return "de " + p + name.substr(p.size());
    }
  }
  return name;
}

std::string YearsText(const std::vector<int>& years) {
  bool consecutive = true;
  for (size_t i = 1; i < years.size(); ++i) consecutive &= years[i] == years[i - 1] + 1;
  if (years.size() >= 4 && consecutive)
    return std::to_string(years.front()) + " tot en met " + std::to_string(years.back());
  std::vector<std::string> texts;
  for (int y : years) texts.push_back(std::to_string(y));
  return JoinDutch(texts);
}

}  // namespace voortgang::report
