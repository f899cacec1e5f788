// The HTML renderer on a small document: semantics (one h1, numbered headings with the PDF's
// anchors, contents as nav, captioned tables with header scopes, charts as SVG images with
// their alt text and numbers), escaping, and no link that is not http, https or mailto.
#include "renderers/html/html_renderer.h"

#include <boost/test/unit_test.hpp>

#include "renderers/html/escape.h"

namespace voortgang {
namespace {

bool Has(const std::string& page, const std::string& part) {
  return page.find(part) != std::string::npos;
}

int Count(const std::string& page, const std::string& part) {
  int n = 0;
  for (std::size_t at = 0; (at = page.find(part, at)) != std::string::npos; at += part.size()) ++n;
  return n;
}

doc::Document Sample() {
  doc::Document d;
  d.metadata.title = "Voortgangsnotitie";
  d.metadata.author = "Gemeente <Test>";
  d.metadata.created_unix = 1733788800;
  d.running = {"Gemeente Test", "Q4 2024"};
  d.blocks.push_back({doc::TitleBlock{"Voortgangsnotitie", "Gemeente Test", "Q4 2024", "", "", ""}});
  d.blocks.push_back({doc::TableOfContents{"Inhoud", 2}});
  d.blocks.push_back({doc::Heading{1, "1", "Inleiding", "", true}});
  d.blocks.push_back({doc::Heading{2, "1.1", "Geld & <meer>", "geld", true}});
  d.blocks.push_back({doc::Heading{3, "1.1.1", "Detail", "", true}});
  doc::Paragraph p;
  p.runs = {doc::Text("Zie "), doc::Link("de site", "https://example.nl/?a=1&b=2"),
            doc::Text(" en "), doc::Link("dit", "javascript:alert(1)"), doc::Strong(" <b>")};
  d.blocks.push_back({p});
  doc::Table t;
  t.caption = "Tabel 1. Begroot";
  t.columns = {{doc::Align::kLeft, false}, {doc::Align::kRight, true}};
  t.header = doc::Row{{{{doc::Text("Thema")}}, {{doc::Text("Begroot")}}}};
  t.body.push_back(doc::Row{{{{doc::Text("Samen")}}, {{doc::Text("€\u00a0100")}}}});
  t.total = doc::Row{{{{doc::Text("Totaal")}}, {{doc::Text("€\u00a0100")}}}};
  d.blocks.push_back({t});
  doc::BarChart bar;
  bar.title = "Figuur 1. Begroot en uitgegeven";
  bar.categories = {"Samen", "Anders"};
  bar.series = {{"Begroot", {10000, 20000}, {"€ 100", "€ 200"}},
                {"Uitgaven", {5000, 0}, {"€ 50", "€ 0"}}};
  bar.axis_divisor = 100;
  bar.axis_label = "× € 1";
  bar.alt_text = "Staafdiagram: begroot en uitgegeven per thema.";
  d.blocks.push_back({bar});
  doc::LineChart line;
  line.title = "Figuur 2. Indicatoren";
  line.alt_text = "Lijngrafieken per indicator.";
  line.panels = {{"Wachttijd", {{2023, 50, "5,0"}, {2024, 40, "4,0"}}, doc::Better::kDown}};
  d.blocks.push_back({line});
  return d;
}

BOOST_AUTO_TEST_SUITE(html_renderer_test)

BOOST_AUTO_TEST_CASE(semantic_page_from_the_document_tree) {
  HouseStyle style;
  std::string error;
  std::string page = RenderHtml(Sample(), style, "/* web.css */", &error);
  BOOST_TEST(error == "");
  BOOST_TEST(page.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0);
  BOOST_TEST(Has(page, "<title>Voortgangsnotitie \u2013 Gemeente Test \u2013 Q4 2024</title>"));
  BOOST_TEST(Has(page, "<meta name=\"author\" content=\"Gemeente &lt;Test&gt;\">"));
  BOOST_TEST(Has(page, "<meta name=\"dcterms.created\" content=\"2024-12-10\">"));
  BOOST_TEST(Has(page, "--kop-kleur:#003a70;"));
  BOOST_TEST(Has(page, "/* web.css */"));
  BOOST_TEST(Count(page, "<h1>") == 1);
  BOOST_TEST(Has(page, "<h2 id=\"kop-1\"><span class=\"nummer\">1 </span>Inleiding</h2>"));
  BOOST_TEST(Has(page, "<h3 id=\"geld\"><span class=\"nummer\">1.1 </span>Geld &amp; &lt;meer&gt;</h3>"));
  BOOST_TEST(Has(page, "<h4 id=\"kop-3\">"));
  // The contents: levels 1 and 2, nested, linking to the headings.
  BOOST_TEST(Has(page, "<nav class=\"inhoud\" aria-labelledby=\"inhoud-titel\">"));
  BOOST_TEST(Has(page, "<a href=\"#kop-1\">"));
  BOOST_TEST(Has(page, "<a href=\"#geld\">"));
  BOOST_TEST(!Has(page, "<a href=\"#kop-3\">"));
  // Links: escaped, and a javascript: URL stays text.
  BOOST_TEST(Has(page, "<a href=\"https://example.nl/?a=1&amp;b=2\">de site</a>"));
  BOOST_TEST(!Has(page, "javascript"));
  BOOST_TEST(Has(page, "<strong> &lt;b&gt;</strong>"));
  BOOST_TEST(!Has(page, "<script"));
  // Tables.
  BOOST_TEST(Has(page, "<caption id=\"tabel-1-bijschrift\">Tabel 1. Begroot</caption>"));
  BOOST_TEST(Has(page, "<th scope=\"col\">Thema</th><th scope=\"col\" class=\"getal\">Begroot</th>"));
  BOOST_TEST(Has(page, "<th scope=\"row\">Samen</th><td class=\"getal\">€\u00a0100</td>"));
  BOOST_TEST(Has(page, "<tfoot>"));
  // Charts: an image with the alt text, and its numbers as a table.
  BOOST_TEST(Count(page, "<svg role=\"img\"") == 2);
  BOOST_TEST(Has(page, "<title id=\"figuur-1-alt\">Staafdiagram: begroot en uitgegeven per thema.</title>"));
  BOOST_TEST(Has(page, "<summary>Cijfers bij deze figuur</summary>"));
  BOOST_TEST(Has(page, "<th scope=\"row\">Anders</th><td class=\"getal\">€ 200</td><td class=\"getal\">€ 0</td>"));
  BOOST_TEST(Has(page, "<th scope=\"col\" class=\"getal\">2023</th><th scope=\"col\" class=\"getal\">2024</th>"));
  BOOST_TEST(Has(page, "<th scope=\"row\">Wachttijd</th><td class=\"getal\">5,0</td><td class=\"getal\">4,0</td>"));
  // The same tree gives the same bytes.
  BOOST_TEST(page == RenderHtml(Sample(), style, "/* web.css */", &error));
}

BOOST_AUTO_TEST_CASE(column_and_line_chart_as_svg_with_its_numbers) {
  doc::ColumnLineChart c;
  c.title = "Figuur 3. Uitgaven per kwartaal";
  c.categories = {{"eerder", "", "eerder (t/m Q4 2023)"},
                  {"Q1", "2024", "Q1 2024"},
                  {"Q2", "2024", "Q2 2024"}};
  c.columns = {"Uitgaven in het kwartaal", {5000, 0, 2500}, {"€ 50", "€ 0", "€ 25"}};
  c.line = {"Uitgaven cumulatief", {5000, 5000, 7500}, {"€ 50", "€ 50", "€ 75"}};
  c.level = doc::ChartLevel{"Totaal begroot", 10000, "€ 100"};
  c.axis_divisor = 100;
  c.axis_label = "€";
  c.alt_text = "Uitgaven per kwartaal: eerder € 50, Q2 2024 € 25.";
  doc::Document d;
  d.metadata.title = "Notitie";
  d.blocks.push_back({c});
  std::string error;
  std::string page = RenderHtml(d, HouseStyle{}, "", &error);
  BOOST_TEST(error == "");
  BOOST_TEST(Count(page, "<svg role=\"img\"") == 1);
  BOOST_TEST(Has(page, "<figcaption id=\"figuur-1-titel\">Figuur 3. Uitgaven per kwartaal</figcaption>"));
  BOOST_TEST(Has(page, "<title id=\"figuur-1-alt\">Uitgaven per kwartaal: eerder € 50, Q2 2024 € 25.</title>"));
  // A column per non-zero quarter (plus the legend's swatch), one line, the dotted level.
  std::string svg = page.substr(page.find("<svg"), page.find("</svg>") - page.find("<svg"));
  BOOST_TEST(Count(svg, "<rect ") == 3);
  BOOST_TEST(Count(svg, "<polyline ") == 1);
  BOOST_TEST(Count(svg, "<circle ") == 3);
  BOOST_TEST(Count(svg, "stroke-dasharray") == 2);  // the level and its legend entry
  BOOST_TEST(Has(svg, ">Totaal begroot € 100</text>"));
  BOOST_TEST(Has(svg, ">eerder</text>"));
  BOOST_TEST(Has(svg, ">Q2</text>"));
  BOOST_TEST(Has(svg, ">2024</text>"));
  // The numbers: a row per column with both series, and the level.
  BOOST_TEST(Has(page, "<th scope=\"col\" class=\"getal\">Uitgaven in het kwartaal</th>"
                       "<th scope=\"col\" class=\"getal\">Uitgaven cumulatief</th>"));
  BOOST_TEST(Has(page, "<th scope=\"row\">eerder (t/m Q4 2023)</th><td class=\"getal\">€ 50</td>"
                       "<td class=\"getal\">€ 50</td>"));
  BOOST_TEST(Has(page, "<th scope=\"row\">Q2 2024</th><td class=\"getal\">€ 25</td>"
                       "<td class=\"getal\">€ 75</td>"));
  BOOST_TEST(Has(page, "<th scope=\"row\">Totaal begroot</th><td class=\"getal\"></td>"
                       "<td class=\"getal\">€ 100</td>"));
}

BOOST_AUTO_TEST_CASE(a_memo_without_title_block_still_has_one_h1) {
  doc::Document d;
  d.metadata.title = "Raadsmemo";
  d.blocks.push_back({doc::MemoHeader{{{"Onderwerp", "Voortgang"}, {"Datum", "1 mei"}}}});
  std::string error;
  std::string page = RenderHtml(d, HouseStyle{}, "", &error);
  BOOST_TEST(Count(page, "<h1>") == 1);
  BOOST_TEST(Has(page, "<h1>Raadsmemo</h1>"));
  BOOST_TEST(Has(page, "<tr><th scope=\"row\">Onderwerp</th><td>Voortgang</td></tr>"));
}

BOOST_AUTO_TEST_CASE(stylesheet_values_cannot_close_the_style_element) {
  HouseStyle style;
  style.body_font = "Evil</style><script>";
  std::string css = HtmlStylesheet(style, "");
  BOOST_TEST(!Has(css, "</style"));
  BOOST_TEST(Has(css, "--tekst-lettertype:\"Evil\\3c /style>\\3c script>\";"));
}

BOOST_AUTO_TEST_CASE(escape_and_base64) {
  BOOST_TEST(html::Escaped("a&b<c>\"d'e") == "a&amp;b&lt;c&gt;&quot;d&#39;e");
  BOOST_TEST(html::Base64("") == "");
  BOOST_TEST(html::Base64("f") == "Zg==");
  BOOST_TEST(html::Base64("fo") == "Zm8=");
  BOOST_TEST(html::Base64("foo") == "Zm9v");
  BOOST_TEST(html::Base64("foob") == "Zm9vYg==");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
