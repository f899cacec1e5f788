// Running header and footer, and the footnotes at the foot of each page.
#include "renderers/pdf/running.h"

#include "renderers/pdf/paginate.h"

namespace voortgang::pdf {
namespace {

void Replace(std::string* s, const std::string& from, const std::string& to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size()))
    s->replace(at, from.size(), to);
}

/// Moves ops by (dx, dy).
void Shift(std::vector<DrawOp>* ops, Length dx, Length dy) {
  for (DrawOp& op : *ops) {
    std::visit(
        [&](auto& o) {
          using T = std::decay_t<decltype(o)>;
          if constexpr (std::is_same_v<T, DrawText>) {
            o.x += dx;
            o.baseline += dy;
          } else if constexpr (std::is_same_v<T, DrawLine>) {
            o.x1 += dx;
            o.x2 += dx;
            o.y1 += dy;
            o.y2 += dy;
          } else {
            o.x += dx;
            o.y += dy;
          }
        },
        op.op);
  }
}

}  // namespace

std::string PageLabel(const std::string& pattern, int page, int pages) {
  std::string s = pattern;
  Replace(&s, "{paginas}", std::to_string(pages));
  Replace(&s, "{pagina}", std::to_string(page));
  return s;
}

void AddPageFurniture(const doc::Running& running, MeasureContext* ctx) {
  const HouseStyle& s = ctx->style;
  Layout& L = *ctx->layout;
  FontSpec font = ctx->Body(s.running_size_pt);
  auto line = [&](const std::string& text) {
    std::vector<Span> sp{Span{text, font, s.running_colour}};
    sp[0].hyphenate = false;
    return Shape(sp, ctx->Options(Pt(0), doc::Align::kLeft))[0];
  };
  int total = static_cast<int>(L.pages.size());
  Length right = L.left + L.content_width;
  Length header_base = L.top - Mm(9);
  Length footer_base = L.content_bottom + Mm(11);
  for (int p = 0; p < total; ++p) {
    Page& page = L.pages[p];
    page.ops.clear();
    if (page.running) {
      if (!running.unit.empty()) {
        TextLine u = line(running.unit);
        page.ops.push_back(DrawOp{DrawText{L.left, header_base, u.width, u}});
      }
      if (!running.period.empty()) {
        TextLine t = line(running.period);
        page.ops.push_back(DrawOp{DrawText{right - t.width, header_base, t.width, t}});
      }
      page.ops.push_back(DrawOp{DrawLine{L.left, header_base + Pt(4), right, header_base + Pt(4),
                                         Pt(0.4), s.table_rule}});
      TextLine n = line(PageLabel(s.page_label, p + 1, total));
      page.ops.push_back(DrawOp{DrawText{right - n.width, footer_base, n.width, n}});
    }
    if (!page.footnotes.empty()) {
      Length y = L.content_bottom - FootnoteAreaHeight(L, page.footnotes);
      page.ops.push_back(DrawOp{DrawLine{L.left, y + Pt(4), L.left + Mm(40), y + Pt(4), Pt(0.5),
                                         s.running_colour}});
      y += Pt(10);
      for (int f : page.footnotes) {
        std::vector<DrawOp> ops = L.footnotes[f].ops;
        Shift(&ops, L.left, y);
        for (DrawOp& op : ops) {
          if (op.tag == "P" || op.tag == "Lbl") op.tag = "Note";
          op.tag_group = -1000 - f;
          page.ops.push_back(std::move(op));
        }
        y += L.footnotes[f].height + Pt(1.5);
      }
    }
  }
}

}  // namespace voortgang::pdf
