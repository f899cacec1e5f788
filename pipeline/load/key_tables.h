// The keys of every table of the three input files: name, kind of value, whether it is
// required, the allowed words and a Dutch description. The loaders read with these tables
// (unknown keys, missing required keys), and `voortgang schema` turns them into JSON Schemas
// for editors, so the two cannot drift apart. Internal to the load stage and the schema.
#pragma once

#include <span>
#include <string_view>

namespace voortgang {

enum class Need { kOptional, kRequired };

enum class ValueKind {
  kString,
  kMarkdown,     ///< a string in CommonMark
  kId,           ///< a string matching the unit-id pattern
  kYear,         ///< an integer year
  kAmount,       ///< euros, >= 0, at most two decimals
  kSignedAmount, ///< euros, may be negative
  kNumber,       ///< integer or float
  kPeriod,       ///< "YYYY-Qn"
  kDate,         ///< a TOML local date
  kStrings,      ///< an array of strings
  kChoice,       ///< one of `choices`
  kTable,        ///< a table of `table`
  kTables,       ///< an array of tables of `table`
  kShares,       ///< an array of actielijn ids, or a table actielijn -> weight
  kYearNumbers,  ///< a table year -> number
  kThemeBudget,  ///< a table theme id -> year -> amount
  kWords,        ///< a table of strings -> strings
};

struct TableSpec;

struct KeySpec {
  std::string_view name;
  ValueKind kind;
  Need need;
  std::string_view description;  ///< Dutch, for the people who edit the files
  std::span<const std::string_view> choices = {};
  const TableSpec* table = nullptr;
};

struct TableSpec {
  std::string_view name;  ///< as messages name it: "[[thema]]", "plan.toml"
  std::string_view description;
  std::span<const KeySpec> keys;
};

extern const TableSpec kProgrammaFile, kActielijnTable, kIndicatorTable, kProgrammaMijlpaal;
extern const TableSpec kPlanFile, kEenheidTable, kContactTable, kInleidingTable,
    kKerncijferTable, kThemaTable, kActieTable, kVoortgangTable, kBesluitTable, kMijlpaalTable;
extern const TableSpec kBudgetFile, kMiddelenTable, kBoekingTable, kImportTable,
    kImportBoekingenTable, kKolommenTable;

/// The key `name` of `table`, or nullptr.
const KeySpec* FindKey(const TableSpec& table, std::string_view name);

}  // namespace voortgang
