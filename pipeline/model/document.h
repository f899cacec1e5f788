// The renderer-neutral document tree: what a note says, in reading order, with no page geometry.
// The report stage fills it; renderers/pdf lays it out. No cairo, no fonts, no sizes in here:
// how things look comes from HouseStyle (pipeline/model/house_style.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace voortgang::doc {

/// A piece of inline text with one look. Texts are UTF-8 and already in final Dutch form
/// (money as "€ 1.234,56" with U+00A0 after €, dates as "10 december 2024").
struct Run {
  std::string text;
  bool emphasis = false;  ///< italic
  bool strong = false;    ///< bold
  bool code = false;      ///< shown as plain text (Markdown `code`); kept for other renderers
  /// Non-empty: the run is a clickable link to this URL; the PDF shows the URL in a numbered
  /// footnote at the foot of the page the link lands on. Footnote numbers are the engine's job.
  std::string link_url;
  /// Non-empty: a footnote with this text is attached after the run (e.g. a source remark).
  std::string footnote;
  bool line_break = false;  ///< a forced line break; text and the other fields are ignored
};

using Runs = std::vector<Run>;

/// Convenience builders for the report stage.
inline Run Text(std::string t) {
  Run r;
  r.text = std::move(t);
  return r;
}
inline Run Strong(std::string t) {
  Run r = Text(std::move(t));
  r.strong = true;
  return r;
}
inline Run Emphasis(std::string t) {
  Run r = Text(std::move(t));
  r.emphasis = true;
  return r;
}
inline Run Link(std::string t, std::string url) {
  Run r = Text(std::move(t));
  r.link_url = std::move(url);
  return r;
}
inline Run LineBreak() {
  Run r;
  r.line_break = true;
  return r;
}

enum class Align { kJustify, kLeft, kCenter, kRight };

/// A numbered section heading. Kept on the same page as the block that follows it.
struct Heading {
  int level = 1;       ///< 1..3
  std::string number;  ///< "3.2"; empty for an unnumbered heading
  std::string text;
  std::string id;      ///< anchor for the contents and links; unique in the document
  bool in_toc = true;  ///< listed in the table of contents (bookmarks list every heading)
};

enum class ParagraphRole {
  kBody,    ///< normal text
  kSmall,   ///< smaller text: a "Toelichting" under a table, a source line
  kNotice,  ///< set off visibly, e.g. "Voor deze periode is geen voortgang aangeleverd."
  kLabel,   ///< a bold run-in label line such as "Stand van zaken"; kept with the next block
};

struct Paragraph {
  Runs runs;
  Align align = Align::kJustify;  ///< the engine never justifies last or single-word lines
  ParagraphRole role = ParagraphRole::kBody;
  bool keep_with_next = false;  ///< do not end a page after this paragraph
};

struct Block;

struct ListItem {
  std::vector<Block> blocks;  ///< usually one Paragraph; a nested List is another block
};

struct List {
  bool numbered = false;
  int start = 1;  ///< first number of a numbered list
  std::vector<ListItem> items;
};

struct Cell {
  Runs runs;
};

struct Row {
  std::vector<Cell> cells;  ///< one per column; no spans
};

struct Column {
  Align align = Align::kLeft;
  bool numeric = false;  ///< right-aligned, never hyphenated (money, counts, percentages)
};

/// A table whose rows never split. Breaking across pages repeats the header row, and the
/// caption followed by the house style's continued-suffix (" (vervolg)").
struct Table {
  std::string caption;  ///< "Tabel 3. Begroot per thema en jaar"; may be empty
  std::string id;       ///< optional anchor
  std::vector<Column> columns;
  std::optional<Row> header;
  std::vector<Row> body;
  std::optional<Row> total;  ///< drawn bold with a rule above, on the table's last page
};

/// One series of a bar chart. Values are integers of one unit for the whole chart
/// (cents or counts); the display strings are what is written at the bars.
struct BarSeries {
  std::string label;  ///< legend text, e.g. "Begroot"
  std::vector<int64_t> values;       ///< one per category
  std::vector<std::string> display;  ///< one per category, e.g. "€ 1.234.567"
};

