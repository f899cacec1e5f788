// Text into HTML: the five characters that can end a text or attribute value, escaped.
#pragma once

#include <string>
#include <string_view>

namespace voortgang::html {

/// Appends `text` with & < > " ' escaped, so it is safe in element content and in a quoted
/// attribute value alike.
void AppendEscaped(std::string* out, std::string_view text);

std::string Escaped(std::string_view text);

/// Base64 (RFC 4648, with padding), for the logo as a data URI.
std::string Base64(std::string_view bytes);

}  // namespace voortgang::html
