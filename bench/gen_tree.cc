// Writes a valid national-scale inputs tree (42 regions, 342 gemeenten, >100 MB) for benchmarks.
//
// Usage: gen_tree OUT_DIR [--seed N] [--regions 42] [--gemeenten 342] [--csv]
// --csv writes each unit's bookings into boekingen.csv as a Dutch Windows ledger exports them
// (semicolons, decimal commas, Windows-1252, CRLF, 31-12-2024 dates), described by
// [import.boekingen] in budget.toml; the figures are those of the same seed without --csv.
// The same seed gives the same bytes on every platform: no std:: distributions, no clock.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

// SplitMix64: std::uniform_int_distribution differs between standard libraries.
struct Rng {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int64_t Between(int64_t lo, int64_t hi) {  // inclusive
    return lo + static_cast<int64_t>(Next() % static_cast<uint64_t>(hi - lo + 1));
  }
  bool Chance(int percent) { return Between(0, 99) < percent; }
  template <typename T, size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Between(0, N - 1)];
  }
  /// `k` distinct indices out of [0, n), in random order.
  std::vector<int> Sample(int n, int k) {
    std::vector<int> all(n);
    for (int i = 0; i < n; ++i) all[i] = i;
    for (int i = 0; i < k; ++i) std::swap(all[i], all[Between(i, n - 1)]);
    all.resize(k);
    return all;
  }
};

// The seven actielijnen, named as in inputs/programma.toml.
constexpr const char* kActielijnIds[] = {"1", "2", "3", "4", "5", "6", "R"};
constexpr const char* kActielijnNamen[] = {
    "Betere toegang tot jeugdhulp voor kinderen en gezinnen",
    "Meer kinderen zo thuis mogelijk laten opgroeien",
    "Alle kinderen de kans bieden om zich optimaal te ontwikkelen",
    "Kwetsbare jongeren beter op weg helpen zelfstandig te worden",
    "Jeugdigen beter beschermen als hun ontwikkeling gevaar loopt",
    "Investeren in vakmanschap",
    "Randvoorwaarden: jeugdhulp dichtbij het kind"};

// ---- Word lists: enough variety that no two fields are the same --------------------------

struct Subject {
  const char* text;
  bool plural;
};
constexpr Subject kSubjects[] = {
    {"De regio", false},
    {"Het wijkteam", false},
    {"De werkgroep jeugd", false},
    {"De jeugdhulpaanbieders", true},
    {"Het samenwerkingsverband passend onderwijs", false},
    {"De gemeenten", true},
    {"Het CJG", false},
    {"Het regionaal expertteam", false},
    {"De stuurgroep", false},
    {"De huisartsen", true},
    {"De praktijkondersteuners jeugd", true},
    {"De projectleider", false},
    {"Het college", false},
    {"De cliëntenraad", false},
    {"De scholen", true},
    {"De gecertificeerde instellingen", true},
    {"Het jongerenpanel", false},
    {"De GGD", false},
    {"De leerplichtambtenaren", true},
    {"Het regionaal inkoopbureau", false},
};
constexpr const char* kObjects[] = {
    "de werkwijze voor vroegsignalering",
    "het plan van aanpak",
    "de inkoop van specialistische jeugdhulp",
    "de samenwerking met het onderwijs",
    "de wachtlijsten in de jeugd-ggz",
    "het aantal thuiszitters",
    "de overgang van 18- naar 18+",
    "de pilot Buurtgezinnen",
    "de cliëntervaringen",
    "de doorlooptijden in de toegang",
    "de monitor jeugdhulp",
    "de praktijkondersteuner jeugd bij de huisarts",
    "de gezinshuizen in de regio",
    "de werving van pleegouders",
    "de coördinatie van zorg rond het gezin",
    "het convenant met de zorgverzekeraar",
    "de ketenaanpak huiselijk geweld",
    "de afbouw van gesloten plaatsingen",
    "de inzet van ervaringsdeskundigen",
    "het toekomstplan voor jongeren",
    "de scholing van jeugdprofessionals",
    "de regionale leertafel",
    "de verantwoording over de middelen",
    "de bekostiging van zorg in onderwijstijd",
    "het scheidingsloket",
    "de inzet van JIM-mentoren",
    "het dashboard met kerncijfers",
    "de afspraken over beschikbaarheid van crisisplekken",
    "de gezamenlijke visie op preventie",
    "de administratieve lasten voor aanbieders",
    "de geïntegreerde aanpak voor multiprobleemgezinnen",
    "de evaluatie van het transformatieplan",
};
constexpr const char* kAdverbials[] = {
    "in het afgelopen kwartaal verder",
    "samen met de scholen",
    "in nauwe samenwerking met aanbieders",
    "op basis van de tussentijdse evaluatie",
    "volgens planning",
    "met enige vertraging",
    "in alle gemeenten van de regio",
    "binnen de beschikbare middelen",
    "na overleg met de cliëntenraad",
    "met steun van het landelijk programma",
    "in twee werksessies",
    "voor het eerst ook in de kleinere kernen",
    "zorgvuldig",
    "opnieuw",
};
constexpr const char* kParticiples[] = {
    "uitgewerkt",     "besproken",     "geëvalueerd",  "vastgesteld", "verbeterd",
    "voorbereid",     "afgerond",      "opgestart",    "uitgebreid",  "onderzocht",
    "geïntroduceerd", "gecoördineerd", "aangescherpt", "herijkt",     "geborgd",
};
constexpr const char* kConnectors[] = {
    "Daarnaast",      "Ook",   "Inmiddels", "Vervolgens", "In dezelfde periode",
    "Tegelijkertijd", "Verder"};
