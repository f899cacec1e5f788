// Measuring text blocks: paragraphs (one item per line, for widow and orphan control),
// headings, lists, spacers, page breaks, and the shared span/line helpers.
#include <string>

#include "renderers/pdf/measure.h"

namespace voortgang::pdf {
namespace {

std::string Superscript(int n) {
  static const char* kDigits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char c : std::to_string(n)) out += kDigits[c - '0'];
  return out;
}

/// Adds a footnote with `text` (a URL is linked and may break anywhere); returns its index.
int AddFootnote(const std::string& text, const std::string& url, MeasureContext* ctx) {
  Layout& L = *ctx->layout;
  const HouseStyle& s = ctx->style;
  Footnote f;
  f.number = static_cast<int>(L.footnotes.size()) + 1;
  f.text = text;
  FontSpec font = ctx->Body(s.small_size_pt);
  Length label_width = Pt(s.small_size_pt * 1.6);
  int link = -1;
  if (!url.empty()) {
    link = static_cast<int>(L.links.size());
    L.links.push_back(LinkTarget{url, ""});
  }
  std::vector<Span> label{Span{std::to_string(f.number), font, s.text_colour}};
  label[0].hyphenate = false;
  std::vector<Span> body{Span{text, font, url.empty() ? s.text_colour : s.link_colour, link}};
  body[0].hyphenate = url.empty();
  ShapeOptions o = ctx->Options(L.content_width - label_width, doc::Align::kLeft);
  o.break_anywhere = !url.empty();
  Length lh = ctx->LineHeight(s.small_size_pt);
  StackLines(Shape(label, ctx->Options(label_width, doc::Align::kLeft)), Pt(0), Pt(0),
             label_width, lh, doc::Align::kLeft, "Lbl", -1, &f.ops);
  f.height = StackLines(Shape(body, o), label_width, Pt(0), L.content_width - label_width, lh,
                        doc::Align::kLeft, "P", -1, &f.ops);
  L.footnotes.push_back(std::move(f));
  return static_cast<int>(L.footnotes.size()) - 1;
}

}  // namespace

FontSpec MeasureContext::Body(double size, bool bold, bool italic) const {
  return FontSpec{style.body_font, size > 0 ? size : style.body_size_pt, bold, italic};
}

FontSpec MeasureContext::HeadingFont(double size) const {
  return FontSpec{style.heading_font, size, true, false};
}

ShapeOptions MeasureContext::Options(Length width, doc::Align align) {
  ShapeOptions o;
  o.missing = &missing_glyphs;
  o.width = width;
  o.align = align;
  o.hyphenator = hyphenator;
  o.min_hyphen_word = style.hyphen_min_word;
  return o;
}

Length MeasureContext::LineHeight(double size_pt) const { return Pt(size_pt * style.line_spacing); }

std::vector<Span> SpansOf(const doc::Runs& runs, const FontSpec& font, Rgb colour,
                          MeasureContext* ctx) {
  std::vector<Span> spans;
  Layout& L = *ctx->layout;
  for (const doc::Run& r : runs) {
    if (r.line_break) {
      spans.push_back(Span{"\u2028", font, colour});
      continue;
    }
    FontSpec f = font;
    f.bold = f.bold || r.strong;
    f.italic = f.italic || r.emphasis;
    Span s{r.text, f, colour};
    if (!r.link_url.empty()) {
      s.link = static_cast<int>(L.links.size());
      L.links.push_back(LinkTarget{r.link_url, ""});
      s.colour = ctx->style.link_colour;
    }
    spans.push_back(s);
    auto mark = [&](int footnote) {
      Span m{Superscript(L.footnotes[footnote].number), font, colour};
      m.footnote = footnote;
      m.hyphenate = false;
      spans.push_back(m);
    };
    if (!r.link_url.empty() && r.link_url != r.text) mark(AddFootnote(r.link_url, r.link_url, ctx));
    if (!r.footnote.empty()) mark(AddFootnote(r.footnote, "", ctx));
  }
  return spans;
}

Length StackLines(std::vector<TextLine> lines, Length x, Length top, Length box_width,
                  Length line_height, doc::Align align, const std::string& tag, int group,
                  std::vector<DrawOp>* ops) {
  Length y = top;
  for (TextLine& l : lines) {
    Length h = Max(line_height, l.ascent + l.descent);
    Length baseline = y + (h - l.ascent - l.descent) / 2 + l.ascent;
    Length left = x + AlignOffset(align, l.width, box_width);
    ops->push_back(DrawOp{DrawText{left, baseline, box_width, std::move(l)}, tag, group});
    y += h;
  }
  return y;
}

void CollectFootnotes(const TextLine& line, std::vector<int>* out) {
  for (const GlyphRun& r : line.runs)
    if (r.footnote >= 0) out->push_back(r.footnote);
}

