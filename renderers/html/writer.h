// Internal to renderers/html: the page being written and the helpers its parts share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/house_style.h"
#include "renderers/html/escape.h"

namespace voortgang::html {

struct Writer {
  const HouseStyle& style;
  std::string out;
  int figures = 0;  ///< charts written so far, for their ids
  int tables = 0;   ///< tables written so far, for their ids

  void Raw(std::string_view s) { out.append(s); }
  void Text(std::string_view s) { AppendEscaped(&out, s); }
};

/// "#1a2b3c".
std::string Hex(Rgb c);

/// Inline text: emphasis, links (only http, https, mailto and in-page anchors), line breaks.
void WriteRuns(const doc::Runs& runs, Writer* w);

/// A table in a container that scrolls sideways on its own when the table is wider than the
/// screen, named by its caption.
void WriteTable(const doc::Table& t, Writer* w);

/// A chart as a figure: its title, an inline SVG with its alt text, and its numbers as a
/// table in a <details> element.
void WriteBarChart(const doc::BarChart& c, Writer* w);
void WriteLineChart(const doc::LineChart& c, Writer* w);
void WriteColumnLineChart(const doc::ColumnLineChart& c, Writer* w);

}  // namespace voortgang::html