constexpr const char* kPredicates[] = {
    "verder is afgenomen",         "licht is gestegen",           "nog onvoldoende zicht geeft",
    "aandacht blijft vragen",      "stabiel is gebleven",         "beter aansluit bij de praktijk",
    "sneller tot resultaat leidt", "meer tijd kost dan verwacht",
};
constexpr const char* kTerms[] = {"het komende kwartaal", "de eerste helft van 2025", "het najaar",
                                  "de volgende rapportage", "2025"};
constexpr const char* kListIntros[] = {
    "Aandachtspunten voor de komende periode:", "De belangrijkste resultaten:",
    "Wat nog moet gebeuren:", "In deze periode is gewerkt aan:"};
constexpr const char* kLinkTexts[] = {"de regionale monitor", "het jaarverslag", "de evaluatie",
                                      "het raadsvoorstel", "de factsheet"};

struct IndicatorSpec {
  const char* id;
  const char* naam;
  const char* actielijn;
  bool percent;
  bool higher_is_better;
  const char* bron;
};
constexpr IndicatorSpec kIndicators[] = {
    {"verblijf-aandeel", "Jeugdhulp met verblijf, % van totale jeugdhulp", "2", true, false,
     "CBS beleidsinformatie jeugd"},
    {"client-snel-geholpen", "Cliënt vindt dat hij/zij snel wordt geholpen", "1", true, true,
     "Cliëntervaringsonderzoeken, bewerkt door NJi"},
    {"langdurige-thuiszitters", "Aantal langdurige thuiszitters (> 3 maanden)", "3", false, false,
     "DUO en Ingrado"},
    {"verlengde-jeugdhulp", "Jongeren met verlengde jeugdhulp na hun 18e", "4", false, true,
     "CBS beleidsinformatie jeugd"},
    {"uithuisplaatsing-ots", "% uithuisplaatsingen bij ondertoezichtstelling", "5", true, false,
     "CBS beleidsinformatie jeugd"},
    {"professionals-tevreden", "Jeugdprofessionals zijn (zeer) tevreden over hun werk", "6", true,
     true, "CBS Arbeidsmarkt in Zorg en Welzijn"},
    {"wachttijd-weken", "Gemiddelde wachttijd specialistische jeugdhulp in weken", "R", false,
     false, "Regionale monitors"},
};

struct ThemeSpec {
  const char* id;
  const char* naam;
};
constexpr ThemeSpec kThemes[] = {
    {"samen-tijdig", "Samen tijdig bepalen en inzetten wat nodig is"},
    {"onderwijs-jeugdhulp", "Onderwijs en jeugdhulp werken samen"},
    {"thuis-opgroeien", "Kinderen groeien zo thuis mogelijk op"},
    {"preventie", "Preventie en vroegsignalering"},
    {"toegang", "Een heldere en bereikbare toegang"},
    {"poh-jeugd", "Praktijkondersteuner jeugd bij de huisarts"},
    {"achttien-plus", "Soepele overgang van 18- naar 18+"},
    {"pleegzorg", "Pleegzorg en gezinshuizen versterken"},
    {"complexe-zorg", "Passende hulp bij complexe problematiek"},
    {"scheiding", "Kinderen uit de knel bij scheiding"},
    {"vakmanschap", "Investeren in vakmanschap van professionals"},
    {"lerend-stelsel", "Leren en verbeteren met data"},
    {"wachttijden", "Wachttijden terugdringen"},
    {"thuiszitters", "Geen kind thuis zonder passend onderwijs"},
    {"inkoop", "Regionale inkoop en contractering"},
    {"veilig-thuis", "Veilig opgroeien: aanpak huiselijk geweld"},
    {"ervaringsdeskundigheid", "Jongeren en ouders aan tafel"},
    {"gesloten-jeugdzorg", "Afbouw van gesloten jeugdzorg"},
    {"wijkteams", "Sterke wijkteams"},
    {"crisis", "Crisissituaties snel en goed opvangen"},
};
constexpr const char* kActieNamen[] = {
    "Training en coaching on the job bij jeugdhulppartners",
    "Uitbreiden van de pool procesbegeleiders",
    "Jouw Ingebrachte Mentor (JIM)",
    "Pilot praktijkondersteuner jeugd in drie huisartsenpraktijken",
    "Regionale leertafel wachttijden",
    "Flexibele onderwijszorgarrangementen",
    "Werving en selectie van pleegouders",
    "Gezinshuizen: ambassadeursnetwerk",
    "Toekomstplan voor alle jongeren van 16 jaar en ouder",
    "Scheidingsloket en ouderschapsbemiddeling",
    "Dashboard kerncijfers jeugd",
    "Gezamenlijke inkoop specialistische jeugdhulp",
    "Ontwikkelen van een crisisbed-regeling",
    "Inzet van ervaringsdeskundigen in de toegang",
    "Scholingsprogramma jeugdprofessionals",
    "Schrapsessies administratieve lasten",
    "Aanpak thuiszitters met doorzettingsmacht",
    "Kleinschalige woonvoorziening voor jongeren",
    "Versterken basisfuncties wijkteams",
    "Evaluatie en borging",
};
constexpr const char* kStatussen[] = {"gepland", "lopend", "afgerond", "vertraagd", "gestopt"};
constexpr const char* kTrekkers[] = {"CJG",
                                     "Gemeente",
                                     "Samenwerkingsverband PO",
                                     "Jeugdhulpaanbieders",
                                     "GGD",
                                     "Veilig Thuis",
                                     "Regionaal expertteam",
                                     "Huisartsencoöperatie",
                                     "Pleegzorgaanbieder",
                                     "Jongerenpanel"};
