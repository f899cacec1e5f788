// A house style: the look of a note (fonts, sizes, colours, margins, fixed texts), loaded from
// templates/huisstijl/*.toml so a secretariat changes it without recompiling. Defaults below
// only make a struct usable in tests; the shipped values live in templates/huisstijl/standaard.toml.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/model/source.h"

namespace voortgang {

struct Rgb {
  uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};

struct HouseStyle {
  std::string source_file;  ///< the TOML it came from; relative paths below are resolved

  // [pagina]: A4 by default.
  double page_width_mm = 210;
  double page_height_mm = 297;
  double margin_top_mm = 25;
  double margin_bottom_mm = 25;
  double margin_left_mm = 25;
  double margin_right_mm = 20;

  // [tekst]
  std::string body_font = "Carlito";
  double body_size_pt = 11;
  double line_spacing = 1.2;         ///< line height as a multiple of the font size
  double paragraph_spacing_pt = 6;   ///< space after a paragraph
  double small_size_pt = 9;          ///< ParagraphRole::kSmall, footnotes
  Rgb text_colour{0x1a, 0x1a, 0x1a};
  Rgb link_colour{0x00, 0x4a, 0x8f};
  Rgb notice_background{0xf3, 0xf0, 0xe6};
  Rgb notice_rule{0xc8, 0x8a, 0x00};

  // [koppen]
  std::string heading_font = "Carlito";
  double h1_size_pt = 16;
  double h2_size_pt = 13;
  double h3_size_pt = 11.5;
  double heading_space_before_pt = 14;
  double heading_space_after_pt = 6;
  Rgb heading_colour{0x00, 0x3a, 0x70};

  // [titel]
  double title_size_pt = 24;
  double subtitle_size_pt = 15;
  std::string logo_path;  ///< optional PNG, top left of the title page
  SourceRef logo_at;      ///< where the file names the logo: its problems are reported there
  double logo_width_mm = 40;
  double logo_max_height_mm = 30;  ///< a taller logo is scaled down to this height

  // [koptekst]: running header and footer on every page but the title page.
  double running_size_pt = 8.5;
  Rgb running_colour{0x55, 0x55, 0x55};
  std::string page_label = "pagina {pagina} van {paginas}";

  // [lijsten]
  double list_indent_mm = 6;
  std::string bullet = "•";

  // [tabellen]
  double table_size_pt = 9.5;
  double cell_padding_mm = 1.5;
  Rgb table_header_background{0x00, 0x3a, 0x70};
  Rgb table_header_text{0xff, 0xff, 0xff};
  Rgb table_stripe{0xee, 0xf2, 0xf7};
  Rgb table_rule{0xb0, 0xb8, 0xc4};
  std::string continued_suffix = " (vervolg)";

  // [grafieken]
  double bar_thickness_mm = 4.5;  ///< one bar of a horizontal bar chart
  double chart_size_pt = 8;
  std::vector<Rgb> chart_colours{{0x00, 0x3a, 0x70}, {0xe1, 0x7e, 0x00}};
  Rgb chart_axis{0x44, 0x44, 0x44};
  Rgb chart_grid{0xdd, 0xdd, 0xdd};
  Rgb chart_better{0x2e, 0x7d, 0x32};
  Rgb chart_worse{0xc6, 0x28, 0x28};
  int panels_per_row = 3;
  double panel_height_mm = 38;
  std::string better_up_text = "hoger is beter";
  std::string better_down_text = "lager is beter";
  /// The web edition's label for a chart's numbers (shown under the chart, folded).
  std::string figure_numbers_text = "Cijfers bij deze figuur";

  // [afbreken]
  std::string hyphen_dictionary = "/usr/share/hyphen/hyph_nl_NL.dic";
  std::string hyphen_exceptions;  ///< templates/afbreekuitzonderingen.txt
  int hyphen_min_word = 6;        ///< shorter words are never hyphenated
};

}  // namespace voortgang
