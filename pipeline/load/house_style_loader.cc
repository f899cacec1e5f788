// House style TOML -> HouseStyle. One table of bindings from "section.key" to a field, so a new
// option is one line here and one in house_style.h.
#include "pipeline/load/house_style_loader.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <variant>

#include <toml++/toml.h>

#include "pipeline/load/logo_check.h"
#include "pipeline/model/contrast.h"

namespace voortgang {
namespace {

struct Mm { double* field; double min, max; };        // a number within [min, max]
struct Int { int* field; int min, max; };
struct Str { std::string* field; };
struct Path {  // resolved relative to the TOML file
  std::string* field;
  SourceRef* at = nullptr;  // gets where the value stands, when the file is checked later
};
struct Colour { Rgb* field; };
struct Colours { std::vector<Rgb>* field; };
using Binding = std::variant<Mm, Int, Str, Path, Colour, Colours>;

struct Key {
  const char* section;
  const char* name;
  Binding binding;
};

std::vector<Key> Bindings(HouseStyle* s) {
  return {
      {"pagina", "breedte_mm", Mm{&s->page_width_mm, 50, 1000}},
      {"pagina", "hoogte_mm", Mm{&s->page_height_mm, 50, 1000}},
      {"pagina", "marge_boven_mm", Mm{&s->margin_top_mm, 0, 100}},
      {"pagina", "marge_onder_mm", Mm{&s->margin_bottom_mm, 0, 100}},
      {"pagina", "marge_links_mm", Mm{&s->margin_left_mm, 0, 100}},
      {"pagina", "marge_rechts_mm", Mm{&s->margin_right_mm, 0, 100}},
      {"tekst", "lettertype", Str{&s->body_font}},
      {"tekst", "grootte_pt", Mm{&s->body_size_pt, 4, 40}},
      {"tekst", "regelafstand", Mm{&s->line_spacing, 0.8, 3}},
      {"tekst", "alinea_na_pt", Mm{&s->paragraph_spacing_pt, 0, 50}},
      {"tekst", "klein_pt", Mm{&s->small_size_pt, 4, 40}},
      {"tekst", "kleur", Colour{&s->text_colour}},
      {"tekst", "link_kleur", Colour{&s->link_colour}},
      {"tekst", "melding_achtergrond", Colour{&s->notice_background}},
      {"tekst", "melding_lijn", Colour{&s->notice_rule}},
      {"koppen", "lettertype", Str{&s->heading_font}},
      {"koppen", "h1_pt", Mm{&s->h1_size_pt, 4, 60}},
      {"koppen", "h2_pt", Mm{&s->h2_size_pt, 4, 60}},
      {"koppen", "h3_pt", Mm{&s->h3_size_pt, 4, 60}},
      {"koppen", "ruimte_voor_pt", Mm{&s->heading_space_before_pt, 0, 100}},
      {"koppen", "ruimte_na_pt", Mm{&s->heading_space_after_pt, 0, 100}},
      {"koppen", "kleur", Colour{&s->heading_colour}},
      {"titel", "grootte_pt", Mm{&s->title_size_pt, 4, 100}},
      {"titel", "ondertitel_pt", Mm{&s->subtitle_size_pt, 4, 100}},
      {"titel", "logo", Path{&s->logo_path, &s->logo_at}},
      {"titel", "logo_breedte_mm", Mm{&s->logo_width_mm, 1, 200}},
      {"titel", "logo_max_hoogte_mm", Mm{&s->logo_max_height_mm, 1, 200}},
      {"koptekst", "grootte_pt", Mm{&s->running_size_pt, 4, 40}},
      {"koptekst", "kleur", Colour{&s->running_colour}},
      {"koptekst", "paginanummer", Str{&s->page_label}},
      {"lijsten", "inspringen_mm", Mm{&s->list_indent_mm, 0, 50}},
      {"lijsten", "opsommingsteken", Str{&s->bullet}},
      {"tabellen", "grootte_pt", Mm{&s->table_size_pt, 4, 40}},
      {"tabellen", "celmarge_mm", Mm{&s->cell_padding_mm, 0, 20}},
      {"tabellen", "kop_achtergrond", Colour{&s->table_header_background}},
      {"tabellen", "kop_tekst", Colour{&s->table_header_text}},
      {"tabellen", "streep", Colour{&s->table_stripe}},
      {"tabellen", "lijn", Colour{&s->table_rule}},
      {"tabellen", "vervolg", Str{&s->continued_suffix}},
      {"grafieken", "balkdikte_mm", Mm{&s->bar_thickness_mm, 1, 30}},
      {"grafieken", "grootte_pt", Mm{&s->chart_size_pt, 4, 40}},
      {"grafieken", "kleuren", Colours{&s->chart_colours}},
      {"grafieken", "as", Colour{&s->chart_axis}},
      {"grafieken", "raster", Colour{&s->chart_grid}},
      {"grafieken", "beter", Colour{&s->chart_better}},
      {"grafieken", "slechter", Colour{&s->chart_worse}},
      {"grafieken", "panelen_per_rij", Int{&s->panels_per_row, 1, 6}},
      {"grafieken", "paneel_hoogte_mm", Mm{&s->panel_height_mm, 10, 200}},
      {"grafieken", "beter_hoger", Str{&s->better_up_text}},
      {"grafieken", "beter_lager", Str{&s->better_down_text}},
      {"grafieken", "cijfers", Str{&s->figure_numbers_text}},
      {"afbreken", "woordenboek", Path{&s->hyphen_dictionary}},
      {"afbreken", "uitzonderingen", Path{&s->hyphen_exceptions}},
      {"afbreken", "minimale_woordlengte", Int{&s->hyphen_min_word, 2, 40}},
  };
}

SourceRef Where(const std::string& path, const toml::source_region& r) {
  return SourceRef{path, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

std::optional<Rgb> ParseColour(std::string_view s) {
  if (s.size() != 7 || s[0] != '#') return std::nullopt;
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  int v[6];
  for (int i = 0; i < 6; ++i) {
    v[i] = hex(s[i + 1]);
    if (v[i] < 0) return std::nullopt;
  }
  return Rgb{static_cast<uint8_t>(v[0] * 16 + v[1]), static_cast<uint8_t>(v[2] * 16 + v[3]),
             static_cast<uint8_t>(v[4] * 16 + v[5])};
}

/// Where each colour the file sets stands, for the contrast check.
using ColourPlaces = std::map<const Rgb*, std::pair<std::string, SourceRef>>;

struct Apply {
  const toml::node& node;
  const std::string& path;
  const std::string& key;
  Diagnostics* diags;
  ColourPlaces* places;

  void Bad(const toml::node& n, const std::string& expected) const {
    diags->Error(Where(path, n.source()), key + ": expected " + expected);
  }
  void operator()(Mm b) const {
    auto v = node.value<double>();
    if (!v) return Bad(node, "a number");
    if (*v < b.min || *v > b.max) {
      std::ostringstream os;
      os << "a number from " << b.min << " to " << b.max;
      return Bad(node, os.str());
    }
    *b.field = *v;
  }
  void operator()(Int b) const {
    auto v = node.value<int64_t>();
    if (!v || *v < b.min || *v > b.max)
      return Bad(node, "a whole number from " + std::to_string(b.min) + " to " +
                           std::to_string(b.max));
    *b.field = static_cast<int>(*v);
  }
  void operator()(Str b) const {
    auto v = node.value<std::string>();
    if (!v) return Bad(node, "a string");
    *b.field = *v;
  }
  void operator()(Path b) const {
    auto v = node.value<std::string>();
    if (!v) return Bad(node, "a string");
    std::filesystem::path p(*v);
    if (!v->empty() && p.is_relative()) p = std::filesystem::path(path).parent_path() / p;
    *b.field = v->empty() ? std::string() : p.lexically_normal().string();
    if (b.at) *b.at = Where(path, node.source());
  }
  void operator()(Colour b) const {
    auto v = node.value<std::string>();
    auto c = v ? ParseColour(*v) : std::nullopt;
    if (!c) return Bad(node, "a colour \"#rrggbb\"");
    *b.field = *c;
    (*places)[b.field] = {key, Where(path, node.source())};
  }
  void operator()(Colours b) const {
    const toml::array* a = node.as_array();
    if (!a || a->empty()) return Bad(node, "a list of colours [\"#rrggbb\", ...]");
    std::vector<Rgb> out;
    for (const toml::node& e : *a) {
      auto v = e.value<std::string>();
      auto c = v ? ParseColour(*v) : std::nullopt;
      if (!c) return Bad(e, "a colour \"#rrggbb\"");
      out.push_back(*c);
    }
    *b.field = out;
  }
};

/// A logo file larger than this is refused before it is read: a logo is a small image.
constexpr std::uintmax_t kMaxLogoBytes = 16u << 20;

/// Why the file at `path` cannot be the logo, or "" when it can: a regular file, not too large,
/// that starts as a PNG does (signature, then the IHDR chunk with a size). cairo would refuse
/// anything else at render time without saying why.
std::string LogoProblem(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) return "no such file";
  if (fs::is_directory(status)) return "it is a directory, not a PNG file";
  if (!fs::is_regular_file(status)) return "it is not a regular file";
  std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return "cannot read the file";
  if (size > kMaxLogoBytes) return "the file is larger than 16 MiB";
  std::ifstream in(path, std::ios::binary);
  if (!in) return "cannot read the file";
  unsigned char head[24] = {};
  in.read(reinterpret_cast<char*>(head), sizeof head);
  static const unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  if (in.gcount() < 8 || !std::equal(kSignature, kSignature + 8, head))
    return "it is not a PNG file";
  auto be32 = [&](int at) {
    return uint32_t{head[at]} << 24 | uint32_t{head[at + 1]} << 16 | uint32_t{head[at + 2]} << 8 |
           uint32_t{head[at + 3]};
  };
  if (in.gcount() < 24 || be32(8) != 13 || std::string(head + 12, head + 16) != "IHDR")
    return "it is not a PNG file (no image header)";
  if (be32(16) == 0 || be32(20) == 0) return "the PNG image has no pixels";
  if (be32(16) > kMaxLogoPixels || be32(20) > kMaxLogoPixels) {
    return "a PNG of " + std::to_string(be32(16)) + " x " + std::to_string(be32(20)) +
           " pixels; at most " + std::to_string(kMaxLogoPixels) + " x " +
           std::to_string(kMaxLogoPixels) + " is allowed";
  }
  return "";
}

/// The logo is checked where the house style is loaded, so that `check` finds a missing or
/// broken logo before anything is rendered.
void CheckLogo(const HouseStyle& style, Diagnostics* diags) {
  if (style.logo_path.empty()) return;
  std::string problem = LogoProblem(style.logo_path);
  if (!problem.empty())
    diags->Error(style.logo_at, "titel.logo: cannot use '" + style.logo_path + "' as the logo: " +
                                    problem);
}

/// The hyphenation files a style names must be regular files (a device such as /dev/zero
/// would be read for ever); the logo has CheckLogo.
void CheckFiles(const toml::table& root, const HouseStyle& style, const std::string& path,
                Diagnostics* diags) {
  auto check = [&](const char* section, const char* key, const std::string& file) {
    const toml::node* node = root.at_path(std::string(section) + "." + key).node();
    if (file.empty() || !node) return;  // the defaults are the system's own files
    std::string problem = RegularFileProblem(file, kMaxStyleFileBytes);
    if (problem.empty()) return;
    diags->Error(Where(path, node->source()),
                 std::string(section) + "." + key + ": " + file + ": " + problem);
  };
  check("afbreken", "woordenboek", style.hyphen_dictionary);
  check("afbreken", "uitzonderingen", style.hyphen_exceptions);
}

std::string HexOf(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

/// WCAG 2.1 1.4.3: every text colour against the background it is drawn on, in the PDF and the
/// HTML alike. The error stands at the text colour when the file sets it, else at the
/// background's.
void CheckContrast(const HouseStyle& s, const std::string& path, const ColourPlaces& places,
                   Diagnostics* diags) {
  static const Rgb kPage{0xff, 0xff, 0xff};
  struct Pair {
    const Rgb* text;
    const char* text_key;
    const Rgb* background;
    const char* background_key;
    double size_pt;  ///< the smallest size the colour is used at
    bool bold;
  };
  // Headings share their colour with table captions and chart titles.
  double heading_pt = std::min({s.h1_size_pt, s.h2_size_pt, s.h3_size_pt, s.table_size_pt,
                                s.chart_size_pt + 2});
  const Pair pairs[] = {
      {&s.text_colour, "tekst.kleur", &kPage, nullptr, s.small_size_pt, false},
      {&s.text_colour, "tekst.kleur", &s.notice_background, "tekst.melding_achtergrond",
       s.body_size_pt, false},
      {&s.text_colour, "tekst.kleur", &s.table_stripe, "tabellen.streep", s.table_size_pt, false},
      {&s.link_colour, "tekst.link_kleur", &kPage, nullptr, s.small_size_pt, false},
      {&s.link_colour, "tekst.link_kleur", &s.notice_background, "tekst.melding_achtergrond",
       s.body_size_pt, false},
      {&s.heading_colour, "koppen.kleur", &kPage, nullptr, heading_pt, true},
      {&s.table_header_text, "tabellen.kop_tekst", &s.table_header_background,
       "tabellen.kop_achtergrond", s.table_size_pt, true},
      {&s.running_colour, "koptekst.kleur", &kPage, nullptr, s.running_size_pt, false},
      {&s.chart_axis, "grafieken.as", &kPage, nullptr, s.chart_size_pt, false},
  };
  for (const Pair& p : pairs) {
    bool large = p.size_pt >= 18 || (p.bold && p.size_pt >= 14);
    double needed = large ? kLargeTextContrast : kTextContrast;
    double ratio = ContrastRatio(*p.text, *p.background);
    if (ratio >= needed) continue;
    auto text_at = places.find(p.text);
    auto background_at = places.find(p.background);
    SourceRef where{path, 0, 0};
    if (text_at != places.end()) {
      where = text_at->second.second;
    } else if (background_at != places.end()) {
      where = background_at->second.second;
    }
    char numbers[64];
    std::snprintf(numbers, sizeof(numbers), "%.2f:1, below the %.1f:1 %stext needs", ratio,
                  needed, large ? "large " : "");
    std::string background = p.background_key
                                 ? std::string(p.background_key) + " " + HexOf(*p.background)
                                 : "the white page";
    diags->Error(where, std::string(p.text_key) + " " + HexOf(*p.text) + " on " + background +
                            " has a contrast ratio of " + numbers + " (WCAG 2.1, 1.4.3)");
  }
}

}  // namespace

HouseStyle ParseHouseStyle(std::string_view text, const std::string& path, Diagnostics* diags) {
  HouseStyle style;
  style.source_file = path;
  toml::table root;
  try {
    root = toml::parse(text, std::string_view(path));
  } catch (const toml::parse_error& e) {
    diags->Error(Where(path, e.source()), std::string(e.description()));
    return style;
  }
  std::vector<Key> keys = Bindings(&style);
  ColourPlaces places;
  for (const auto& [section_key, section_node] : root) {
    std::string section(section_key.str());
    const toml::table* table = section_node.as_table();
    if (!table) {
      diags->Warning(Where(path, section_node.source()), "unknown key '" + section + "'");
      continue;
    }
    for (const auto& [k, node] : *table) {
      std::string name(k.str());
      std::string full = section + "." + name;
      const Key* found = nullptr;
      for (const Key& key : keys)
        if (section == key.section && name == key.name) found = &key;
      if (!found) {
        diags->Warning(Where(path, k.source()), "unknown key '" + full + "'");
        continue;
      }
      std::visit(Apply{node, path, full, diags, &places}, found->binding);
    }
  }
  CheckLogo(style, diags);
  CheckFiles(root, style, path, diags);
  CheckContrast(style, path, places, diags);
  return style;
}

HouseStyle LoadHouseStyle(const std::string& path, Diagnostics* diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags->Error(SourceRef{path, 0, 0}, "cannot read house style file");
    HouseStyle style;
    style.source_file = path;
    return style;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseHouseStyle(ss.str(), path, diags);
}

}  // namespace voortgang
