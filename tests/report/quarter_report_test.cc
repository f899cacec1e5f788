// The quarter in the documents built from the shipped inputs (changes.md): the note's section,
// the memo's computed paragraph and the national overview's parts, as document text.
#include <boost/test/unit_test.hpp>

#include "pipeline/report/unit_view.h"
#include "tests/report/doc_text.h"
#include "tests/report/shipped.h"

namespace voortgang::report_test {
namespace {

std::string Document(const std::string& unit_id, const std::string& template_name) {
  NoteInput in = ShippedNote(unit_id, template_name);
  Unit unit = *in.unit;
  unit.sjabloon = template_name;
  in.unit = &unit;
  Diagnostics diags;
  std::string text = DocText(BuildUnitDocument(in, &diags));
  BOOST_REQUIRE_MESSAGE(diags.items.empty(),
                        (diags.items.empty() ? "" : FormatGnu(diags.items[0])));
  return text;
}

std::string National() {
  NationalInput in = NationalInputOf(Shipped());
  Diagnostics diags;
  std::string text = DocText(BuildNational(in, &diags));
  BOOST_REQUIRE(diags.items.empty());
  return text;
}

bool Has(const std::string& text, const std::string& part) {
  bool found = text.find(part) != std::string::npos;
  if (!found) BOOST_TEST_MESSAGE("missing: " << part);
  return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(quarter_report_test)

BOOST_AUTO_TEST_CASE(note_section_with_money_in_the_quarter_beside_the_cumulative_figures) {
  std::string t = Document("zuid-kennemerland", "voortgangsnotitie");
  BOOST_TEST_MESSAGE(t);
  BOOST_TEST(Has(t, "Wat veranderde in het vierde kwartaal 2024"));
  BOOST_TEST(Has(t,
                 "In het vierde kwartaal 2024 is € 57.500 uitgegeven en is per saldo € 19.000 aan "
                 "verplichtingen vrijgevallen; één actie is gestart."));
  BOOST_TEST(Has(t,
                 "| Stimuleren en faciliteren gebruik toekomstplan | Samen tijdig bepalen en "
                 "inzetten wat nodig is |  |"));
  BOOST_TEST(Has(t, "Dit kwartaal zijn geen acties afgerond."));
  BOOST_TEST(Has(t, "Dit kwartaal zijn geen acties vertraagd."));
  BOOST_TEST(Has(t, "| Thema | t/m Q3 2024 | In Q4 2024 | t/m Q4 2024 |"));
  // t/m Q3 + in Q4 = t/m Q4 in the total row of both tables.
  BOOST_TEST(Has(t, "TOTAL | Totaal | 177.650,75 | 57.500,00 | 235.150,75 |"));
  // The verplichtingen table shows cents as the uitgaven table beside it does.
  BOOST_TEST(Has(t, "TOTAL | Totaal | 25.000,00 | -19.000,00 | 6.000,00 |"));
  BOOST_TEST(!Has(t, "TOTAL | Totaal | 25.000 | -19.000 | 6.000 |"));
  // The chart of uitgaven per quarter, with the small text under it that says how to read it.
  BOOST_TEST(Has(t,
                 "CHART: Figuur 3. Uitgaven per kwartaal en cumulatief, t/m Q4 2024 [× € 1.000]\n"
                 "SMALL: De staven zijn de uitgaven per kwartaal, de lijn is de som van de uitgaven "
                 "tot en met dat kwartaal en de stippellijn het totaal begroot (€ 1.410.000)."));
  BOOST_TEST(Has(t, "In het vierde kwartaal 2024 is geen mijlpaal bereikt."));
}

BOOST_AUTO_TEST_CASE(note_without_budget_names_changed_actions_and_key_figure_series) {
  std::string t = Document("gemeente-groningen", "voortgangsnotitie");
  BOOST_TEST_MESSAGE(t);
  BOOST_TEST(
      Has(t, "Over het vierde kwartaal 2024: één actie is afgerond en één actie is gepland."));
  BOOST_TEST(Has(t, "Dit kwartaal zijn geen acties gestart."));
  BOOST_TEST(Has(t, "er zijn geen bedragen over dit kwartaal te melden."));
  BOOST_TEST(
      Has(t,
          "| Openstaande trajecten Basis Jeugdhulp bij WIJ Groningen | 770 (1 oktober 2024) | "
          "812 (1 juli 2024) | -42 (-5,2%) |"));
}

BOOST_AUTO_TEST_CASE(memo_paragraph_on_the_quarter) {
  std::string t = Document("zuid-kennemerland", "raadsmemo");
  BOOST_TEST(Has(t,
                 "In het vierde kwartaal 2024 is € 57.500 uitgegeven en is per saldo € 19.000 aan "
                 "verplichtingen vrijgevallen; één actie is gestart."));
}

BOOST_AUTO_TEST_CASE(national_overview_money_in_the_quarter_changed_actions_and_missing_units) {
  std::string t = National();
  BOOST_TEST_MESSAGE(t);
  BOOST_TEST(Has(t,
                 "In het vierde kwartaal 2024 hebben de eenheden samen € 57.500 uitgegeven; per "
                 "saldo is € 19.000 aan verplichtingen vrijgevallen."));
  BOOST_TEST(Has(t,
                 "Over alle eenheden: één actie is afgerond, één actie is gestart en één actie "
                 "is gepland."));
  BOOST_TEST(Has(t, "| Actielijn | t/m Q3 2024 | In Q4 2024 | t/m Q4 2024 |"));
  BOOST_TEST(Has(t, "TOTAL | Totaal | 177.650,75 | 57.500,00 | 235.150,75 |"));
  // The verplichtingen table shows cents as the uitgaven table beside it does.
  BOOST_TEST(Has(t, "TOTAL | Totaal | 25.000,00 | -19.000,00 | 6.000,00 |"));
  BOOST_TEST(!Has(t, "TOTAL | Totaal | 25.000 | -19.000 | 6.000 |"));
  BOOST_TEST(Has(t, "| Afgerond | 1 |"));
  BOOST_TEST(Has(t, "Alle eenheden hebben voor het vierde kwartaal 2024 voortgang aangeleverd."));
}

BOOST_AUTO_TEST_CASE(changed_actions_clause_counts_in_words) {
  using report::ChangedActionsClause;
  BOOST_TEST(ChangedActionsClause({}) == "geen enkele actie is van status veranderd");
  BOOST_TEST(ChangedActionsClause({{Status::kAfgerond, 2}}) == "twee acties zijn afgerond");
  BOOST_TEST(ChangedActionsClause({{Status::kLopend, 1}, {Status::kAfgerond, 1}}) ==
             "één actie is afgerond en één actie is gestart");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang::report_test
