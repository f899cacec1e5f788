// Shared by the sheet writers: cell formats, A1 references, and a worksheet wrapper that writes
// amounts from exact cents, remembers how wide each column's content is, and keeps the first
// libxlsxwriter error.
#pragma once

#include <xlsxwriter.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/money.h"

namespace voortgang::xlsx {

/// The cell formats of one workbook; libxlsxwriter owns them.
struct Formats {
  lxw_format* title = nullptr;
  lxw_format* note = nullptr;
  lxw_format* label = nullptr;
  lxw_format* header = nullptr;
  lxw_format* header_right = nullptr;  ///< above amount columns
  lxw_format* header_year = nullptr;   ///< a year as a number in a header row
  lxw_format* text = nullptr;
  lxw_format* text_wrap = nullptr;
  lxw_format* text_wrap_indent = nullptr;  ///< wrapped text beside a right-aligned amount
  lxw_format* text_total = nullptr;
  lxw_format* money = nullptr;
  lxw_format* money_total = nullptr;
  lxw_format* key = nullptr;      ///< an integer without grouping (period keys, years)
  lxw_format* percent = nullptr;  ///< weights
  lxw_format* date = nullptr;
  lxw_format* datetime = nullptr;
  lxw_format* mono = nullptr;      ///< hashes
  lxw_format* cf_alarm = nullptr;  ///< conditional: overspending, overprogramming
  lxw_format* cf_muted = nullptr;  ///< conditional: bookings after the period
};

Formats MakeFormats(lxw_workbook* workbook);

/// The euro number format: Excel stores it in its internal syntax and shows it localised
/// (Dutch: "€ 1.234,56"), negatives in red.
inline constexpr const char* kEuroFormat = "[$€-413] #,##0.00;[Red][$€-413] -#,##0.00";

/// Euros as a double, only at the moment of writing a cell; cents / 100 is the nearest double to
/// the exact amount for every amount a budget can hold.
inline double Euros(Money m) { return static_cast<double>(m.cents) / 100.0; }

/// "B7", or with `$` where absolute: Ref(6, 1, true, true) is "$B$7".
std::string Ref(int row, int col, bool abs_row = false, bool abs_col = false);
/// "$B$7:$B$9" (absolute) or "B7:B9".
std::string Range(int row1, int col1, int row2, int col2, bool absolute = false);
/// "'Sheet name'!" or "Begroting!" to prefix a reference into another sheet.
std::string SheetPrefix(std::string_view sheet);
/// A text literal for a formula: "abc" with inner quotes doubled.
std::string Quoted(std::string_view text);

/// How many characters "€ -1.234.567,89" takes for this amount.
int MoneyChars(Money m);
/// Characters (code points) of UTF-8 text; the widest line when it has several.
int TextChars(std::string_view utf8);

/// A worksheet being written. Column widths follow the widest content noted per column.
class Sheet {
 public:
  Sheet(lxw_worksheet* worksheet, const Formats& formats, std::string* error)
      : ws_(worksheet), f_(formats), error_(error) {}

  lxw_worksheet* ws() const { return ws_; }
  const Formats& formats() const { return f_; }

  /// `fit` = false for titles and notes, which may run across columns.
  void Text(int row, int col, std::string_view text, lxw_format* format, bool fit = true);
  void Amount(int row, int col, Money amount, lxw_format* format);
  void Number(int row, int col, double value, lxw_format* format, int chars);
  void Blank(int row, int col, lxw_format* format);
  /// A money formula with its cached result from the figures.
  void Formula(int row, int col, const std::string& formula, Money cached, lxw_format* format);
  void FormulaNumber(int row, int col, const std::string& formula, double cached,
                     lxw_format* format, int chars);
  void Datetime(int row, int col, int64_t unix_seconds, lxw_format* format, int chars);
  /// Records a libxlsxwriter result; keeps the first failure for the caller. The cell, when
  /// given, is named in the message (built only on failure: this runs for every cell).
  void Check(lxw_error err, std::string_view what, int row = -1, int col = -1);
  /// Notes that `col` holds content `chars` wide.
  void Fit(int col, int chars);
  /// Exact cent arithmetic for a cached value the figures hold only in parts; an overflow
  /// (impossible for validated inputs) becomes this sheet's error.
  Money Plus(Money a, Money b);
  Money Minus(Money a, Money b);

  /// Sets every noted column's width: content plus padding, between `min_width` and `max_width`
  /// (wider text wraps in columns given the wrap format, and its row is made tall enough:
  /// neither Excel nor LibreOffice grows a row on load).
  void SetColumnWidths(int min_width, int max_width);
  /// Ids such as actielijn "1" are text on purpose; keeps Excel from flagging them.
  void IgnoreNumbersStoredAsText();
  /// A4 landscape, one page wide (and `pages_high` high, 0 = as many as needed), `repeat_row`
  /// (or none if < 0) on every page, footer.
  void SetupPrint(const std::string& footer, int repeat_row, int pages_high = 0);

 private:
  lxw_worksheet* ws_;
  const Formats& f_;
  std::string* error_;
  std::map<int, int> chars_;  ///< column -> widest content
  struct Wrapped {
    int row, col, chars;
  };
  std::vector<Wrapped> wrapped_;  ///< text that may need more lines once widths are known
};

/// "&LRegio X&C2024-Q4&Rpagina &P van &N", with '&' in the names escaped.
std::string Footer(std::string_view left, std::string_view center);

}  // namespace voortgang::xlsx
