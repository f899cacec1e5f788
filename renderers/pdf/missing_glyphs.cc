// Missing code points -> warnings.
#include "renderers/pdf/missing_glyphs.h"

#include <glib.h>

#include <cstdio>
#include <string>

namespace voortgang::pdf {
namespace {

constexpr long kMaxQuoted = 60;  // characters of the text quoted in a warning

std::string Utf8(uint32_t c) {
  char buf[8] = {};
  g_unichar_to_utf8(static_cast<gunichar>(c), buf);
  return buf;
}

/// `text` cut to kMaxQuoted characters (whole characters; the text is valid UTF-8).
std::string Quoted(const std::string& text) {
  if (g_utf8_strlen(text.c_str(), static_cast<gssize>(text.size())) <= kMaxQuoted) return text;
  const char* end = g_utf8_offset_to_pointer(text.c_str(), kMaxQuoted);
  return std::string(text.c_str(), end) + "\u2026";
}

}  // namespace

void WarnMissingGlyphs(const MissingGlyphs& missing, Diagnostics* warnings) {
  for (const auto& [c, text] : missing) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    warnings->Warning({},
                      std::string("no installed font has a glyph for ") + code + " '" + Utf8(c) +
                          "' in \"" + Quoted(text) +
                          "\": it is left out of the PDF, from the page and from its text",
                      "use another character, or install a font that has it (fc-list :charset=" +
                          std::string(code + 2) + ")");
  }
}

}  // namespace voortgang::pdf
