// Marking a page's unmarked painting as artifacts: cairo 1.16 paints the running header and
// footer, rules and cell backgrounds outside any marked-content sequence and cannot mark them
// (cairo 1.18 can, but not with a type).
#pragma once

#include <string>

#include "renderers/pdf/painted.h"

namespace voortgang::pdf {

/// `content` (a page's decoded content stream) with every stretch of painting that lies outside
/// any marked-content sequence wrapped in an /Artifact marked-content sequence (PDF/UA: content
/// is either tagged or an artifact), typed by where it starts (`bands`): `/Artifact << /Type
/// /Pagination /Subtype /Header >> BDC` (or /Footer) for the running header and footer,
/// `/Artifact << /Type /Layout >> BDC` for the rest. A text object or path is never split, so
/// one that reaches from one band into another is typed by where it starts. Tagged content
/// passes through untouched, q/Q never straddle an artifact, and content with nothing to mark
/// comes back unchanged.
std::string MarkArtifactsInContent(const std::string& content, const ArtifactBands& bands = {});

}  // namespace voortgang::pdf