void MeasureParagraph(const doc::Paragraph& p, Length x, Length width,
                      const std::vector<Tag>& tags, Length space_before, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  double size = p.role == doc::ParagraphRole::kSmall ? s.small_size_pt : s.body_size_pt;
  bool notice = p.role == doc::ParagraphRole::kNotice;
  Length pad = notice ? Mm(2.5) : Pt(0);
  FontSpec font = ctx->Body(size, p.role == doc::ParagraphRole::kLabel);
  std::vector<Span> spans = SpansOf(p.runs, font, s.text_colour, ctx);
  if (spans.empty()) return;
  Length box = width - pad * 2;
  std::vector<TextLine> lines = Shape(spans, ctx->Options(box, p.align));
  // A paragraph of its own aligns at its start: a right-to-left one at the right. (Headings,
  // cells and labels keep the Dutch document's grid.)
  doc::Align align = p.align;
  bool from_start = align == doc::Align::kLeft || align == doc::Align::kJustify;
  if (!lines.empty() && lines[0].rtl && from_start) align = doc::Align::kRight;
  int group = ctx->NewGroup();
  Length lh = ctx->LineHeight(size);
  int n = static_cast<int>(lines.size());
  for (int i = 0; i < n; ++i) {
    Item item;
    item.kind = tags.empty() ? ItemKind::kText : ItemKind::kListText;
    item.tags = tags;
    Length top = notice && i == 0 ? pad : Pt(0);
    Length bottom = notice && i == n - 1 ? pad : Pt(0);
    CollectFootnotes(lines[i], &item.footnotes);
    std::vector<DrawOp> text;
    std::vector<TextLine> one;
    one.push_back(std::move(lines[i]));
    Length end = StackLines(std::move(one), x + pad, top, box, lh, align, "P", group, &text);
    item.height = end + bottom;
    if (notice) {  // a tinted band with a rule at the left, drawn behind the line
      item.ops.push_back(DrawOp{DrawRect{x, Pt(0), width, item.height, s.notice_background}});
      item.ops.push_back(
          DrawOp{DrawRect{x, Pt(0), Pt(2), item.height, s.notice_rule}});
    }
    for (DrawOp& op : text) item.ops.push_back(std::move(op));
    // Widows and orphans: the first two and the last two lines stay together.
    item.keep_with_next = i + 1 < n ? (i < 1 || i >= n - 2) : p.keep_with_next ||
                                                               p.role == doc::ParagraphRole::kLabel;
    if (i == 0) item.space_before = space_before;
    L.items.push_back(std::move(item));
  }
}

std::string HeadingDest(const doc::Heading& h, int ordinal) {
  return h.id.empty() ? "kop-" + std::to_string(ordinal) : h.id;
}

void MeasureHeading(const doc::Heading& h, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  int level = h.level < 1 ? 1 : h.level > 3 ? 3 : h.level;
  double size = level == 1 ? s.h1_size_pt : level == 2 ? s.h2_size_pt : s.h3_size_pt;
  std::string title = h.number.empty() ? h.text : h.number + " " + h.text;
  FontSpec font = ctx->HeadingFont(size);
  Item item;
  item.kind = ItemKind::kHeading;
  item.level = level;
  item.title = title;
  item.in_toc = h.in_toc;
  int ordinal = ++ctx->headings;
  item.dest = ordinal <= static_cast<int>(ctx->heading_dests.size())
                  ? ctx->heading_dests[ordinal - 1]
                  : HeadingDest(h, ordinal) + "-" + std::to_string(ordinal);
  item.keep_with_next = true;
  item.space_before = Pt(s.heading_space_before_pt * (level == 1 ? 1.4 : 1.0));
  std::string tag = "H" + std::to_string(level + ctx->heading_shift);
  int group = ctx->NewGroup();
  Length lh = ctx->LineHeight(size);
  // A hanging number: wrapped heading lines align with the text, not the number.
  Length indent = Pt(0);
  if (!h.number.empty()) {
    std::vector<Span> num{Span{h.number, font, s.heading_colour}};
    num[0].hyphenate = false;
    std::vector<TextLine> nl = Shape(num, ctx->Options(Pt(0), doc::Align::kLeft));
    // One tab stop for every level, so "2" and "2.1" headings start their text alike.
    indent = Max(Mm(11), nl[0].width + Pt(size * 0.5));
    StackLines(std::move(nl), Pt(0), Pt(0), indent, lh, doc::Align::kLeft, tag, group, &item.ops);
  }
  std::vector<Span> spans{Span{h.text, font, s.heading_colour}};
  spans[0].hyphenate = false;  // a typesetter breaks a heading between words only
  ShapeOptions o = ctx->Options(L.content_width - indent, doc::Align::kLeft);
  Length end = StackLines(Shape(spans, o), indent, Pt(0), L.content_width - indent, lh,
                          doc::Align::kLeft, tag, group, &item.ops);
  item.height = end + Pt(s.heading_space_after_pt);
  L.items.push_back(std::move(item));
}

