// Typed access to TOML tables with diagnostics at the offending value.
#include "pipeline/load/table_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "pipeline/load/exact_number.h"
#include "pipeline/load/limits.h"
#include "pipeline/load/string_rules.h"
#include "pipeline/model/nearest.h"

namespace voortgang {

SourceRef Where(const SourceText& src, const toml::source_region& region) {
  return {src.path(), static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

std::string_view TypeName(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "nothing";
  }
}

std::optional<Money> ReadAmount(const toml::node& node, const SourceText& src,
                                std::string_view what, bool allow_negative, Diagnostics* diags) {
  SourceRef at = Where(src, node.source());
  std::optional<Money> money;
  if (const auto* i = node.as_integer()) {
    const toml::source_region& r = node.source();
    std::string_view text = src.Slice(r.begin.line, r.begin.column, r.end.line, r.end.column);
    if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
      diags->Error(at, std::string(what) + " " + std::string(text) +
                           " must be written in decimal, in euros");
      return std::nullopt;
    }
    int64_t cents;
    if (__builtin_mul_overflow(i->get(), int64_t{100}, &cents)) {
      diags->Error(at, std::string(what) +
                           " is too large: amounts must stay below € 92.233.720.368.547.758,07");
      return std::nullopt;
    }
    money = Money{cents};
  } else if (node.is_floating_point()) {
    const toml::source_region& r = node.source();
    std::string_view text = src.Slice(r.begin.line, r.begin.column, r.end.line, r.end.column);
    ExactResult parsed = ParseMoneyLiteral(text);
    if (!parsed.money) {
      diags->Error(at, std::string(what) + " " + std::string(text) + " " + parsed.error);
      return std::nullopt;
    }
    money = parsed.money;
  } else {
    diags->Error(at, std::string(what) + " must be a number of euros, not " +
                         std::string(TypeName(node)));
    return std::nullopt;
  }
  if (!allow_negative && money->cents < 0) {
    diags->Error(at, std::string(what) + " must not be negative");
    return std::nullopt;
  }
  return money;
}

std::optional<Number> ReadNumber(const toml::node& node, const SourceText& src,
                                 std::string_view what, Diagnostics* diags) {
  if (const auto* i = node.as_integer()) return Number{static_cast<double>(i->get()), 0};
  const auto* f = node.as_floating_point();
  if (!f) {
    diags->Error(Where(src, node.source()),
                 std::string(what) + " must be a number, not " + std::string(TypeName(node)));
    return std::nullopt;
  }
  if (!std::isfinite(f->get())) {
    diags->Error(Where(src, node.source()), std::string(what) + " must be a finite number");
    return std::nullopt;
  }
  const toml::source_region& r = node.source();
  std::string_view text = src.Slice(r.begin.line, r.begin.column, r.end.line, r.end.column);
  int decimals = 0;
  if (std::size_t dot = text.find('.'); dot != std::string_view::npos) {
    for (std::size_t k = dot + 1; k < text.size() && text[k] >= '0' && text[k] <= '9'; ++k) {
      ++decimals;
    }
  }
  return Number{f->get(), std::min(decimals, 6)};
}

std::optional<int> ReadYearKey(const toml::key& key, const SourceText& src, std::string_view where,
                               Diagnostics* diags) {
  std::string_view k = key.str();
  bool digits = !k.empty() && k.size() <= 4;
  for (char c : k) digits = digits && c >= '0' && c <= '9';
  int year = digits ? std::stoi(std::string(k)) : 0;
  if (!digits || year < kMinYear || year > kMaxYear) {
    diags->Error(Where(src, key.source()), "'" + std::string(k) + "' in " + std::string(where) +
                                               " must be a year " + std::to_string(kMinYear) +
                                               "-" + std::to_string(kMaxYear));
    return std::nullopt;
  }
  return year;
}

TableReader::TableReader(const toml::table& table, const SourceText& src, std::string name,
                         std::initializer_list<std::string_view> known_keys, Diagnostics* diags)
    : table_(table), src_(src), name_(std::move(name)), known_(known_keys), diags_(diags) {}

TableReader::TableReader(const toml::table& table, const SourceText& src, const TableSpec& spec,
                         Diagnostics* diags)
    : table_(table), src_(src), spec_(&spec), name_(spec.name), diags_(diags) {
  for (const KeySpec& k : spec.keys) known_.push_back(k.name);
}

SourceRef TableReader::where() const {
  SourceRef at = Where(src_, table_.source());
  if (at.line == 0) at = {src_.path(), 1, 1};  // the file's root table
  return at;
}

const toml::node* TableReader::Get(std::string_view key, Need need) {
  // The key table decides, so that what the schema calls required is what the loader requires.
  if (spec_) {
    if (const KeySpec* k = FindKey(*spec_, key)) need = k->need;
  }
  const toml::node* node = table_.get(key);
  if (!node && need == Need::kRequired) {
    diags_->Error(where(), "missing required key '" + std::string(key) + "' in " + name_);
  }
  return node;
}

const toml::node* TableReader::Node(std::string_view key, Need need) { return Get(key, need); }

void TableReader::WrongType(std::string_view key, const toml::node& node,
                            std::string_view expected) {
  diags_->Error(WhereOf(node), "'" + std::string(key) + "' must be " + std::string(expected) +
                                   ", not " + std::string(TypeName(node)));
}

std::optional<std::string> TableReader::String(std::string_view key, Need need) {
  return Text(key, need, TextKind::kCell);
}

std::optional<std::string> TableReader::Markdown(std::string_view key, Need need,
                                                 const MarkdownCheck& check) {
  const toml::node* node = table_.get(key);
  std::optional<std::string> text = Text(key, need, TextKind::kMarkdown);
  if (!text || !check) return text;
  std::vector<TextProblem> problems = check(*text);
  for (const TextProblem& p : problems) {
    diags_->Error(PositionInString(src_, node->source(), p.offset),
                  "'" + std::string(key) + "': " + p.message);
  }
  return problems.empty() ? text : std::nullopt;
}

std::optional<std::string> TableReader::Name(std::string_view key, Need need) {
  const toml::node* node = table_.get(key);
  std::optional<std::string> name = String(key, need);
  if (!name) return name;
  // A name is a heading, a sentence's subject and PDF metadata: one line, something in it.
  if (name->find_first_not_of(" \t\r\n") == std::string::npos) {
    diags_->Error(WhereOf(*node), "'" + std::string(key) + "' must not be empty");
    return std::nullopt;
  }
  if (std::size_t at = name->find_first_of("\r\n"); at != std::string::npos) {
    diags_->Error(PositionInString(src_, node->source(), at),
                  "'" + std::string(key) + "' must be one line: a name is used in headings, "
                  "sentences and document properties");
    return std::nullopt;
  }
  return name;
}

bool TableReader::CheckTextValue(std::string_view what, const toml::node& node,
                                 const std::string& text, TextKind kind) {
  if (kind == TextKind::kMarkdown && text.size() > kMaxTextBytes) {
    diags_->Error(WhereOf(node), std::string(what) + " is longer than the limit of " +
                                     std::to_string(kMaxTextBytes >> 10) + " KiB");
    return false;
  }
  if (kind == TextKind::kCell && text.size() > kMaxCellChars) {
    if (std::size_t length = Utf16Length(text); length > kMaxCellChars) {
      diags_->Error(WhereOf(node), std::string(what) + " is " + std::to_string(length) +
                                       " characters long; at most " +
                                       std::to_string(kMaxCellChars) +
                                       " fit in a workbook cell (Excel's limit)");
      return false;
    }
  }
  // TOML lets "\u0000", "\u001B" or "\uFFFE" through; in a note or a workbook they are
  // garbage or worse (XML 1.0 cannot carry them: the workbook would not open).
  if (std::optional<ForbiddenChar> bad = FindForbiddenChar(text)) {
    diags_->Error(PositionInString(src_, node.source(), bad->offset),
                  std::string(what) + " contains " + bad->what + "; remove it");
    return false;
  }
  return true;
}

std::optional<std::string> TableReader::Text(std::string_view key, Need need, TextKind kind) {
  const toml::node* node = Get(key, need);
  if (!node) return std::nullopt;
  const auto* s = node->as_string();
  if (!s) {
    WrongType(key, *node, "a string");
    return std::nullopt;
  }
  if (!CheckTextValue("'" + std::string(key) + "'", *node, s->get(), kind)) return std::nullopt;
  return s->get();
}

std::optional<int64_t> TableReader::Integer(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (!node) return std::nullopt;
  const auto* i = node->as_integer();
  if (!i) {
    WrongType(key, *node, "an integer");
    return std::nullopt;
  }
  return i->get();
}

std::optional<int> TableReader::Year(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (!node) return std::nullopt;
  const auto* i = node->as_integer();
  if (!i) {
    WrongType(key, *node, "a year (an integer such as 2024)");
    return std::nullopt;
  }
  if (i->get() < kMinYear || i->get() > kMaxYear) {
    diags_->Error(WhereOf(*node), "year " + std::to_string(i->get()) + " is out of range " +
                                      std::to_string(kMinYear) + "-" + std::to_string(kMaxYear));
    return std::nullopt;
  }
  return static_cast<int>(i->get());
}

std::optional<Money> TableReader::Amount(std::string_view key, Need need, bool allow_negative) {
  const toml::node* node = Get(key, need);
  if (!node) return std::nullopt;
  return ReadAmount(*node, src_, "'" + std::string(key) + "'", allow_negative, diags_);
}

std::optional<Period> TableReader::PeriodValue(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (!node) return std::nullopt;
  const auto* s = node->as_string();
  if (!s) {
    WrongType(key, *node, "a period string such as \"2024-Q4\"");
    return std::nullopt;
  }
  std::optional<Period> p = ParsePeriod(s->get());
  if (!p) {
    diags_->Error(WhereOf(*node),
                  "invalid period '" + s->get() + "': expected \"YYYY-Qn\" with n 1-4 and a year " +
                      std::to_string(kMinYear) + "-" + std::to_string(kMaxYear));
  }
  return p;
}

std::optional<Date> TableReader::DateValue(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (!node) return std::nullopt;
  const auto* d = node->as_date();
  if (!d) {
    WrongType(key, *node, "a date such as 2024-12-10");
    return std::nullopt;
  }
  Date date{d->get().year, d->get().month, d->get().day};
  if (date.year < kMinYear || date.year > kMaxYear) {
    diags_->Error(WhereOf(*node), "date year " + std::to_string(date.year) + " is out of range " +
                                      std::to_string(kMinYear) + "-" + std::to_string(kMaxYear));
    return std::nullopt;
  }
  return date;
}

std::optional<Number> TableReader::NumberValue(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (!node) return std::nullopt;
  return ReadNumber(*node, src_, "'" + std::string(key) + "'", diags_);
}

std::vector<std::string> TableReader::StringArray(std::string_view key, Need need) {
  std::vector<std::string> out;
  const toml::node* node = Get(key, need);
  if (!node) return out;
  const auto* arr = node->as_array();
  if (!arr) {
    WrongType(key, *node, "an array of strings");
    return out;
  }
  for (const toml::node& element : *arr) {
    const auto* s = element.as_string();
    if (!s) {
      diags_->Error(WhereOf(element), "'" + std::string(key) + "' must hold strings, not " +
                                          std::string(TypeName(element)));
      continue;
    }
    if (!CheckTextValue("'" + std::string(key) + "'", element, s->get(), TextKind::kCell)) {
      continue;
    }
    out.push_back(s->get());
  }
  return out;
}

std::optional<int> TableReader::Choice(std::string_view key, Need need,
                                       std::initializer_list<std::string_view> choices) {
  std::optional<std::string> value = String(key, need);
  if (!value) return std::nullopt;
  int index = 0;
  for (std::string_view c : choices) {
    if (*value == c) return index;
    ++index;
  }
  std::string allowed;
  for (std::string_view c : choices) {
    allowed += allowed.empty() ? "" : ", ";
    allowed += "\"" + std::string(c) + "\"";
  }
  std::string message =
      "'" + std::string(key) + "' must be one of " + allowed + ", not \"" + *value + "\"";
  std::string near = NearestWord(*value, std::vector<std::string_view>(choices));
  if (!near.empty()) message += "; did you mean \"" + near + "\"?";
  diags_->Error(WhereOf(*table_.get(key)), message);
  return std::nullopt;
}

std::vector<const toml::table*> TableReader::ArrayOfTables(std::string_view key) {
  std::vector<const toml::table*> out;
  const toml::node* node = Get(key, Need::kOptional);
  if (!node) return out;
  const auto* arr = node->as_array();
  if (!arr) {
    WrongType(key, *node, "an array of tables ([[" + std::string(key) + "]])");
    return out;
  }
  if (arr->size() > kMaxRecordsPerArray) {
    diags_->Error(WhereOf(*node), "more than " + std::to_string(kMaxRecordsPerArray) + " '" +
                                      std::string(key) + "' entries");
    return out;
  }
  for (const toml::node& element : *arr) {
    if (const auto* t = element.as_table()) {
      out.push_back(t);
    } else {
      diags_->Error(WhereOf(element), "'" + std::string(key) + "' must hold tables, not " +
                                          std::string(TypeName(element)));
    }
  }
  return out;
}

const toml::table* TableReader::SubTable(std::string_view key, Need need) {
  const toml::node* node = Get(key, need);
  if (!node) return nullptr;
  const auto* t = node->as_table();
  if (!t) WrongType(key, *node, "a table ([" + std::string(key) + "])");
  return t;
}

void TableReader::Finish() {
  for (auto&& [k, v] : table_) {
    if (std::find(known_.begin(), known_.end(), k.str()) != known_.end()) continue;
    std::string message = "unknown key '" + std::string(k.str()) + "' in " + name_;
    // Past the diagnostics a file shows (load.cc cuts them), a suggestion is wasted time.
    if (diags_->items.size() > kMaxDiagnosticsPerFile) {
      diags_->Error(Where(src_, k.source()), message);
      continue;
    }
    std::string near = NearestWord(k.str(), known_);
    if (!near.empty()) message += "; did you mean '" + near + "'?";
    diags_->Error(Where(src_, k.source()), message);
  }
}

}  // namespace voortgang
