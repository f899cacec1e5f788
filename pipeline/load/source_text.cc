// Reading input files within the limits and slicing them by line and column.
#include "pipeline/load/source_text.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

#include "pipeline/load/limits.h"

namespace voortgang {

std::optional<SourceText> SourceText::Read(const std::string& path, Diagnostics* diags) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    diags->Error({path, 0, 0}, std::string("cannot read file: ") + std::strerror(errno));
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    diags->Error({path, 0, 0}, "not a regular file");
    return std::nullopt;
  }
  if (static_cast<std::size_t>(st.st_size) > kMaxFileBytes) {
    diags->Error({path, 0, 0}, "file is " + std::to_string(st.st_size >> 20) +
                                   " MiB, more than the limit of " +
                                   std::to_string(kMaxFileBytes >> 20) + " MiB");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags->Error({path, 0, 0}, std::string("cannot read file: ") + std::strerror(errno));
    return std::nullopt;
  }
  std::string text(static_cast<std::size_t>(st.st_size), '\0');
  in.read(text.data(), st.st_size);
  if (in.gcount() != st.st_size) {
    diags->Error({path, 0, 0}, "cannot read file: short read");
    return std::nullopt;
  }
  return FromString(path, std::move(text));
}

SourceText SourceText::FromString(std::string path, std::string text) {
  SourceText s;
  s.path_ = std::move(path);
  s.text_ = std::move(text);
  if (s.text_.compare(0, 3, "\xEF\xBB\xBF") == 0) s.bom_ = 3;
  s.IndexLines();
  return s;
}

std::string_view SourceText::text() const {
  return std::string_view(text_).substr(bom_);
}

void SourceText::IndexLines() {
  // memchr, not a byte loop: this runs over every input byte, beside toml++'s own parse.
  std::string_view t = text();
  line_starts_.push_back(0);
  for (const char* p = t.data(), *end = t.data() + t.size();
       (p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr; ++p) {
    line_starts_.push_back(p + 1 - t.data());
  }
}

std::string_view SourceText::Slice(int line, int column, int end_line, int end_column) const {
  auto offset = [&](int l, int c) -> std::size_t {
    if (l < 1 || static_cast<std::size_t>(l) > line_starts_.size()) return text().size();
    // toml++ counts columns in code points; numbers are ASCII, but text before them on the
    // same line may not be, so walk the line's code points.
    std::string_view t = text();
    std::size_t pos = line_starts_[l - 1];
    for (int col = 1; col < c && pos < t.size(); ++col) {
      ++pos;
      while (pos < t.size() && (static_cast<unsigned char>(t[pos]) & 0xC0) == 0x80) ++pos;
    }
    return pos;
  };
  std::size_t begin = offset(line, column);
  std::size_t end = offset(end_line, end_column);
  if (end < begin) return {};
  return text().substr(begin, end - begin);
}

}  // namespace voortgang