/// Lists nested deeper than this are laid out at the indent of this level.
constexpr int kMaxIndentedListDepth = 4;

void MeasureList(const doc::List& list, Length x, Length width, const std::vector<Tag>& tags,
                 int depth, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  std::vector<Tag> list_tags = tags;
  list_tags.push_back(Tag{"L", ctx->NewGroup(), ""});
  Length indent = Mm(s.list_indent_mm);
  FontSpec font = ctx->Body();
  Length lh = ctx->LineHeight(s.body_size_pt);
  int number = list.start;
  for (size_t i = 0; i < list.items.size(); ++i) {
    const doc::ListItem& li = list.items[i];
    std::vector<Tag> item_tags = list_tags;
    item_tags.push_back(Tag{"LI", ctx->NewGroup(), ""});
    std::string label = list.numbered ? std::to_string(number++) + "." : s.bullet;
    size_t first = L.items.size();
    Length space = Pt(s.paragraph_spacing_pt * (i == 0 && depth == 0 ? 1.0 : 0.35));
    bool first_block = true;
    for (const doc::Block& b : li.blocks) {
      Length sb = first_block ? space : Pt(s.paragraph_spacing_pt * 0.35);
      if (const auto* p = std::get_if<doc::Paragraph>(&b.content)) {
        MeasureParagraph(*p, x + indent, width - indent, item_tags, sb, ctx);
      } else if (const auto* sub = std::get_if<doc::List>(&b.content)) {
        // Past a few levels a list no longer moves right: every level would take the
        // indent from the text, down to a letter per line and then off the page.
        bool deeper = depth + 1 < kMaxIndentedListDepth;
        MeasureList(*sub, deeper ? x + indent : x, deeper ? width - indent : width, item_tags,
                    depth + 1, ctx);
      } else {
        MeasureBlocks({b}, x + indent, width - indent, item_tags, ctx);
      }
      first_block = false;
    }
    if (L.items.size() == first) {  // an empty item still shows its mark
      Item empty;
      empty.kind = ItemKind::kListText;
      empty.tags = item_tags;
      empty.height = lh;
      empty.space_before = space;
      L.items.push_back(empty);
    }
    // The label sits on the first line of the item's first item, on that line's baseline.
    Item& head = L.items[first];
    Length baseline = lh * 0.8;
    for (const DrawOp& op : head.ops)
      if (const auto* t = std::get_if<DrawText>(&op.op)) {
        baseline = t->baseline;
        break;
      }
    std::vector<Span> ls{Span{label, font, s.text_colour}};
    ls[0].hyphenate = false;
    std::vector<TextLine> ll = Shape(ls, ctx->Options(Pt(0), doc::Align::kLeft));
    Length lx = list.numbered ? x + indent - ll[0].width - Pt(s.body_size_pt * 0.35) : x;
    if (lx < x) lx = x;
    ll[0].width = ll[0].width;
    head.ops.push_back(DrawOp{DrawText{lx, baseline, indent, ll[0]}, "Lbl", -1});
  }
}

void MeasureBlocks(const std::vector<doc::Block>& blocks, Length x, Length width,
                   const std::vector<Tag>& tags, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  for (const doc::Block& b : blocks) {
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, doc::Paragraph>) {
            MeasureParagraph(v, x, width, tags, Pt(s.paragraph_spacing_pt), ctx);
          } else if constexpr (std::is_same_v<T, doc::Heading>) {
            MeasureHeading(v, ctx);
          } else if constexpr (std::is_same_v<T, doc::List>) {
            MeasureList(v, x, width, tags, 0, ctx);
          } else if constexpr (std::is_same_v<T, doc::Table>) {
            MeasureTable(v, x, width, ctx);
          } else if constexpr (std::is_same_v<T, doc::BarChart>) {
            MeasureBarChart(v, width, ctx);
          } else if constexpr (std::is_same_v<T, doc::LineChart>) {
            MeasureLineChart(v, width, ctx);
          } else if constexpr (std::is_same_v<T, doc::ColumnLineChart>) {
            MeasureColumnLineChart(v, width, ctx);
          } else if constexpr (std::is_same_v<T, doc::TitleBlock>) {
            MeasureTitle(v, width, ctx);
          } else if constexpr (std::is_same_v<T, doc::MemoHeader>) {
            MeasureMemoHeader(v, width, ctx);
          } else if constexpr (std::is_same_v<T, doc::TableOfContents>) {
            MeasureTocTitle(v, ctx);
          } else if constexpr (std::is_same_v<T, doc::PageBreak>) {
            Item item;
            item.kind = ItemKind::kPageBreak;
            L.items.push_back(item);
          } else if constexpr (std::is_same_v<T, doc::Spacer>) {
            Item item;
            item.kind = ItemKind::kSpace;
            item.height = ctx->LineHeight(s.body_size_pt) * v.lines;
            L.items.push_back(item);
          }
        },
        b.content);
  }
}

}  // namespace voortgang::pdf
