// The national overview and the raadsmemo built from the shipped inputs, as document text.
#include <boost/test/unit_test.hpp>

#include "tests/report/doc_text.h"
#include "tests/report/shipped.h"

namespace voortgang::report_test {
namespace {

std::string National() {
  NationalInput in = NationalInputOf(Shipped());
  Diagnostics diags;
  doc::Document d = BuildNational(in, &diags);
  BOOST_REQUIRE_MESSAGE(diags.items.empty(), (diags.items.empty() ? "" : FormatGnu(diags.items[0])));
  BOOST_TEST(d.running.unit == "Landelijk overzicht Zorg voor de Jeugd");
  return DocText(d);
}

bool Has(const std::string& text, const std::string& part) {
  bool found = text.find(part) != std::string::npos;
  if (!found) BOOST_TEST_MESSAGE("missing: " << part);
  return found;
}

BOOST_AUTO_TEST_SUITE(national_test)

BOOST_AUTO_TEST_CASE(money_units_and_themes_per_actielijn) {
  std::string t = National();
  BOOST_TEST(Has(t, "| Actielijn | Eenheden | Thema's | Begroot | Uitgaven | Verplichtingen |\n"
                    "| 1. Betere toegang tot jeugdhulp voor kinderen en gezinnen | 2 | 6 | 150.000,01 | "
                    "31.366,97 | 3.000,00 |\n"));
  BOOST_TEST(Has(t, "TOTAL | Totaal | 3 |  | 1.410.000,00 | 235.150,75 | 6.000,00 |"));
  BOOST_TEST(Has(t, "| Actielijn | 2019 | 2020 | 2021 | Totaal |"));
  BOOST_TEST(Has(t, "TOTAL | Alle acties | 27 | 26 | 1 | 0 | 0 |"));
}

BOOST_AUTO_TEST_CASE(indicators_with_years_as_columns_and_milestones) {
  std::string t = National();
  BOOST_TEST(Has(t, "| Kernindicator | 2015 | 2016 | 2017 | 2018 | 2019 | Beter |"));
  BOOST_TEST(Has(t, "| Aantal langdurige thuiszitters (> 3 maanden) | 4.194 | 4.214 | 4.479 | 4.790 |  | lager |"));
  BOOST_TEST(Has(t, "| Jeugdhulp met verblijf, % van totale jeugdhulp |  | 11,6% | 11,6% | 10,4% | 10,1% | lager |"));
  BOOST_TEST(Has(t, "| Mijlpaal | Actielijn | Periode |"));
}

BOOST_AUTO_TEST_CASE(every_unit_with_its_saldo) {
  std::string t = National();
  BOOST_TEST(Has(t, "| Gemeente Groningen | geen begroting |  |  |  |\n"));
  BOOST_TEST(Has(t, "| Regio Zuid-Kennemerland | 1.414.494,00 | 235.150,75 | 6.000,00 | 1.173.343,25 |\n"));
  BOOST_TEST(Has(t, "TOTAL | Totaal | 1.414.494,00 | 235.150,75 | 6.000,00 | 1.173.343,25 |"));
}

BOOST_AUTO_TEST_CASE(memo_follows_the_units_sjabloon) {
  NoteInput in = ShippedNote("zuid-kennemerland", "raadsmemo");
  Unit unit = *in.unit;
  unit.sjabloon = "raadsmemo";
  in.unit = &unit;
  Diagnostics diags;
  std::string t = DocText(BuildUnitDocument(in, &diags));
  BOOST_REQUIRE(diags.items.empty());
  BOOST_TEST(Has(t, "#1  Raadsmemo\nMEMO: Onderwerp = Voortgang transformatie jeugdhulp Regio "
                    "Zuid-Kennemerland, vierde kwartaal 2024\nMEMO: Datum = 10 december 2024\n"));
  BOOST_TEST(Has(t, "MEMO: Openbaar = Ja\nGeachte leden van de gemeenteraden van Haarlem"));
  BOOST_TEST(Has(t, "#1 6 De financiële stand van zaken\n"));
  BOOST_TEST(t.find("CONTENTS") == std::string::npos);
  BOOST_TEST(t.find("LABEL: Ontwikkelingen en opgaven") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::report_test
