// The per-thread shaping caches and their eviction.
#include "renderers/pdf/shape_caches.h"

#include "renderers/pdf/fonts.h"

namespace voortgang::pdf {

const ShapedWord& ShapeCaches::AddWord(std::string key, ShapedWord w) {
  if (words.size() >= kMaxCachedWords) words.clear();
  return words.emplace(std::move(key), std::move(w)).first->second;
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
