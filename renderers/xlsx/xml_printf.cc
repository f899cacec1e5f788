#include "renderers/xlsx/xml_printf.h"

#include <algorithm>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace voortgang::xlsx {

int FormatXml(char* buffer, std::size_t size, const char* format, va_list args) {
  char* at = buffer;
  char* const end = buffer + size;
  auto put = [&](const char* text, std::size_t n) {
    if (static_cast<std::size_t>(end - at) < n) return false;
    std::memcpy(at, text, n);
    at += n;
    return true;
  };
  const char* f = format;
  for (;;) {
    const char* percent = std::strchr(f, '%');
    if (!percent) {
      if (!put(f, std::strlen(f))) return -1;
      return static_cast<int>(at - buffer);
    }
    if (!put(f, static_cast<std::size_t>(percent - f))) return -1;
    f = percent + 1;
    char digits[40];
    std::to_chars_result number;
    switch (*f) {
      case '%':
        if (!put("%", 1)) return -1;
        ++f;
        continue;
      case 's': {
        const char* s = va_arg(args, const char*);
        if (!s) s = "(null)";  // glibc's text for a null string
        if (!put(s, std::strlen(s))) return -1;
        ++f;
        continue;
      }
      case 'd':
        number = std::to_chars(digits, digits + sizeof digits, va_arg(args, int));
        ++f;
        break;
      case 'u':
        number = std::to_chars(digits, digits + sizeof digits, va_arg(args, unsigned));
        ++f;
        break;
      case '.': {
        if (std::strncmp(f, ".16G", 4) != 0) return -1;
        double value = va_arg(args, double);
        if (!std::isfinite(value)) return -1;
        // to_chars writes '.'; under a locale with another decimal point glibc prints that.
        const char* point = std::localeconv()->decimal_point;
        if (point[0] != '.' || point[1] != '\0') return -1;
        number =
            std::to_chars(digits, digits + sizeof digits, value, std::chars_format::general, 16);
        if (number.ec != std::errc{}) return -1;
        std::replace(digits, number.ptr, 'e', 'E');  // %G's exponent
        f += 4;
        break;
      }
      default:
        return -1;
    }
    if (!put(digits, static_cast<std::size_t>(number.ptr - digits))) return -1;
  }
}

}  // namespace voortgang::xlsx

// glibc's fortified fprintf and plain snprintf, which libxlsxwriter calls (it is built with
// _FORTIFY_SOURCE, but its snprintf calls are not fortified). A program that links
// voortgang_xlsx_printf (CMakeLists.txt) exports these definitions, and the dynamic linker binds
// libxlsxwriter's calls, and any other library's, to them before glibc's. The text is made whole
// in a buffer on the stack first, so that an fprintf call stays one write to its stream, as
// glibc's is; a longer text goes to glibc.
extern "C" int __vfprintf_chk(FILE* stream, int flag, const char* format, va_list ap);

namespace {

// Zero (glibc's path) for a call made before the program's statics are set up.
const bool fast_printf = std::getenv("VOORTGANG_LIBC_PRINTF") == nullptr;

constexpr std::size_t kBuffer = 2048;  // a cell or a tag; a longer text is glibc's

int Format(char (&buffer)[kBuffer], const char* format, va_list args) {
  if (!fast_printf) return -1;
  va_list copy;
  va_copy(copy, args);
  int n = voortgang::xlsx::FormatXml(buffer, kBuffer, format, copy);
  va_end(copy);
  return n;
}

}  // namespace

extern "C" int snprintf(char* s, std::size_t maxlen, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  char buffer[kBuffer];
  int n = Format(buffer, format, ap);
  if (n >= 0) {
    if (maxlen > 0) {
      std::size_t copied = std::min(static_cast<std::size_t>(n), maxlen - 1);
      std::memcpy(s, buffer, copied);
      s[copied] = '\0';
    }
  } else {
    n = std::vsnprintf(s, maxlen, format, ap);
  }
  va_end(ap);
  return n;
}

extern "C" int __fprintf_chk(FILE* stream, int flag, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  char buffer[kBuffer];
  int n = Format(buffer, format, ap);
  if (n >= 0) {
    if (std::fwrite(buffer, 1, static_cast<std::size_t>(n), stream) != static_cast<std::size_t>(n))
      n = -1;
  } else {
    n = __vfprintf_chk(stream, flag, format, ap);
  }
  va_end(ap);
  return n;
}
