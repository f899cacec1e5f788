// The key tables of programma.toml, plan.toml and budget.toml (input-format.md, import.md).
#include "pipeline/load/key_tables.h"

namespace voortgang {
namespace {

using enum ValueKind;
constexpr Need kReq = Need::kRequired;
constexpr Need kOpt = Need::kOptional;

constexpr std::string_view kStatus[] = {"gepland", "lopend", "afgerond", "vertraagd", "gestopt"};
constexpr std::string_view kSoortEenheid[] = {"jeugdhulpregio", "gemeente"};
constexpr std::string_view kSjabloon[] = {"voortgangsnotitie", "raadsmemo"};
constexpr std::string_view kSoortBoeking[] = {"uitgave", "verplichting"};
constexpr std::string_view kEenheid[] = {"%", "aantal"};
constexpr std::string_view kBeter[] = {"hoger", "lager"};
constexpr std::string_view kScheidingsteken[] = {";", ",", "\t"};
constexpr std::string_view kDecimaalteken[] = {",", "."};
constexpr std::string_view kCodering[] = {"utf-8", "windows-1252"};
constexpr std::string_view kDatumformaat[] = {"dd-mm-jjjj", "jjjj-mm-dd"};

// programma.toml

constexpr KeySpec kActielijnKeys[] = {
    {"id", kString, kReq, "Unieke code van de actielijn, zoals \"1\" of \"R\"."},
    {"naam", kString, kReq, "Naam van de actielijn."},
    {"subdoelen", kStrings, kOpt, "De subdoelen van de actielijn."},
};
constexpr KeySpec kIndicatorKeys[] = {
    {"id", kString, kReq, "Unieke code van de kernindicator."},
    {"naam", kString, kReq, "Naam van de kernindicator."},
    {"actielijn", kString, kReq, "De actielijn waar de indicator bij hoort (moet bestaan)."},
    {"eenheid", kChoice, kOpt, "\"%\" of \"aantal\".", kEenheid},
    {"beter", kChoice, kOpt, "Welke richting vooruitgang is: \"hoger\" of \"lager\".", kBeter},
    {"bron", kString, kOpt, "Bron van de cijfers."},
    {"waarden", kYearNumbers, kOpt, "Jaar -> waarde, zoals { 2018 = 10.4 }."},
};
constexpr KeySpec kProgrammaMijlpaalKeys[] = {
    {"naam", kString, kReq, "Wat er bereikt is."},
    {"actielijnen", kStrings, kOpt, "De actielijnen waar de mijlpaal bij hoort."},
    {"periode", kPeriod, kReq, "Kwartaal, zoals \"2019-Q1\"."},
};
constexpr KeySpec kProgrammaKeys[] = {
    {"naam", kString, kOpt, "Naam van het programma."},
    {"actielijn", kTables, kOpt, "Landelijke actielijn; de volgorde hier is overal de volgorde.",
     {}, &kActielijnTable},
    {"indicator", kTables, kOpt, "Landelijke kernindicator.", {}, &kIndicatorTable},
    {"mijlpaal", kTables, kOpt, "Landelijke mijlpaal.", {}, &kProgrammaMijlpaal},
};

// plan.toml

constexpr KeySpec kEenheidKeys[] = {
    {"naam", kString, kReq, "Naam van de eenheid, zoals \"Regio Zuid-Kennemerland\"."},
    {"soort", kChoice, kReq, "\"jeugdhulpregio\" of \"gemeente\".", kSoortEenheid},
    {"regio", kId, kOpt, "Alleen bij een gemeente: id van haar jeugdhulpregio (moet bestaan)."},
    {"gemeenten", kStrings, kOpt, "De gemeenten van de regio."},
    {"penvoerder", kString, kOpt, "De gemeente die de middelen ontvangt."},
    {"sjabloon", kChoice, kOpt, "Welk sjabloon de notitie maakt.", kSjabloon},
    {"huisstijl", kString, kOpt, "Naam van een huisstijl onder templates/huisstijl/."},
    {"geadresseerde", kString, kOpt, "Aan wie de notitie gericht is."},
};
constexpr KeySpec kContactKeys[] = {
    {"naam", kString, kOpt, "Naam van de contactpersoon."},
    {"functie", kString, kOpt, "Functie, zoals \"Senior beleidsadviseur jeugd\"."},
    {"email", kString, kOpt, "E-mailadres."},
    {"telefoon", kString, kOpt, "Telefoonnummer."},
};
constexpr KeySpec kInleidingKeys[] = {
    {"periode", kPeriod, kReq, "Kwartaal van de inleiding, zoals \"2024-Q4\"; één per kwartaal."},
    {"tekst", kMarkdown, kReq, "De inleiding, in Markdown."},
};
constexpr KeySpec kKerncijferKeys[] = {
    {"naam", kString, kReq, "Naam van het kerncijfer."},
    {"waarde", kNumber, kReq, "De waarde (geheel getal of decimaal getal)."},
    {"peildatum", kDate, kOpt, "Datum waarop de waarde gold, zoals 2024-10-01."},
    {"toelichting", kString, kOpt, "Toelichting bij het cijfer."},
};
constexpr KeySpec kActieKeys[] = {
    {"naam", kString, kReq, "Naam van de actie."},
    {"status", kChoice, kReq, "gepland, lopend, afgerond, vertraagd of gestopt.", kStatus},
    {"gereed", kPeriod, kOpt, "Kwartaal waarin de actie gereed moet zijn."},
    {"trekker", kString, kOpt, "Wie de actie trekt."},
    {"sinds", kPeriod, kOpt, "Kwartaal waarin de huidige status begon, zoals \"2024-Q4\"."},
};
constexpr KeySpec kVoortgangKeys[] = {
    {"periode", kPeriod, kReq, "Kwartaal, uniek per thema, zoals \"2024-Q4\"."},
    {"stand", kMarkdown, kOpt, "Stand van zaken, in Markdown."},
    {"opgaven", kMarkdown, kOpt, "Ontwikkelingen en opgaven, in Markdown."},
    {"besluitvorming", kMarkdown, kOpt, "Gemeentelijke besluitvorming, in Markdown."},
};
constexpr KeySpec kThemaKeys[] = {
    {"id", kId, kReq, "Unieke code van het thema binnen de eenheid, zoals \"samen-tijdig\"."},
    {"naam", kString, kReq, "Naam van het thema (de ontwikkellijn)."},
    {"actielijnen", kShares, kReq,
     "De landelijke actielijnen: [\"1\", \"4\"] (gelijke delen) of { \"1\" = 0.5, \"5\" = 0.5 } "
     "(gewichten > 0, samen 1)."},
    {"waarom", kMarkdown, kOpt, "Waarom extra inzet, in Markdown."},
    {"resultaat", kMarkdown, kOpt, "Het op te leveren resultaat, in Markdown."},
    {"actie", kTables, kOpt, "Een actie binnen het thema.", {}, &kActieTable},
    {"voortgang", kTables, kOpt, "Het verhaal van één kwartaal.", {}, &kVoortgangTable},
};
constexpr KeySpec kBesluitKeys[] = {
    {"onderwerp", kString, kReq, "Onderwerp van het raadsmoment."},
    {"vorm", kString, kOpt, "Vorm, zoals Brief, Raadsvoorstel of Beeldvormende sessie."},
    {"periode", kPeriod, kReq, "Kwartaal, zoals \"2025-Q1\"."},
    {"tot", kPeriod, kOpt, "Laatste kwartaal bij een periode zoals \"Q1/Q2\"."},
    {"thema", kId, kOpt, "Id van een thema van deze eenheid (moet bestaan)."},
};
constexpr KeySpec kMijlpaalKeys[] = {
    {"naam", kString, kReq, "Wat deze eenheid bereikt heeft."},
    {"periode", kPeriod, kReq, "Kwartaal, zoals \"2021-Q1\"."},
    {"thema", kId, kOpt, "Id van een thema van deze eenheid (moet bestaan)."},
};
constexpr KeySpec kPlanKeys[] = {
    {"eenheid", kTable, kReq, "De rapporterende eenheid.", {}, &kEenheidTable},
    {"contact", kTable, kOpt, "Contactpersoon voor de notitie.", {}, &kContactTable},
    {"inleiding", kTables, kOpt, "Inleiding, hooguit één per kwartaal.", {}, &kInleidingTable},
    {"kerncijfer", kTables, kOpt, "Cijfer dat als tabel wordt getoond.", {}, &kKerncijferTable},
    {"thema", kTables, kOpt, "Thema (ontwikkellijn) van het plan van deze eenheid.", {},
     &kThemaTable},
    {"besluit", kTables, kOpt, "Routekaart: een raadsmoment dat eraan komt.", {}, &kBesluitTable},
    {"mijlpaal", kTables, kOpt, "Mijlpaal die deze eenheid bereikt heeft.", {}, &kMijlpaalTable},
};

// budget.toml

constexpr KeySpec kMiddelenKeys[] = {
    {"bron", kString, kReq, "Bron van de middelen, zoals \"Transformatiefonds\"."},
    {"jaar", kYear, kReq, "Jaar, zoals 2019."},
    {"bedrag", kAmount, kReq, "Bedrag in euro's (>= 0, hooguit twee decimalen)."},
};
constexpr KeySpec kBoekingKeys[] = {
    {"thema", kId, kReq, "Id van een thema in plan.toml."},
    {"periode", kPeriod, kReq, "Kwartaal van de boeking, zoals \"2019-Q3\"."},
    {"bedrag", kSignedAmount, kReq,
     "Bedrag in euro's, hooguit twee decimalen; negatief voor een correctie of een vrijgevallen "
     "verplichting."},
    {"soort", kChoice, kOpt, "\"uitgave\" (betaald, standaard) of \"verplichting\" (aangegaan).",
     kSoortBoeking},
    {"omschrijving", kString, kOpt, "Omschrijving van de boeking."},
};
constexpr KeySpec kKolommenKeys[] = {
    {"datum", kString, kOpt, "Kolom met de boekdatum (of gebruik periode)."},
    {"periode", kString, kOpt, "Kolom met het kwartaal, zoals \"2024-Q3\" (of gebruik datum)."},
    {"bedrag", kString, kReq, "Kolom met het bedrag."},
    {"omschrijving", kString, kOpt, "Kolom met de omschrijving."},
    {"kostenplaats", kString, kOpt, "Kolom met de kostenplaats (of gebruik thema)."},
    {"thema", kString, kOpt, "Kolom met het thema-id (of gebruik kostenplaats)."},
    {"soort", kString, kOpt, "Kolom met de soort (standaard \"uitgave\")."},
};
constexpr KeySpec kImportBoekingenKeys[] = {
    {"bestand", kString, kReq, "Het CSV-bestand in de map van de eenheid, zoals \"boekingen.csv\"."},
    {"scheidingsteken", kChoice, kOpt, "\";\" (standaard), \",\" of \"\\t\".", kScheidingsteken},
    {"decimaalteken", kChoice, kOpt, "\",\" (standaard) of \".\".", kDecimaalteken},
    {"codering", kChoice, kOpt, "\"utf-8\" (standaard) of \"windows-1252\".", kCodering},
    {"datumformaat", kChoice, kOpt, "\"dd-mm-jjjj\" (standaard) of \"jjjj-mm-dd\".",
     kDatumformaat},
    {"kolommen", kTable, kReq, "Welke kolom (naam in de kopregel) welk gegeven bevat.", {},
     &kKolommenTable},
    {"kostenplaatsen", kWords, kOpt, "Kostenplaats -> thema-id."},
    {"soorten", kWords, kOpt, "Waarde in de kolom soort -> \"uitgave\" of \"verplichting\"."},
};
constexpr KeySpec kImportKeys[] = {
    {"boekingen", kTable, kReq, "Boekingen uit een CSV-export van de financiële administratie.",
     {}, &kImportBoekingenTable},
};
constexpr KeySpec kBudgetKeys[] = {
    {"middelen", kTables, kOpt, "Middelen die de eenheid ter beschikking heeft.", {},
     &kMiddelenTable},
    {"begroot", kThemeBudget, kOpt,
     "Begroot: thema-id -> jaar -> bedrag (>= 0), zoals samen-tijdig = { 2019 = 110_000 }."},
    {"boeking", kTables, kOpt, "Uitgave of verplichting, als stroom.", {}, &kBoekingTable},
    {"import", kTable, kOpt, "Gegevens uit andere bestanden.", {}, &kImportTable},
};

}  // namespace

const TableSpec kActielijnTable{"[[actielijn]]", "Landelijke actielijn.", kActielijnKeys};
const TableSpec kIndicatorTable{"[[indicator]]", "Landelijke kernindicator.", kIndicatorKeys};
const TableSpec kProgrammaMijlpaal{"[[mijlpaal]]", "Landelijke mijlpaal.", kProgrammaMijlpaalKeys};
const TableSpec kProgrammaFile{"programma.toml", "Landelijke referentiegegevens.", kProgrammaKeys};

const TableSpec kEenheidTable{"[eenheid]", "De rapporterende eenheid.", kEenheidKeys};
const TableSpec kContactTable{"[contact]", "Contactpersoon.", kContactKeys};
const TableSpec kInleidingTable{"[[inleiding]]", "Inleiding van een kwartaal.", kInleidingKeys};
const TableSpec kKerncijferTable{"[[kerncijfer]]", "Kerncijfer.", kKerncijferKeys};
const TableSpec kActieTable{"[[thema.actie]]", "Actie binnen een thema.", kActieKeys};
const TableSpec kVoortgangTable{"[[thema.voortgang]]", "Voortgang van een kwartaal.",
                                kVoortgangKeys};
const TableSpec kThemaTable{"[[thema]]", "Thema van het plan.", kThemaKeys};
const TableSpec kBesluitTable{"[[besluit]]", "Raadsmoment op de routekaart.", kBesluitKeys};
const TableSpec kMijlpaalTable{"[[mijlpaal]]", "Mijlpaal van de eenheid.", kMijlpaalKeys};
const TableSpec kPlanFile{"plan.toml", "Plan en voortgang van één eenheid.", kPlanKeys};

const TableSpec kMiddelenTable{"[[middelen]]", "Middelen.", kMiddelenKeys};
const TableSpec kBoekingTable{"[[boeking]]", "Boeking.", kBoekingKeys};
const TableSpec kKolommenTable{"kolommen", "Kolommen van de CSV-export.", kKolommenKeys};
const TableSpec kImportBoekingenTable{"[import.boekingen]", "Boekingen uit een CSV-export.",
                                      kImportBoekingenKeys};
const TableSpec kImportTable{"[import]", "Gegevens uit andere bestanden.", kImportKeys};
const TableSpec kBudgetFile{"budget.toml", "Middelen, begroting en boekingen van één eenheid.",
                            kBudgetKeys};

const KeySpec* FindKey(const TableSpec& table, std::string_view name) {
  for (const KeySpec& k : table.keys) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

}  // namespace voortgang
