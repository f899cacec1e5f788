// Key tables -> JSON Schema. What a schema cannot say (cross-references, weights that sum to
// 1, at most two decimals) stays with `voortgang check`.
#include "pipeline/load/json_schema.h"

#include <nlohmann/json.hpp>

#include "pipeline/load/key_tables.h"
#include "pipeline/model/period.h"

namespace voortgang {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kIdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
constexpr const char* kPeriodPattern = "^[0-9]{4}-Q[1-4]$";
constexpr const char* kYearPattern = "^[0-9]{4}$";

Json TableSchema(const TableSpec& table);

Json ValueSchema(const KeySpec& key) {
  switch (key.kind) {
    case ValueKind::kString: return {{"type", "string"}};
    case ValueKind::kMarkdown: return {{"type", "string"}};
    case ValueKind::kId: return {{"type", "string"}, {"pattern", kIdPattern}, {"maxLength", 64}};
    case ValueKind::kYear:
      return {{"type", "integer"}, {"minimum", kMinYear}, {"maximum", kMaxYear}};
    case ValueKind::kAmount: return {{"type", "number"}, {"minimum", 0}};
    case ValueKind::kSignedAmount: return {{"type", "number"}};
    case ValueKind::kNumber: return {{"type", "number"}};
    case ValueKind::kPeriod: return {{"type", "string"}, {"pattern", kPeriodPattern}};
    // Taplo checks a TOML date against "format": "date"; any other value type is refused.
    case ValueKind::kDate: return {{"type", "string"}, {"format", "date"}};
    case ValueKind::kStrings: return {{"type", "array"}, {"items", {{"type", "string"}}}};
    case ValueKind::kChoice: {
      Json words = Json::array();
      for (std::string_view c : key.choices) words.push_back(c);
      return {{"type", "string"}, {"enum", words}};
    }
    case ValueKind::kTable: return TableSchema(*key.table);
    case ValueKind::kTables: return {{"type", "array"}, {"items", TableSchema(*key.table)}};
    case ValueKind::kShares:
      return {{"oneOf", Json::array({Json{{"type", "array"},
                                          {"items", {{"type", "string"}}},
                                          {"minItems", 1}},
                                     Json{{"type", "object"},
                                          {"additionalProperties",
                                           {{"type", "number"}, {"exclusiveMinimum", 0}}},
                                          {"minProperties", 1}}})}};
    case ValueKind::kYearNumbers:
      return {{"type", "object"},
              {"propertyNames", {{"pattern", kYearPattern}}},
              {"additionalProperties", {{"type", "number"}}}};
    case ValueKind::kThemeBudget:
      return {{"type", "object"},
              {"propertyNames", {{"pattern", kIdPattern}}},
              {"additionalProperties",
               {{"type", "object"},
                {"propertyNames", {{"pattern", kYearPattern}}},
                {"additionalProperties", {{"type", "number"}, {"minimum", 0}}}}}};
    case ValueKind::kWords:
      return {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}};
  }
  return Json::object();
}

Json TableSchema(const TableSpec& table) {
  Json properties = Json::object();
  Json required = Json::array();
  for (const KeySpec& key : table.keys) {
    Json value = ValueSchema(key);
    Json described = {{"description", key.description}};
    described.update(value);
    properties[std::string(key.name)] = described;
    if (key.need == Need::kRequired) required.push_back(key.name);
  }
  Json schema = {{"type", "object"}, {"description", table.description}};
  schema["properties"] = properties;
  if (!required.empty()) schema["required"] = required;
  schema["additionalProperties"] = false;
  return schema;
}

}  // namespace

std::optional<std::string> JsonSchema(std::string_view file) {
  const TableSpec* spec = file == "programma" ? &kProgrammaFile
                          : file == "plan"    ? &kPlanFile
                          : file == "budget"  ? &kBudgetFile
                                              : nullptr;
  if (!spec) return std::nullopt;
  Json schema = {{"$schema", "http://json-schema.org/draft-07/schema#"},
                 {"title", spec->name}};
  schema.update(TableSchema(*spec));
  return schema.dump(2) + "\n";
}

}  // namespace voortgang