constexpr const char* kRegionNames[] = {"Groningen",
                                        "Friesland",
                                        "Drenthe",
                                        "IJssel-Vecht",
                                        "Twente",
                                        "Achterhoek",
                                        "Noord-Veluwe",
                                        "Centraal Gelderland",
                                        "Foodvalley",
                                        "Rivierenland",
                                        "Rijk van Nijmegen",
                                        "Midden-IJssel Oost-Veluwe",
                                        "Flevoland",
                                        "Utrecht Stad",
                                        "Lekstroom",
                                        "Utrecht West",
                                        "Zuidoost-Utrecht",
                                        "Amersfoort",
                                        "Gooi en Vechtstreek",
                                        "Kop van Noord-Holland",
                                        "Alkmaar",
                                        "West-Friesland",
                                        "Zaanstreek-Waterland",
                                        "Amsterdam-Amstelland",
                                        "IJmond",
                                        "Zuid-Kennemerland",
                                        "Holland Rijnland",
                                        "Haaglanden",
                                        "Midden-Holland",
                                        "Rijnmond",
                                        "Zuid-Holland Zuid",
                                        "Zeeland",
                                        "West-Brabant West",
                                        "West-Brabant Oost",
                                        "Hart van Brabant",
                                        "Noordoost-Brabant",
                                        "Zuidoost-Brabant",
                                        "Noord-Limburg",
                                        "Midden-Limburg",
                                        "Zuid-Limburg",
                                        "Hollands Midden",
                                        "Drechtsteden"};
constexpr const char* kStems[] = {"Aal",  "Bee", "Berg", "Bos",  "Brum", "Dal",  "Dier", "Dron",
                                  "Eem",  "Gel", "Goe",  "Haar", "Heer", "Hel",  "Hoog", "Hoorn",
                                  "Kam",  "Lee", "Lin",  "Mep",  "Mid",  "Nij",  "Oos",  "Put",
                                  "Rijs", "Ros", "Sche", "Sta",  "Ter",  "Vaal", "Veen", "Wad",
                                  "Wer",  "Zee", "Zwol", "Ens",  "Olde", "Lo"};
constexpr const char* kEndings[] = {"dam",  "dijk", "veen", "wold", "horst",  "broek", "hoven",
                                    "meer", "sel",  "lo",   "beek", "drecht", "burg",  "wijk",
                                    "zand", "rade", "hem",  "sum",  "ingen",  "endaal"};
constexpr const char* kVoornamen[] = {"Esther", "Mark",   "Fatima", "Jeroen", "Anouk", "Mehmet",
                                      "Sanne",  "Pieter", "Noor",   "Bram",   "Ilse",  "Rachid"};
constexpr const char* kAchternamen[] = {"de Vries", "Jansen",   "Bakker",   "Visser",   "Smit",
                                        "Meijer",   "de Boer",  "Mulder",   "Bos",      "Vos",
                                        "Yilmaz",   "van Dijk", "Hendriks", "El Amrani"};
constexpr const char* kKerncijfers[] = {"Openstaande trajecten basis jeugdhulp",
                                        "Jeugdigen met jeugdhulp",
                                        "Langdurige thuiszitters",
                                        "Wachtenden specialistische jeugd-ggz",
                                        "Kinderen in pleegzorg",
                                        "Gemiddelde wachttijd in weken",
                                        "Jongeren met een toekomstplan",
                                        "Meldingen bij Veilig Thuis"};
constexpr const char* kVormen[] = {"Brief", "Raadsvoorstel", "Beeldvormende sessie",
                                   "Raadsinformatiebrief", "Collegebesluit"};
constexpr const char* kBookingWhat[] = {
    "Training",  "Inhuur projectleider", "Subsidie", "Licentie",
    "Onderzoek", "Bijeenkomst",          "Opdracht", "Detachering",
    "Evaluatie", "Communicatiemateriaal"};
constexpr const char* kBookingTopic[] = {
    "vroegsignalering", "pleegzorg",    "JIM-aanpak",  "gezinshuizen",    "POH jeugd",
    "expertteam",       "thuiszitters", "ketenaanpak", "scheidingsloket", "jongerenpanel"};
constexpr const char* kBookingDetail[] = {"twee groepen",   "eerste tranche", "tweede tranche",
                                          "slotbetaling",   "voorschot",      "derde kwartaal",
                                          "regionaal deel", "drie sessies"};
constexpr const char* kMiddelenBronnen[] = {"Transformatiefonds", "Rijksbijdrage Hervormingsagenda",
                                            "Eigen middelen", "Regionale bijdrage"};

