// The voortgangsnotitie built from the shipped inputs: structure, generated prose and tables.
#include <boost/test/unit_test.hpp>

#include "pipeline/report/unit_view.h"
#include "tests/report/doc_text.h"
#include "tests/report/shipped.h"

namespace voortgang::report_test {
namespace {

std::string Note(const std::string& unit_id, doc::Document* out = nullptr) {
  Diagnostics diags;
  doc::Document d = BuildUnitDocument(ShippedNote(unit_id, "voortgangsnotitie"), &diags);
  BOOST_REQUIRE_MESSAGE(diags.items.empty(), (diags.items.empty() ? "" : FormatGnu(diags.items[0])));
  if (out) *out = d;
  return DocText(d);
}

bool Has(const std::string& text, const std::string& part) {
  bool found = text.find(part) != std::string::npos;
  if (!found) BOOST_TEST_MESSAGE("missing: " << part);
  return found;
}

BOOST_AUTO_TEST_SUITE(note_test)

BOOST_AUTO_TEST_CASE(zuid_kennemerland_financial_prose_has_the_computed_figures) {
  std::string t = Note("zuid-kennemerland");
  BOOST_TEST(Has(t, "Voor de regio Zuid-Kennemerland is in totaal € 1.414.494 beschikbaar (bron: "
                    "Transformatiefonds), in drie jaarlijkse tranches van € 471.498 (2018, 2019 en 2020)."));
  BOOST_TEST(Has(t, "Daarvan is € 1.410.000 begroot over de thema's, in 2019, 2020 en 2021. Er is nog "
                    "€ 4.494 te programmeren."));
  BOOST_TEST(Has(t, "Tot en met het vierde kwartaal 2024 is € 235.150,75 uitgegeven en staat € 6.000 "
                    "aan verplichtingen open. Na aftrek van de uitgaven en verplichtingen resteert per "
                    "31 december 2024 een saldo van € 1.173.343,25."));
}

BOOST_AUTO_TEST_CASE(zuid_kennemerland_budget_table_in_the_shape_of_seed_001) {
  std::string t = Note("zuid-kennemerland");
  BOOST_TEST(Has(t, "TABLE: Tabel 17. Begroting per thema en jaar (bedragen in euro's)\n"
                    "| Thema | 2018 | 2019 | 2020 | 2021 | Totaal |\n"
                    "| Samen tijdig bepalen en inzetten wat nodig is |  | 110.000 | 110.000 | 110.000 | 330.000 |\n"));
  BOOST_TEST(Has(t, "| Totaal begroot | 0 | 470.000 | 470.000 | 470.000 | 1.410.000 |\n"
                    "| Beschikbaar | 471.498 | 471.498 | 471.498 | 0 | 1.414.494 |\n"
                    "TOTAL | Nog te programmeren | 471.498 | 472.996 | 474.494 | 4.494 | 4.494 |\n"));
  BOOST_TEST(Has(t, "TOTAL | Totaal | 1.410.000,00 | 235.150,75 | 6.000,00 | 1.168.849,25 |"));
  BOOST_TEST(Has(t, "TOTAL | Saldo (middelen min uitgaven en verplichtingen) | 1.173.343,25 |"));
}

BOOST_AUTO_TEST_CASE(summary_counts_actions_and_charts_money) {
  std::string t = Note("zuid-kennemerland");
  BOOST_TEST(Has(t, "In de thema's staan samen 27 acties. Daarvan zijn er 17 gepland en 10 lopend."));
  BOOST_TEST(Has(t, "| Gepland | 17 |\n| Lopend | 10 |\n| Afgerond | 0 |"));
  BOOST_TEST(Has(t, "CHART: Figuur 1. Begroot en uitgegeven per thema [× € 1.000]"));
  BOOST_TEST(Has(t, "CHART: Figuur 2. Begroot en uitgegeven per actielijn [× € 1.000]"));
  BOOST_TEST(Has(t, "| 1. Betere toegang tot jeugdhulp voor kinderen en gezinnen | 150.000,01 | 31.366,97 | 3.000,00 |"));
}

BOOST_AUTO_TEST_CASE(theme_sections_in_order_with_actielijnen_actions_and_money) {
  std::string t = Note("zuid-kennemerland");
  size_t h = t.find("#1 4 Samen tijdig bepalen en inzetten wat nodig is");
  BOOST_REQUIRE(h != std::string::npos);
  size_t al = t.find("* Actielijn 1: Betere toegang", h);
  size_t res = t.find("LABEL: Op te leveren resultaat", h);
  size_t stand = t.find("LABEL: Stand van zaken", h);
  size_t acties = t.find("TABLE: Tabel 6. Acties bij Samen tijdig", h);
  size_t geld = t.find("LABEL: Financiën", h);
  BOOST_TEST((h < al && al < res && res < stand && stand < acties && acties < geld));
  BOOST_TEST(Has(t, "| Gedragen (gezins)plannen: training en coaching on the job bij diverse "
                    "jeugdhulppartners | Lopend | Q4 2021 | CJG Kennemerland |"));
  BOOST_TEST(Has(t, "Voor dit thema is € 330.000 begroot over 2019, 2020 en 2021. Tot en met het "
                    "vierde kwartaal 2024 is € 81.500,50 uitgegeven (24,7% van het begrote bedrag). "
                    "Er resteert € 248.499,50."));
}

BOOST_AUTO_TEST_CASE(theme_without_voortgang_says_so) {
  std::string t = Note("regio-groningen");
  BOOST_TEST(Has(t, "#1 6 Kwaliteitslijn: Lerend landschap\n"));
  size_t h = t.find("#1 6 Kwaliteitslijn: Lerend landschap");
  size_t notice = t.find("LABEL: Stand van zaken\nNOTICE: Voor dit thema is over het vierde "
                         "kwartaal 2024 geen voortgang aangeleverd.", h);
  BOOST_TEST(notice != std::string::npos);
  BOOST_TEST(Has(t, "Voor één thema is over deze periode geen voortgang aangeleverd: Kwaliteitslijn: "
                    "Lerend landschap."));
}

BOOST_AUTO_TEST_CASE(unit_without_budget_says_so_instead_of_empty_tables) {
  std::string t = Note("gemeente-groningen");
  BOOST_TEST(Has(t, "NOTICE: Voor de gemeente Groningen is geen begroting aangeleverd. Er zijn daarom "
                    "geen middelen, uitgaven of verplichtingen te melden."));
  BOOST_TEST(t.find("Begroting per thema en jaar") == std::string::npos);
  BOOST_TEST(t.find("CHART:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(routekaart_rows_with_spans_and_kerncijfers) {
  std::string t = Note("gemeente-groningen");
  BOOST_TEST(Has(t, "| Onderwerp | Vorm | Kwartaal |\n"
                    "| Preventieve aanpak scheidingsproblematiek | Brief | Q4 2024 |\n"
                    "| Kaderstelling Meerjarig Project Preventie | Raadsvoorstel | Q1 2025 |\n"));
  BOOST_TEST(Has(t, "| Langjarig perspectief | Brief | Q1/Q2 2025 |"));
  BOOST_TEST(Has(t, "| Bijpraten ontwikkelingen jeugdhulp | Beeldvormende sessie | Q4 2025 |\n"));
  BOOST_TEST(Has(t, "| Kinderen met jeugdzorg in natura (ingekocht via de RIGG) | 2.943 | 1 oktober 2024 |"));
  BOOST_TEST(Has(t, "| PGB | 94 |  |"));
  BOOST_TEST(Has(t, "LABEL: Gemeentelijke besluitvorming"));
}

BOOST_AUTO_TEST_CASE(title_contents_metadata_and_running_header) {
  doc::Document d;
  std::string t = Note("gemeente-groningen", &d);
  BOOST_TEST(Has(t, "TITLE: Voortgangsnotitie Transformatie Jeugdhulp / Gemeente Groningen / Stand van "
                    "zaken vierde kwartaal 2024 / 10 december 2024 / Aan: De gemeenteraad van Groningen\n"
                    "CONTENTS\nPAGEBREAK\n#1 1 Inleiding\n"));
  BOOST_TEST(Has(t, "#1 2 Samenvatting\n"));
  BOOST_TEST(Has(t, "#1 4 Investeren in een stevige sociale basis en preventie\n"));
  BOOST_TEST(Has(t, "#1 13 Routekaart\n"));
  BOOST_TEST(d.metadata.title == "Voortgangsnotitie Transformatie Jeugdhulp");
  BOOST_TEST(d.metadata.author == "Gemeente Groningen");
  BOOST_TEST(d.metadata.subject == "Voortgang van de transformatie jeugdhulp, vierde kwartaal 2024");
  BOOST_TEST(d.metadata.keywords.find("Gemeente Groningen, Q4") != std::string::npos);
  BOOST_TEST(d.metadata.created_unix == kBuildTime);
  BOOST_TEST(d.metadata.creator == "voortgang 0.1.0");
  BOOST_TEST(d.running.unit == "Gemeente Groningen");
  BOOST_TEST(d.running.period == "Q4 2024");
}

BOOST_AUTO_TEST_CASE(heading_ids_are_unique) {
  doc::Document d;
  Note("gemeente-groningen", &d);
  std::set<std::string> ids;
  for (const doc::Block& b : d.blocks)
    if (auto* h = std::get_if<doc::Heading>(&b.content)) BOOST_TEST(ids.insert(h->id).second);
  BOOST_TEST(ids.size() >= 10u);
}

BOOST_AUTO_TEST_CASE(names_with_markdown_characters_stay_literal) {
  NoteInput in = ShippedNote("zuid-kennemerland", "voortgangsnotitie");
  Unit unit = *in.unit;
  unit.naam = "Regio *Kust* & [Duin]_";
  unit.themas[0].naam = "Thema_met *sterren*";
  in.unit = &unit;
  Diagnostics diags;
  doc::Document d = BuildUnitDocument(in, &diags);
  std::string t = DocText(d);
  BOOST_TEST(Has(t, " / Regio *Kust* & [Duin]_ / "));
  BOOST_TEST(Has(t, "#1 4 Thema_met *sterren*\n"));
  BOOST_TEST(d.metadata.author == "Regio *Kust* & [Duin]_");
}

// Every name the vocabulary allows is one the context really fills (else a template using it
// would silently print nothing), for a unit that has every part: zuid-kennemerland.
BOOST_AUTO_TEST_CASE(vocabulary_names_are_all_filled) {
  report::UnitView view = report::MakeUnitView(ShippedNote("zuid-kennemerland"));
  kainjow::mustache::data ctx = report::UnitContext(view, kBuildTime, "0.1.0");
  std::vector<const kainjow::mustache::data*> scopes{&ctx};
  for (const char* list : {"themas", "acties_per_status", "middelen_per_jaar", "themas_zonder_voortgang",
                           "kwartaal_groepen"})
    if (const auto* l = ctx.get(list); l && l->is_non_empty_list())
      for (const auto& item : l->list_value()) scopes.push_back(&item);
  for (const std::string& name : UnitVocabulary().placeholders) {
    bool found = false;
    for (const auto* scope : scopes) found |= scope->get(name) != nullptr;
    BOOST_TEST(found, "placeholder '" << name << "' is never filled");
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::report_test
