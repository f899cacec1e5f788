// Reading a link annotation from its bytes as cairo wrote them: what the post-processing needs
// to complete it, without QPDF parsing the object (68 000 instructions an annotation, a third
// of the post-processing of a note with a contents page).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace voortgang::pdf {

struct RawAnnotation {
  bool link = false;          ///< /Subtype /Link
  bool has_f = false;         ///< a /F entry is there already
  bool has_contents = false;  ///< a /Contents entry is there already
  std::string uri;            ///< the /URI entry's string as written, "(https://…)", or ""
  std::string dest;           ///< the /Dest entry's literal string, escapes resolved, or ""
};

/// `bytes` ("N 0 obj << … >> endobj") read as an annotation dictionary. nullopt when it holds
/// what this reading does not follow (a stream, a destination or URI that is not a literal
/// string, a link that has neither): the caller then asks QPDF.
std::optional<RawAnnotation> ReadRawAnnotation(std::string_view bytes);

/// Whether the name `name` ("/TH", "/A") occurs in `bytes` as a whole name, not as the start of
/// a longer one ("/Alt").
bool HasName(std::string_view bytes, std::string_view name);

}  // namespace voortgang::pdf
