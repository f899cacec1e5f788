// Building bricks shared by every document kind: numbered captions, cells, money columns,
// column-header overrides from a directive, and begroot-vs-uitgaven bar charts.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/money.h"
#include "pipeline/model/records.h"
#include "pipeline/report/template.h"

namespace voortgang::report {

/// Numbers table captions and chart titles in document order: "Tabel 3. Begroting".
/// The words come from the template's @tabellabel / @figuurlabel (empty = no numbering).
struct Captions {
  std::string table_word = "Tabel";
  std::string figure_word = "Figuur";
  int tables = 0;
  int figures = 0;

  explicit Captions(const std::map<std::string, std::string>& meta);
  std::string Table(const std::string& text);
  std::string Figure(const std::string& text);
};

doc::Cell TextCell(std::string text, bool strong = false);
doc::Row TextRow(const std::vector<std::string>& texts, bool strong = false);
doc::Column TextColumn();
doc::Column NumberColumn();

/// Header row from `defaults`, or from the directive's second text ("A; B; C") when given;
/// false with *error when that names a different number of columns.
bool HeaderRow(const Element& directive, const std::vector<std::string>& defaults, doc::Row* row,
               std::string* error);

/// The directive's caption text (first text after '|'), or `fallback`.
std::string CaptionText(const Element& directive, const std::string& fallback);

/// Formats every amount of one table alike: with cents when any of them has cents.
class AmountFormat {
 public:
  explicit AmountFormat(const std::vector<Money>& all);
  std::string operator()(Money m) const;

 private:
  bool cents_ = false;
};

/// A money chart's axis unit for values up to `max_cents`: euros, thousands or millions of euros
/// (sets the chart's axis_divisor and axis_label).
void MoneyAxis(int64_t max_cents, int64_t* divisor, std::string* label);

/// An amount as a chart labels it: rounded to whole euros, "€ 1.234.567".
std::string ChartEuros(Money m);

/// A two-series bar chart of money: one bar pair per category. Values in cents; the labels on
/// the bars are whole euros; the axis counts euros or thousands of euros.
doc::BarChart MoneyBarChart(const std::string& title, const std::vector<std::string>& categories,
                            const std::string& label_a, const std::vector<Money>& a,
                            const std::string& label_b, const std::vector<Money>& b);

/// A one-series bar chart of how many actions have each status, in kAllStatuses order (a
/// status missing from `counts` counts zero); its alt text names every count.
doc::BarChart StatusBarChart(const std::string& title, const std::map<Status, int>& counts);

/// True when some amount is not zero: a money chart of only zeros draws nothing but its legend,
/// so the handlers put a sentence in its place.
bool AnyNonZero(const std::vector<Money>& amounts);

/// A body paragraph of plain text: what stands where a table or chart would have nothing to show.
doc::Block Sentence(const std::string& text);

}  // namespace voortgang::report
