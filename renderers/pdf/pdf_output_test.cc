// The PDF file itself, read back with poppler-utils and qpdf: extractable Dutch text with whole
// words, fonts embedded, metadata and tags, a clean qpdf --check, byte-identical reruns.
#include <boost/test/unit_test.hpp>
#include <cairo.h>
#include <cstdio>
#include <thread>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "pipeline/load/house_style_loader.h"
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

BOOST_AUTO_TEST_SUITE(pdf_output_test)

BOOST_AUTO_TEST_CASE(pdftotext_gives_whole_words_and_dutch_characters) {
  TempPdf pdf(Render(SampleDocument()));
  std::string text = Run("pdftotext -enc UTF-8 " + pdf.path + " -");
  BOOST_TEST(text.find("cliëntondersteuning") != std::string::npos);
  BOOST_TEST(text.find("geïmplementeerd") != std::string::npos);
  BOOST_TEST(text.find("financiële") != std::string::npos);
  BOOST_TEST(text.find("€ 212.480,15") != std::string::npos);  // poppler gives U+00A0 as a space
  BOOST_TEST(text.find("Koersdocument Inkoop jeugdhulp") != std::string::npos);
  BOOST_TEST(text.find("pagina 3 van") != std::string::npos);
  // Words broken at a line end come back whole, and no soft hyphen is left anywhere.
  BOOST_TEST(text.find("jeugdhulpaanbieders") != std::string::npos);
  BOOST_TEST(text.find("infrastructuur") != std::string::npos);
  BOOST_TEST(text.find("\u00ad") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_word_hyphenated_at_a_line_end_extracts_whole) {
  // Long paragraphs whose words start at twelve different offsets: some line end falls inside
  // "jeugdhulpaanbieders", which the breaker then hyphenates. (Nesting no longer narrows the
  // column past four levels, so the test cannot rely on a narrow list item.)
  doc::Document d;
  std::string sentence;
  for (int k = 0; k < 8; ++k) sentence += " de jeugdhulpaanbieders en de gemeenteraad";
  for (int i = 0; i < 12; ++i) d.blocks.push_back({Para(std::string(i, 'x') + sentence)});
  Layout layout;
  std::string error;
  BOOST_REQUIRE(LayoutDocument(d, Standard(), &layout, &error));
  int hyphenated = 0;
  for (const Item& item : layout.items)
    for (const DrawOp& op : item.ops)
      if (const auto* t = std::get_if<DrawText>(&op.op)) hyphenated += t->line.hyphenated;
  BOOST_TEST(hyphenated > 0);
  TempPdf pdf(Render(d));
  std::string text = Run("pdftotext -enc UTF-8 " + pdf.path + " -");
  BOOST_TEST(text.find("\u00ad") == std::string::npos);
  size_t whole = 0;
  for (size_t at = text.find("jeugdhulpaanbieders"); at != std::string::npos;
       at = text.find("jeugdhulpaanbieders", at + 1))
    ++whole;
  BOOST_TEST(whole == 96u);
}

BOOST_AUTO_TEST_CASE(qpdf_check_passes) {
  TempPdf pdf(Render(SampleDocument(200)));
  int status = 0;
  std::string out = Run("qpdf --check " + pdf.path + " 2>&1", &status);
  BOOST_TEST(status == 0, out);
  BOOST_TEST(out.find("No syntax or stream encoding errors found") != std::string::npos, out);
}

BOOST_AUTO_TEST_CASE(fonts_embedded_metadata_and_tags) {
  TempPdf pdf(Render(SampleDocument()));
  std::string fonts = Run("pdffonts " + pdf.path);
  BOOST_TEST(fonts.find("Carlito") != std::string::npos);
  // Every font line says "yes yes yes" for embedded, subset, unicode.
  size_t lines = 0, embedded = 0;
  for (size_t at = fonts.find('\n', fonts.find("---")); at != std::string::npos;
       at = fonts.find('\n', at + 1)) {
    size_t end = fonts.find('\n', at + 1);
    if (end == std::string::npos) break;
    std::string line = fonts.substr(at + 1, end - at - 1);
    ++lines;
    embedded += line.find("yes yes yes") != std::string::npos;
  }
  BOOST_TEST(lines > 0u);
  BOOST_TEST(embedded == lines, fonts);
  std::string info = Run("pdfinfo " + pdf.path);
  BOOST_TEST(info.find("Title:           Voortgangsnotitie Transformatie Jeugdhulp") !=
             std::string::npos);
  BOOST_TEST(info.find("Author:          Gemeente Groningen") != std::string::npos);
  BOOST_TEST(info.find("Tagged:          yes") != std::string::npos);
  BOOST_TEST(info.find("CreationDate:    Tue Dec 10 00:00:00 2024 UTC") != std::string::npos,
             info);
  std::string tree = Run("pdfinfo -struct " + pdf.path);
  for (const char* tag : {"  H1 (block)", "  H2 (block)", "  P (block)", "  Table (block)",
                          "    TR", "      TH", "      TD", "  L (block)", "    LI (block)",
                          "  TOC", "    TOCI", "  Figure", "  Note"})
    BOOST_TEST(tree.find(tag) != std::string::npos, tag);
}

BOOST_AUTO_TEST_CASE(two_renders_are_byte_identical) {
  std::string a = Render(SampleDocument());
  std::string b = Render(SampleDocument());
  BOOST_TEST(a.size() == b.size());
  BOOST_TEST((a == b));
  doc::Document later = SampleDocument();
  later.metadata.created_unix += 86400;
  BOOST_TEST((Render(later) != a));  // the date is really in the file
}

/// The streams of `path` that carry no /Filter, by qpdf --json (version 2).
std::vector<std::string> PlainStreams(const std::string& path) {
  nlohmann::json j = nlohmann::json::parse(Run("qpdf --json=2 --json-key=qpdf " + path));
  std::vector<std::string> plain;
  for (const auto& [key, object] : j["qpdf"][1].items()) {
    if (!object.contains("stream")) continue;
    const nlohmann::json& dict = object["stream"]["dict"];
    if (!dict.contains("/Filter") && dict.value("/Type", "") != "/Metadata") plain.push_back(key);
  }
  return plain;
}

// cairo writes its ToUnicode maps plain; the post-processing compresses them, and every other
// stream is compressed already (the XMP stays readable on purpose).
BOOST_AUTO_TEST_CASE(no_stream_is_left_plain) {
  TempPdf pdf(Render(SampleDocument()));
  std::vector<std::string> plain = PlainStreams(pdf.path);
  BOOST_TEST(plain.empty(), (plain.empty() ? "" : plain.front()) << " is not compressed");
  int status = -1;
  Run("qpdf --check " + pdf.path + " >/dev/null 2>&1", &status);
  BOOST_TEST(status == 0);
}

BOOST_AUTO_TEST_CASE(bookmarks_destinations_and_links) {
  doc::Document d = SampleDocument();
  Layout layout;
  std::string error;
  BOOST_REQUIRE(LayoutDocument(d, Standard(), &layout, &error));
  TempPdf pdf(Render(d));
  std::string outlines = Run("qpdf --json --json-key=outlines " + pdf.path);
  std::string dests = Run("pdfinfo -dests " + pdf.path);
  std::map<std::string, int> bookmarks;
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& list) {
    for (const auto& o : list) {
      bookmarks[o["title"].get<std::string>()] = o["destpageposfrom1"].get<int>();
      walk(o["kids"]);
    }
  };
  walk(nlohmann::json::parse(outlines)["outlines"]);
  BOOST_TEST(bookmarks.size() == layout.heading_pages.size());
  for (const auto& [item, page] : layout.heading_pages) {
    const Item& h = layout.items[item];
    // Each heading is a bookmark pointing at its page, and a named destination there.
    BOOST_TEST(bookmarks[h.title] == page, h.title);
    size_t d_at = dests.find("\"" + h.dest + "\"");
    BOOST_REQUIRE(d_at != std::string::npos);
    size_t line = dests.rfind('\n', d_at) + 1;
    BOOST_TEST(std::stoi(dests.substr(line, 4)) == page, h.title);
  }
  std::string qdf = Run("qpdf --qdf --object-streams=disable " + pdf.path + " - | grep -a -c "
                        "'/URI (https://gemeenteraad.groningen.nl'");
  BOOST_TEST(std::stoi(qdf) >= 7);
}

