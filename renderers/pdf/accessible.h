// Post-processing of cairo's PDF with QPDF: what cairo 1.16 cannot write for an accessible,
// archivable file (/Lang, XMP, /ID, artifacts, /Alt, /Scope, link /Contents, output intent).
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "renderers/pdf/painted.h"

namespace voortgang::pdf {

/// Where Debian's icc-profiles-free puts its sRGB profile (the OutputIntent's DestOutputProfile).
inline constexpr const char* kSrgbProfilePath = "/usr/share/color/icc/sRGB.icc";

/// Returns cairo's `pdf` with /Lang (metadata.language), ViewerPreferences DisplayDocTitle,
/// MarkInfo Marked, an XMP stream that repeats the document information dictionary, /F Print
/// and /Contents on link annotations and /Tabs /S on pages that have them, untagged painting
/// marked as artifacts (typed by `painted.bands`: Pagination Header and Footer for the running
/// header and footer, Layout for rules, tints and the logo), /Scope on table header cells, an
/// sRGB OutputIntent, `painted.figures` (one per Figure element, as PaintPdf reports them) as
/// /Alt and a layout /BBox, and a /ID computed from the content. The same input gives the same
/// bytes. "" and *error on failure. Makes no PDF/A or PDF/UA claim: see the README for what a
/// check shows.
std::string MakeAccessible(const std::string& pdf, const doc::Metadata& metadata,
                           const Painted& painted, std::string* error);

/// The information dictionary's texts as they go into the XMP packet.
struct XmpFields {
  std::string title, author, subject, keywords, creator, producer, language;
  std::string date;  ///< ISO 8601, "2024-12-10T00:00:00+00:00"
};

/// The XMP packet (dc:, xmp:, pdf: properties), XML-escaped, in a fixed order.
std::string XmpPacket(const XmpFields& fields);

/// `unix_seconds` as a PDF date "D:20241210000000+00'00'" and as ISO 8601 in UTC.
std::string PdfDate(int64_t unix_seconds);
std::string XmpDate(int64_t unix_seconds);

}  // namespace voortgang::pdf