/// Vertical bars per category, one or two series side by side.
struct BarChart {
  std::string title;
  std::vector<std::string> categories;
  std::vector<BarSeries> series;  ///< 1 or 2
  /// Axis ticks are value / axis_divisor written with Dutch thousands dots; the axis label
  /// says what that is, e.g. axis_divisor 100000 (cents -> thousands of euros) and
  /// axis_label "× € 1.000".
  int64_t axis_divisor = 1;
  std::string axis_label;
  std::string alt_text;  ///< for screen readers (tagged PDF Figure /Alt)
};

/// One column of a ColumnLineChart.
struct ColumnCategory {
  std::string label;  ///< under the column, e.g. "Q1"
  std::string group;  ///< under the labels, shared by neighbouring columns, e.g. "2023"
  std::string full;   ///< for the numbers table and the alt text, e.g. "Q1 2023"
};

/// A horizontal reference level across a ColumnLineChart, e.g. the total begroot.
struct ChartLevel {
  std::string label;    ///< "Totaal begroot"
  int64_t value = 0;    ///< in the chart's unit
  std::string display;  ///< "€ 1.234.567"
};

/// Vertical columns per category (an amount per quarter) with a line over them (the running
/// total) on the same value axis, and optionally a reference level the line is read against.
struct ColumnLineChart {
  std::string title;
  std::vector<ColumnCategory> categories;
  BarSeries columns;  ///< one value per category
  BarSeries line;     ///< one value per category
  std::optional<ChartLevel> level;
  int64_t axis_divisor = 1;  ///< as BarChart
  std::string axis_label;
  std::string alt_text;
};

struct LinePoint {
  int year = 0;
  int64_t value = 0;    ///< any unit, the same for a panel (e.g. tenths of a percent)
  std::string display;  ///< "12,5%"
};

enum class Better { kUp, kDown, kNeutral };

/// One small chart of a small-multiples LineChart.
struct LinePanel {
  std::string title;  ///< the indicator's name
  std::vector<LinePoint> points;  ///< ordered by year
  Better better = Better::kNeutral;
};

/// Small multiples: one little line chart per indicator, in a grid.
struct LineChart {
  std::string title;
  std::vector<LinePanel> panels;
  std::string alt_text;
};

/// The first page's heading block.
struct TitleBlock {
  std::string title;      ///< "Voortgangsnotitie Transformatie Jeugdhulp"
  std::string subtitle;   ///< unit name
  std::string period;     ///< "Q4 2024"
  std::string date_line;  ///< "10 december 2024"
  std::string addressee;  ///< "Aan de gemeenteraad"
  std::string logo_path;  ///< optional PNG; overrides the house style's logo when set
};

/// The memo template's header table: label/value pairs (Onderwerp, Datum, Memo van, ...).
struct MemoHeader {
  std::vector<std::pair<std::string, std::string>> rows;
};

/// Where the contents goes; the engine fills it with every Heading with in_toc and a level
/// up to max_level, with real page numbers and links.
struct TableOfContents {
  std::string title = "Inhoud";
  int max_level = 2;
};

struct PageBreak {};

/// Vertical space in lines of body text.
struct Spacer {
  int lines = 1;
};

struct Block {
  std::variant<Heading, Paragraph, List, Table, BarChart, LineChart, ColumnLineChart, TitleBlock,
               MemoHeader, TableOfContents, PageBreak, Spacer>
      content;
};

struct Metadata {
  std::string title;
  std::string author;    ///< "Gemeente Groningen"
  std::string subject;
  std::string keywords;  ///< comma separated
  std::string language = "nl-NL";
  std::string creator;   ///< "voortgang 0.1.0"
  /// Unix seconds; from SOURCE_DATE_EPOCH when set (the build stage decides), so two runs
  /// give byte-identical files. Written as the PDF creation and modification date.
  int64_t created_unix = 0;
};

/// Texts repeated on every page except the title page. The engine adds the page label
/// ("pagina X van Y", its wording from the house style).
struct Running {
  std::string unit;    ///< "Gemeente Groningen"
  std::string period;  ///< "Q4 2024"
};

struct Document {
  Metadata metadata;
  Running running;
  std::vector<Block> blocks;
};

}  // namespace voortgang::doc
