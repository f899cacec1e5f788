// Typed, diagnosed access to one TOML table: each getter checks presence, type and form,
// reports problems at the value's line:column, and Finish() reports the keys nobody asked for.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "pipeline/load/key_tables.h"
#include "pipeline/load/source_text.h"
#include "pipeline/model/diagnostics.h"
#include "pipeline/model/markdown_check.h"
#include "pipeline/model/records.h"

namespace voortgang {

SourceRef Where(const SourceText& src, const toml::source_region& region);

class TableReader {
 public:
  /// `name` is how the user sees the table in messages, e.g. "[eenheid]" or "[[thema]]".
  TableReader(const toml::table& table, const SourceText& src, std::string name,
              std::initializer_list<std::string_view> known_keys, Diagnostics* diags);
  /// Known keys, and which are required, from the key table (which the JSON Schemas show too).
  TableReader(const toml::table& table, const SourceText& src, const TableSpec& spec,
              Diagnostics* diags);

  /// Plain text, as it may go into a workbook cell: at most kMaxCellChars, no control
  /// characters (but tab and line ends) and no noncharacters.
  std::optional<std::string> String(std::string_view key, Need need);
  /// A required name: a String that is not blank and holds no line break.
  std::optional<std::string> Name(std::string_view key, Need need);
  /// A Markdown field: up to kMaxTextBytes, the same characters as String, and what `check`
  /// finds (links, nesting) reported at its position in the file.
  std::optional<std::string> Markdown(std::string_view key, Need need, const MarkdownCheck& check);
  std::optional<int64_t> Integer(std::string_view key, Need need);
  std::optional<int> Year(std::string_view key, Need need);
  std::optional<Money> Amount(std::string_view key, Need need, bool allow_negative);
  std::optional<Period> PeriodValue(std::string_view key, Need need);
  std::optional<Date> DateValue(std::string_view key, Need need);
  std::optional<Number> NumberValue(std::string_view key, Need need);
  std::vector<std::string> StringArray(std::string_view key, Need need);
  /// The index of the value in `choices`, with an error naming the allowed words otherwise.
  std::optional<int> Choice(std::string_view key, Need need,
                            std::initializer_list<std::string_view> choices);
  /// Entries of `[[key]]`, in file order.
  std::vector<const toml::table*> ArrayOfTables(std::string_view key);
  const toml::table* SubTable(std::string_view key, Need need);
  /// The raw node, for values with more than one form (weights); marks the key as read.
  const toml::node* Node(std::string_view key, Need need);

  /// Reports every key of the table that is not known, with "did you mean" where one is close.
  void Finish();

  SourceRef where() const;
  SourceRef WhereOf(const toml::node& node) const { return Where(src_, node.source()); }
  const SourceText& src() const { return src_; }
  Diagnostics* diags() const { return diags_; }

 private:
  enum class TextKind { kCell, kMarkdown };
  const toml::node* Get(std::string_view key, Need need);
  std::optional<std::string> Text(std::string_view key, Need need, TextKind kind);
  bool CheckTextValue(std::string_view what, const toml::node& node, const std::string& text,
                      TextKind kind);
  void WrongType(std::string_view key, const toml::node& node, std::string_view expected);

  const toml::table& table_;
  const SourceText& src_;
  const TableSpec* spec_ = nullptr;
  std::string name_;
  std::vector<std::string_view> known_;
  Diagnostics* diags_;
};

/// The node type as a user reads it: "a string", "an integer", ...
std::string_view TypeName(const toml::node& node);

/// Money from a number node, exactly: integers are euros, floats are read from their text.
std::optional<Money> ReadAmount(const toml::node& node, const SourceText& src,
                                std::string_view what, bool allow_negative, Diagnostics* diags);

/// A number node (integer or float) kept with the decimals it was written with.
std::optional<Number> ReadNumber(const toml::node& node, const SourceText& src,
                                 std::string_view what, Diagnostics* diags);

/// A table key that names a year ("2019" in `{ 2019 = 110_000 }`), within the year range.
std::optional<int> ReadYearKey(const toml::key& key, const SourceText& src, std::string_view where,
                               Diagnostics* diags);

}  // namespace voortgang
