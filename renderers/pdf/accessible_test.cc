// The QPDF post-processing read back with pdfinfo and qpdf: /Lang, DisplayDocTitle, XMP that
// agrees with the information dictionary, an sRGB output intent, a stable /ID, speed; for a
// file with a classic cross-reference table (cairo 1.16) and one with object streams (1.18).
#include <algorithm>
#include <cctype>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "pipeline/load/house_style_loader.h"
#include "renderers/pdf/accessible.h"
#include "renderers/pdf/paint.h"
#include "renderers/pdf/pdf_renderer.h"
#include "renderers/pdf/pdf_test_support.h"
#include "renderers/pdf/sample_document.h"

namespace voortgang::pdf {
namespace {

using test::Render;
using test::Run;
using test::Standard;
using test::TempPdf;

/// qpdf --json (version 2): the catalog and the trailer, with indirect objects resolved.
struct QpdfJson {
  nlohmann::json objects;
  explicit QpdfJson(const std::string& path) {
    nlohmann::json j = nlohmann::json::parse(Run("qpdf --json=2 --json-key=qpdf " + path));
    objects = j["qpdf"][1];
  }
  nlohmann::json Resolve(const nlohmann::json& v) const {
    if (v.is_string() && v.get<std::string>().size() > 2 &&
        v.get<std::string>().substr(v.get<std::string>().size() - 2) == " R")
      return objects["obj:" + v.get<std::string>()]["value"];
    return v;
  }
  nlohmann::json Trailer() const { return objects["trailer"]["value"]; }
  nlohmann::json Catalog() const { return Resolve(Trailer()["/Root"]); }
};

/// The structure elements of type `s` (e.g. "/Figure"), depth first: reading order.
void FindStructElements(const QpdfJson& json, const nlohmann::json& node, const std::string& s,
                        int depth, std::vector<nlohmann::json>* out) {
  nlohmann::json v = json.Resolve(node);
  if (depth > 64) return;
  if (v.is_array()) {
    for (const nlohmann::json& kid : v) FindStructElements(json, kid, s, depth + 1, out);
  } else if (v.is_object()) {
    if (v.value("/S", "") == s) out->push_back(v);
    if (v.contains("/K")) FindStructElements(json, v["/K"], s, depth + 1, out);
  }
}

std::vector<nlohmann::json> StructElements(const QpdfJson& json, const std::string& s) {
  std::vector<nlohmann::json> out;
  FindStructElements(json, json.Resolve(json.Catalog()["/StructTreeRoot"])["/K"], s, 0, &out);
  return out;
}

BOOST_AUTO_TEST_SUITE(accessible_test)

BOOST_AUTO_TEST_CASE(catalog_gets_lang_display_doc_title_mark_info_metadata_and_output_intent) {
  TempPdf pdf(Render(SampleDocument()));
  QpdfJson json(pdf.path);
  nlohmann::json catalog = json.Catalog();
  BOOST_TEST(catalog["/Lang"] == "u:nl-NL");
  BOOST_TEST(json.Resolve(catalog["/ViewerPreferences"])["/DisplayDocTitle"] == true);
  BOOST_TEST(json.Resolve(catalog["/MarkInfo"])["/Marked"] == true);
  BOOST_TEST(catalog.contains("/StructTreeRoot"));
  nlohmann::json metadata = json.objects["obj:" + catalog["/Metadata"].get<std::string>()];
  BOOST_TEST(metadata["stream"]["dict"]["/Type"] == "/Metadata");
  BOOST_TEST(metadata["stream"]["dict"]["/Subtype"] == "/XML");
  BOOST_TEST(!metadata["stream"]["dict"].contains("/Filter"));  // PDF/A: XMP stays readable
  nlohmann::json intents = json.Resolve(catalog["/OutputIntents"]);
  BOOST_REQUIRE(intents.is_array());
  BOOST_REQUIRE(intents.size() == 1u);
  nlohmann::json intent = json.Resolve(intents[0]);
  BOOST_TEST(intent["/S"] == "/GTS_PDFA1");
  BOOST_TEST(intent["/OutputConditionIdentifier"] == "u:sRGB IEC61966-2.1");
  std::string profile = intent["/DestOutputProfile"].get<std::string>();
  BOOST_TEST(json.objects["obj:" + profile]["stream"]["dict"]["/N"] == 3);
}

BOOST_AUTO_TEST_CASE(pdfinfo_sees_tags_metadata_title_and_dates) {
  TempPdf pdf(Render(SampleDocument()));
  std::string info = Run("pdfinfo -isodates " + pdf.path);
  BOOST_TEST(info.find("Tagged:          yes") != std::string::npos, info);
  BOOST_TEST(info.find("Metadata Stream: yes") != std::string::npos, info);
  BOOST_TEST(info.find("Title:           Voortgangsnotitie Transformatie Jeugdhulp") !=
                 std::string::npos, info);
  BOOST_TEST(info.find("CreationDate:    2024-12-10T00:00:00") != std::string::npos, info);
  BOOST_TEST(info.find("ModDate:         2024-12-10T00:00:00") != std::string::npos, info);
}

BOOST_AUTO_TEST_CASE(xmp_agrees_with_the_information_dictionary) {
  TempPdf pdf(Render(SampleDocument()));
  std::string xmp = Run("pdfinfo -meta " + pdf.path);
  BOOST_TEST(xmp.find("<rdf:li xml:lang=\"x-default\">Voortgangsnotitie Transformatie "
                      "Jeugdhulp</rdf:li>") != std::string::npos, xmp);
  BOOST_TEST(xmp.find("<dc:creator><rdf:Seq><rdf:li>Gemeente Groningen</rdf:li>") !=
                 std::string::npos);
  BOOST_TEST(xmp.find(">Voortgang Q4 2024</rdf:li></rdf:Alt></dc:description>") !=
                 std::string::npos);
  BOOST_TEST(xmp.find("<pdf:Keywords>jeugdhulp, transformatie, voortgang</pdf:Keywords>") !=
                 std::string::npos);
  BOOST_TEST(xmp.find("<xmp:CreatorTool>voortgang test</xmp:CreatorTool>") != std::string::npos);
  BOOST_TEST(xmp.find("<xmp:CreateDate>2024-12-10T00:00:00+00:00</xmp:CreateDate>") !=
                 std::string::npos);
  BOOST_TEST(xmp.find("<xmp:ModifyDate>2024-12-10T00:00:00+00:00</xmp:ModifyDate>") !=
                 std::string::npos);
  BOOST_TEST(xmp.find("<rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag>") != std::string::npos);
  // No conformance claims the checks cannot back (see the README).
  BOOST_TEST(xmp.find("pdfaid") == std::string::npos);
  BOOST_TEST(xmp.find("pdfuaid") == std::string::npos);
  // The producer is cairo's, whatever its version, the same in both places.
  std::string info = Run("pdfinfo " + pdf.path);
  size_t at = info.find("Producer:        cairo ");
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, info);
  std::string producer = info.substr(at + 17, info.find('\n', at) - at - 17);
  BOOST_TEST(xmp.find("<pdf:Producer>" + producer + "</pdf:Producer>") != std::string::npos,
             producer);
}

BOOST_AUTO_TEST_CASE(xmp_escapes_markup_in_texts) {
  XmpFields f;
  f.title = "Jeugd & <zorg> \"2024\"";
  std::string x = XmpPacket(f);
  BOOST_TEST(x.find("Jeugd &amp; &lt;zorg&gt; &quot;2024&quot;") != std::string::npos, x);
  BOOST_TEST(PdfDate(1733788800) == "D:20241210000000+00'00'");
  BOOST_TEST(XmpDate(1733788800) == "2024-12-10T00:00:00+00:00");
}

/// The /Alt of each Figure element in reading order, "(none)" where it has none.
std::vector<std::string> FigureAlts(const std::string& pdf_path) {
  std::vector<std::string> alts;
  for (const nlohmann::json& e : StructElements(QpdfJson(pdf_path), "/Figure"))
    alts.push_back(e.value("/Alt", "(none)"));
  return alts;
}

BOOST_AUTO_TEST_CASE(every_chart_is_one_figure_with_its_alt_text) {
  // The sample's line chart does not fit under the text before it: it moves to the next page
  // whole instead of becoming two Figure elements.
  TempPdf pdf(Render(SampleDocument()));
  std::vector<std::string> expected = {"u:Staafdiagram begroot en uitgegeven per thema",
                                       "u:Zes kleine lijngrafieken met kerncijfers per jaar"};
  BOOST_TEST(FigureAlts(pdf.path) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_chart_taller_than_a_page_has_its_alt_text_on_every_piece) {
  doc::Document d = SampleDocument();
  doc::LineChart tall;
  tall.alt_text = "Veertig kleine lijngrafieken";
  doc::LinePanel panel;
  panel.title = "Thuiszitters";
  for (int y = 2019; y <= 2024; ++y) panel.points.push_back({y, y - 2000, std::to_string(y)});
  tall.panels.assign(40, panel);
  d.blocks.push_back({tall});
  TempPdf pdf(Render(d));
  std::vector<std::string> alts = FigureAlts(pdf.path);
  BOOST_REQUIRE(alts.size() > 3u);  // two charts, the last one in pieces
  BOOST_TEST(alts[0] == "u:Staafdiagram begroot en uitgegeven per thema");
  BOOST_TEST(alts[1] == "u:Zes kleine lijngrafieken met kerncijfers per jaar");
  for (size_t i = 2; i < alts.size(); ++i) BOOST_TEST(alts[i] == "u:" + tall.alt_text, i);
}

BOOST_AUTO_TEST_CASE(table_header_cells_have_a_column_scope) {
  TempPdf pdf(Render(SampleDocument()));
  QpdfJson json(pdf.path);
  std::vector<nlohmann::json> headers = StructElements(json, "/TH");
  BOOST_TEST(headers.size() > 3u);
  for (const nlohmann::json& th : headers) {
    nlohmann::json a = json.Resolve(th["/A"]);
    BOOST_TEST(a["/O"] == "/Table", th.dump());
    BOOST_TEST(a["/Scope"] == "/Column", th.dump());
  }
  std::string structure = Run("pdfinfo -struct " + pdf.path);
  BOOST_TEST(structure.find("TH:\n         /Scope /Column") != std::string::npos, structure);
}

BOOST_AUTO_TEST_CASE(links_say_where_they_go) {
  TempPdf pdf(Render(SampleDocument()));
  QpdfJson json(pdf.path);
  int external = 0, internal = 0;
  std::set<std::string> internal_texts;
  for (auto& [key, object] : json.objects.items()) {
    const nlohmann::json& v = object.contains("value") ? object["value"] : nlohmann::json();
    if (!v.is_object() || v.value("/Subtype", "") != "/Link") continue;
    BOOST_REQUIRE_MESSAGE(v.contains("/Contents"), key);
    if (v.contains("/A")) {
      ++external;
      BOOST_TEST(v["/Contents"] == json.Resolve(v["/A"])["/URI"], key);
    } else {
      ++internal;  // the contents' entries: the heading they lead to, as in the bookmarks
      internal_texts.insert(v["/Contents"].get<std::string>());
    }
  }
  BOOST_TEST(external >= 2);
  BOOST_TEST(internal > 0);
  BOOST_TEST(internal_texts.count("u:1 Inleiding") == 1u);
  std::string dump = json.objects.dump();
  BOOST_TEST(dump.find("\"/Contents\":\"u:https://gemeenteraad.groningen.nl/Documenten/"
                       "Collegebrief/Toekomstgericht-werken.pdf\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(page_furniture_is_a_typed_artifact_and_text_stays_tagged) {
  TempPdf pdf(Render(SampleDocument()));
  // qpdf --qdf leaves cairo's lines: marked-content operators on lines of their own.
  std::string qdf = Run("qpdf --qdf --object-streams=disable " + pdf.path + " -");
  const std::string header = "/Artifact << /Type /Pagination /Subtype /Header >> BDC";
  const std::string footer = "/Artifact << /Type /Pagination /Subtype /Footer >> BDC";
  const std::string layout = "/Artifact << /Type /Layout >> BDC";
  int pages = 0, layout_texts = 0, layout_paths = 0, layout_segments = 0;
  for (size_t at = qdf.find("%% Contents for page "); at != std::string::npos;
       at = qdf.find("%% Contents for page ", at + 1)) {
    ++pages;
    size_t begin = qdf.find("stream\n", at) + 7, end = qdf.find("\nendstream", begin);
    std::istringstream lines(qdf.substr(begin, end - begin));
    int depth = 0, header_texts = 0, header_paths = 0, footer_texts = 0, footer_paths = 0;
    std::string artifact;  // the outermost open sequence, when it is an artifact
    for (std::string line; std::getline(lines, line);) {
      size_t op_at = line.size();  // the line's last operator: its trailing letters
      while (op_at > 0 && std::isalpha(static_cast<unsigned char>(line[op_at - 1]))) --op_at;
      std::string op = line.substr(op_at);
      if (op == "BDC" || op == "BMC") {
        if (depth == 0) artifact = line.rfind("/Artifact", 0) == 0 ? line : "";
        BOOST_TEST((depth > 0 || artifact.empty() || artifact == header || artifact == footer ||
                    artifact == layout),
                   "page " << pages << ": untyped " << line);
        ++depth;
      } else if (op == "EMC") {
        --depth;
      } else if (op == "Tj" || op == "TJ" || op == "S" || op == "f" || op == "Do") {
        BOOST_TEST(depth > 0, "page " << pages << ": unmarked " << line);
        bool text = op[0] == 'T';
        if (artifact == header) ++(text ? header_texts : header_paths);
        if (artifact == footer) ++(text ? footer_texts : footer_paths);
        if (artifact == layout) ++(text ? layout_texts : layout_paths);
      }
      if (artifact == layout && depth > 0) {  // a long path runs over several lines
        std::istringstream tokens(line);
        for (std::string t; tokens >> t;) layout_segments += t == "l";
      }
    }
    BOOST_TEST(depth == 0);
    // The title page has no running header or footer; every other page the unit and the period
    // over a rule, and the page number below.
    bool running = pages > 1;
    BOOST_TEST(header_texts == (running ? 2 : 0), "page " << pages);
    BOOST_TEST(header_paths == (running ? 1 : 0), "page " << pages);
    BOOST_TEST(footer_texts == (running ? 1 : 0), "page " << pages);
    BOOST_TEST(footer_paths == 0, "page " << pages);
  }
  BOOST_TEST(pages > 3);
  // No text is a layout artifact: the rest of the text is tagged content.
  BOOST_TEST(layout_texts == 0);
  BOOST_TEST(layout_paths > pages);
  // Table rules and contents leaders of a page are stroked together, one path per look
  // (paint.cc, DeferRule), not one stroke per rule.
  BOOST_TEST(layout_segments > 2 * layout_paths);
  // The furniture is out of the structure; a paragraph's text around its link stays in.
  std::string text = Run("pdfinfo -struct-text " + pdf.path);
  BOOST_TEST(text.find("pagina") == std::string::npos);
  BOOST_TEST(text.find("\"Q4 2024\"") == std::string::npos);
  BOOST_TEST(text.find("organisatie van de jeugdhulp. In het ") != std::string::npos);
  BOOST_TEST(text.find(". In Q3 2025 volgt het Thuiszitterspact") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_title_heads_the_document_and_headings_follow_it) {
  TempPdf pdf(Render(SampleDocument()));
  std::string structure = Run("pdfinfo -struct " + pdf.path);
  std::string text = Run("pdfinfo -struct-text " + pdf.path);
  // The first element is the title, as an H1, and the only H1 (the HTML edition's one h1);
  // chapters are H2, sections H3.
  BOOST_TEST(structure.find("Document\n  H1 (block)\n") == 0u, structure.substr(0, 200));
  BOOST_TEST(structure.find("H1 (block)", 20) == std::string::npos);
  BOOST_TEST(text.find("  H1 (block)\n    \"Voortgangsnotitie Transformatie Jeugdhulp\"") !=
                 std::string::npos,
             text.substr(0, 300));
  BOOST_TEST(text.find("  H2 (block)\n    \"1") != std::string::npos);
  BOOST_TEST(structure.find("H3 (block)") != std::string::npos);
  // A document without a title (the memo) starts its headings at H1.
  doc::Document memo = SampleDocument();
  std::erase_if(memo.blocks, [](const doc::Block& b) {
    return std::holds_alternative<doc::TitleBlock>(b.content);
  });
  TempPdf untitled(Render(memo));
  std::string untitled_text = Run("pdfinfo -struct-text " + untitled.path);
  BOOST_TEST(untitled_text.find("  H1 (block)\n    \"1") != std::string::npos);
  BOOST_TEST(untitled_text.find("  H2 (block)\n    \"1") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_figure_has_a_bounding_box_around_its_chart_on_its_page) {
  doc::Document d = SampleDocument();
  TempPdf pdf(Render(d));
  QpdfJson json(pdf.path);
  std::vector<nlohmann::json> figures = StructElements(json, "/Figure");
  BOOST_REQUIRE(figures.size() == 2u);
  std::string info = Run("pdfinfo " + pdf.path);
  BOOST_REQUIRE(info.find("595.276 x 841.89 pts") != std::string::npos);
  // The charts of the sample: a bar chart of the themes, line panels two to a row; both are
  // most of the column's width (A4, margins 25 mm left and top, 22 mm right and bottom) and
  // well over 100 pt tall.
  for (const nlohmann::json& figure : figures) {
    nlohmann::json a = json.Resolve(figure["/A"]);
    BOOST_TEST(a["/O"] == "/Layout", figure.dump());
    nlohmann::json box = a["/BBox"];
    BOOST_REQUIRE(box.size() == 4u);
    double x1 = box[0], y1 = box[1], x2 = box[2], y2 = box[3];
    // Within the content box but for half a line's width or a glyph's overhang, and so well
    // within the page.
    BOOST_TEST(x1 >= 70.87 - 1);
    BOOST_TEST(x2 <= 595.276 - 62.36 + 1);
    BOOST_TEST(y1 >= 62.36 - 1);
    BOOST_TEST(y2 <= 841.89 - 70.87 + 1);
    BOOST_TEST(x2 - x1 > 400);
    BOOST_TEST(y2 - y1 > 100);
  }
  // Around what was drawn: every point a Figure's marked content moves to or shows text at lies
  // in the box of the Figure it belongs to (cairo writes the Figure's MCIDs in its /K).
  std::string qdf = Run("qpdf --qdf --object-streams=disable " + pdf.path + " -");
  int checked = 0;
  for (size_t at = qdf.find("/Figure << /MCID "); at != std::string::npos;
       at = qdf.find("/Figure << /MCID ", at + 1)) {
    size_t end = qdf.find("\nEMC", at);
    std::istringstream body(qdf.substr(at, end - at));
    std::vector<double> numbers;
    for (std::string t; body >> t;) {
      if (t == "m" && numbers.size() >= 2) {
        double x = numbers[numbers.size() - 2], y = 841.889764 - numbers.back();
        bool inside = false;
        for (const nlohmann::json& figure : figures) {
          nlohmann::json box = json.Resolve(figure["/A"])["/BBox"];
          inside |= x >= double(box[0]) - 0.01 && x <= double(box[2]) + 0.01 &&
                    y >= double(box[1]) - 0.01 && y <= double(box[3]) + 0.01;
        }
        BOOST_TEST(inside, x << " " << y);
        ++checked;
      }
      char* parsed = nullptr;
      double v = std::strtod(t.c_str(), &parsed);
      if (parsed && *parsed == '\0' && !t.empty())
        numbers.push_back(v);
      else
        numbers.clear();
    }
  }
  BOOST_TEST(checked > 20);  // the bars and the panels' lines
}

BOOST_AUTO_TEST_CASE(structure_keeps_headings_paragraphs_and_tables) {
  TempPdf pdf(Render(SampleDocument()));
  std::string structure = Run("pdfinfo -struct " + pdf.path);
  for (const char* tag : {"Document", "H1", "H2", "P", "Table", "TR", "TH", "TD", "L", "LI"})
    BOOST_TEST((structure.find(std::string(tag) + "\n") != std::string::npos ||
                structure.find(std::string(tag) + " ") != std::string::npos ||
                structure.find(std::string(tag) + ":\n") != std::string::npos),
               tag);
  std::string text = Run("pdfinfo -struct-text " + pdf.path);
  BOOST_TEST(text.find("Transformatie Jeugdhulp") != std::string::npos);
  BOOST_TEST(text.find("Inleiding") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(two_renders_give_the_same_bytes_and_the_same_id) {
  std::string a = Render(SampleDocument()), b = Render(SampleDocument());
  BOOST_TEST((a == b));
  TempPdf pa(a);
  nlohmann::json id = QpdfJson(pa.path).Trailer()["/ID"];
  BOOST_REQUIRE(id.is_array());
  BOOST_TEST(id.size() == 2u);
  BOOST_TEST(id[0].get<std::string>().size() > 10u);
  // Other content, other /ID.
  doc::Document other = SampleDocument();
  other.metadata.title = "Een andere notitie";
  TempPdf pc(Render(other));
  BOOST_TEST((QpdfJson(pc.path).Trailer()["/ID"] != id));
}

BOOST_AUTO_TEST_CASE(qpdf_check_is_clean_and_links_are_printable) {
  TempPdf pdf(Render(SampleDocument()));
  int status = 0;
  std::string out = Run("qpdf --check " + pdf.path + " 2>&1", &status);
  BOOST_TEST(status == 0, out);
  BOOST_TEST(out.find("No syntax or stream encoding errors found") != std::string::npos, out);
  BOOST_TEST(out.find("WARNING") == std::string::npos, out);
  QpdfJson json(pdf.path);
  int links = 0;
  for (auto& [key, object] : json.objects.items()) {
    const nlohmann::json& v = object.contains("value") ? object["value"] : nlohmann::json();
    if (v.is_object() && v.value("/Subtype", "") == "/Link") {
      ++links;
      BOOST_TEST(v["/F"] == 4);
    }
    if (v.is_object() && v.value("/Type", "") == "/Page" && v.contains("/Annots"))
      BOOST_TEST(v["/Tabs"] == "/S");
  }
  BOOST_TEST(links > 0);  // the contents links to its headings
}

BOOST_AUTO_TEST_CASE(a_page_drawn_by_several_content_streams_keeps_all_of_them) {
  // cairo writes one stream per page; a file with an array gets one stream holding all parts.
  std::string original = test::MiniPdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [ 0 0 200 200 ] /Contents [ 4 0 R 5 0 R ] >>",
      // Nothing to mark as artifact: the merged text equals the parts', and must still be
      // written.
      "<< /Length 11 >>\nstream\n/A BMC EMC\n\nendstream",
      "<< /Length 11 >>\nstream\n/B BMC EMC\n\nendstream"});
  std::string error;
  TempPdf pdf(MakeAccessible(original, doc::Metadata{}, {}, &error));
  BOOST_REQUIRE_MESSAGE(error.empty(), error);
  BOOST_TEST(Run("qpdf --check " + pdf.path).find("No syntax or stream encoding errors") !=
             std::string::npos);
  std::string content = Run("qpdf --show-object=4 --filtered-stream-data " + pdf.path);
  BOOST_TEST(content.find("/A BMC EMC") != std::string::npos, content);
  BOOST_TEST(content.find("/B BMC EMC") != std::string::npos, content);
  BOOST_TEST(Run("qpdf --show-object=3 " + pdf.path).find("/Contents 4 0 R") != std::string::npos);
}

/// `d` painted by cairo, rewritten by qpdf with object streams and a cross-reference stream (as
/// cairo 1.18 writes its files, and with other object numbers), then post-processed.
std::string RenderWithObjectStreams(const doc::Document& d) {
  Layout layout;
  std::string error;
  BOOST_REQUIRE(LayoutDocument(d, Standard(), &layout, &error));
  Painted alts;
  std::string painted = PaintPdf(layout, d.metadata, &alts, &error);
  BOOST_REQUIRE_MESSAGE(!painted.empty(), error);
  TempPdf in(painted), streams("");
  int status = -1;
  Run("qpdf --deterministic-id --object-streams=generate " + in.path + " " + streams.path,
      &status);
  BOOST_REQUIRE(status == 0);
  std::ifstream f(streams.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  BOOST_REQUIRE(bytes.find("/ObjStm") != std::string::npos);
  BOOST_REQUIRE(bytes.find("/Type /XRef") != std::string::npos);
  std::string out = MakeAccessible(bytes, d.metadata, alts, &error);
  BOOST_REQUIRE_MESSAGE(!out.empty(), error);
  return out;
}

/// How many page content marks are artifacts ("/Artifact << … >> BDC"), over all pages.
int Artifacts(const std::string& path) {
  std::string qdf = Run("qpdf --qdf --object-streams=disable " + path + " -");
  int n = 0;
  for (size_t at = qdf.find("/Artifact <<"); at != std::string::npos;
       at = qdf.find("/Artifact <<", at + 1))
    ++n;
  return n;
}

BOOST_AUTO_TEST_CASE(a_file_with_object_and_xref_streams_gets_the_same_post_processing) {
  doc::Document d = SampleDocument();
  TempPdf classic(Render(d));
  std::string bytes = RenderWithObjectStreams(d);
  BOOST_TEST((bytes == RenderWithObjectStreams(d)));  // deterministic, /ID included
  TempPdf streams(bytes);
  int status = -1;
  std::string check = Run("qpdf --check " + streams.path + " 2>&1", &status);
  BOOST_TEST(status == 0, check);
  BOOST_TEST(check.find("No syntax or stream encoding errors found") != std::string::npos, check);
  BOOST_TEST(check.find("WARNING") == std::string::npos, check);
  BOOST_TEST(bytes.find("/ObjStm") != std::string::npos);  // kept as they were

  QpdfJson json(streams.path);
  nlohmann::json catalog = json.Catalog();
  BOOST_TEST(catalog["/Lang"] == "u:nl-NL");
  BOOST_TEST(json.Resolve(catalog["/ViewerPreferences"])["/DisplayDocTitle"] == true);
  BOOST_TEST(json.Resolve(catalog["/MarkInfo"])["/Marked"] == true);
  nlohmann::json metadata = json.objects["obj:" + catalog["/Metadata"].get<std::string>()];
  BOOST_TEST(metadata["stream"]["dict"]["/Subtype"] == "/XML");
  BOOST_TEST(!metadata["stream"]["dict"].contains("/Filter"));
  BOOST_TEST(json.Resolve(catalog["/OutputIntents"]).size() == 1u);
  BOOST_TEST(json.Trailer()["/ID"].size() == 2u);

  std::vector<std::string> alts = {"u:Staafdiagram begroot en uitgegeven per thema",
                                   "u:Zes kleine lijngrafieken met kerncijfers per jaar"};
  BOOST_TEST(FigureAlts(streams.path) == alts, boost::test_tools::per_element());
  std::vector<nlohmann::json> headers = StructElements(json, "/TH");
  BOOST_TEST(headers.size() > 3u);
  for (const nlohmann::json& th : headers)
    BOOST_TEST(json.Resolve(th["/A"])["/Scope"] == "/Column", th.dump());
  int links = 0;
  for (auto& [key, object] : json.objects.items()) {
    const nlohmann::json& v = object.contains("value") ? object["value"] : nlohmann::json();
    if (!v.is_object() || v.value("/Subtype", "") != "/Link") continue;
    ++links;
    BOOST_TEST(v.contains("/Contents"), key);
    BOOST_TEST(v["/F"] == 4, key);
  }
  BOOST_TEST(links > 2);
  BOOST_TEST(Artifacts(streams.path) > 10);

  // Everything a reader sees is what the classic file gives.
  BOOST_TEST(Artifacts(streams.path) == Artifacts(classic.path));
  BOOST_TEST(Run("pdftotext -layout " + streams.path + " -") ==
             Run("pdftotext -layout " + classic.path + " -"));
  // The structure the same, but for the object numbers of link annotations, which qpdf renumbered.
  for (const char* tool : {"pdfinfo -meta ", "pdfinfo -struct-text ", "pdfinfo -struct "}) {
    std::string filter = " | grep -v '^ *Object [0-9]* 0$'";
    BOOST_TEST(Run(tool + streams.path + filter) == Run(tool + classic.path + filter), tool);
  }
}

BOOST_AUTO_TEST_CASE(broken_input_is_an_error_not_a_crash) {
  std::string error;
  BOOST_TEST(MakeAccessible("not a pdf", doc::Metadata{}, {}, &error).empty());
  BOOST_TEST(error.rfind("PDF post-processing: ", 0) == 0u, error);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
