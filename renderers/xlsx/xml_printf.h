// libxlsxwriter writes every cell and every XML tag of a workbook through fprintf (a call per
// cell, per tag, per attribute) and every cell name, attribute number and formula value through
// snprintf, and glibc's printf functions took a fifth of a workbook's instructions. The program
// therefore defines __fprintf_chk and snprintf, the entries libxlsxwriter's calls go to (see
// xml_printf.cc), and serves the formats libxlsxwriter writes XML with: literal text with "%s",
// "%d", "%u", "%.16G" (numbers, through std::to_chars, exact like glibc's printf) and "%%".
// Every other format goes on to glibc. VOORTGANG_LIBC_PRINTF=1 turns the fast path off (as it
// does for cairo's, renderers/pdf/number_printf.h), so a test can show that the workbooks are
// byte-identical either way.
#pragma once

#include <cstdarg>
#include <cstddef>

namespace voortgang::xlsx {

/// Writes into `buffer` (no NUL) what printf would print for `format`, when every conversion in
/// it is one of "%s", "%d", "%u", "%.16G" and "%%", and returns its length. Returns -1 (what
/// `buffer` holds then is to be thrown away) for any other conversion, for a number that is not
/// finite, for "%.16G" under a locale whose decimal point is not '.', or for a text longer than
/// `size`. `args` is consumed either way: a caller that falls back keeps a copy.
int FormatXml(char* buffer, std::size_t size, const char* format, va_list args);

}  // namespace voortgang::xlsx