// Quarters 2023-Q1 .. 2024-Q4 are indices 0..7; later indices are plans for 2025 and on.
constexpr int kQuarters = 8;
std::string PeriodText(int index) {
  return std::to_string(2023 + index / 4) + "-Q" + std::to_string(index % 4 + 1);
}

std::string Slug(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string Padded(int n, int width) {
  std::string s = std::to_string(n);
  return std::string(width > static_cast<int>(s.size()) ? width - s.size() : 0, '0') + s;
}

std::string LowerFirst(std::string s) {
  if (s.rfind("De ", 0) == 0 || s.rfind("Het ", 0) == 0) s[0] = static_cast<char>(s[0] + 32);
  return s;
}

std::string UpperFirst(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s;
}

// ---- Text --------------------------------------------------------------------------------

std::string Object(Rng& rng) {
  std::string o = rng.Pick(kObjects);
  if (rng.Chance(6)) return "**" + o + "**";
  if (rng.Chance(5)) return "*" + o + "*";
  return o;
}

std::string Sentence(Rng& rng) {
  const Subject& s = rng.Pick(kSubjects);
  std::string aux = s.plural ? "hebben" : "heeft";
  switch (rng.Between(0, 5)) {
    case 0:
    case 1:
      return std::string(s.text) + " " + aux + " " + Object(rng) + " " + rng.Pick(kAdverbials) +
             " " + rng.Pick(kParticiples) + ".";
    case 2:
      return std::string(rng.Pick(kConnectors)) + " " + aux + " " + LowerFirst(s.text) + " " +
             Object(rng) + " " + rng.Pick(kAdverbials) + " " + rng.Pick(kParticiples) + ".";
    case 3:
      return "Uit de cijfers blijkt dat " + Object(rng) + " " + rng.Pick(kPredicates) + ".";
    case 4:
      return "In totaal zijn " + std::to_string(rng.Between(12, 2400)) + " jeugdigen " +
             rng.Pick(kAdverbials) + " geholpen.";
    default:
      return "Voor " + std::string(rng.Pick(kTerms)) + " staat " + Object(rng) +
             " op de agenda van " + LowerFirst(s.text) + ".";
  }
}

std::string Paragraph(Rng& rng, int min_sentences, int max_sentences) {
  std::string p;
  int n = static_cast<int>(rng.Between(min_sentences, max_sentences));
  for (int i = 0; i < n; ++i) p += (i ? " " : "") + Sentence(rng);
  return p;
}

std::string BulletList(Rng& rng) {
  std::string list = std::string(rng.Pick(kListIntros)) + "\n";
  for (int i : rng.Sample(std::size(kObjects), static_cast<int>(rng.Between(2, 5)))) {
    list += "\n- " + UpperFirst(kObjects[i]) + (rng.Chance(40) ? ": " + Sentence(rng) : "");
  }
  return list;
}

/// Several paragraphs of CommonMark with the occasional list and link; `site` names the unit.
std::string Markdown(Rng& rng, int min_paragraphs, int max_paragraphs, const std::string& site) {
  std::string md;
  int n = static_cast<int>(rng.Between(min_paragraphs, max_paragraphs));
  for (int i = 0; i < n; ++i) {
    if (i) md += "\n\n";
    md += (i > 0 && rng.Chance(25)) ? BulletList(rng) : Paragraph(rng, 3, 6);
  }
  if (rng.Chance(20)) {
    md += "\n\nMeer informatie staat in [" + std::string(rng.Pick(kLinkTexts)) + "](https://www." +
          site + ".nl/jeugd/" + Slug(rng.Pick(kLinkTexts)) + "-" +
          std::to_string(rng.Between(2019, 2024)) + ").";
  }
  return md;
}

// ---- TOML writing ------------------------------------------------------------------------

// Generated text has no quotes or backslashes, but names might one day.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

void Str(std::string& out, const char* key, std::string_view value) {
  out += key;
  out += " = " + Quote(value) + "\n";
}

void Text(std::string& out, const char* key, const std::string& markdown) {
  out += key;
  out += " = \"\"\"\n" + markdown + "\n\"\"\"\n";
}

/// Amounts as users write them: whole euros as integers (sometimes with `_`), cents as floats.
std::string Amount(Rng& rng, int64_t cents) {
  bool negative = cents < 0;
  uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(cents) : cents;
  std::string euros = std::to_string(magnitude / 100);
  if (rng.Chance(60)) {
    for (int i = static_cast<int>(euros.size()) - 3; i > 0; i -= 3) euros.insert(i, "_");
  }
  std::string out = (negative ? "-" : "") + euros;
  if (magnitude % 100 != 0) out += "." + Padded(magnitude % 100, 2);
  return out;
}

// ---- programma.toml ----------------------------------------------------------------------

std::string Programma(Rng& rng) {
  std::string out = "# Generated by bench/gen_tree: national reference data.\n\n";
  Str(out, "naam", "Zorg voor de Jeugd");
  for (size_t a = 0; a < std::size(kActielijnIds); ++a) {
    out += "\n[[actielijn]]\n";
    Str(out, "id", kActielijnIds[a]);
    Str(out, "naam", kActielijnNamen[a]);
    out += "subdoelen = [\n";
    for (int i = 0, n = rng.Between(2, 5); i < n; ++i) out += "  " + Quote(Sentence(rng)) + ",\n";
    out += "]\n";
  }
  for (const IndicatorSpec& ind : kIndicators) {
    out += "\n[[indicator]]\n";
    Str(out, "id", ind.id);
    Str(out, "naam", ind.naam);
    Str(out, "actielijn", ind.actielijn);
    Str(out, "eenheid", ind.percent ? "%" : "aantal");
    Str(out, "beter", ind.higher_is_better ? "hoger" : "lager");
    Str(out, "bron", ind.bron);
    out += "waarden = { ";
    int64_t tenths = ind.percent ? rng.Between(50, 800) : rng.Between(1000, 9000) * 10;
    for (int year = 2016; year <= 2023; ++year) {
      tenths = std::max<int64_t>(10, tenths + rng.Between(-tenths / 12, tenths / 12));
      std::string value = ind.percent
                              ? std::to_string(tenths / 10) + "." + std::to_string(tenths % 10)
                              : std::to_string(tenths / 10);
      out += (year > 2016 ? ", " : "") + std::to_string(year) + " = " + value;
    }
    out += " }\n";
  }
  for (int i = 0; i < 24; ++i) {
    out += "\n[[mijlpaal]]\n";
    Str(out, "naam", UpperFirst(rng.Pick(kObjects)) + " " + rng.Pick(kParticiples));
    out += "actielijnen = [";
    for (int a : rng.Sample(std::size(kActielijnIds), static_cast<int>(rng.Between(1, 2)))) {
      out += std::string(out.back() == '[' ? "" : ", ") + Quote(kActielijnIds[a]);
    }
    out += "]\n";
    Str(out, "periode",
        std::to_string(rng.Between(2018, 2024)) + "-Q" + std::to_string(rng.Between(1, 4)));
  }
  return out;
}

// ---- Units -------------------------------------------------------------------------------

struct UnitSpec {
  std::string id;
  std::string naam;  ///< place name without "Regio"/"Gemeente"
  bool region = false;
  std::string regio_id;                ///< gemeente only
  std::vector<std::string> gemeenten;  ///< region: its gemeenten; gemeente: itself
};

struct ThemePlan {
  std::string id;
};

std::string Actielijnen(Rng& rng) {
  // Weights as decimals that sum to exactly 1, as the validator checks exactly.
  static const std::vector<std::vector<const char*>> kWeightSets = {
      {"0.5", "0.5"}, {"0.6", "0.4"}, {"0.25", "0.75"}, {"0.2", "0.3", "0.5"},
      {"0.7", "0.3"}, {"0.1", "0.9"}, {"0.35", "0.65"}, {"0.4", "0.3", "0.3"}};
  if (rng.Chance(70)) {
    std::vector<int> picked = rng.Sample(std::size(kActielijnIds), rng.Between(1, 3));
    std::sort(picked.begin(), picked.end());
    std::string out = "actielijnen = [";
    for (size_t i = 0; i < picked.size(); ++i) {
      out += (i ? ", " : "") + Quote(kActielijnIds[picked[i]]);
    }
    return out + "]\n";
  }
  const auto& weights = kWeightSets[rng.Between(0, kWeightSets.size() - 1)];
  std::vector<int> picked = rng.Sample(std::size(kActielijnIds), weights.size());
  std::string out = "actielijnen = { ";
  for (size_t i = 0; i < picked.size(); ++i) {
    out += (i ? ", " : "") + Quote(kActielijnIds[picked[i]]) + " = " + weights[i];
  }
  return out + " }\n";
}

void AppendTheme(Rng& rng, const ThemeSpec& theme, const std::string& site, std::string& out) {
  out += "\n[[thema]]\n";
  Str(out, "id", theme.id);
  Str(out, "naam", theme.naam);
  out += Actielijnen(rng);
  Text(out, "waarom", Markdown(rng, 1, 3, site));
  Text(out, "resultaat", BulletList(rng));
  for (int i : rng.Sample(std::size(kActieNamen), rng.Between(3, 8))) {
    out += "\n  [[thema.actie]]\n  ";
    Str(out, "naam", kActieNamen[i]);
    out += "  ";
    Str(out, "status", rng.Pick(kStatussen));
    if (rng.Chance(50)) out += "  gereed = " + Quote(PeriodText(rng.Between(0, 15))) + "\n";
    if (rng.Chance(60)) out += "  trekker = " + Quote(rng.Pick(kTrekkers)) + "\n";
  }
  for (int q = 0; q < kQuarters; ++q) {
    out += "\n  [[thema.voortgang]]\n";
    Str(out, "periode", PeriodText(q));
    Text(out, "stand", Markdown(rng, 3, 6, site));
    Text(out, "opgaven", Markdown(rng, 3, 6, site));
    Text(out, "besluitvorming", Markdown(rng, 2, 4, site));
  }
}

void AppendEenheid(Rng& rng, const UnitSpec& unit, std::string& out) {
  out += "[eenheid]\n";
  Str(out, "naam", (unit.region ? "Regio " : "Gemeente ") + unit.naam);
  Str(out, "soort", unit.region ? "jeugdhulpregio" : "gemeente");
  if (!unit.region) Str(out, "regio", unit.regio_id);
  out += "gemeenten = [";
  for (size_t i = 0; i < unit.gemeenten.size(); ++i) {
    out += (i ? ", " : "") + Quote(unit.gemeenten[i]);
  }
  out += "]\n";
  Str(out, "penvoerder", unit.gemeenten.front());
  if (rng.Chance(50)) Str(out, "sjabloon", "voortgangsnotitie");
  Str(out, "geadresseerde",
      unit.gemeenten.size() > 1
          ? "De gemeenteraden van de " + std::to_string(unit.gemeenten.size()) + " gemeenten in " +
                unit.naam
          : "De gemeenteraad van " + unit.naam);
  std::string voornaam = rng.Pick(kVoornamen), achternaam = rng.Pick(kAchternamen);
  out += "\n[contact]\n";
  Str(out, "naam", voornaam + " " + achternaam);
  Str(out, "functie", "Beleidsadviseur jeugd");
  Str(out, "email", Slug(voornaam) + "." + Slug(achternaam) + "@" + Slug(unit.naam) + ".nl");
  Str(out, "telefoon", "06-" + Padded(rng.Between(0, 99999999), 8));
}

void AppendFacts(Rng& rng, const std::vector<ThemePlan>& themes, const std::string& site,
                 std::string& out) {
  for (int i : rng.Sample(std::size(kKerncijfers), rng.Between(2, 5))) {
    out += "\n[[kerncijfer]]\n";
    Str(out, "naam", kKerncijfers[i]);
    int64_t value = rng.Between(10, 9000);
    out += "waarde = " +
           (rng.Chance(25) ? std::to_string(value / 10) + "." + std::to_string(value % 10)
                           : std::to_string(value)) +
           "\n";
    out += "peildatum = 2024-" + Padded(rng.Between(1, 12), 2) + "-01\n";
    Str(out, "toelichting", Sentence(rng));
  }
  for (int i = 0, n = rng.Between(3, 6); i < n; ++i) {
    int start = rng.Between(6, 11);  // 2024-Q3 .. 2025-Q4
    out += "\n[[besluit]]\n";
    Str(out, "onderwerp", UpperFirst(rng.Pick(kObjects)));
    Str(out, "vorm", rng.Pick(kVormen));
    Str(out, "periode", PeriodText(start));
    if (rng.Chance(30)) Str(out, "tot", PeriodText(start + 1));
    if (rng.Chance(60)) Str(out, "thema", themes[rng.Between(0, themes.size() - 1)].id);
  }
  for (int i = 0, n = rng.Between(1, 3); i < n; ++i) {
    out += "\n[[mijlpaal]]\n";
    Str(out, "naam", UpperFirst(rng.Pick(kObjects)) + " " + rng.Pick(kParticiples));
    Str(out, "periode", PeriodText(rng.Between(0, kQuarters - 1)));
    if (rng.Chance(50)) Str(out, "thema", themes[rng.Between(0, themes.size() - 1)].id);
  }
}

std::string Plan(Rng& rng, const UnitSpec& unit, std::vector<ThemePlan>* themes) {
  std::string site = Slug(unit.naam);
  std::string out = "# Generated by bench/gen_tree.\n\n";
  AppendEenheid(rng, unit, out);
  for (int q = 0; q < kQuarters; ++q) {
    out += "\n[[inleiding]]\n";
    Str(out, "periode", PeriodText(q));
    Text(out, "tekst", Markdown(rng, 1, 3, site));
  }
  std::vector<int> picked = rng.Sample(std::size(kThemes), rng.Between(5, 9));
  for (int t : picked) themes->push_back({kThemes[t].id});
  AppendFacts(rng, *themes, site, out);  // before the themes: [[thema.*]] must follow its [[thema]]
  for (int t : picked) AppendTheme(rng, kThemes[t], site, out);
  return out;
}

// ---- budget.toml -------------------------------------------------------------------------

constexpr int kFirstYear = 2023, kLastYear = 2025;

struct Booking {
  int period;
  int theme;
  int64_t cents;
  bool verplichting;
  std::string omschrijving;
};

std::string Omschrijving(Rng& rng) {
  std::string s = std::string(rng.Pick(kBookingWhat)) + " " + rng.Pick(kBookingTopic);
  return rng.Chance(50) ? s + ", " + rng.Pick(kBookingDetail) : s;
}

/// Bookings over 2023-Q1..2024-Q4 that spend 55-90% of each theme's 2023-2024 plan.
std::vector<Booking> Bookings(Rng& rng, const std::vector<int64_t>& planned_cents) {
  int n = rng.Between(60, 200), themes = planned_cents.size();
  std::vector<Booking> out;
  while (static_cast<int>(out.size()) < n) {
    int t = rng.Between(0, themes - 1), p = rng.Between(0, kQuarters - 1);
    int64_t average = planned_cents[t] * rng.Between(55, 90) / 100 * themes / n;
    int64_t cents = average * rng.Between(50, 150) / 100 + rng.Between(0, 99);
    int kind = rng.Between(0, 99);
    if (kind < 20 && p < kQuarters - 1 && static_cast<int>(out.size()) + 3 <= n) {
      // A commitment paid later: booked as +x verplichting, then -x verplichting and +x uitgave.
      std::string what = Omschrijving(rng);
      int paid = rng.Between(p + 1, kQuarters - 1);
      out.push_back({p, t, cents, true, "Opdracht " + what});
      out.push_back({paid, t, -cents, true, "Vrijval verplichting " + what});
      out.push_back({paid, t, cents, false, "Betaling " + what});
    } else if (kind < 28) {
      out.push_back({p, t, cents, true, "Opdracht " + Omschrijving(rng)});  // still open
    } else if (kind < 33) {
      out.push_back({p, t, -(cents / 10), false, "Correctie " + Omschrijving(rng)});
    } else {
      out.push_back({p, t, cents, false, Omschrijving(rng)});
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Booking& a, const Booking& b) { return a.period < b.period; });
  return out;
}

/// UTF-8 text as Windows-1252 bytes; the word lists hold only Latin-1 letters.
std::string Windows1252(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if ((c == 0xC2 || c == 0xC3) && i + 1 < utf8.size()) {
      out += static_cast<char>(((c & 0x03) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F));
    } else {
      std::cerr << "gen_tree: a character outside Latin-1 in a booking\n";
      std::exit(1);
    }
  }
  return out;
}

