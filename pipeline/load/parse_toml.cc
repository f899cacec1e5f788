// toml++ parsing with its errors turned into diagnostics, reworded where hand editors trip.
#include <regex>

#include "pipeline/load/file_loaders.h"
#include "pipeline/load/text_check.h"

namespace voortgang {
namespace {

/// For the slips people make typing a value by hand (a word without quotes, a decimal comma,
/// a euro sign), a message that says what to write; empty when the line is not one of those.
/// toml++ would say "could not determine value type" or "expected a comment or whitespace".
std::string ExplainValue(const SourceText& src, int line) {
  std::string_view row = src.Slice(line, 1, line + 1, 1);
  while (!row.empty() && (row.back() == '\n' || row.back() == '\r')) row.remove_suffix(1);
  std::size_t eq = row.find('=');
  if (eq == std::string_view::npos) return {};
  std::string key(row.substr(0, eq));
  while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.pop_back();
  std::size_t first = key.find_first_not_of(" \t");
  key = first == std::string::npos ? "" : key.substr(first);
  std::string value(row.substr(eq + 1));
  if (std::size_t hash = value.find('#'); hash != std::string::npos) value.resize(hash);
  value.erase(0, value.find_first_not_of(" \t"));
  value.erase(value.find_last_not_of(" \t") + 1);
  if (key.empty() || value.empty()) return {};

  static const std::regex decimal_comma(R"([+-]?[0-9][0-9._]*,[0-9]+)");
  static const std::regex spaced_number(R"([+-]?[0-9]{1,3}( [0-9]{3})+(\.[0-9]+)?)");
  static const std::regex period(R"([0-9]{4}-Q[0-9])");
  if (std::regex_match(value, decimal_comma)) {
    std::string fixed;
    for (char c : value) {
      if (c == ',') fixed += '.';
      else if (c != '.') fixed += c;
    }
    return "decimal comma in " + value + ": write " + key + " = " + fixed +
           " (a point before the decimals, no thousands separator)";
  }
  if (std::regex_match(value, spaced_number)) {
    std::string fixed = std::regex_replace(value, std::regex(" "), "_");
    return "numbers are written without spaces: " + key + " = " + fixed;
  }
  if (value.rfind("€", 0) == 0 || value[0] == '$') {
    return "amounts are plain numbers of euros, without a currency sign";
  }
  unsigned char c0 = static_cast<unsigned char>(value[0]);
  bool word = (c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80;
  if ((word && value != "true" && value != "false") || std::regex_match(value, period)) {
    return "text must be in quotes: " + key + " = \"" + value + "\"";
  }
  return {};
}

}  // namespace

std::optional<toml::table> ParseToml(const SourceText& src, Diagnostics* diags) {
  if (!CheckText(src, diags)) return std::nullopt;
  try {
    return toml::parse(src.text(), std::string_view(src.path()));
  } catch (const toml::parse_error& e) {
    int line = static_cast<int>(e.source().begin.line);
    int column = static_cast<int>(e.source().begin.column);
    std::string message(e.description());
    bool about_a_value = message.find("value type") != std::string::npos ||
                         message.find("boolean") != std::string::npos ||
                         message.find("floating-point") != std::string::npos ||
                         message.find("integer") != std::string::npos ||
                         message.find("date") != std::string::npos ||
                         message.find("expected a comment or whitespace") != std::string::npos;
    std::string better = about_a_value ? ExplainValue(src, line) : "";
    if (!better.empty()) {
      std::string_view row = src.Slice(line, 1, line + 1, 1);
      std::size_t eq = row.find('=');
      std::size_t at = row.find_first_not_of(" \t", eq + 1);
      // Columns count code points; the key before '=' may hold non-ASCII letters.
      column = 1;
      for (std::size_t i = 0; i < at; ++i) {
        if ((static_cast<unsigned char>(row[i]) & 0xC0) != 0x80) ++column;
      }
      message = std::move(better);
    }
    diags->Error({src.path(), line, column}, message);
    return std::nullopt;
  }
}

}  // namespace voortgang
