// Measure: document blocks -> Items (shaped lines, table rows, charts) with their heights.
// Every block kind has one small function in measure_*.cc; they share this context.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/house_style.h"
#include "renderers/pdf/layout.h"
#include "renderers/pdf/shape.h"

namespace voortgang::pdf {

class Hyphenator;

struct MeasureContext {
  MeasureContext(const HouseStyle& s, const Hyphenator* h, Layout* l)
      : style(s), hyphenator(h), layout(l) {}

  const HouseStyle& style;
  const Hyphenator* hyphenator;
  Layout* layout;
  int next_group = 1;  ///< structure element ids
  int headings = 0;    ///< headings seen, for automatic anchors
  /// 1 when the document has a title: the title is the H1, a level-n heading is H(n+1), as
  /// in the HTML edition; 0 otherwise (the memo), so the first heading is still an H1.
  int heading_shift = 0;
  Diagnostics* warnings = nullptr;
  MissingGlyphs missing_glyphs;  ///< met while shaping, warned about once the layout is done
  std::vector<doc::Heading> toc_headings;  ///< what the contents lists; ids resolved
  int toc_group = 0;
  std::vector<std::string> heading_dests;  ///< per heading ordinal: its unique anchor
  std::map<std::string, int> dest_links;  ///< heading anchor -> index in Layout::links

  int NewGroup() { return next_group++; }
  FontSpec Body(double size = 0, bool bold = false, bool italic = false) const;
  FontSpec HeadingFont(double size) const;
  ShapeOptions Options(Length width, doc::Align align);
  Length LineHeight(double size_pt) const;
};

/// Runs -> spans in `font`; links get a reference mark and a footnote (unless the link text
/// is the URL itself), run footnotes too.
std::vector<Span> SpansOf(const doc::Runs& runs, const FontSpec& font, Rgb colour,
                          MeasureContext* ctx);

/// Shaped lines -> one DrawText op each, stacked from y = top with `line_height`.
/// Returns the ops and the y below the last line. The lines move into the ops: pass a
/// temporary or std::move (a copied line was 1.5 % of a national build).
Length StackLines(std::vector<TextLine> lines, Length x, Length top, Length box_width,
                  Length line_height, doc::Align align, const std::string& tag, int group,
                  std::vector<DrawOp>* ops);

/// Footnote indices referenced by a line.
void CollectFootnotes(const TextLine& line, std::vector<int>* out);

/// Blocks at horizontal offset `x` in a column of `width`, inside structure `tags`.
void MeasureBlocks(const std::vector<doc::Block>& blocks, Length x, Length width,
                   const std::vector<Tag>& tags, MeasureContext* ctx);

void MeasureParagraph(const doc::Paragraph& p, Length x, Length width,
                      const std::vector<Tag>& tags, Length space_before, MeasureContext* ctx);
void MeasureHeading(const doc::Heading& h, MeasureContext* ctx);
void MeasureList(const doc::List& list, Length x, Length width, const std::vector<Tag>& tags,
                 int depth, MeasureContext* ctx);
void MeasureTable(const doc::Table& t, Length x, Length width, MeasureContext* ctx);
void MeasureMemoHeader(const doc::MemoHeader& m, Length width, MeasureContext* ctx);
void MeasureTitle(const doc::TitleBlock& t, Length width, MeasureContext* ctx);
void MeasureBarChart(const doc::BarChart& c, Length width, MeasureContext* ctx);
void MeasureLineChart(const doc::LineChart& c, Length width, MeasureContext* ctx);
void MeasureColumnLineChart(const doc::ColumnLineChart& c, Length width, MeasureContext* ctx);

/// A contents heading line plus one placeholder item per listed heading; entries are
/// (re)filled by MeasureTocEntry once page numbers are known.
void MeasureTocTitle(const doc::TableOfContents& toc, MeasureContext* ctx);

/// One contents line for `h` (its id resolved) showing page `page`, linked to the heading.
Item MeasureTocEntry(const doc::Heading& h, int slot, int page, MeasureContext* ctx);

/// The anchor of a heading: its id, or "kop-N" for the N-th heading (1-based) without one.
std::string HeadingDest(const doc::Heading& h, int ordinal);

/// The whole document's flow. Contents entries get page 0 until the pages are known.
void MeasureDocument(const doc::Document& d, MeasureContext* ctx);

}  // namespace voortgang::pdf