/// "-1.234,56": the amount as a Dutch ledger exports it.
std::string DutchAmount(int64_t cents) {
  bool negative = cents < 0;
  uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(cents) : cents;
  std::string euros = std::to_string(magnitude / 100);
  for (int i = static_cast<int>(euros.size()) - 3; i > 0; i -= 3) euros.insert(i, ".");
  return (negative ? "-" : "") + euros + "," + Padded(magnitude % 100, 2);
}

/// A day in the quarter, "dd-mm-jjjj"; the second half of the bookings on its last day.
std::string DutchDate(int period, int n) {
  std::string p = PeriodText(period);  // "2023-Q1"
  int quarter = p[6] - '0';
  static constexpr const char* kDays[2][4] = {{"15-02", "15-05", "14-08", "13-11"},
                                              {"31-03", "30-06", "30-09", "31-12"}};
  return std::string(kDays[n % 2][quarter - 1]) + "-" + p.substr(0, 4);
}

/// The [import.boekingen] table naming the export, with a kostenplaats per theme.
std::string ImportTable(const std::vector<ThemePlan>& themes) {
  std::string out =
      "\n[import.boekingen]\nbestand = \"boekingen.csv\"\ncodering = \"windows-1252\"\n"
      "kolommen = { datum = \"Boekdatum\", bedrag = \"Bedrag\", omschrijving = \"Omschrijving\", "
      "kostenplaats = \"Kostenplaats\", soort = \"Soort\" }\nsoorten = { \"U\" = \"uitgave\", "
      "\"V\" = \"verplichting\" }\n\n[import.boekingen.kostenplaatsen]\n";
  for (size_t t = 0; t < themes.size(); ++t) {
    out += "\"" + std::to_string(6101 + t) + "\" = " + Quote(themes[t].id) + "\n";
  }
  return out;
}

