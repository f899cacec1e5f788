// cairo PDF painting of a Layout, with tags for structure, links and destinations.
#include "renderers/pdf/paint.h"

#include <cairo-pdf.h>

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

void SetColour(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0); }

class Painter {
 public:
  Painter(const Layout& layout, cairo_t* cr, cairo_surface_t* surface,
          std::vector<std::string>* figure_alts)
      : L_(layout), cr_(cr), surface_(surface), figure_alts_(*figure_alts) {
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
      for (const DrawOp& op : page.ops) {
        Sync({}, op.tag, op.tag_group);
        PaintOp(op, Pt(0), Pt(0));
      }
      Sync({}, "", -1);
      cairo_show_page(cr_);
    }
    cairo_tag_end(cr_, "Document");
  }

 private:
  void PaintItem(const Item& item, Length y) {
    bool dest = !item.dest.empty();
    if (item.level > 0) AddOutline(item);
    for (size_t k = 0; k < item.ops.size(); ++k) {
      const DrawOp& op = item.ops[k];
      Sync(item.tags, op.tag, op.tag_group);
      if (dest && k == 0) cairo_tag_begin(cr_, CAIRO_TAG_DEST, ("name=" + Quote(item.dest)).c_str());
      PaintOp(op, L_.left, y);
      if (dest && k == 0) cairo_tag_end(cr_, CAIRO_TAG_DEST);
    }
    if (item.ops.empty()) Sync(item.tags, "", -1);
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
    while (open_.size() > common) {
      cairo_tag_end(cr_, open_.back().first.c_str());
      open_.pop_back();
    }
    for (size_t i = common; i < want.size(); ++i) {
      cairo_tag_begin(cr_, want[i].first.c_str(), "");
      open_.push_back(want[i]);
      if (want[i].first == "Figure") figure_alts_.push_back(i < tags.size() ? tags[i].alt : "");
    }
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
    std::visit([&](const auto& o) { Paint(o, dx, dy); }, op.op);
    span_runs_ = false;
  }

  void Paint(const DrawText& t, Length dx, Length dy) {
    bool span_open = false;
    for (const GlyphRun& r : t.line.runs) {
      if (r.glyphs.empty() && r.text.empty()) continue;
      std::vector<cairo_glyph_t> glyphs = r.glyphs;
      double x = (dx + t.x).pt, y = (dy + t.baseline).pt;
      for (cairo_glyph_t& g : glyphs) {
        g.x += x;
        g.y += y;
      }
      bool link = r.link >= 0;
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
      SetColour(cr_, r.colour);
      cairo_set_scaled_font(cr_, r.font.get());
      cairo_show_text_glyphs(cr_, r.text.data(), static_cast<int>(r.text.size()), glyphs.data(),
                             static_cast<int>(glyphs.size()), r.clusters.data(),
                             static_cast<int>(r.clusters.size()),
                             static_cast<cairo_text_cluster_flags_t>(0));
      if (link) cairo_tag_end(cr_, CAIRO_TAG_LINK);
    }
    if (span_open) cairo_tag_end(cr_, "Span");
  }

  void Paint(const DrawRect& r, Length dx, Length dy) {
    SetColour(cr_, r.fill);
    cairo_rectangle(cr_, (dx + r.x).pt, (dy + r.y).pt, r.w.pt, r.h.pt);
    cairo_fill(cr_);
  }

  void Paint(const DrawLine& l, Length dx, Length dy) {
    SetColour(cr_, l.colour);
    cairo_set_line_width(cr_, l.width.pt);
    cairo_set_line_cap(cr_, l.round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
    if (l.dotted) {
      double dash[] = {0, l.width.pt * 3};
      cairo_set_dash(cr_, dash, 2, 0);
    }
    cairo_move_to(cr_, (dx + l.x1).pt, (dy + l.y1).pt);
    cairo_line_to(cr_, (dx + l.x2).pt, (dy + l.y2).pt);
    cairo_stroke(cr_);
    if (l.dotted) cairo_set_dash(cr_, nullptr, 0, 0);
  }

  void Paint(const DrawImage& i, Length dx, Length dy) {
    auto it = images_.find(i.path);
    if (it == images_.end())
      it = images_.emplace(i.path, cairo_image_surface_create_from_png(i.path.c_str())).first;
    cairo_surface_t* img = it->second;
    if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) return;
    int w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
    if (w <= 0 || h <= 0) return;
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
  std::vector<std::string>& figure_alts_;  ///< per Figure element, in the order opened
  std::set<int> link_groups_;  ///< leaf groups that hold a link somewhere
  bool span_runs_ = false;
  std::map<std::string, cairo_surface_t*> images_;
};

}  // namespace

std::string PaintPdf(const Layout& layout, const doc::Metadata& m,
                     std::vector<std::string>* figure_alts, std::string* error) {
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
    figure_alts->clear();
    Painter painter(layout, cr, surface, figure_alts);
    painter.Run();
  }
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

void SkipCairoContentCompression() { setenv("CAIRO_DEBUG_PDF", "1", 1); }

}  // namespace voortgang::pdf