BOOST_AUTO_TEST_CASE(repeated_heading_ids_still_render) {
  doc::Document d;
  d.blocks.push_back({doc::TableOfContents{}});
  for (int i = 0; i < 3; ++i) d.blocks.push_back({doc::Heading{1, "1", "Thema", "thema", true}});
  TempPdf pdf(Render(d));
  std::string dests = Run("pdfinfo -dests " + pdf.path);
  BOOST_TEST(dests.find("\"thema\"") != std::string::npos);
  BOOST_TEST(dests.find("\"thema-3\"") != std::string::npos);
  int status = 0;
  Run("qpdf --check " + pdf.path + " >/dev/null 2>&1", &status);
  BOOST_TEST(status == 0);
}

BOOST_AUTO_TEST_CASE(threads_render_the_same_bytes) {
  // Each thread has its own Pango font map; the hyphenation dictionary is shared.
  std::string alone = Render(SampleDocument());
  std::string results[2];
  std::thread a([&] { results[0] = RenderPdf(SampleDocument(), Standard(), nullptr, nullptr); });
  std::thread b([&] { results[1] = RenderPdf(SampleDocument(), Standard(), nullptr, nullptr); });
  a.join();
  b.join();
  BOOST_TEST((results[0] == alone));
  BOOST_TEST((results[1] == alone));
}

