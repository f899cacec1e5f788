// A CSV export read into records of fields, each with the line and column where it starts:
// the bytes decoded from the declared encoding to UTF-8 by ICU, the quoting (RFC 4180) undone
// by libcsv. Internal to the load stage.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace voortgang {

enum class CsvEncoding { kUtf8, kWindows1252 };

/// Where a decoding failed: the offset of the first bad byte in the file and its bytes.
struct DecodeError {
  std::size_t offset = 0;
  std::string bytes;
};

/// `bytes` without a leading UTF-8 byte order mark: positions are counted after it, as in
/// the TOML diagnostics.
std::string_view WithoutUtf8Bom(std::string_view bytes);

/// The bytes as UTF-8, or where they stop being valid in `encoding`.
std::optional<std::string> DecodeToUtf8(std::string_view bytes, CsvEncoding encoding,
                                        DecodeError* error);

/// 1-based line and column (in characters, as the TOML diagnostics count) of a byte offset.
struct TextPosition {
  int line = 1;
  int column = 1;
};

/// Line and column of byte offsets in `text`, counting code points when `utf8`, else bytes.
/// Offsets asked for in increasing order cost one pass over the text in all.
class PositionCounter {
 public:
  PositionCounter(std::string_view text, bool utf8) : text_(text), utf8_(utf8) {}
  TextPosition At(std::size_t offset);

 private:
  std::string_view text_;
  bool utf8_;
  std::size_t scanned_ = 0;     ///< line breaks before this offset are counted
  std::size_t line_start_ = 0;  ///< offset of the first byte of line `line_`
  int line_ = 1;
};

struct CsvField {
  std::string text;    ///< unquoted
  std::size_t offset;  ///< where the field starts in the decoded text
};

/// Called per record with its fields (reused afterwards: copy what is kept) and `end`, the
/// offset just past the record's last field, where a missing field would start.
using CsvRecordFunction = std::function<void(std::span<const CsvField> fields, std::size_t end)>;

/// Calls `on_record` for every record of `text`. Returns false, with the offset of the
/// problem, when libcsv finds the quoting malformed.
bool ReadCsv(std::string_view text, char separator, const CsvRecordFunction& on_record,
             std::size_t* error_offset);

}  // namespace voortgang
