// End to end: the shipped units' notes built, rendered to PDF and read back with pdftotext.
// With VOORTGANG_REPORT_OUT=/some/dir the PDFs are also written there, to look at.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "renderers/pdf/pdf_renderer.h"
#include "pipeline/load/house_style_loader.h"
#include "tests/report/shipped.h"
#include "tests/support/test_support.h"

namespace voortgang::report_test {
namespace {

/// Builds and renders a unit's note; returns pdftotext's text of it.
std::string RenderAndExtract(const std::string& unit_id, const std::string& template_name = "") {
  Diagnostics diags;
  doc::Document document = BuildUnitDocument(ShippedNote(unit_id, template_name), &diags);
  BOOST_REQUIRE_MESSAGE(!diags.HasErrors(), unit_id + ": " + (diags.items.empty() ? "" : FormatGnu(diags.items[0])));
  HouseStyle style = LoadHouseStyle(SourcePath("templates/huisstijl/standaard.toml"), &diags);
  std::string error;
  std::string pdf = RenderPdf(document, style, &error);
  BOOST_REQUIRE_MESSAGE(!pdf.empty(), error);
  testing::TempDir dir;
  std::string name = (template_name.empty() ? "voortgangsnotitie" : template_name) + "-" + unit_id;
  std::filesystem::path file = dir.path() / (name + ".pdf");
  std::ofstream(file, std::ios::binary) << pdf;
  if (const char* out = std::getenv("VOORTGANG_REPORT_OUT")) {
    std::filesystem::create_directories(out);
    std::filesystem::copy_file(file, std::filesystem::path(out) / file.filename(),
                               std::filesystem::copy_options::overwrite_existing);
  }
  testing::CommandResult r = testing::RunShell("pdftotext -layout '" + file.string() + "' -");
  BOOST_REQUIRE_EQUAL(r.status, 0);
  return r.out;
}

BOOST_AUTO_TEST_SUITE(note_pdf_test)

BOOST_AUTO_TEST_CASE(zuid_kennemerland_note) {
  std::string text = RenderAndExtract("zuid-kennemerland");
  BOOST_TEST(text.find("Voortgangsnotitie Transformatie Jeugdhulp") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(gemeente_groningen_note) {
  std::string text = RenderAndExtract("gemeente-groningen");
  BOOST_TEST(text.find("Routekaart") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(regio_groningen_note) {
  std::string text = RenderAndExtract("regio-groningen");
  BOOST_TEST(text.find("geen voortgang aangeleverd") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::report_test
