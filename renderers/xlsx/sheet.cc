// Cell formats, A1 references and the column-fitting worksheet wrapper.
#include "renderers/xlsx/sheet.h"

#include <algorithm>
#include <cstdlib>

namespace voortgang::xlsx {
namespace {

// The house colours of the workbook: a light grey header band, and a soft red that marks
// the cells a controller must look at.
constexpr lxw_color_t kHeaderFill = 0xE7E6E6;
constexpr lxw_color_t kAlarmFill = 0xFFC7CE;
constexpr lxw_color_t kAlarmFont = 0x9C0006;
constexpr lxw_color_t kMutedFont = 0x808080;

lxw_format* Add(lxw_workbook* wb) { return workbook_add_format(wb); }

}  // namespace

Formats MakeFormats(lxw_workbook* wb) {
  Formats f;
  f.title = Add(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.note = Add(wb);
  format_set_italic(f.note);
  format_set_font_color(f.note, kMutedFont);
  f.label = Add(wb);
  format_set_bold(f.label);
  format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);

  auto header = [&](uint8_t align) {
    lxw_format* h = Add(wb);
    format_set_bold(h);
    format_set_bg_color(h, kHeaderFill);
    format_set_bottom(h, LXW_BORDER_THIN);
    format_set_align(h, align);
    format_set_align(h, LXW_ALIGN_VERTICAL_BOTTOM);
    format_set_text_wrap(h);
    return h;
  };
  f.header = header(LXW_ALIGN_LEFT);
  f.header_right = header(LXW_ALIGN_RIGHT);
  f.header_year = header(LXW_ALIGN_RIGHT);
  format_set_num_format(f.header_year, "0");

  f.text = Add(wb);
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  f.text_wrap = Add(wb);
  format_set_text_wrap(f.text_wrap);
  format_set_align(f.text_wrap, LXW_ALIGN_VERTICAL_TOP);
  f.text_wrap_indent = Add(wb);
  format_set_text_wrap(f.text_wrap_indent);
  format_set_align(f.text_wrap_indent, LXW_ALIGN_VERTICAL_TOP);
  format_set_indent(f.text_wrap_indent, 1);
  f.text_total = Add(wb);
  format_set_bold(f.text_total);
  format_set_top(f.text_total, LXW_BORDER_THIN);

  f.money = Add(wb);
  format_set_num_format(f.money, kEuroFormat);
  format_set_align(f.money, LXW_ALIGN_VERTICAL_TOP);
  f.money_total = Add(wb);
  format_set_num_format(f.money_total, kEuroFormat);
  format_set_bold(f.money_total);
  format_set_top(f.money_total, LXW_BORDER_THIN);

  f.key = Add(wb);
  format_set_num_format(f.key, "0");
  format_set_align(f.key, LXW_ALIGN_LEFT);
  format_set_align(f.key, LXW_ALIGN_VERTICAL_TOP);
  f.percent = Add(wb);
  format_set_num_format(f.percent, "0.00%");
  format_set_align(f.percent, LXW_ALIGN_VERTICAL_TOP);
  f.date = Add(wb);
  format_set_num_format(f.date, "[$-413]d mmmm yyyy");
  format_set_align(f.date, LXW_ALIGN_LEFT);
  f.datetime = Add(wb);
  format_set_num_format(f.datetime, "[$-413]d mmmm yyyy hh:mm:ss");
  format_set_align(f.datetime, LXW_ALIGN_LEFT);
  f.mono = Add(wb);
  format_set_font_name(f.mono, "Courier New");
  format_set_font_size(f.mono, 9);

  f.cf_alarm = Add(wb);
  format_set_bg_color(f.cf_alarm, kAlarmFill);
  format_set_font_color(f.cf_alarm, kAlarmFont);
  f.cf_muted = Add(wb);
  format_set_font_color(f.cf_muted, kMutedFont);
  format_set_italic(f.cf_muted);
  return f;
}

std::string Ref(int row, int col, bool abs_row, bool abs_col) {
  std::string letters;
  for (int c = col + 1; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), 'A' + (c - 1) % 26);
  return (abs_col ? "$" : "") + letters + (abs_row ? "$" : "") + std::to_string(row + 1);
}

std::string Range(int row1, int col1, int row2, int col2, bool absolute) {
  return Ref(row1, col1, absolute, absolute) + ":" + Ref(row2, col2, absolute, absolute);
}

std::string SheetPrefix(std::string_view sheet) {
  bool plain = std::all_of(sheet.begin(), sheet.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  if (plain) return std::string(sheet) + "!";
  std::string out = "'";
  for (char c : sheet) out += (c == '\'') ? std::string("''") : std::string(1, c);
  return out + "'!";
}

std::string Quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) out += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

int MoneyChars(Money m) {
  uint64_t euros = static_cast<uint64_t>(m.cents < 0 ? -(m.cents + 1) + 1 : m.cents) / 100;
  int digits = 1;
  for (uint64_t e = euros; e >= 10; e /= 10) ++digits;
  int groups = (digits - 1) / 3;
  return 2 + digits + groups + 3 + (m.cents < 0 ? 1 : 0);
}