BOOST_AUTO_TEST_CASE(logo_on_the_title_page_and_warning_for_a_bad_one) {
  char name[] = "/tmp/voortgang_logo_XXXXXX";
  int fd = mkstemp(name);
  BOOST_REQUIRE(fd >= 0);
  close(fd);
  cairo_surface_t* img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 80);
  cairo_t* cr = cairo_create(img);
  cairo_set_source_rgb(cr, 0, 0.3, 0.6);
  cairo_paint(cr);
  cairo_destroy(cr);
  BOOST_REQUIRE(cairo_surface_write_to_png(img, name) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(img);

  HouseStyle style = Standard();
  style.logo_path = name;
  doc::Document d;
  d.blocks.push_back({doc::TitleBlock{"Titel", "Gemeente", "Q4 2024", "10 december 2024", "", ""}});
  Diagnostics warnings;
  std::string error;
  TempPdf pdf(RenderPdf(d, style, &warnings, &error));
  BOOST_TEST(error == "");
  BOOST_TEST(warnings.items.empty());
  std::string images = Run("pdfimages -list " + pdf.path);
  BOOST_TEST(images.find(" 200    80 ") != std::string::npos, images);
  std::remove(name);

  // Reported at the house style's logo key; the note is made without the logo.
  style.logo_path = "/nonexistent/logo.png";
  style.logo_at = {"huisstijl/x.toml", 38, 8};
  BOOST_TEST(!RenderPdf(d, style, &warnings, &error).empty());
  BOOST_REQUIRE(warnings.items.size() == 1u);
  BOOST_TEST(FormatGnu(warnings.items[0]) ==
             "huisstijl/x.toml:38:8: warning: cannot read the logo '/nonexistent/logo.png' as PNG: "
             "file not found");
  // A template's @logo is reported at the file.
  warnings.items.clear();
  style.logo_path.clear();
  d.blocks[0] = {doc::TitleBlock{"Titel", "Gemeente", "Q4 2024", "10 december 2024", "", "/tmp"}};
  BOOST_TEST(!RenderPdf(d, style, &warnings, &error).empty());
  BOOST_REQUIRE(warnings.items.size() == 1u);
  BOOST_TEST(FormatGnu(warnings.items[0]).rfind(
                 "/tmp:0:0: warning: cannot read the logo '/tmp' as PNG: ", 0) == 0,
             FormatGnu(warnings.items[0]));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