std::string BudgetFile(Rng& rng, const UnitSpec& unit, const std::vector<ThemePlan>& themes,
                       std::string* csv) {
  std::string out = "# Generated by bench/gen_tree.\n";
  std::vector<int64_t> funds_euros(kLastYear - kFirstYear + 1, 0);
  for (int y = kFirstYear; y <= kLastYear; ++y) {
    for (int i = 0, n = rng.Between(1, 2); i < n; ++i) {
      int64_t cents =
          (unit.region ? rng.Between(800'000, 5'000'000) : rng.Between(150'000, 1'200'000)) * 100 +
          (rng.Chance(20) ? rng.Between(1, 99) : 0);
      funds_euros[y - kFirstYear] += cents / 100;
      out += "\n[[middelen]]\n";
      Str(out, "bron", rng.Pick(kMiddelenBronnen));
      out += "jaar = " + std::to_string(y) + "\nbedrag = " + Amount(rng, cents) + "\n";
    }
  }
  // Most units plan 80-97% of each year's funds; about one in twenty plans too much in 2024.
  bool overprogrammed = rng.Chance(5);
  std::vector<int64_t> weights, planned_2023_2024(themes.size(), 0);
  int64_t weight_sum = 0;
  for (size_t t = 0; t < themes.size(); ++t) weight_sum += weights.emplace_back(rng.Between(1, 10));
  out += "\n[begroot]\n";
  for (size_t t = 0; t < themes.size(); ++t) {
    out += themes[t].id + " = { ";
    for (int y = kFirstYear; y <= kLastYear; ++y) {
      int factor = overprogrammed && y == 2024 ? rng.Between(130, 150) : rng.Between(80, 97);
      int64_t euros = funds_euros[y - kFirstYear] * factor / 100 * weights[t] / weight_sum;
      int64_t cents = euros * 100 - (rng.Chance(10) ? rng.Between(1, 99) : 0);
      if (y <= 2024) planned_2023_2024[t] += cents;
      out += (y > kFirstYear ? ", " : "") + std::to_string(y) + " = " + Amount(rng, cents);
    }
    out += " }\n";
  }
  std::vector<Booking> bookings = Bookings(rng, planned_2023_2024);
  if (csv) {
    // The same draws as below, so that both trees of a seed hold the same figures.
    *csv = "Boekdatum;Grootboek;Kostenplaats;Omschrijving;Soort;Bedrag\r\n";
    for (size_t i = 0; i < bookings.size(); ++i) {
      const Booking& b = bookings[i];
      Amount(rng, b.cents);
      if (!b.verplichting) rng.Chance(50);
      *csv += DutchDate(b.period, i) + ";4300;" + std::to_string(6101 + b.theme) + ";" +
              Windows1252(b.omschrijving) + ";" + (b.verplichting ? "V" : "U") + ";" +
              DutchAmount(b.cents) + "\r\n";
    }
    return out + ImportTable(themes);
  }
  for (const Booking& b : bookings) {
    out += "\n[[boeking]]\n";
    Str(out, "thema", themes[b.theme].id);
    Str(out, "periode", PeriodText(b.period));
    out += "bedrag = " + Amount(rng, b.cents) + "\n";
    if (b.verplichting || rng.Chance(50))
      Str(out, "soort", b.verplichting ? "verplichting" : "uitgave");
    Str(out, "omschrijving", b.omschrijving);
  }
  return out;
}

