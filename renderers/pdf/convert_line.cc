// Clusters -> glyph runs in PDF points, with the text each run stands for. Converts glyph
// geometry from Pango units exactly here (through pango_units.h); soft hyphens are taken out of
// the text the PDF carries, and a drawn line-end hyphen is given the text "-" so extractors
// (pdftotext) rejoin the word; a hard hyphen at a line end is given U+2010 so they keep it.
#include "renderers/pdf/convert_line.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "renderers/pdf/bidi_order.h"
#include "renderers/pdf/pango_units.h"
#include "renderers/pdf/paragraph_text.h"

namespace voortgang::pdf {

TextLine ConvertLine(const Unbroken& u, const Unbroken::Line& from, Segment seg,
                     const std::vector<Span>& spans, bool wrapped, bool broken,
                     std::vector<std::vector<int>>* spaces_before, int* stretchable) {
  TextLine line;
  int ascent = 0, descent = 0;
  int x0 = seg.begin < seg.end ? u.breaks[seg.begin].x : 0;
  int natural_end = 0;  // from the line start, after the last non-space cluster
  int spaces = 0;
  int spaces_at_natural_end = 0;
  int word_start = 0;  // where the current stretch between spaces began
  // The clusters' texts follow each other in u.texts, so a run's text and the line's are
  // ranges of it, copied once; only a hyphen drawn at the line's end is not there.
  const size_t line_from = seg.begin < seg.end ? u.text[seg.begin].first : 0;
  size_t text_at_natural_end = line_from;  // in u.texts
  bool hyphen_at_natural_end = false;
  GlyphRun* run = nullptr;
  size_t run_from = 0;  // in u.texts: where the part of the run's text not yet copied starts
  auto copy_run_text = [&](size_t to) {
    run->text.append(u.texts, run_from, to - run_from);
    run_from = to;
  };
  int run_item = -1;
  size_t run_span = SIZE_MAX;
  // Bidirectional text is drawn in the order VisualOrder gives; left-to-right text in its own.
  const bool bidi = !u.levels.empty();
  VisualLine visual;
  if (bidi) visual = VisualOrder(u, from.rtl, seg);
  const size_t n = bidi ? visual.order.size() : seg.end - seg.begin;
  int pen = 0;                   // bidi: where the next cluster is drawn
  size_t prev = SIZE_MAX;        // the cluster drawn before
  size_t backward_text_end = 0;  // in u.texts: the end of a backward run's text
  auto close_run = [&] {
    if (!run) return;
    if (!run->backward) return copy_run_text(u.text[prev].second);
    // Drawn right to left: the last cluster drawn is the run's logical first.
    run->text.assign(u.texts, u.text[prev].first, backward_text_end - u.text[prev].first);
    std::reverse(run->clusters.begin(), run->clusters.end());
  };
  for (size_t v = 0; v < n; ++v) {
    const size_t k = bidi ? visual.order[v] : seg.begin + v;
    const bool backward = bidi && visual.levels[v] % 2;
    const BreakCluster& c = u.breaks[k];
    const ItemFont& font = u.fonts[u.item[k]];
    ascent = std::max(ascent, font.ascent);
    descent = std::max(descent, font.descent);
    const size_t text_begin = u.text[k].first, text_end = u.text[k].second;
    size_t span = u.span[k];
    bool next_in_run =
        run && (backward ? run->backward && k + 1 == prev : !run->backward && k == prev + 1);
    if (!run || span != run_span || u.item[k] != run_item || !next_in_run) {
      close_run();
      line.runs.push_back(GlyphRun{
          font.font, {}, {}, {}, spans[span].colour, spans[span].link, spans[span].footnote});
      run = &line.runs.back();
      run->backward = backward;
      run_from = text_begin;
      backward_text_end = text_end;
      run_span = span;
      run_item = u.item[k];
      spaces_before->emplace_back();
      // Most lines are one run: room for the rest of the line (and a hyphen) at once.
      size_t rest = n - v + 1;
      run->glyphs.reserve(rest);
      run->clusters.reserve(rest);
      spaces_before->back().reserve(rest);
    }
    prev = k;
    int x = bidi ? pen : c.x - x0;
    pen += c.advance;
    int drawn = 0;
    for (int g = u.glyphs[k].first; g < u.glyphs[k].second; ++g) {
      const PlacedGlyph& p = u.placed[g];
      run->glyphs.push_back(cairo_glyph_t{p.glyph, FromPango(x + p.dx).pt, FromPango(p.dy).pt});
      spaces_before->back().push_back(spaces);
      ++drawn;
    }
    int end_x = x + c.advance;
    std::string_view text = u.Text(k);
    // A hyphen is drawn (or said) only where the line ends in left-to-right text.
    bool last = k + 1 == seg.end && (!bidi || (v + 1 == n && !backward && !from.rtl));
    int cluster_bytes = static_cast<int>(text.size());
    if (c.soft_hyphen && last && broken && font.hyphen_advance > 0) {
      run->glyphs.push_back(cairo_glyph_t{font.hyphen_glyph, FromPango(x).pt, 0});
      spaces_before->back().push_back(spaces);
      ++drawn;
      end_x = x + font.hyphen_advance;
      // Extractors rejoin a word whose line ends in "-".
      copy_run_text(text_end);
      run->text += '-';
      ++cluster_bytes;
      line.hyphenated = true;
    } else if (!c.soft_hyphen && wrapped && last && text == "-") {
      // A line ending in a hard hyphen ("Zuid-|Kennemerland"): extractors drop a line-end
      // U+002D and join the lines, so the PDF text says U+2010 HYPHEN and the word keeps it.
      copy_run_text(text_begin);
      run->text += kHardHyphen;
      run_from = text_end;
      cluster_bytes = static_cast<int>(kHardHyphen.size());
    }
    if (drawn > 0 || !text.empty())
      run->clusters.push_back(cairo_text_cluster_t{cluster_bytes, drawn});
    if (text == " ") {
      ++spaces;
      word_start = end_x;
    } else if (!text.empty() || drawn > 0) {
      natural_end = end_x;
      spaces_at_natural_end = spaces;
      line.widest_word = Max(line.widest_word, FromPango(end_x - word_start));
      text_at_natural_end = text_end;
      hyphen_at_natural_end = line.hyphenated;  // set by this cluster, the last
    }
  }
  close_run();
  if (bidi) text_at_natural_end = n > 0 ? u.text[seg.begin + n - 1].second : line_from;
  // Clusters with neither text nor glyphs are not allowed by cairo; drop empty runs.
  for (size_t k = 0; k < line.runs.size();) {
    if (line.runs[k].glyphs.empty() && line.runs[k].text.empty()) {
      line.runs.erase(line.runs.begin() + k);
      spaces_before->erase(spaces_before->begin() + k);
    } else {
      ++k;
    }
  }
  if (n == 0) {  // no clusters, or (bidi) only spaces
    ascent = from.ascent;
    descent = from.descent;
  }
  line.ascent = FromPango(ascent);
  line.descent = FromPango(descent);
  line.text.assign(u.texts, line_from, text_at_natural_end - line_from);
  if (hyphen_at_natural_end) line.text += '-';
  line.width = FromPango(natural_end);
  line.rtl = from.rtl;
  *stretchable = spaces_at_natural_end;
  return line;
}

}  // namespace voortgang::pdf
