// Measuring tables: column widths from min/max content widths, one item per row, a caption,
// a header row repeated (with the caption + " (vervolg)") on each page the table continues on.
#include <algorithm>

#include "renderers/pdf/measure.h"

namespace voortgang::pdf {
namespace {

enum class RowKind { kHeader, kBody, kTotal };

struct CellSpans {
  std::vector<Span> spans;
  std::vector<TextLine> unbroken;  ///< shaped without a width limit
  Length max;
  bool numeric = false;
  doc::Align align = doc::Align::kLeft;
};

/// Water-filling: the level where columns at clamp(level, min, max) fill `width`.
Length FillLevel(const std::vector<ContentWidths>& w, Length width) {
  auto total = [&](Length level) {
    Length t;
    for (const ContentWidths& c : w) t += Max(c.min, Min(c.max, level));
    return t;
  };
  Length lo, hi = width;
  for (int k = 0; k < 40; ++k) {
    Length mid = (lo + hi) / 2;
    (total(mid) > width ? hi : lo) = mid;
  }
  return lo;
}

/// Shares `room` among the columns in `open` as min + a part of what is left in proportion
/// to `content`, capped at max (a capped column gives its surplus back to the others).
void ShareByContent(const std::vector<ContentWidths>& w, const std::vector<Length>& content,
                    std::vector<size_t> open, Length room, std::vector<Length>* out) {
  while (!open.empty()) {
    Length sum_min, sum_content;
    for (size_t i : open) {
      sum_min += w[i].min;
      sum_content += content[i];
    }
    Length rest = room - sum_min;
    bool capped = false;
    for (size_t k = 0; k < open.size(); ++k) {
      size_t i = open[k];
      Length share = sum_content > Pt(0) ? rest * (content[i] / sum_content)
                                          : rest / double(open.size());
      (*out)[i] = w[i].min + share;
      if ((*out)[i] > w[i].max) {
        (*out)[i] = w[i].max;
        room -= w[i].max;
        open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
        capped = true;
        break;
      }
    }
    if (!capped) return;
  }
}

/// Column widths that fill `width`: each column gets its max-content width when everything
/// fits. Otherwise no column goes below its min-content width (its longest word): columns
/// that fit whole at the water-filling level keep their text on one line, and the long text
/// columns share the rest in proportion to their `content` (all their text laid end to end),
/// so a short label column is not squeezed to even shares with a column of long explanations.
std::vector<Length> ColumnWidths(const std::vector<ContentWidths>& w,
                                 const std::vector<Length>& content, Length width,
                                 bool slack_to_last) {
  size_t n = w.size();
  std::vector<Length> out(n);
  Length sum_min, sum_max;
  for (const ContentWidths& c : w) {
    sum_min += c.min;
    sum_max += c.max;
  }
  if (sum_max <= width) {
    // Spread the slack, but favour text columns over narrow number columns.
    Length slack = width - sum_max;
    if (slack_to_last) {
      Length gap = Min(Mm(5), slack / double(n));  // air between label and value columns
      for (size_t i = 0; i < n; ++i) out[i] = w[i].max + (i + 1 < n ? gap : Pt(0));
      out[n - 1] += slack - gap * double(n - 1);
      return out;
    }
    for (size_t i = 0; i < n; ++i)
      out[i] = w[i].max + (sum_max > Pt(0) ? slack * (w[i].max / sum_max) : slack / double(n));
  } else if (sum_min <= width) {
    Length level = FillLevel(w, width);
    std::vector<size_t> open;
    Length room = width;
    for (size_t i = 0; i < n; ++i) {
      if (w[i].max <= level || w[i].min >= w[i].max) {
        out[i] = w[i].max;  // short or fixed (numbers): whole
        room -= out[i];
      } else {
        open.push_back(i);
      }
    }
    ShareByContent(w, content, open, room, &out);
    // Rounding leftovers go to the widest column.
    Length used;
    for (Length x : out) used += x;
    size_t widest = 0;
    for (size_t i = 1; i < n; ++i)
      if (out[i] > out[widest]) widest = i;
    out[widest] += width - used;
  } else {
    for (size_t i = 0; i < n; ++i) out[i] = w[i].min * (width / sum_min);
  }
  return out;
}

/// Where a table may break across pages: a short table (up to kShortTableRows body rows) is
/// kept whole and moves to the next page; a longer one leaves at least kMinRowsAtBreak body
/// rows before and after a break. The last body row stays with a total row.
constexpr size_t kShortTableRows = 8;
constexpr size_t kMinRowsAtBreak = 3;

bool KeepRowWithNext(int body_index, size_t nbody, bool has_total) {
  size_t b = static_cast<size_t>(body_index);
  if (b + 1 == nbody) return has_total;
  if (nbody <= kShortTableRows) return true;
  return b + 1 < kMinRowsAtBreak || nbody - (b + 1) < kMinRowsAtBreak;
}

/// How a table looks: data tables use the house style's table look, the memo header is set in
/// body text without stripes, its label column as narrow as the labels.
struct TableLook {
  double size_pt;
  bool stripes = true;
  bool slack_to_last = false;
};

void MeasureTableWith(const doc::Table& t, Length x, Length width, const TableLook& look,
                      MeasureContext* ctx);

}  // namespace

void MeasureTable(const doc::Table& t, Length x, Length width, MeasureContext* ctx) {
  MeasureTableWith(t, x, width, TableLook{ctx->style.table_size_pt}, ctx);
}

namespace {

void MeasureTableWith(const doc::Table& t, Length x, Length width, const TableLook& look,
                      MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  size_t ncols = t.columns.size();
  auto widen = [&](const doc::Row& r) { ncols = std::max(ncols, r.cells.size()); };
  if (t.header) widen(*t.header);
  for (const doc::Row& r : t.body) widen(r);
  if (t.total) widen(*t.total);
  if (ncols == 0) return;

  Length pad = Mm(s.cell_padding_mm);
  Length lh = ctx->LineHeight(look.size_pt) * 0.95;

  // Spans per row and cell.
  std::vector<std::pair<RowKind, std::vector<CellSpans>>> rows;
  auto add = [&](const doc::Row& r, RowKind kind) {
    std::vector<CellSpans> cells(ncols);
    for (size_t c = 0; c < ncols; ++c) {
      doc::Column col = c < t.columns.size() ? t.columns[c] : doc::Column{};
      CellSpans& cs = cells[c];
      cs.numeric = col.numeric;
      cs.align = col.numeric ? doc::Align::kRight : col.align;
      if (cs.align == doc::Align::kJustify) cs.align = doc::Align::kLeft;  // never in a cell
      FontSpec font = ctx->Body(look.size_pt, kind != RowKind::kBody);
      Rgb colour = kind == RowKind::kHeader ? s.table_header_text : s.text_colour;
      if (c < r.cells.size()) cs.spans = SpansOf(r.cells[c].runs, font, colour, ctx);
      for (Span& sp : cs.spans) {
        if (cs.numeric) sp.hyphenate = false;
        if (kind == RowKind::kHeader && sp.link < 0) sp.colour = colour;
      }
    }
    rows.emplace_back(kind, std::move(cells));
  };
  if (t.header) add(*t.header, RowKind::kHeader);
  for (const doc::Row& r : t.body) add(r, RowKind::kBody);
  if (t.total) add(*t.total, RowKind::kTotal);

  // Column widths: min-content without hyphenation first; hyphenate only if that cannot fit.
  std::vector<ContentWidths> want(ncols);
  std::vector<Length> content(ncols);  // a column's text laid end to end
  for (auto& [kind, cells] : rows) {
    for (size_t c = 0; c < ncols; ++c) {
      if (cells[c].spans.empty()) continue;
      ContentWidths w = MeasureContent(cells[c].spans, false, nullptr, 0, &cells[c].unbroken,
                                      &ctx->missing_glyphs);
      cells[c].max = w.max;
      content[c] += w.max;
      if (cells[c].numeric) w.min = w.max;  // numbers never wrap
      want[c].min = Max(want[c].min, w.min + pad * 2);
      want[c].max = Max(want[c].max, w.max + pad * 2);
    }
  }
  Length sum_min;
  for (const ContentWidths& w : want) sum_min += w.min;
  if (sum_min > width) {
    for (auto& [kind, cells] : rows)
      for (size_t c = 0; c < ncols; ++c)
        if (!cells[c].spans.empty() && !cells[c].numeric)
          want[c].min = Min(want[c].min,
                            MeasureContent(cells[c].spans, true, ctx->hyphenator,
                                           s.hyphen_min_word).min + pad * 2);
  }
  std::vector<Length> widths = ColumnWidths(want, content, width, look.slack_to_last);

  int table_group = ctx->NewGroup();
  int table_index = static_cast<int>(L.tables.size());
  L.tables.emplace_back();
  std::vector<Item> header_items;  // caption and header, to repeat on later pages

  auto caption_item = [&](const std::string& text) {
    Item item;
    item.kind = ItemKind::kTableCaption;
    item.keep_with_next = true;
    item.space_before = Pt(s.paragraph_spacing_pt * 1.5);
    item.tags = {Tag{"Table", table_group, ""}};
    std::vector<Span> sp{Span{text, ctx->Body(look.size_pt + 0.5, true), s.heading_colour}};
    item.height = StackLines(Shape(sp, ctx->Options(width, doc::Align::kLeft)), x, Pt(0), width,
                             ctx->LineHeight(look.size_pt + 0.5), doc::Align::kLeft,
                             "Caption", ctx->NewGroup(), &item.ops) + Pt(3);
    return item;
  };
  if (!t.caption.empty()) {
    L.items.push_back(caption_item(t.caption));
    header_items.push_back(caption_item(t.caption + s.continued_suffix));
  }

  int body_index = 0;
  size_t nbody = t.body.size();
  for (auto& [kind, cells] : rows) {
    Item item;
    item.kind = kind == RowKind::kHeader ? ItemKind::kTableHeader
                : kind == RowKind::kBody ? ItemKind::kTableRow
                                         : ItemKind::kTableTotal;
    item.table = table_index;
    int row_group = ctx->NewGroup();
    item.tags = {Tag{"Table", table_group, ""}, Tag{"TR", row_group, ""}};
    if (kind == RowKind::kHeader) item.keep_with_next = true;
    if (kind == RowKind::kBody) item.keep_with_next = KeepRowWithNext(body_index, nbody, !!t.total);
    if (t.caption.empty() && (kind == RowKind::kHeader || (!t.header && body_index == 0 &&
                                                           kind == RowKind::kBody)))
      item.space_before = Pt(s.paragraph_spacing_pt * 1.5);

    std::vector<DrawOp> text_ops;
    Length height = lh;
    Length cx = x;
    std::string cell_tag = kind == RowKind::kHeader ? "TH" : "TD";
    for (size_t c = 0; c < ncols; ++c) {
      Length inner = widths[c] - pad * 2;
      int cell_group = ctx->NewGroup();
      if (!cells[c].spans.empty()) {
        ShapeOptions o = ctx->Options(inner, cells[c].align);
        if (cells[c].numeric) o.hyphenator = nullptr;
        // A cell whose unbroken text fits keeps the lines measured above.
        std::vector<TextLine> lines = cells[c].max <= inner && !cells[c].unbroken.empty()
                                          ? std::move(cells[c].unbroken)
                                          : Shape(cells[c].spans, o);
        // A word wider than a cramped column breaks between letters rather than overflowing.
        bool overflow = false;
        for (const TextLine& l : lines) overflow = overflow || l.width > inner;
        if (overflow) {
          o.break_anywhere = true;
          lines = Shape(cells[c].spans, o);
        }
        for (const TextLine& l : lines) CollectFootnotes(l, &item.footnotes);
        Length end = StackLines(std::move(lines), cx + pad, pad, inner, lh, cells[c].align, cell_tag,
                                cell_group, &text_ops);
        height = Max(height, end - pad);
      }
      cx += widths[c];
    }
    item.height = height + pad * 2;
    if (kind == RowKind::kHeader) {
      item.ops.push_back(DrawOp{DrawRect{x, Pt(0), width, item.height, s.table_header_background}});
    } else if (kind == RowKind::kBody && body_index % 2 == 1 && look.stripes) {
      item.ops.push_back(DrawOp{DrawRect{x, Pt(0), width, item.height, s.table_stripe}});
    }
    for (DrawOp& op : text_ops) item.ops.push_back(std::move(op));
    if (kind == RowKind::kTotal) {
      item.ops.push_back(DrawOp{DrawLine{x, Pt(0), x + width, Pt(0), Pt(1.2), s.table_rule}});
    }
    item.ops.push_back(
        DrawOp{DrawLine{x, item.height, x + width, item.height, Pt(0.4), s.table_rule}});
    if (kind == RowKind::kBody) ++body_index;
    if (kind == RowKind::kHeader) {
      Item copy = item;
      copy.space_before = Pt(0);
      copy.footnotes.clear();  // a footnote belongs to the page of the first header only
      header_items.push_back(std::move(copy));
    }
    L.items.push_back(std::move(item));
  }
  // Repeats are kept aside and appended after the flow by MeasureDocument.
  for (Item& h : header_items) {
    h.keep_with_next = true;
    h.space_before = Pt(0);
    L.tables[table_index].items.push_back(-1);
    L.tables[table_index].pending.push_back(std::move(h));
  }
}

}  // namespace

void MeasureMemoHeader(const doc::MemoHeader& m, Length width, MeasureContext* ctx) {
  doc::Table t;
  t.columns = {doc::Column{}, doc::Column{}};
  for (const auto& [label, value] : m.rows) {
    doc::Row r;
    r.cells = {doc::Cell{{doc::Strong(label)}}, doc::Cell{{doc::Text(value)}}};
    t.body.push_back(std::move(r));
  }
  MeasureTableWith(t, Pt(0), width, TableLook{ctx->style.body_size_pt, false, true}, ctx);
}

}  // namespace voortgang::pdf
