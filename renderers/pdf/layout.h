// Laid-out pages: items of positioned drawing operations, the output of measure -> paginate
// and the only input of paint. Also what the text dump and the layout tests look at.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/house_style.h"
#include "renderers/pdf/length.h"
#include "renderers/pdf/text_line.h"

namespace voortgang::pdf {

struct DrawText {
  Length x, baseline;  ///< x from the item's left edge (the text column), y from its top
  Length box_width;    ///< the width the line was broken for (tests: no line wider than this)
  TextLine line;
};
struct DrawRect {
  Length x, y, w, h;
  Rgb fill;
};
struct DrawLine {
  Length x1, y1, x2, y2;
  Length width;
  Rgb colour;
  /// Round caps make a dotted line's dots round, else they are squares of the line's width.
  bool dotted = false;
  bool round = false;  ///< round caps: a zero-length round line is a dot
};
struct DrawImage {
  Length x, y, w, h;
  std::string path;  ///< PNG
};

/// A structure element this item belongs to; `group` tells apart two elements of one kind
/// (two tables), so an element spans consecutive items.
struct Tag {
  std::string name;  ///< "Table", "TR", "L", "LI", ...
  int group = 0;
  std::string alt;   ///< a Figure's alternative text (cairo 1.16 cannot write it; see accessible.h)
};

struct DrawOp {
  using Op = std::variant<DrawText, DrawRect, DrawLine, DrawImage>;
  DrawOp(Op o, std::string t = {}, int g = -1) : op(std::move(o)), tag(std::move(t)), tag_group(g) {}

  Op op;
  std::string tag;  ///< leaf structure tag around this op ("P", "TD", "H1", ...) or ""
  int tag_group = -1;  ///< ops of one item with the same leaf group share one element
};

enum class ItemKind { kTitle, kToc, kHeading, kText, kListText, kTableCaption, kTableHeader,
                      kTableRow, kTableTotal, kChart, kSpace, kPageBreak };

/// A vertical slice that is never split across pages.
struct Item {
  ItemKind kind = ItemKind::kText;
  Length height;
  Length space_before;   ///< dropped at the top of a page
  bool keep_with_next = false;  ///< no page break between this and the next item
  bool page_break_before = false;
  std::vector<DrawOp> ops;
  std::vector<Tag> tags;       ///< enclosing structure elements, outermost first
  std::vector<int> footnotes;  ///< indices into Layout::footnotes referenced here
  int table = -1;              ///< index into Layout::tables for rows of a table
  // Headings:
  std::string dest;            ///< link target name
  int level = 0;
  std::string title;           ///< "3.2 Inkoop" for outline and contents
  bool in_toc = false;
  int toc_slot = -1;           ///< for contents entries: index of the heading they point at
  bool no_running = false;     ///< title page: no running header or footer
};

/// What a continued table puts at the top of each further page.
struct TableRepeat {
  std::vector<int> items;  ///< indices into Layout::items: caption " (vervolg)" and header row
  std::vector<Item> pending;  ///< while measuring: the items before they get an index
};

struct Footnote {
  int number = 0;
  std::vector<DrawOp> ops;  ///< relative to the footnote's top-left in the footnote area
  Length height;
  std::string text;         ///< for the dump
};

struct LinkTarget {
  std::string uri;   ///< external, or
  std::string dest;  ///< internal named destination
};

struct Placed {
  int item = 0;
  Length y;  ///< top of the item from the page's top edge
};

struct Page {
  std::vector<Placed> items;
  std::vector<int> footnotes;
  bool running = true;  ///< draw the running header and footer
  /// Running header, footer and footnote area, positioned from the page's top-left corner.
  std::vector<DrawOp> ops;
};

struct Layout {
  Length page_width, page_height;
  Length left, top, content_width, content_bottom;  ///< content box
  std::vector<Item> items;    ///< the flow, then the items that only repeat (table headers)
  int flow_items = 0;         ///< items[0, flow_items) are laid out in order
  std::vector<TableRepeat> tables;
  std::vector<Footnote> footnotes;
  std::vector<LinkTarget> links;
  std::vector<Page> pages;
  /// e.g. a logo that cannot be read (the PDF is still made); a warning with no file of its own
  /// concerns the document as a whole (the build names the output)
  Diagnostics warnings;
  int passes = 0;  ///< layout passes needed for the contents' page numbers to settle
  /// Heading item index -> 1-based page number, in item order.
  std::vector<std::pair<int, int>> heading_pages;
};

}  // namespace voortgang::pdf
