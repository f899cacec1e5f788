// Marking a page's unmarked painting as artifacts: cairo 1.16 paints the running header and
// footer, rules and cell backgrounds outside any marked-content sequence and cannot mark them.
#pragma once

#include <string>

namespace voortgang::pdf {

/// `content` (a page's decoded content stream) with every stretch of painting that lies outside
/// any marked-content sequence wrapped in `/Artifact BMC ... EMC` (PDF/UA: content is either
/// tagged or an artifact). Tagged content passes through untouched, q/Q never straddle an
/// artifact, and content with nothing to mark comes back unchanged.
std::string MarkArtifactsInContent(const std::string& content);

}  // namespace voortgang::pdf
