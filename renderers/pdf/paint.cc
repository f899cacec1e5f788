// cairo PDF painting of a Layout, with tags for structure, links and destinations.
#include "renderers/pdf/paint.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <map>
#include <set>

namespace voortgang::pdf {
namespace {

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

/// Quotes a value for cairo's attribute syntax: 'text' with \' and \\ escaped.
std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string IsoDate(int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void SetColour(cairo_t* cr, Rgb c) {
  cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0);
}

class Painter {
 public:
  Painter(const Layout& layout, cairo_t* cr, cairo_surface_t* surface, Painted* painted)
      : L_(layout),
        cr_(cr),
        surface_(surface),
        figures_(painted->figures),
        dest_titles_(painted->dest_titles),
        th_heads_column_(painted->th_heads_column) {
    for (const Item& item : L_.items)
      for (const DrawOp& op : item.ops) NoteLinkGroup(op);
    for (const Page& page : L_.pages)
      for (const DrawOp& op : page.ops) NoteLinkGroup(op);
  }
  ~Painter() {
    for (auto& [path, img] : images_) cairo_surface_destroy(img);
  }

  void Run() {
    cairo_tag_begin(cr_, "Document", "");
    for (const Page& page : L_.pages) {
      for (const Placed& p : page.items) PaintItem(L_.items[p.item], p.y);
      // The running header, footer and footnote rule each painted apart, none deferred, so the
      // post-processing finds each in a text object or path of its own in its own band
      // (painted.h) and types it.
      for (const DrawOp& op : page.ops) {
        Sync({}, op.tag, op.tag_group);
        if (op.tag.empty()) FlushText();
        PaintOp(op, Pt(0), Pt(0));
        if (op.tag.empty()) FlushText();
      }
      Sync({}, "", -1);
      FlushText();
      PaintRules();
      cairo_show_page(cr_);
    }
    cairo_tag_end(cr_, "Document");
  }

 private:
  void PaintItem(const Item& item, Length y) {
    bool dest = !item.dest.empty();
    if (item.level > 0) AddOutline(item);
    bool figure = !item.tags.empty() && item.tags.back().name == "Figure";
    row_all_headers_ = true;
    for (const DrawOp& op : item.ops)
      if (op.tag == "TD") row_all_headers_ = false;
    for (size_t k = 0; k < item.ops.size(); ++k) {
      const DrawOp& op = item.ops[k];
      Sync(item.tags, op.tag, op.tag_group);
      if (dest && k == 0) {
        FlushText();
        cairo_tag_begin(cr_, CAIRO_TAG_DEST, ("name=" + Quote(item.dest)).c_str());
      }
      // A destination takes its place from what is painted inside it; a chart's lines are
      // part of its Figure.
      if (!(dest && k == 0) && !figure && DeferRule(op, L_.left, y)) continue;
      PaintOp(op, L_.left, y);
      if (dest && k == 0) {
        FlushText();
        cairo_tag_end(cr_, CAIRO_TAG_DEST);
      }
    }
    if (item.ops.empty()) Sync(item.tags, "", -1);
  }

  /// Rules outside any leaf element (table rules, contents leaders, header and footer rules)
  /// are artifacts wherever they are painted, and cost cairo about as much per stroke as half
  /// a line of text does: they are kept until the page's end and stroked in one path per look.
  /// Nothing is painted over them there that they would have been under: they fall between
  /// table rows, where at most a neighbouring row's tint met half their width.
  bool DeferRule(const DrawOp& op, Length dx, Length dy) {
    const auto* l = std::get_if<DrawLine>(&op.op);
    if (!l || !op.tag.empty()) return false;
    DrawLine at = *l;
    at.x1 = at.x1 + dx;
    at.x2 = at.x2 + dx;
    at.y1 = at.y1 + dy;
    at.y2 = at.y2 + dy;
    rules_.push_back(at);
    return true;
  }

