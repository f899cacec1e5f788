// The Pango context of the current thread: one font map per thread (sharing one corrupts GLib's
// lists), metrics hinting off so measurements match what the PDF surface draws.
#pragma once

#include <pango/pango.h>

#include <string>

namespace voortgang::pdf {

struct FontSpec {
  std::string family;
  double size_pt = 11;
  bool bold = false;
  bool italic = false;
  auto operator<=>(const FontSpec&) const = default;
};

/// The calling thread's context; created on first use, lives until the thread ends.
PangoContext* ThreadPangoContext();

/// A cached description for `spec` in this thread; owned by the cache.
const PangoFontDescription* ThreadFontDescription(const FontSpec& spec);

/// A new attribute, for the whole text, that sets it as Word sets text by default: without
/// ligatures and without pair kerning. "ti" and "fi" stay two letters for search, copying and
/// screen readers, and cairo writes one font subset per face instead of a second one for the
/// ligature glyphs; unkerned, a line's glyphs sit at their advances, where kerning had cairo
/// write a position for every third glyph (4 % of a note's instructions).
PangoAttribute* NewWordFeatures();

}  // namespace voortgang::pdf
