// The per-thread caches of shaping, with their bounds. Fonts are per thread (fonts.h), so
// shapings are too; each cache holds pure functions of its key, so a hit gives what a miss
// would, and clearing one changes no output.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "renderers/pdf/item_font.h"
#include "renderers/pdf/unbroken.h"

namespace voortgang::pdf {

/// Words in the word cache: at most about 50 MB per thread; the national tree has 40 000.
inline constexpr size_t kMaxCachedWords = 60000;
/// Clusters in the paragraph cache: about 40 MB per thread.
inline constexpr size_t kMaxCachedClusters = 400000;

struct ShapeCaches {
  /// Every font met, never evicted (a handful per house style): declared first, so it is
  /// destroyed after the shapings that name its fonts.
  HeldFonts fonts;

  /// Words shaped alone (ShapeWord), keyed by their shaping context's index in `contexts`
  /// (two bytes) and the word: most keys fit in a string's own buffer, so finding one costs
  /// no allocation and no pointer to follow. Cleared when it reaches kMaxCachedWords.
  std::unordered_map<std::string, ShapedWord> words;
  std::string word_key;  ///< reused: most words are found, and need no copy of their key

  /// What shapes a word besides its letters: the font, the item's analysis and the languages
  /// (interned by Pango for the life of the process, so their addresses name them). A
  /// paragraph's items share a handful; they are never evicted.
  struct WordContext {
    PangoFont* font;
    int level, script, gravity, flags;
    PangoLanguage* language;
    PangoLanguage* break_language;
    bool operator==(const WordContext&) const = default;
  };
  std::vector<WordContext> contexts;
  /// The index of `c` in `contexts`, added on first sight.
  uint16_t ContextId(const WordContext& c);

  /// Whole paragraphs (labels, cells, numbers, running texts repeat, and a table cell is
  /// measured at several widths), keyed by ShapingKey; cleared when their clusters would pass
  /// kMaxCachedClusters.
  std::unordered_map<std::string, std::shared_ptr<const Unbroken>> paragraphs;
  size_t paragraph_clusters = 0;

  /// Stores `w` under `key`, making room first; valid until the next call.
  const ShapedWord& AddWord(std::string key, ShapedWord w);
  void AddParagraph(std::string key, std::shared_ptr<const Unbroken> u);
};

/// The calling thread's caches; created on first use, live until the thread ends.
ShapeCaches& ThreadShapeCaches();

}  // namespace voortgang::pdf
