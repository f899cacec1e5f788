// Bookings from a CSV export ([import.boekingen], import.md): every notation the spec names
// read to the same bookings, and every problem reported at its line and column, word for word.
#include <boost/test/unit_test.hpp>

#include "pipeline/load/load.h"
#include "tests/support/test_support.h"

namespace voortgang {
namespace {

const char* kPlan =
    "[eenheid]\nnaam = \"West\"\nsoort = \"jeugdhulpregio\"\n\n"
    "[[thema]]\nid = \"toegang\"\nnaam = \"Toegang\"\nactielijnen = [\"1\"]\n\n"
    "[[thema]]\nid = \"thuis\"\nnaam = \"Thuis\"\nactielijnen = [\"2\"]\n";

const char* kImport =
    "[import.boekingen]\n"
    "bestand = \"boekingen.csv\"\n"
    "kolommen = { datum = \"Boekdatum\", bedrag = \"Bedrag\", omschrijving = \"Omschrijving\", "
    "kostenplaats = \"Kostenplaats\", soort = \"Soort\" }\n"
    "kostenplaatsen = { \"6101\" = \"toegang\", \"6102\" = \"thuis\" }\n"
    "soorten = { \"U\" = \"uitgave\", \"V\" = \"verplichting\" }\n";

struct Loaded {
  Inputs inputs;
  std::vector<std::string> diagnostics;
};

Loaded Load(const std::string& budget, const std::string& csv) {
  Loaded out;
  Diagnostics diags;
  out.inputs = LoadTexts(testing::MinimalProgramma(), {{"west", kPlan, budget, csv}}, &diags);
  diags.Sort();
  for (const Diagnostic& d : diags.items) out.diagnostics.push_back(FormatGnu(d));
  return out;
}

std::vector<std::string> Problems(const std::string& csv, const std::string& settings = "") {
  return Load(kImport + settings, csv).diagnostics;
}

const std::vector<Boeking>& Bookings(const Loaded& l) { return l.inputs.units.at(0).budget->boekingen; }

BOOST_AUTO_TEST_SUITE(csv_import_test)

BOOST_AUTO_TEST_CASE(a_windows_export_gives_its_bookings_with_file_and_line) {
  // Windows-1252 (0xEF is ï), CRLF, a quoted field holding the separator, a quote and a line
  // break, and a column that is not mapped.
  std::string csv =
      "Boekdatum;Grootboek;Kostenplaats;Omschrijving;Soort;Bedrag\r\n"
      "31-12-2024;4300;6101;Casu\xEFstiek;U;1.234,56\r\n"
      "01-07-2024;4300;6102;\"Huur; \"\"De Brug\"\"\r\ntweede regel\";V;-12,5\r\n"
      "15-01-2025;4300;6101;;;7\r\n";
  Loaded l = Load(std::string(kImport) + "codering = \"windows-1252\"\n", csv);
  BOOST_TEST(l.diagnostics.empty());
  const std::vector<Boeking>& b = Bookings(l);
  BOOST_REQUIRE(b.size() == 3u);
  BOOST_TEST(b[0].thema == "toegang");
  BOOST_TEST(b[0].periode.ToString() == "2024-Q4");
  BOOST_TEST(b[0].bedrag.cents == 123456);
  BOOST_TEST(b[0].omschrijving == "Casu\xC3\xAFstiek");
  BOOST_TEST((b[0].soort == Soort::kUitgave));
  BOOST_TEST(b[0].where.file == "west/boekingen.csv");
  BOOST_TEST(b[0].where.line == 2);
  BOOST_TEST(b[0].where.column == 17);  // the kostenplaats
  BOOST_TEST(b[1].thema == "thuis");
  BOOST_TEST(b[1].periode.ToString() == "2024-Q3");
  BOOST_TEST(b[1].bedrag.cents == -1250);
  BOOST_TEST(b[1].omschrijving == "Huur; \"De Brug\"\r\ntweede regel");
  BOOST_TEST((b[1].soort == Soort::kVerplichting));
  BOOST_TEST(b[2].where.line == 5);  // after the record that spans two lines
  BOOST_TEST((b[2].soort == Soort::kUitgave));  // an empty soort is the default
  BOOST_TEST(b[2].bedrag.cents == 700);
  BOOST_TEST(l.inputs.units.at(0).budget->boekingen_csv == "west/boekingen.csv");
}

BOOST_AUTO_TEST_CASE(utf8_with_bom_commas_points_iso_dates_periods_and_themes) {
  std::string budget =
      "[import.boekingen]\nbestand = \"export.csv\"\nscheidingsteken = \",\"\n"
      "decimaalteken = \".\"\ndatumformaat = \"jjjj-mm-dd\"\n"
      "kolommen = { periode = \"Kwartaal\", bedrag = \"Amount\", thema = \"Thema\" }\n";
  Loaded l = Load(budget, "\xEF\xBB\xBFThema,Kwartaal,Amount\nthuis,2024-Q2,\"1,234.50\"\n");
  BOOST_TEST(l.diagnostics.empty());
  BOOST_REQUIRE(Bookings(l).size() == 1u);
  BOOST_TEST(Bookings(l)[0].bedrag.cents == 123450);
  BOOST_TEST(Bookings(l)[0].periode.ToString() == "2024-Q2");
  BOOST_TEST(Bookings(l)[0].where.column == 1);

  std::string tabs =
      "[import.boekingen]\nbestand = \"b.tsv\"\nscheidingsteken = \"\\t\"\n"
      "datumformaat = \"jjjj-mm-dd\"\n"
      "kolommen = { datum = \"Datum\", bedrag = \"Bedrag\", thema = \"Thema\" }\n";
  Loaded t = Load(tabs, "Datum\tThema\tBedrag\n2024-03-31\ttoegang\t 1.000,01 \n");
  BOOST_TEST(t.diagnostics.empty());
  BOOST_REQUIRE(Bookings(t).size() == 1u);
  BOOST_TEST(Bookings(t)[0].bedrag.cents == 100001);
  BOOST_TEST(Bookings(t)[0].periode.ToString() == "2024-Q1");
}

BOOST_AUTO_TEST_CASE(every_field_problem_points_at_its_line_and_column) {
  std::string csv =
      "Boekdatum;Kostenplaats;Omschrijving;Soort;Bedrag\n"
      "31-12-2024;6110;a;U;1,00\n"
      "31-12-2024;9999;a;U;1,00\n"
      "31-13-2024;6101;a;U;1,00\n"
      "31-12-2024;6101;a;X;1,00\n"
      "31-12-2024;6101;a;U;1,005\n"
      "31-12-2024;6101;a;U;veel\n"
      "31-12-2024;6101;a;U;\n"
      "31-12-2024;6101;a\n"
      "31-12-2024;6101;tab\x01;U;1\n";
  std::vector<std::string> expected = {
      "west/boekingen.csv:2:12: error: unknown kostenplaats \"6110\"; did you mean \"6101\"?",
      "west/boekingen.csv:3:12: error: unknown kostenplaats \"9999\": kostenplaatsen in "
      "budget.toml maps \"6101\", \"6102\"",
      "west/boekingen.csv:4:1: error: invalid date \"31-13-2024\": expected dd-mm-jjjj such as "
      "\"31-12-2024\", a real day in the years 1990-2100",
      "west/boekingen.csv:5:19: error: unknown soort \"X\": soorten in budget.toml maps \"U\", "
      "\"V\"",
      "west/boekingen.csv:6:21: error: amount \"1,005\" has more than two decimals",
      "west/boekingen.csv:7:21: error: amount \"veel\" is not an amount such as \"1.234,56\"",
      "west/boekingen.csv:8:21: error: amount \"\" is empty",
      "west/boekingen.csv:9:18: error: row has 3 fields, fewer than the header's 5",
      "west/boekingen.csv:10:17: error: omschrijving contains control character U+0001; "
      "remove it",
      // No warning that "6102" and "V" are unused: rows in error might have used them.
  };
  BOOST_TEST(Problems(csv) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_header_without_a_mapped_column_is_reported_at_line_1) {
  std::vector<std::string> expected = {
      "west/boekingen.csv:1:1: error: the header has no column \"Boekdatum\" (kolommen.datum in "
      "budget.toml); did you mean \"BoekDatum\"?",
      "west/boekingen.csv:1:1: error: the header has no column \"Soort\" (kolommen.soort in "
      "budget.toml)"};
  BOOST_TEST(Problems("BoekDatum;Kostenplaats;Omschrijving;Bedrag\n31-12-2024;6101;a;1\n") ==
                 expected,
             boost::test_tools::per_element());
  BOOST_TEST(Problems("") == std::vector<std::string>{"west/boekingen.csv:1:1: error: the file "
                                                      "is empty: its first row must be the header"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bytes_outside_the_encoding_are_reported_where_they_are) {
  std::string header = "Boekdatum;Kostenplaats;Omschrijving;Soort;Bedrag\n";
  // é in Windows-1252 (0xE9) read as UTF-8; columns count characters (the ï before it is one).
  BOOST_TEST(Problems(header + "31-12-2024;6101;\xC3\xAF caf\xE9;U;1\n") ==
                 std::vector<std::string>{
                     "west/boekingen.csv:2:22: error: byte 0xE9 is not valid UTF-8 (codering = "
                     "\"utf-8\"); an export from Excel on Windows is usually codering = "
                     "\"windows-1252\""},
             boost::test_tools::per_element());
  // 0x81 is one of the five bytes Windows-1252 leaves undefined.
  BOOST_TEST(Problems(header + "31-12-2024;6101;a\x81;U;1\n", "codering = \"windows-1252\"\n") ==
                 std::vector<std::string>{
                     "west/boekingen.csv:2:18: error: byte 0x81 is not a character in "
                     "windows-1252 (codering = \"windows-1252\")"},
             boost::test_tools::per_element());
  BOOST_TEST(Problems("\xEF\xBB\xBF" + header, "codering = \"windows-1252\"\n") ==
                 std::vector<std::string>{
                     "west/boekingen.csv:1:1: error: the file starts with a UTF-8 byte order "
                     "mark, but [import.boekingen] says codering = \"windows-1252\"; set "
                     "codering = \"utf-8\""},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(malformed_quoting_and_unused_mappings) {
  std::string header = "Boekdatum;Kostenplaats;Omschrijving;Soort;Bedrag\n";
  BOOST_TEST(Problems(header + "31-12-2024;6101;\"a\"b;U;1\n") ==
                 std::vector<std::string>{
                     "west/boekingen.csv:2:20: error: malformed quoting: a field that holds a "
                     "quote must be quoted whole, with the quote doubled (\"\"), and nothing may "
                     "follow its closing quote"},
             boost::test_tools::per_element());
  BOOST_TEST(Problems(header + "31-12-2024;6101;\"open;U;1\n").at(0).substr(0, 23) ==
             "west/boekingen.csv:2:17");
  BOOST_TEST(Problems(header + "31-12-2024;6101;a;U;1\n") ==
                 (std::vector<std::string>{
                     "west/budget.toml:4:40: warning: kostenplaats \"6102\" is mapped, but no row "
                     "of boekingen.csv uses it",
                     "west/budget.toml:5:30: warning: soort \"V\" is mapped, but no row of "
                     "boekingen.csv uses it"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_import_table_is_checked_like_any_other) {
  std::string budget =
      "[import.boekingen]\nbestand = \"../x.csv\"\nscheidingsteken = \"|\"\ncodering = \"latin1\"\n"
      "kolommen = { datum = \"D\", periode = \"P\", bedrag = \"B\", kostenplaats = \"K\", "
      "soort = 1 }\n"
      "soorten = { \"U\" = \"uitgaaf\" }\nkleur = \"rood\"\n";
  std::vector<std::string> expected = {
      "west/budget.toml:2:11: error: 'bestand' must be the name of a file in the unit folder, "
      "beside budget.toml (no folder, not starting with '.' or '_'), not \"../x.csv\"",
      "west/budget.toml:3:19: error: 'scheidingsteken' must be one of \";\", \",\", \"\\t\", not "
      "\"|\"",
      "west/budget.toml:4:12: error: 'codering' must be one of \"utf-8\", \"windows-1252\", not "
      "\"latin1\"",
      "west/budget.toml:5:84: error: 'soort' must be a string, not an integer",
      "west/budget.toml:6:13: error: soorten maps 'U' to \"uitgaaf\"; it must be \"uitgave\" or "
      "\"verplichting\"",
      "west/budget.toml:7:1: error: unknown key 'kleur' in [import.boekingen]",
  };
  BOOST_TEST(Load(budget, "").diagnostics == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
