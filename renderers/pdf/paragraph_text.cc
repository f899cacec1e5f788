// Spans -> one paragraph text with font attributes.
#include "renderers/pdf/paragraph_text.h"

#include <algorithm>

#include "renderers/pdf/fonts.h"
#include "renderers/pdf/hyphenate.h"

namespace voortgang::pdf {

ParagraphText BuildParagraphText(const std::vector<Span>& spans, const Hyphenator* hyphenator,
                                 int min_word, PangoAttrList* attrs) {
  ParagraphText b;
  for (const Span& s : spans) {
    b.starts.push_back(b.text.size());
    size_t start = b.text.size();
    if (s.hyphenate && hyphenator)
      b.text += hyphenator->Hyphenate(s.text, min_word);
    else
      b.text += s.text;
    PangoAttribute* a = pango_attr_font_desc_new(ThreadFontDescription(s.font));
    a->start_index = static_cast<guint>(start);
    a->end_index = static_cast<guint>(b.text.size());
    pango_attr_list_insert(attrs, a);
  }
  pango_attr_list_insert(attrs, NewWordFeatures());
  return b;
}

size_t SpanAt(const ParagraphText& b, size_t byte) {
  auto it = std::upper_bound(b.starts.begin(), b.starts.end(), byte);
  return it == b.starts.begin() ? 0 : static_cast<size_t>(it - b.starts.begin()) - 1;
}

std::string CleanClusterText(std::string_view s, bool* had_soft_hyphen) {
  if (s.find_first_of("\xC2\xE2") == std::string_view::npos) return std::string(s);
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s.substr(i, 2) == kSoftHyphen) {
      *had_soft_hyphen = true;
      i += 2;
    } else if (s.substr(i, 3) == kLineSeparator) {
      i += 3;
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

}  // namespace voortgang::pdf
