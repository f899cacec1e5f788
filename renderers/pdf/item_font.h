// The fonts Pango picks for items, as lines need them, held per thread.
#pragma once

#include <pango/pango.h>

#include <map>
#include <optional>

#include "renderers/pdf/unbroken.h"

namespace voortgang::pdf {

/// `font`'s scaled font for painting, its extents and its hyphen.
ItemFont MakeItemFont(PangoFont* font);

/// The fonts a thread has met, each held until the thread ends, so that no other font can
/// be allocated at its address and be taken for it: a number to name it in word-cache keys,
/// and its ItemFont (finding the hyphen cost cairo a text-to-glyphs call per paragraph).
class HeldFonts {
 public:
  HeldFonts() = default;
  HeldFonts(const HeldFonts&) = delete;
  HeldFonts& operator=(const HeldFonts&) = delete;
  ~HeldFonts();
  int Id(PangoFont* font) { return Hold(font).id; }
  const ItemFont& Item(PangoFont* font);

 private:
  struct Held {
    int id;
    std::optional<ItemFont> item;
  };
  Held& Hold(PangoFont* font);
  std::map<PangoFont*, Held> held_;
};

/// Where `font` is in `u`'s fonts, added on first sight; `index` remembers them.
int FontIndex(PangoFont* font, std::map<PangoFont*, int>* index, Unbroken* u);

}  // namespace voortgang::pdf
