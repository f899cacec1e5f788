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

/// Renders a document to PDF (kept under $VOORTGANG_REPORT_OUT when set) and returns
/// pdftotext's text of it.
std::string RenderAndExtractDocument(const doc::Document& document, const std::string& name) {
  Diagnostics diags;
  HouseStyle style = LoadHouseStyle(SourcePath("templates/huisstijl/standaard.toml"), &diags);
  std::string error;
  std::string pdf = RenderPdf(document, style, &diags, &error);
  BOOST_REQUIRE_MESSAGE(!pdf.empty(), error);
  BOOST_TEST(diags.items.empty());
  testing::TempDir dir;
  std::filesystem::path file = dir.path() / (name + ".pdf");
  std::ofstream(file, std::ios::binary) << pdf;
  if (const char* out = std::getenv("VOORTGANG_REPORT_OUT")) {
    std::filesystem::create_directories(out);
    std::filesystem::copy_file(file, std::filesystem::path(out) / file.filename(),
                               std::filesystem::copy_options::overwrite_existing);
  }
  // Reading order (for prose) and layout order (for table rows), one after the other.
  testing::CommandResult r = testing::RunShell("(pdftotext '" + file.string() +
                                               "' - && echo ==== && pdftotext -layout '" +
                                               file.string() + "' -)");
  BOOST_REQUIRE_EQUAL(r.status, 0);
  BOOST_TEST(r.out.find("\u00AD") == std::string::npos, name + ": a soft hyphen in the text");
  // One space for every run of white space (U+00A0 included), so sentences read back whole.
  std::string flat;
  for (size_t i = 0; i < r.out.size(); ++i) {
    bool nbsp = r.out.compare(i, 2, "\u00A0") == 0;
    if (nbsp || std::isspace(static_cast<unsigned char>(r.out[i]))) {
      if (nbsp) ++i;
      if (!flat.empty() && flat.back() != ' ') flat += ' ';
    } else {
      flat += r.out[i];
    }
  }
  return flat;
}

bool Has(const std::string& text, const std::string& part) {
  bool found = text.find(part) != std::string::npos;
  if (!found) BOOST_TEST_MESSAGE("not in the PDF text: " << part);
  return found;
}

/// `word` occurs as a whole word (not as part of a longer one, not broken by a hyphen).
bool HasWord(const std::string& text, const std::string& word) {
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    size_t end = at + word.size();
    bool right = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
    if (left && right) return true;
  }
  BOOST_TEST_MESSAGE("no whole word: " << word);
  return false;
}

/// Builds and renders a unit's document; returns pdftotext's text of it.
std::string RenderAndExtract(const std::string& unit_id, const std::string& template_name = "") {
  Diagnostics diags;
  doc::Document document = BuildUnitDocument(ShippedNote(unit_id, template_name), &diags);
  BOOST_REQUIRE_MESSAGE(!diags.HasErrors(),
                        unit_id + ": " + (diags.items.empty() ? "" : FormatGnu(diags.items[0])));
  return RenderAndExtractDocument(
      document, (template_name.empty() ? "voortgangsnotitie" : template_name) + "-" + unit_id);
}

std::string RenderNational() {
  NationalInput in = NationalInputOf(Shipped());
  Diagnostics diags;
  doc::Document document = BuildNational(in, &diags);
  BOOST_REQUIRE(!diags.HasErrors());
  return RenderAndExtractDocument(document, "overzicht");
}

BOOST_AUTO_TEST_SUITE(note_pdf_test)

BOOST_AUTO_TEST_CASE(zuid_kennemerland_note) {
  std::string t = RenderAndExtract("zuid-kennemerland");
  BOOST_TEST(Has(t, "Voortgangsnotitie Transformatie Jeugdhulp Regio Zuid-Kennemerland Stand van zaken "
                    "vierde kwartaal 2024 10 december 2024"));
  BOOST_TEST(Has(t, "Na aftrek van de uitgaven en verplichtingen resteert per 31 december 2024 een "
                    "saldo van € 1.173.343,25."));
  BOOST_TEST(Has(t, "in drie jaarlijkse tranches van € 471.498 (2018, 2019 en 2020)"));
  BOOST_TEST(Has(t, "Nog te programmeren 471.498 472.996 474.494 4.494 4.494"));
  BOOST_TEST(Has(t, "Totaal begroot 0 470.000 470.000 470.000 1.410.000"));
  BOOST_TEST(Has(t, "Saldo (middelen min uitgaven en verplichtingen) 1.173.343,25"));
  BOOST_TEST(Has(t, "Daarvan zijn er 17 gepland en 10 lopend."));
  BOOST_TEST(Has(t, "9 Financiën"));
  BOOST_TEST(HasWord(t, "Jeugdhulpaanbieders"));
  BOOST_TEST(HasWord(t, "geëvalueerd"));
  BOOST_TEST(Has(t, "pagina 2 van 13"));  // short tables kept whole
  // The quarter chart: its title, legend, level and the running total at Q4 2024 as text.
  BOOST_TEST(Has(t, "Figuur 3. Uitgaven per kwartaal en cumulatief, t/m Q4 2024"));
  BOOST_TEST(Has(t, "Uitgaven in het kwartaal"));
  BOOST_TEST(Has(t, "Totaal begroot € 1.410.000"));
  BOOST_TEST(Has(t, "€ 235.151"));
}

