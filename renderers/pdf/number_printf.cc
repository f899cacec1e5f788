#include "renderers/pdf/number_printf.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <clocale>
#include <cstdlib>
#include <cstring>

namespace voortgang::pdf {
namespace {

constexpr int kMaxField = 64;  // widths and precisions beyond this go to glibc

/// Reads a run of digits; false when it exceeds kMaxField.
bool Digits(const char** f, int* value) {
  *value = 0;
  while (**f >= '0' && **f <= '9') {
    *value = *value * 10 + (*(*f)++ - '0');
    if (*value > kMaxField) return false;
  }
  return true;
}

template <typename T>
char* Integer(char* at, char* end, T value, int base) {
  return std::to_chars(at, end, value, base).ptr;
}

}  // namespace

bool PrintNumber(char* out, std::size_t size, const char* format, va_list args, int* length) {
  // The format is read whole before an argument is taken.
  const char* f = format;
  if (*f++ != '%') return false;
  bool zero_pad = *f == '0';
  if (zero_pad) ++f;
  bool width_star = *f == '*';
  int width = 0;
  if (width_star) ++f;
  else if (!Digits(&f, &width)) return false;
  bool has_precision = *f == '.';
  bool precision_star = false;
  int precision = 6;
  if (has_precision) {
    ++f;
    precision_star = *f == '*';
    if (precision_star) ++f;
    else if (!Digits(&f, &precision)) return false;
  }
  bool is_long = *f == 'l';
  if (is_long) ++f;
  char conversion = *f++;
  if (*f != '\0') return false;

  // Straight into `out` when it has room for the longest result (cairo's buffers have 512
  // bytes), else into a buffer of our own and cut from there.
  constexpr std::size_t kRoom = 160;
  char own[kRoom];
  char* digits = size > kRoom ? out : own;
  char* end = digits + kRoom;
  char* stop = nullptr;
  switch (conversion) {
    case 'f': {
      // Only the plain forms: no width, no flags.
      if (is_long || zero_pad || width_star || width != 0) return false;
      if (precision_star) precision = va_arg(args, int);
      if (precision < 0) precision = 6;  // as printf: a negative precision is taken as omitted
      if (precision > kMaxField) return false;
      double value = va_arg(args, double);
      if (!std::isfinite(value)) return false;
      // to_chars writes '.'; under a locale with another decimal point glibc prints that.
      const char* point = std::localeconv()->decimal_point;
      if (point[0] != '.' || point[1] != '\0') return false;
      auto [ptr, ec] = std::to_chars(digits, end, value, std::chars_format::fixed, precision);
      if (ec != std::errc{}) return false;  // too long for the buffer: glibc's job
      stop = ptr;
      break;
    }
    case 'd':
    case 'u':
    case 'x':
    case 'o': {
      if (has_precision) return false;
      if (width_star) {
        width = va_arg(args, int);
        if (width < 0 || width > kMaxField) return false;  // '-' flag semantics: glibc's
      }
      int base = conversion == 'x' ? 16 : conversion == 'o' ? 8 : 10;
      char number[32];
      char* n_end;
      bool negative = false;
      if (conversion == 'd') {
        long long v = is_long ? va_arg(args, long) : va_arg(args, int);
        negative = v < 0;
        // The magnitude as unsigned, so that the most negative value has one too.
        unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(v)
                                                : static_cast<unsigned long long>(v);
        n_end = Integer(number, number + sizeof number, magnitude, base);
      } else {
        unsigned long long v = is_long ? va_arg(args, unsigned long) : va_arg(args, unsigned);
        n_end = Integer(number, number + sizeof number, v, base);
      }
      int n_len = static_cast<int>(n_end - number);
      int total = n_len + (negative ? 1 : 0);
      int pad = width > total ? width - total : 0;
      char* at = digits;
      if (!zero_pad) at = std::fill_n(at, pad, ' ');
      if (negative) *at++ = '-';
      if (zero_pad) at = std::fill_n(at, pad, '0');
      stop = std::copy(number, n_end, at);
      break;
    }
    default:
      return false;
  }
  std::size_t n = static_cast<std::size_t>(stop - digits);
  if (digits == out) {
    out[n] = '\0';
  } else if (size > 0) {
    std::size_t copied = n < size - 1 ? n : size - 1;
    std::memcpy(out, digits, copied);
    out[copied] = '\0';
  }
  *length = static_cast<int>(n);
  return true;
}

}  // namespace voortgang::pdf

// glibc's fortified snprintf, which cairo (built with _FORTIFY_SOURCE) calls. A program that
// links this file exports the definition, because a library it links (cairo) refers to it, and
// the dynamic linker then binds every library's calls to it before glibc's. The program and
// bench_note name it at link time so that the file is linked (voortgang_cairo_printf in
// renderers/pdf/CMakeLists.txt); the test binary links it through PrintNumber's tests, so the
// PDF tests run on it too.
extern "C" int __vsnprintf_chk(char* s, std::size_t maxlen, int flag, std::size_t slen,
                               const char* format, va_list ap);

extern "C" int __snprintf_chk(char* s, std::size_t maxlen, int flag, std::size_t slen,
                              const char* format, ...) {
  static const bool fast = std::getenv("VOORTGANG_LIBC_PRINTF") == nullptr;
  va_list ap;
  va_start(ap, format);
  int n = 0;
  // slen < maxlen is a buffer overflow; glibc's own function reports it.
  if (fast && slen >= maxlen) {
    va_list copy;
    va_copy(copy, ap);
    bool done = voortgang::pdf::PrintNumber(s, maxlen, format, copy, &n);
    va_end(copy);
    if (done) {
      va_end(ap);
      return n;
    }
  }
  n = __vsnprintf_chk(s, maxlen, flag, slen, format, ap);
  va_end(ap);
  return n;
}