  void PaintRules() {
    auto same_look = [](const DrawLine& a, const DrawLine& b) {
      return a.width.pt == b.width.pt && a.colour == b.colour && a.dotted == b.dotted &&
             a.round == b.round;
    };
    std::vector<bool> done(rules_.size(), false);
    for (size_t i = 0; i < rules_.size(); ++i) {
      if (done[i]) continue;
      for (size_t j = i; j < rules_.size(); ++j) {
        if (done[j] || !same_look(rules_[i], rules_[j])) continue;
        cairo_move_to(cr_, rules_[j].x1.pt, rules_[j].y1.pt);
        cairo_line_to(cr_, rules_[j].x2.pt, rules_[j].y2.pt);
        done[j] = true;
      }
      StrokeAs(rules_[i]);
    }
    rules_.clear();
  }

  /// Strokes the current path in the look of `l`.
  void StrokeAs(const DrawLine& l) {
    SetColour(cr_, l.colour);
    cairo_set_line_width(cr_, l.width.pt);
    cairo_set_line_cap(cr_, l.round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
    if (l.dotted) {
      // A dot every three widths: a zero-length dash with round caps, or a dash one width
      // long. cairo outlines every dot to find what a stroke covers, twice per page; a
      // square's outline is a fraction of a round one's.
      double dash[] = {l.round ? 0 : l.width.pt, l.width.pt * (l.round ? 3 : 2)};
      cairo_set_dash(cr_, dash, 2, 0);
    }
    cairo_stroke(cr_);
    if (l.dotted) cairo_set_dash(cr_, nullptr, 0, 0);
  }

  void AddOutline(const Item& item) {
    int parent = CAIRO_PDF_OUTLINE_ROOT;
    for (int l = item.level - 1; l >= 1; --l)
      if (outline_[l] != 0) {
        parent = outline_[l];
        break;
      }
    int flags = item.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0;
    int id = cairo_pdf_surface_add_outline(surface_, parent, item.title.c_str(),
                                           ("dest=" + Quote(item.dest)).c_str(),
                                           static_cast<cairo_pdf_outline_flags_t>(flags));
    outline_[item.level] = id;
    dest_titles_.emplace(item.dest, item.title);
    for (int l = item.level + 1; l < 8; ++l) outline_[l] = 0;
  }

  /// Opens and closes structure elements so exactly `tags` + leaf are open.
  void Sync(const std::vector<Tag>& tags, const std::string& leaf, int leaf_group) {
    std::vector<std::pair<std::string, int>> want;
    for (const Tag& t : tags) want.emplace_back(t.name, t.group);
    if (!leaf.empty()) want.emplace_back(leaf, leaf_group < 0 ? --unique_ : leaf_group);
    size_t common = 0;
    while (common < open_.size() && common < want.size() && open_[common] == want[common])
      ++common;
    if (open_.size() > common || want.size() > common) FlushText();
    while (open_.size() > common) {
      if (open_.back().first == "Figure") figure_open_ = false;
      cairo_tag_end(cr_, open_.back().first.c_str());
      open_.pop_back();
    }
    for (size_t i = common; i < want.size(); ++i) {
      cairo_tag_begin(cr_, want[i].first.c_str(), "");
      open_.push_back(want[i]);
      if (want[i].first == "TH") th_heads_column_.push_back(row_all_headers_);
      if (want[i].first == "Figure") {
        figures_.push_back(FigureBox{i < tags.size() ? tags[i].alt : ""});
        figure_open_ = true;
        figure_empty_ = true;
      }
    }
  }

  /// Grows the open Figure's box by the cairo-space rectangle (x1, y1)-(x2, y2) of this page.
  void Cover(double x1, double y1, double x2, double y2) {
    if (!figure_open_) return;
    // PDF user space: y up from the page's foot.
    double h = L_.page_height.pt;
    FigureBox& b = figures_.back();
    if (figure_empty_) {
      b.x1 = x1, b.x2 = x2, b.y1 = h - y2, b.y2 = h - y1;
      figure_empty_ = false;
      return;
    }
    b.x1 = std::min(b.x1, x1);
    b.x2 = std::max(b.x2, x2);
    b.y1 = std::min(b.y1, h - y2);
    b.y2 = std::max(b.y2, h - y1);
  }

  static bool HasLink(const DrawOp& op) {
    const auto* t = std::get_if<DrawText>(&op.op);
    if (!t) return false;
    for (const GlyphRun& r : t->line.runs)
      if (r.link >= 0) return true;
    return false;
  }

  void NoteLinkGroup(const DrawOp& op) {
    if (op.tag_group >= 0 && HasLink(op)) link_groups_.insert(op.tag_group);
  }

  /// cairo 1.16 marks content only in leaf structure elements: once a P holds a Link, the P's
  /// own text would be painted unmarked (and later wrapped as an artifact). So every run that
  /// is not a link gets a Span of its own in an element that holds a link.
  bool SpanRuns(const DrawOp& op) const {
    if (op.tag.empty()) return false;
    return op.tag_group >= 0 ? link_groups_.count(op.tag_group) > 0 : HasLink(op);
  }

  void PaintOp(const DrawOp& op, Length dx, Length dy) {
    span_runs_ = SpanRuns(op);
    if (!std::holds_alternative<DrawText>(op.op)) FlushText();
    std::visit([&](const auto& o) { Paint(o, dx, dy); }, op.op);
    span_runs_ = false;
  }

  void Paint(const DrawText& t, Length dx, Length dy) {
    Cover((dx + t.x).pt, (dy + t.baseline - t.line.ascent).pt, (dx + t.x + t.line.width).pt,
          (dy + t.baseline + t.line.descent).pt);
    bool span_open = false;
    for (const GlyphRun& r : t.line.runs) {
      if (r.glyphs.empty() && r.text.empty()) continue;
      bool link = r.link >= 0;
      bool tagged = link || span_runs_;
      if (tagged) FlushText();
      if (span_open && link) {
        cairo_tag_end(cr_, "Span");
        span_open = false;
      }
      if (span_runs_ && !link && !span_open) {
        cairo_tag_begin(cr_, "Span", "");
        span_open = true;
      }
      if (link) {
        const LinkTarget& target = L_.links[r.link];
        std::string attrs = target.uri.empty() ? "dest=" + Quote(target.dest)
                                               : "uri=" + Quote(target.uri);
        cairo_tag_begin(cr_, CAIRO_TAG_LINK, attrs.c_str());
      }
      AddText(r, (dx + t.x).pt, (dy + t.baseline).pt);
      if (tagged) FlushText();
      if (link) cairo_tag_end(cr_, CAIRO_TAG_LINK);
    }
    if (span_open) cairo_tag_end(cr_, "Span");
  }

  /// Queues a run, joining it to the queued text when font and colour are the same: cairo's
  /// PDF surface spends about as much on each call (recording, analysing and replaying it) as
  /// on ten glyphs, and the lines of a paragraph or a cell are consecutive calls in one state.
  /// Everything else painted, and every tag, flushes the queue first, so order is kept and
  /// the PDF's bytes are the same as with a call per run.
  void AddText(const GlyphRun& r, double x, double y) {
    // A backward run's clusters count its glyphs from the end: it goes to cairo alone.
    if (TextQueued() && (text_.font != r.font || text_.colour != r.colour || text_.backward ||
                         r.backward))
      FlushText();
    if (!TextQueued()) {
      text_.font = r.font;
      text_.colour = r.colour;
      text_.backward = r.backward;
    }
    for (cairo_glyph_t g : r.glyphs) {
      g.x += x;
      g.y += y;
      text_.glyphs.push_back(g);
    }
    text_.text += r.text;
    text_.clusters.insert(text_.clusters.end(), r.clusters.begin(), r.clusters.end());
  }

  bool TextQueued() const { return !text_.glyphs.empty() || !text_.text.empty(); }

  void FlushText() {
    if (!TextQueued()) return;
    SetColour(cr_, text_.colour);
    cairo_set_scaled_font(cr_, text_.font.get());
    cairo_show_text_glyphs(cr_, text_.text.data(), static_cast<int>(text_.text.size()),
                           text_.glyphs.data(), static_cast<int>(text_.glyphs.size()),
                           text_.clusters.data(), static_cast<int>(text_.clusters.size()),
                           text_.backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD
                                          : static_cast<cairo_text_cluster_flags_t>(0));
    text_.glyphs.clear();
    text_.text.clear();
    text_.clusters.clear();
  }

  void Paint(const DrawRect& r, Length dx, Length dy) {
    Cover((dx + r.x).pt, (dy + r.y).pt, (dx + r.x + r.w).pt, (dy + r.y + r.h).pt);
    SetColour(cr_, r.fill);
    cairo_rectangle(cr_, (dx + r.x).pt, (dy + r.y).pt, r.w.pt, r.h.pt);
    cairo_fill(cr_);
  }

  void Paint(const DrawLine& l, Length dx, Length dy) {
    double half = l.width.pt / 2;
    Cover(std::min(l.x1, l.x2).pt + dx.pt - half, std::min(l.y1, l.y2).pt + dy.pt - half,
          std::max(l.x1, l.x2).pt + dx.pt + half, std::max(l.y1, l.y2).pt + dy.pt + half);
    cairo_move_to(cr_, (dx + l.x1).pt, (dy + l.y1).pt);
    cairo_line_to(cr_, (dx + l.x2).pt, (dy + l.y2).pt);
    StrokeAs(l);
  }

  void Paint(const DrawImage& i, Length dx, Length dy) {
    auto it = images_.find(i.path);
    if (it == images_.end())
      it = images_.emplace(i.path, cairo_image_surface_create_from_png(i.path.c_str())).first;
    cairo_surface_t* img = it->second;
    if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) return;
    int w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
    if (w <= 0 || h <= 0) return;
    Cover((dx + i.x).pt, (dy + i.y).pt, (dx + i.x + i.w).pt, (dy + i.y + i.h).pt);
    cairo_save(cr_);
    cairo_translate(cr_, (dx + i.x).pt, (dy + i.y).pt);
    cairo_scale(cr_, i.w.pt / w, i.h.pt / h);
    cairo_set_source_surface(cr_, img, 0, 0);
    cairo_paint(cr_);
    cairo_restore(cr_);
  }

