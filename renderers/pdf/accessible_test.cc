// The QPDF post-processing read back with pdfinfo and qpdf: /Lang, DisplayDocTitle, XMP that
// agrees with the information dictionary, an sRGB output intent, a stable /ID, speed.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
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
  BOOST_TEST(xmp.find("<pdf:Producer>cairo 1.16.0") != std::string::npos);
  BOOST_TEST(xmp.find("<xmp:CreateDate>2024-12-10T00:00:00+00:00</xmp:CreateDate>") !=
                 std::string::npos);
  BOOST_TEST(xmp.find("<xmp:ModifyDate>2024-12-10T00:00:00+00:00</xmp:ModifyDate>") !=
                 std::string::npos);
  BOOST_TEST(xmp.find("<rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag>") != std::string::npos);
  // No conformance claims the checks cannot back (see the README).
  BOOST_TEST(xmp.find("pdfaid") == std::string::npos);
  BOOST_TEST(xmp.find("pdfuaid") == std::string::npos);
  std::string info = Run("pdfinfo " + pdf.path);
  BOOST_TEST(info.find("Producer:        cairo 1.16.0") != std::string::npos, info);
}

BOOST_AUTO_TEST_CASE(xmp_escapes_markup_in_texts) {
  XmpFields f;
  f.title = "Jeugd & <zorg> \"2024\"";
  std::string x = XmpPacket(f);
  BOOST_TEST(x.find("Jeugd &amp; &lt;zorg&gt; &quot;2024&quot;") != std::string::npos, x);
  BOOST_TEST(PdfDate(1733788800) == "D:20241210000000+00'00'");
  BOOST_TEST(XmpDate(1733788800) == "2024-12-10T00:00:00+00:00");
}

BOOST_AUTO_TEST_CASE(figure_alt_texts_are_never_paired_wrongly) {
  // The sample's line chart spans two Figure elements (3 figures, 2 charts): then no /Alt is
  // set rather than a wrong one. Known gap: see the README.
  doc::Document d = SampleDocument();
  std::vector<std::string> alts = FigureAltTexts(d);
  BOOST_REQUIRE(alts.size() == 2u);
  TempPdf pdf(Render(d));
  QpdfJson json(pdf.path);
  for (auto& [key, object] : json.objects.items()) {
    const nlohmann::json& v = object.contains("value") ? object["value"] : nlohmann::json();
    if (v.is_object() && v.value("/S", "") == "/Figure" && v.contains("/Alt"))
      BOOST_TEST((v["/Alt"] == "u:" + alts[0] || v["/Alt"] == "u:" + alts[1]), key);
  }
}

BOOST_AUTO_TEST_CASE(structure_keeps_headings_paragraphs_and_tables) {
  TempPdf pdf(Render(SampleDocument()));
  std::string structure = Run("pdfinfo -struct " + pdf.path);
  for (const char* tag : {"Document", "H1", "H2", "P", "Table", "TR", "TH", "TD", "L", "LI"})
    BOOST_TEST((structure.find(std::string(tag) + "\n") != std::string::npos ||
                structure.find(std::string(tag) + " ") != std::string::npos),
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

BOOST_AUTO_TEST_CASE(post_processing_is_fast) {
  doc::Document d = SampleDocument();
  Layout layout;
  std::string error;
  BOOST_REQUIRE(LayoutDocument(d, Standard(), &layout, &error));
  std::string painted = PaintPdf(layout, d.metadata, &error);
  BOOST_REQUIRE(!painted.empty());
  constexpr int kRuns = 20;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kRuns; ++i) BOOST_REQUIRE(!MakeAccessible(painted, d, &error).empty());
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                  .count() / kRuns;
  BOOST_TEST_MESSAGE("MakeAccessible: " << ms << " ms for " << painted.size() << " bytes");
  BOOST_TEST(ms < 50.0);  // 17 ms seen for 168 kB on a loaded machine (load 8)
}

BOOST_AUTO_TEST_CASE(broken_input_is_an_error_not_a_crash) {
  std::string error;
  BOOST_TEST(MakeAccessible("not a pdf", doc::Document{}, &error).empty());
  BOOST_TEST(error.rfind("PDF post-processing: ", 0) == 0u, error);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