int TextChars(std::string_view utf8) {
  int widest = 0, line = 0;
  for (unsigned char c : utf8) {
    if (c == '\n') {
      widest = std::max(widest, line);
      line = 0;
    } else if ((c & 0xC0) != 0x80) {
      ++line;
    }
  }
  return std::max(widest, line);
}

void Sheet::Check(lxw_error err, std::string_view what, int row, int col) {
  if (err == LXW_NO_ERROR || !error_ || !error_->empty()) return;
  *error_ = std::string(what) + (row >= 0 ? " " + Ref(row, col) : "") + ": " + lxw_strerror(err);
}

void Sheet::Fit(int col, int chars) {
  int& c = chars_[col];
  c = std::max(c, chars);
}

Money Sheet::Plus(Money a, Money b) {
  if (!a.TryAdd(b) && error_ && error_->empty()) *error_ = "amount out of range";
  return a;
}

Money Sheet::Minus(Money a, Money b) {
  if (!a.TrySub(b) && error_ && error_->empty()) *error_ = "amount out of range";
  return a;
}

void Sheet::Text(int row, int col, std::string_view text, lxw_format* format, bool fit) {
  std::string s(text);
  Check(worksheet_write_string(ws_, row, col, s.c_str(), format), "write text", row, col);
  if (fit) Fit(col, TextChars(text) + (format == f_.header || format == f_.label ? 1 : 0));
  if (format == f_.text_wrap || format == f_.text_wrap_indent)
    wrapped_.push_back({row, col, TextChars(text)});
}

void Sheet::Amount(int row, int col, Money amount, lxw_format* format) {
  Check(worksheet_write_number(ws_, row, col, Euros(amount), format), "write amount", row, col);
  Fit(col, MoneyChars(amount));
}

void Sheet::Number(int row, int col, double value, lxw_format* format, int chars) {
  Check(worksheet_write_number(ws_, row, col, value, format), "write number", row, col);
  Fit(col, chars);
}

void Sheet::Blank(int row, int col, lxw_format* format) {
  Check(worksheet_write_blank(ws_, row, col, format), "write blank", row, col);
}

void Sheet::Formula(int row, int col, const std::string& formula, Money cached,
                    lxw_format* format) {
  Check(worksheet_write_formula_num(ws_, row, col, formula.c_str(), format, Euros(cached)),
        "write formula", row, col);
  Fit(col, MoneyChars(cached));
}

void Sheet::FormulaNumber(int row, int col, const std::string& formula, double cached,
                          lxw_format* format, int chars) {
  Check(worksheet_write_formula_num(ws_, row, col, formula.c_str(), format, cached),
        "write formula", row, col);
  Fit(col, chars);
}

void Sheet::Datetime(int row, int col, int64_t unix_seconds, lxw_format* format, int chars) {
  // Excel's serial date: days since 1899-12-30, the time as the fraction of a day.
  double serial = 25569.0 + static_cast<double>(unix_seconds) / 86400.0;
  Check(worksheet_write_number(ws_, row, col, serial, format), "write date", row, col);
  Fit(col, chars);
}

void Sheet::SetColumnWidths(int min_width, int max_width) {
  for (const auto& [col, chars] : chars_) {
    // Calibri 11: a character is about one width unit; bold headers and the filter button
    // need a little more.
    double width = std::clamp(chars + 3, min_width, max_width);
    Check(worksheet_set_column(ws_, col, col, width, nullptr), "set column width");
  }
  std::map<int, int> lines;  // row -> lines its tallest wrapped cell needs
  for (const Wrapped& w : wrapped_) {
    // Proportional text: about 1.2 characters to a width unit (which is a digit's width).
    int per_line = std::clamp(chars_[w.col] + 3, min_width, max_width) * 6 / 5 - 2;
    int& l = lines[w.row];
    l = std::max(l, (w.chars + per_line - 1) / std::max(per_line, 1));
  }
  for (const auto& [row, n] : lines)
    if (n > 1) Check(worksheet_set_row(ws_, row, LXW_DEF_ROW_HEIGHT * n, nullptr), "set row");
}

void Sheet::IgnoreNumbersStoredAsText() {
  Check(worksheet_ignore_errors(ws_, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576"),
        "ignore errors");
}

void Sheet::SetupPrint(const std::string& footer, int repeat_row, int pages_high) {
  worksheet_set_landscape(ws_);
  worksheet_set_paper(ws_, 9);  // A4
  worksheet_fit_to_pages(ws_, 1, pages_high);
  worksheet_set_margins(ws_, 0.5, 0.5, 0.6, 0.7);
  if (repeat_row >= 0) Check(worksheet_repeat_rows(ws_, repeat_row, repeat_row), "repeat rows");
  Check(worksheet_set_footer(ws_, footer.c_str()), "set footer");
}

std::string Footer(std::string_view left, std::string_view center) {
  auto escape = [](std::string_view s) {
    std::string out;
    for (char c : s) out += (c == '&') ? std::string("&&") : std::string(1, c);
    return out;
  };
  return "&L" + escape(left) + "&C" + escape(center) + "&Rpagina &P van &N";
}

}  // namespace voortgang::xlsx