BOOST_AUTO_TEST_CASE(gemeente_groningen_note) {
  std::string t = RenderAndExtract("gemeente-groningen");
  BOOST_TEST(Has(t, "13 Routekaart"));
  BOOST_TEST(Has(t, "Langjarig perspectief Brief Q1/Q2 2025"));
  BOOST_TEST(Has(t, "Preventieve aanpak scheidingsproblematiek Brief Q4 2024"));
  BOOST_TEST(Has(t, "Gemeentelijke besluitvorming"));
  BOOST_TEST(Has(t, "2.943 1 oktober 2024"));
  BOOST_TEST(Has(t, "Voor de gemeente Groningen is geen begroting aangeleverd."));
  BOOST_TEST(HasWord(t, "cliëntenraden"));
}

BOOST_AUTO_TEST_CASE(regio_groningen_note) {
  std::string t = RenderAndExtract("regio-groningen");
  BOOST_TEST(Has(t, "Stand van zaken Voor dit thema is over het vierde kwartaal 2024 geen voortgang "
                    "aangeleverd."));
  BOOST_TEST(Has(t, "Voor één thema is over deze periode geen voortgang aangeleverd"));
}

BOOST_AUTO_TEST_CASE(raadsmemo) {
  std::string t = RenderAndExtract("zuid-kennemerland", "raadsmemo");
  BOOST_TEST(Has(t, "Raadsmemo Onderwerp Voortgang transformatie jeugdhulp Regio Zuid-Kennemerland, "
                    "vierde kwartaal 2024 Datum 10 december 2024 Memo van Het college van "
                    "burgemeester en wethouders van Haarlem, namens de regio"));
  BOOST_TEST(Has(t, "Aanspreekpunt Esther Oortwijn, Senior beleidsadviseur jeugd, onderwijs en sport "
                    "Openbaar Ja"));
  BOOST_TEST(Has(t, "Geachte leden van de gemeenteraden van Haarlem, Zandvoort, Bloemendaal en Heemstede,"));
  BOOST_TEST(Has(t, "De financiële stand van zaken"));
  BOOST_TEST(Has(t, "Voor de regio Zuid-Kennemerland is in totaal € 1.414.494 beschikbaar (bron: "
                    "Transformatiefonds), in drie jaarlijkse tranches van € 471.498 (2018, 2019 en 2020)."));
  BOOST_TEST(Has(t, "een saldo van € 1.173.343,25."));
  BOOST_TEST(t.find("Inhoud") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(national_overview) {
  std::string t = RenderNational();
  BOOST_TEST(Has(t, "Aantal langdurige thuiszitters (> 3 maanden) 4.194 4.214 4.479 4.790 lager"));
  BOOST_TEST(Has(t, "10,1%"));
  BOOST_TEST(Has(t, "hoger is beter"));
  BOOST_TEST(Has(t, "Mijlpalen sinds de start van het programma"));
  BOOST_TEST(Has(t, "Regio Zuid-Kennemerland 1.414.494,00 235.150,75 6.000,00 1.173.343,25"));
  BOOST_TEST(Has(t, "Gemeente Groningen geen begroting"));
  BOOST_TEST(Has(t, "In de plannen staan 54 acties: 27 gepland, 26 lopend en 1 afgerond."));
}

// The national overview and a unit note of a generated tree (bench/gen_tree with 8 regions and
// 40 gemeenten, as the kill test uses): every unit is a row of the saldo table, which runs over
// several pages.
BOOST_AUTO_TEST_CASE(national_overview_of_a_generated_tree) {
  testing::TempDir dir;
  BOOST_REQUIRE(testing::RunShell(std::string("'") + VOORTGANG_GEN_TREE +
                                      "' tree --regions 8 --gemeenten 40",
                                  dir.path().string())
                    .status == 0);
  StageOptions options;
  options.inputs_dir = (dir.path() / "tree").string();
  Diagnostics diags;
  Checked c = LoadAndCheck(options, &diags);
  BOOST_REQUIRE(!diags.HasErrors());
  NationalInput in;
  in.programma = &c.inputs.programma;
  in.units = &c.units;
  in.figures = &c.figures;
  in.period = *c.period;
  in.template_source.path = TemplatePath(SourcePath("templates"), "landelijk");
  in.template_source.text = ReadText(in.template_source.path);
  in.build_time_unix = kBuildTime;
  in.version = "0.1.0";
  doc::Document document = BuildNational(in, &diags);
  BOOST_REQUIRE(!diags.HasErrors());
  BOOST_REQUIRE(c.inputs.units.size() == 48u);
  std::string t = RenderAndExtractDocument(document, "overzicht-landelijk");
  BOOST_TEST(Has(t, "(vervolg)"));
  for (const Unit& u : c.inputs.units) BOOST_TEST(Has(t, u.naam), u.naam);
  NoteInput note;
  note.inputs = &c.inputs;
  note.figures = &c.figures;
  note.unit = &c.inputs.units[0];
  note.unit_figures = &c.figures.units[0];
  note.period = *c.period;
  note.template_source.path = TemplatePath(SourcePath("templates"), "voortgangsnotitie");
  note.template_source.text = ReadText(note.template_source.path);
  note.build_time_unix = kBuildTime;
  note.version = "0.1.0";
  doc::Document unit_note = BuildUnitDocument(note, &diags);
  BOOST_REQUIRE(!diags.HasErrors());
  RenderAndExtractDocument(unit_note, "voortgangsnotitie-" + note.unit->id);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::report_test
