// The per-thread shaping caches and their eviction.
#include "renderers/pdf/shape_caches.h"

#include "renderers/pdf/fonts.h"

namespace voortgang::pdf {

const ShapedWord& ShapeCaches::AddWord(std::string key, ShapedWord w) {
  if (words.size() >= kMaxCachedWords) words.clear();
  return words.emplace(std::move(key), std::move(w)).first->second;
}

uint16_t ShapeCaches::ContextId(const WordContext& c) {
  for (size_t i = 0; i < contexts.size(); ++i)
    if (contexts[i] == c) return static_cast<uint16_t>(i);
  // Past 65535 contexts (never met: a few per font) the keys would collide; start afresh.
  if (contexts.size() > UINT16_MAX) {
    contexts.clear();
    words.clear();
  }
  fonts.Id(c.font);  // held: the address names the font only while it lives
  contexts.push_back(c);
  return static_cast<uint16_t>(contexts.size() - 1);
}

void ShapeCaches::AddParagraph(std::string key, std::shared_ptr<const Unbroken> u) {
  if (paragraph_clusters + u->breaks.size() > kMaxCachedClusters) {
    paragraphs.clear();
    paragraph_clusters = 0;
  }
  paragraph_clusters += u->breaks.size();
  paragraphs.emplace(std::move(key), std::move(u));
}

ShapeCaches& ThreadShapeCaches() {
  // The font map first, so that it is destroyed after the fonts these caches hold.
  ThreadPangoContext();
  thread_local ShapeCaches caches;
  return caches;
}

}  // namespace voortgang::pdf