// ---- The tree ----------------------------------------------------------------------------

std::vector<UnitSpec> Units(Rng& rng, int regions, int gemeenten) {
  std::vector<UnitSpec> units;
  for (int r = 0; r < regions; ++r) {
    std::string name = kRegionNames[r % std::size(kRegionNames)];
    if (r >= static_cast<int>(std::size(kRegionNames))) name += " " + std::to_string(r + 1);
    units.push_back({"regio-" + Slug(name) + "-" + Padded(r + 1, 2), name, true, "", {}});
  }
  std::set<std::string> used;
  for (int g = 0; g < gemeenten; ++g) {
    std::string name;
    do {
      name = std::string(rng.Pick(kStems)) + rng.Pick(kEndings);
      if (rng.Chance(8)) name = (rng.Chance(50) ? "Oud-" : "Nieuw-") + name;
    } while (!used.insert(name).second && used.size() < 2000);
    // The first `regions` gemeenten go one to each region so that no region is empty.
    UnitSpec& region = units[g < regions ? g : rng.Between(0, regions - 1)];
    region.gemeenten.push_back(name);
    units.push_back(
        {"gemeente-" + Slug(name) + "-" + Padded(g + 1, 3), name, false, region.id, {name}});
  }
  for (int r = 0; r < regions; ++r) {
    if (units[r].gemeenten.empty()) units[r].gemeenten.push_back(units[r].naam);
  }
  return units;
}

