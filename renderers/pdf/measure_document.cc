// Measuring the document as a whole, its title block and its table of contents.
#include <cairo.h>

#include <set>

#include "renderers/pdf/measure.h"

namespace voortgang::pdf {

void MeasureTitle(const doc::TitleBlock& t, Length width, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  Item item;
  item.kind = ItemKind::kTitle;
  item.no_running = true;
  Length y;
  std::string logo = t.logo_path.empty() ? s.logo_path : t.logo_path;
  // The house style's logo is reported at its key; a template's @logo at the file itself.
  SourceRef logo_at = t.logo_path.empty() ? s.logo_at : SourceRef{logo, 0, 0};
  if (!logo.empty()) {
    cairo_surface_t* img = cairo_image_surface_create_from_png(logo.c_str());
    if (cairo_surface_status(img) == CAIRO_STATUS_SUCCESS) {
      // Scaled into the style's box: its width, and no taller than its maximum height.
      double aspect = double(cairo_image_surface_get_height(img)) /
                      std::max(1, cairo_image_surface_get_width(img));
      Length w = Mm(s.logo_width_mm);
      Length h = w * aspect;
      if (h > Mm(s.logo_max_height_mm)) {
        h = Mm(s.logo_max_height_mm);
        w = h * (1 / aspect);
      }
      // Decorative, so untagged (cairo 1.16 also fails "invalid nesting" on a tagged image).
      item.ops.push_back(DrawOp{DrawImage{Pt(0), Pt(0), w, h, logo}});
      y = h;
    } else {
      ctx->warnings->Warning(logo_at, "cannot read the logo '" + logo + "' as PNG: " +
                                          cairo_status_to_string(cairo_surface_status(img)));
    }
    cairo_surface_destroy(img);
  }
  y = Max(y + Mm(15), Mm(45));
  auto block = [&](const std::string& text, double size, bool bold, Rgb colour, Length after,
                   const char* tag = "P") {
    if (text.empty()) return;
    std::vector<Span> sp{Span{text, FontSpec{bold ? s.heading_font : s.body_font, size, bold,
                                             false}, colour}};
    sp[0].hyphenate = false;  // titles break between words only
    y = StackLines(Shape(sp, ctx->Options(width, doc::Align::kLeft)), Pt(0), y, width,
                   Pt(size * 1.15), doc::Align::kLeft, tag, ctx->NewGroup(), &item.ops);
    y += after;
  };
  // The document's title heads it, as the HTML edition's one h1 (MeasureDocument shifts the
  // numbered headings below it).
  block(t.title, s.title_size_pt, true, s.heading_colour, Mm(3), "H1");
  item.ops.push_back(DrawOp{DrawLine{Pt(0), y, Mm(40), y, Pt(2.5), s.heading_colour}});
  y += Mm(6);
  block(t.subtitle, s.subtitle_size_pt, false, s.text_colour, Mm(1.5));
  block(t.period, s.subtitle_size_pt, false, s.text_colour, Mm(10));
  block(t.date_line, s.body_size_pt, false, s.text_colour, Mm(1));
  block(t.addressee, s.body_size_pt, false, s.text_colour, Mm(1));
  item.height = y + Mm(10);
  L.items.push_back(std::move(item));
}

void MeasureTocTitle(const doc::TableOfContents& toc, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  ctx->toc_group = ctx->NewGroup();
  Item item;
  item.kind = ItemKind::kToc;
  item.keep_with_next = true;
  item.space_before = Pt(s.heading_space_before_pt);
  item.tags = {Tag{"TOC", ctx->toc_group, ""}};
  std::vector<Span> sp{Span{toc.title, ctx->HeadingFont(s.h1_size_pt), s.heading_colour}};
  item.height = StackLines(Shape(sp, ctx->Options(L.content_width, doc::Align::kLeft)), Pt(0),
                           Pt(0), L.content_width, ctx->LineHeight(s.h1_size_pt),
                           doc::Align::kLeft, "P", ctx->NewGroup(), &item.ops) +
                Pt(s.heading_space_after_pt * 1.5);
  L.items.push_back(std::move(item));
  for (size_t i = 0; i < ctx->toc_headings.size(); ++i)
    L.items.push_back(MeasureTocEntry(ctx->toc_headings[i], static_cast<int>(i), 0, ctx));
}

Item MeasureTocEntry(const doc::Heading& h, int slot, int page, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  auto [it, added] = ctx->dest_links.emplace(h.id, static_cast<int>(L.links.size()));
  if (added) L.links.push_back(LinkTarget{"", h.id});
  int link = it->second;
  bool top = h.level <= 1;
  FontSpec font = ctx->Body(s.body_size_pt, top);
  Length lh = ctx->LineHeight(s.body_size_pt);
  Length indent = top ? Pt(0) : Mm(9) * double(h.level - 1);
  Length number_w = top ? Mm(9) : Mm(11);
  Length page_w = Mm(12);
  Length text_x = indent + number_w;
  Length text_w = L.content_width - text_x - page_w;
  Item item;
  item.kind = ItemKind::kToc;
  item.toc_slot = slot;
  item.space_before = top ? Pt(5) : Pt(1);
  item.keep_with_next = top;  // a chapter's entry stays with its first section
  item.tags = {Tag{"TOC", ctx->toc_group, ""}};
  int group = ctx->NewGroup();
  auto span = [&](const std::string& text, bool hyph) {
    std::vector<Span> sp{Span{text, font, s.text_colour, link}};
    sp[0].hyphenate = hyph;
    return sp;
  };
  if (!h.number.empty())
    StackLines(Shape(span(h.number, false), ctx->Options(Pt(0), doc::Align::kLeft)), indent,
               Pt(0), number_w, lh, doc::Align::kLeft, "TOCI", group, &item.ops);
  std::vector<TextLine> lines = Shape(span(h.text, false), ctx->Options(text_w, doc::Align::kLeft));
  Length last_width = lines.empty() ? Pt(0) : lines.back().width;
  Length end = StackLines(std::move(lines), text_x, Pt(0), text_w, lh, doc::Align::kLeft, "TOCI",
                          group, &item.ops);
  std::vector<TextLine> num = Shape(span(page > 0 ? std::to_string(page) : "0", false),
                                    ctx->Options(Pt(0), doc::Align::kLeft));
  Length baseline = end - lh + (lh - num[0].ascent - num[0].descent) / 2 + num[0].ascent;
  Length num_x = L.content_width - num[0].width;
  item.ops.push_back(DrawOp{DrawText{num_x, baseline, page_w, num[0]}, "TOCI", group});
  Length leader_from = text_x + last_width + Pt(4);
  Length leader_to = num_x - Pt(4);
  // Square dots: at this size they look round, and cost cairo a fraction (paint.cc).
  if (leader_to > leader_from)
    item.ops.push_back(DrawOp{DrawLine{leader_from, baseline, leader_to, baseline, Pt(0.8),
                                       s.running_colour, true, false}});
  item.height = end;
  return item;
}

void MeasureDocument(const doc::Document& d, MeasureContext* ctx) {
  Layout& L = *ctx->layout;
  const doc::TableOfContents* toc = nullptr;
  for (const doc::Block& b : d.blocks)
    if (const auto* t = std::get_if<doc::TableOfContents>(&b.content)) toc = t;
  // Anchors must be unique (cairo fails on a repeated destination name): a repeated id
  // gets "-N" appended.
  int ordinal = 0;
  std::set<std::string> used;
  for (const doc::Block& b : d.blocks) {
    if (const auto* t = std::get_if<doc::TitleBlock>(&b.content); t && !t->title.empty())
      ctx->heading_shift = 1;
    if (const auto* h = std::get_if<doc::Heading>(&b.content)) {
      ++ordinal;
      std::string dest = HeadingDest(*h, ordinal);
      if (!used.insert(dest).second) {
        dest += "-" + std::to_string(ordinal);
        used.insert(dest);
      }
      ctx->heading_dests.push_back(dest);
      if (toc && h->in_toc && h->level <= toc->max_level) {
        doc::Heading copy = *h;
        copy.id = dest;
        ctx->toc_headings.push_back(std::move(copy));
      }
    }
  }
  MeasureBlocks(d.blocks, Pt(0), L.content_width, {}, ctx);
  L.flow_items = static_cast<int>(L.items.size());
  for (TableRepeat& t : L.tables) {
    t.items.clear();
    for (Item& item : t.pending) {
      t.items.push_back(static_cast<int>(L.items.size()));
      L.items.push_back(std::move(item));
    }
    t.pending.clear();
  }
}

}  // namespace voortgang::pdf
