// cairo writes every number of a PDF page through snprintf: a conversion per glyph position,
// per kerning step, six per text matrix. glibc's snprintf set up a stream for each one and
// spent about a tenth of the rendering in it. The program therefore defines __snprintf_chk,
// the entry cairo's fortified calls go to (see number_printf.cc), and serves the few formats
// cairo uses with std::to_chars, which is exact like glibc's printf and so gives the same bytes;
// every other format goes on to glibc. VOORTGANG_LIBC_PRINTF=1 turns the fast path off, so a
// test can show that the PDFs are byte-identical either way.
#pragma once

#include <cstdarg>
#include <cstddef>

namespace voortgang::pdf {

/// Formats one conversion of the kinds cairo's output streams pass to snprintf ("%d", "%ld",
/// "%u", "%x", "%0*x", "%03o", "%f", "%.18f", "%.*f") as snprintf would: the result is written
/// to `out` cut to `size` bytes with its NUL, and its full length stored in `*length`. Returns
/// false (what `out` holds then is for glibc to overwrite) for any other format, for a value
/// it leaves to glibc (an infinity, a NaN, more digits than its buffer holds), or for "%f"
/// under a locale whose decimal point is not '.'. `args` is consumed either way: a caller that
/// falls back keeps a copy.
bool PrintNumber(char* out, std::size_t size, const char* format, va_list args, int* length);

}  // namespace voortgang::pdf