void WriteFile(const fs::path& path, const std::string& text, uint64_t* total) {
  std::ofstream file(path, std::ios::binary);
  file.write(text.data(), text.size());
  if (!file) {
    std::cerr << "gen_tree: cannot write " << path.string() << "\n";
    std::exit(1);
  }
  *total += text.size();
}

struct Options {
  fs::path out;
  uint64_t seed = 1;
  int regions = 42;
  int gemeenten = 342;
  bool csv = false;
};

bool ParseCount(const char* text, uint64_t max, uint64_t* value) {
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(text, &end, 10);
  if (errno || end == text || *end || text[0] == '-' || v > max) return false;
  *value = v;
  return true;
}

bool ParseArgs(int argc, char** argv, Options* options) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    uint64_t v = 0;
    if ((arg == "--seed" || arg == "--regions" || arg == "--gemeenten") && i + 1 < argc) {
      uint64_t max = arg == "--seed" ? UINT64_MAX : 4000;
      if (!ParseCount(argv[++i], max, &v)) return false;
      if (arg == "--seed") options->seed = v;
      if (arg == "--regions") options->regions = static_cast<int>(v);
      if (arg == "--gemeenten") options->gemeenten = static_cast<int>(v);
    } else if (arg == "--csv") {
      options->csv = true;
    } else if (!arg.empty() && arg[0] != '-' && options->out.empty()) {
      options->out = arg;
    } else {
      return false;
    }
  }
  return !options->out.empty() && options->regions >= 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!ParseArgs(argc, argv, &options)) {
    std::cerr << "usage: gen_tree OUT_DIR [--seed N] [--regions 42] [--gemeenten 342] [--csv]\n"
                 "  regions 1..4000, gemeenten 0..4000; OUT_DIR must be new or empty\n";
    return 2;
  }
  // Never overwrite: anything else in an inputs tree is an error, and the user's files matter.
  std::error_code ec;
  if (fs::exists(options.out) && !fs::is_empty(options.out, ec)) {
    std::cerr << "gen_tree: " << options.out.string() << " exists and is not empty\n";
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  Rng rng{options.seed};
  uint64_t total = 0;
  fs::create_directories(options.out);
  WriteFile(options.out / "programma.toml", Programma(rng), &total);
  std::vector<UnitSpec> units = Units(rng, options.regions, options.gemeenten);
  for (size_t i = 0; i < units.size(); ++i) {
    // One stream per unit, so a unit's files do not change when another unit's text does.
    Rng unit_rng{options.seed * 0x100000001B3ull + i + 1};
    fs::create_directories(options.out / units[i].id);
    std::vector<ThemePlan> themes;
    WriteFile(options.out / units[i].id / "plan.toml", Plan(unit_rng, units[i], &themes), &total);
    std::string csv;
    WriteFile(options.out / units[i].id / "budget.toml",
              BudgetFile(unit_rng, units[i], themes, options.csv ? &csv : nullptr), &total);
    if (options.csv) WriteFile(options.out / units[i].id / "boekingen.csv", csv, &total);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("gen_tree: %zu units, %zu files, %llu bytes (%.1f MB) in %.2f s -> %s\n",
              units.size(), 1 + 2 * units.size(), static_cast<unsigned long long>(total),
              total / 1e6, seconds, options.out.string().c_str());
  return 0;
}
