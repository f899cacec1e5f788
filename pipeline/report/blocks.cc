// Shared table and chart bricks for the document builders.
#include "pipeline/report/blocks.h"

#include <algorithm>

#include "pipeline/format/dutch.h"
#include "pipeline/report/text.h"

namespace voortgang::report {

Captions::Captions(const std::map<std::string, std::string>& meta) {
  if (auto it = meta.find("tabellabel"); it != meta.end()) table_word = it->second;
  if (auto it = meta.find("figuurlabel"); it != meta.end()) figure_word = it->second;
}

std::string Captions::Table(const std::string& text) {
  if (table_word.empty() || text.empty()) return text;
  return table_word + " " + std::to_string(++tables) + ". " + text;
}

std::string Captions::Figure(const std::string& text) {
  if (figure_word.empty() || text.empty()) return text;
  return figure_word + " " + std::to_string(++figures) + ". " + text;
}

doc::Cell TextCell(std::string text, bool strong) {
  doc::Cell c;
  doc::Run r = doc::Text(std::move(text));
  r.strong = strong;
  c.runs.push_back(std::move(r));
  return c;
}

doc::Row TextRow(const std::vector<std::string>& texts, bool strong) {
  doc::Row row;
  for (const std::string& t : texts) row.cells.push_back(TextCell(t, strong));
  return row;
}

doc::Column TextColumn() { return doc::Column{doc::Align::kLeft, false}; }
doc::Column NumberColumn() { return doc::Column{doc::Align::kRight, true}; }

bool HeaderRow(const Element& directive, const std::vector<std::string>& defaults, doc::Row* row,
               std::string* error) {
  std::vector<std::string> names = defaults;
  if (directive.texts.size() >= 2) {
    names.clear();
    std::string part;
    std::string text = directive.texts[1] + ";";
    for (char c : text) {
      if (c == ';') {
        names.push_back(PlainText(part));
        part.clear();
      } else {
        part += c;
      }
    }
    if (names.size() != defaults.size()) {
      *error = "expects " + std::to_string(defaults.size()) + " column headers, got " +
               std::to_string(names.size());
      return false;
    }
  }
  *row = TextRow(names);
  return true;
}

std::string CaptionText(const Element& directive, const std::string& fallback) {
  return directive.texts.empty() ? fallback : PlainText(directive.texts[0]);
}

AmountFormat::AmountFormat(const std::vector<Money>& all) {
  cents_ = std::any_of(all.begin(), all.end(), [](Money m) { return HasCents(m); });
}

std::string AmountFormat::operator()(Money m) const { return Amount(m, cents_); }

bool AnyNonZero(const std::vector<Money>& amounts) {
  return std::any_of(amounts.begin(), amounts.end(), [](Money m) { return m.cents != 0; });
}

doc::BarChart StatusBarChart(const std::string& title, const std::map<Status, int>& counts) {
  doc::BarChart chart;
  chart.title = title;
  chart.alt_text = title + ".";
  doc::BarSeries s;
  s.label = "Acties";
  for (Status st : kAllStatuses) {
    auto it = counts.find(st);
    int n = it == counts.end() ? 0 : it->second;
    chart.categories.push_back(FormatStatus(st));
    s.values.push_back(n);
    s.display.push_back(FormatCount(n));
    chart.alt_text += " " + FormatStatus(st) + ": " + FormatCount(n) + ".";
  }
  chart.series.push_back(s);
  chart.axis_label = "aantal acties";
  return chart;
}

doc::Block Sentence(const std::string& text) {
  doc::Paragraph p;
  p.runs.push_back(doc::Text(text));
  return {p};
}

std::string ChartEuros(Money m) {
  int64_t e = (m.cents >= 0 ? m.cents + 50 : m.cents - 50) / 100;
  return FormatEuros(Money{e * 100});
}

void MoneyAxis(int64_t max_cents, int64_t* divisor, std::string* label) {
  if (max_cents >= 10'000'000'000) {  // from € 100 miljoen up the axis counts millions
    *divisor = 100'000'000;
    *label = "× €\u00A01.000.000";
  } else if (max_cents >= 1'000'000) {  // from € 10.000 up the axis counts thousands
    *divisor = 100'000;
    *label = "× €\u00A01.000";
  } else {
    *divisor = 100;
    *label = "€";
  }
}

doc::BarChart MoneyBarChart(const std::string& title, const std::vector<std::string>& categories,
                            const std::string& label_a, const std::vector<Money>& a,
                            const std::string& label_b, const std::vector<Money>& b) {
  doc::BarChart chart;
  chart.title = title;
  chart.categories = categories;
  int64_t max = 0;
  std::string alt = title + ".";
  for (const auto& [label, values] :
       {std::pair{label_a, &a}, std::pair{label_b, &b}}) {
    doc::BarSeries s;
    s.label = label;
    for (Money m : *values) {
      s.values.push_back(m.cents);
      s.display.push_back(ChartEuros(m));
      max = std::max(max, m.cents);
    }
    chart.series.push_back(std::move(s));
  }
  for (size_t i = 0; i < categories.size(); ++i) {
    alt += " " + categories[i] + ": " + label_a + " " + chart.series[0].display[i] + ", " +
           label_b + " " + chart.series[1].display[i] + ".";
  }
  MoneyAxis(max, &chart.axis_divisor, &chart.axis_label);
  chart.alt_text = alt;
  return chart;
}

}  // namespace voortgang::report
