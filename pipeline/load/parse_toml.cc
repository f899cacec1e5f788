// toml++ parsing with its errors turned into diagnostics.
#include "pipeline/load/file_loaders.h"

namespace voortgang {

std::optional<toml::table> ParseToml(const SourceText& src, Diagnostics* diags) {
  std::string_view text = src.text();
  // toml++ would stop at a NUL byte without saying where; say it ourselves.
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < nul; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
    diags->Error({src.path(), line, column}, "NUL byte in file: is this a TOML text file?");
    return std::nullopt;
  }
  try {
    return toml::parse(text, std::string_view(src.path()));
  } catch (const toml::parse_error& e) {
    diags->Error({src.path(), static_cast<int>(e.source().begin.line),
                  static_cast<int>(e.source().begin.column)},
                 std::string(e.description()));
    return std::nullopt;
  }
}

}  // namespace voortgang
