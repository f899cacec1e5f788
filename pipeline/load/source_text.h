// A TOML file's text as read from disk, with what the loader needs to quote it exactly:
// the raw characters of a number at a toml++ source position.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/diagnostics.h"

namespace voortgang {

class SourceText {
 public:
  /// Reads `path` whole; reports a missing, unreadable or oversized file into `diags`.
  static std::optional<SourceText> Read(const std::string& path, Diagnostics* diags);
  static SourceText FromString(std::string path, std::string text);

  const std::string& path() const { return path_; }
  /// The file's bytes as read, byte order mark included.
  const std::string& bytes() const { return text_; }
  /// The text without a UTF-8 byte order mark (which editors on Windows like to add).
  std::string_view text() const;
  /// The characters from (line, column) to (end_line, end_column), 1-based, end exclusive.
  std::string_view Slice(int line, int column, int end_line, int end_column) const;

 private:
  std::string path_;
  std::string text_;
  std::size_t bom_ = 0;
  std::vector<std::size_t> line_starts_;  ///< offsets into text(), per 1-based line - 1
  void IndexLines();
};

}  // namespace voortgang