  const Layout& L_;
  cairo_t* cr_;
  cairo_surface_t* surface_;
  std::vector<std::pair<std::string, int>> open_;
  int unique_ = -1000000;
  int outline_[8] = {};
  std::vector<FigureBox>& figures_;  ///< per Figure element, in the order opened
  std::map<std::string, std::string>& dest_titles_;
  std::vector<bool>& th_heads_column_;
  bool row_all_headers_ = true;      ///< the item being painted has no TD
  bool figure_open_ = false;         ///< the last of figures_ is open: painting grows its box
  bool figure_empty_ = false;        ///< nothing painted in it yet
  std::set<int> link_groups_;  ///< leaf groups that hold a link somewhere
  bool span_runs_ = false;
  GlyphRun text_;  ///< queued for one cairo_show_text_glyphs (see AddText)
  std::vector<DrawLine> rules_;  ///< this page's, placed on it (see DeferRule)
  std::map<std::string, cairo_surface_t*> images_;
};

}  // namespace

std::string PaintPdf(const Layout& layout, const doc::Metadata& m, Painted* painted,
                     std::string* error) {
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
      Append, &out, layout.page_width.pt, layout.page_height.pt);
  auto set = [&](cairo_pdf_metadata_t key, const std::string& value) {
    if (!value.empty()) cairo_pdf_surface_set_metadata(surface, key, value.c_str());
  };
  set(CAIRO_PDF_METADATA_TITLE, m.title);
  set(CAIRO_PDF_METADATA_AUTHOR, m.author);
  set(CAIRO_PDF_METADATA_SUBJECT, m.subject);
  set(CAIRO_PDF_METADATA_KEYWORDS, m.keywords);
  set(CAIRO_PDF_METADATA_CREATOR, m.creator);
  std::string date = IsoDate(m.created_unix);
  set(CAIRO_PDF_METADATA_CREATE_DATE, date);
  set(CAIRO_PDF_METADATA_MOD_DATE, date);
  cairo_t* cr = cairo_create(surface);
  {
    *painted = Painted{};
    Painter painter(layout, cr, surface, painted);
    painter.Run();
  }
  // running.cc sets the header 9 mm above the content and the footer 11 mm below it; rules and
  // tints reach at most half a line width out of the content box.
  double h = layout.page_height.pt;
  painted->bands.header_above = h - layout.top.pt + 3;
  painted->bands.footer_below = h - layout.content_bottom.pt - 3;
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    *error = std::string("cairo: ") + cairo_status_to_string(status);
    return "";
  }
  return out;
}

}  // namespace voortgang::pdf
