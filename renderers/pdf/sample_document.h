// A realistic Dutch progress note as a document tree, for layout tests, the benchmark and
// looking at pages; texts follow seed 002 (a real voortgangsnotitie).
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/document.h"

namespace voortgang::pdf {

inline doc::Block Para(std::vector<doc::Run> runs) { return {doc::Paragraph{std::move(runs)}}; }
inline doc::Block Para(const std::string& text) { return Para({doc::Text(text)}); }
inline doc::Block Label(const std::string& text) {
  doc::Paragraph p{{doc::Strong(text)}};
  p.align = doc::Align::kLeft;
  p.role = doc::ParagraphRole::kLabel;
  p.keep_with_next = true;
  return {p};
}
inline doc::Block Head(int level, const std::string& number, const std::string& text) {
  return {doc::Heading{level, number, text, "", true}};
}
inline doc::List Bullets(const std::vector<std::string>& items, bool numbered = false) {
  doc::List l;
  l.numbered = numbered;
  for (const std::string& s : items) l.items.push_back(doc::ListItem{{Para(s)}});
  return l;
}

/// "€ 1.234.567" with a no-break space, from whole euros (test data only).
inline std::string Euro(long long euros) {
  std::string digits = std::to_string(euros < 0 ? -euros : euros), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return std::string(euros < 0 ? "-€\u00a0" : "€\u00a0") + out;
}

inline doc::Table BookingsTable(int rows) {
  doc::Table t;
  t.caption = "Tabel 2. Uitgaven en verplichtingen per boeking";
  t.columns = {doc::Column{}, doc::Column{}, doc::Column{}, doc::Column{doc::Align::kRight, true}};
  t.header = doc::Row{{{{doc::Text("Datum")}}, {{doc::Text("Omschrijving")}},
                       {{doc::Text("Thema")}}, {{doc::Text("Bedrag")}}}};
  const char* what[] = {"Inhuur projectleider transformatie", "Subsidie Homestart",
                        "Training netwerkversterkend werken", "Pilot beschikkingsvrije jeugdhulp",
                        "Onderzoek cliëntervaringen", "Bijdrage Thuiszitterspact"};
  const char* theme[] = {"Sociale basis en preventie", "Breed lokaal basisteam",
                         "Onderwijsondersteunende jeugdhulp", "Participatie"};
  long long total = 0;
  for (int i = 0; i < rows; ++i) {
    long long amount = 1250 + (i * 7919) % 48000;
    total += amount;
    std::string date = std::to_string(1 + i % 28) + " " +
                       (i % 3 == 0 ? "maart" : i % 3 == 1 ? "juni" : "oktober") + " 2024";
    t.body.push_back(doc::Row{{{{doc::Text(date)}}, {{doc::Text(what[i % 6])}},
                               {{doc::Text(theme[i % 4])}}, {{doc::Text(Euro(amount) + ",00")}}}});
  }
  t.total = doc::Row{{{{doc::Text("Totaal")}}, {}, {}, {{doc::Text(Euro(total) + ",00")}}}};
  return t;
}

inline doc::Document SampleDocument(int booking_rows = 40) {
  doc::Document d;
  d.metadata.title = "Voortgangsnotitie Transformatie Jeugdhulp";
  d.metadata.author = "Gemeente Groningen";
  d.metadata.subject = "Voortgang Q4 2024";
  d.metadata.keywords = "jeugdhulp, transformatie, voortgang";
  d.metadata.creator = "voortgang test";
  d.metadata.created_unix = 1733788800;
  d.running = {"Gemeente Groningen", "Q4 2024"};
  auto& b = d.blocks;
  b.push_back({doc::TitleBlock{"Voortgangsnotitie Transformatie Jeugdhulp", "Gemeente Groningen",
                               "vierde kwartaal 2024", "10 december 2024",
                               "Aan de gemeenteraad", ""}});
  b.push_back({doc::TableOfContents{}});
  b.push_back({doc::PageBreak{}});
  b.push_back(Head(1, "1", "Inleiding"));
  b.push_back(Para(
      "We willen dat alle jeugdigen de kans krijgen zich positief te ontwikkelen. Dat zij een goede "
      "start kunnen maken in het leven, zodat zij zich kansrijk kunnen ontwikkelen tot personen die "
      "zoveel mogelijk een zelfstandige plek kunnen vinden in de samenleving. Hun ouders/opvoeders, "
      "gezin en andere directe betrokkenen zijn hierbij als eerste van belang. Door steeds meer in "
      "te zetten op het versterken van het normale leven van jeugdigen thuis, in de buurt en op "
      "school zorgen we hier met elkaar voor."));
  b.push_back(Para({doc::Text("Sinds 2015 zijn gemeenten verantwoordelijk voor de inkoop en de "
                              "organisatie van de jeugdhulp. In het "),
                    doc::Link("Koersdocument Inkoop jeugdhulp",
                              "https://gemeenteraad.groningen.nl/Documenten/Collegebrief/"
                              "Koersdocument-visie-inkoop-jeugdhulp-gemeente-Groningen.pdf"),
                    doc::Text(" hebben wij onze visie en ambities geformuleerd. De "),
                    doc::Emphasis("jeugdhulpaanbieders"),
                    doc::Text(" en de cliëntondersteuning spelen daarin een "),
                    doc::Strong("centrale"),
                    doc::Text(" rol. Dit doen we aan de hand van een aantal centrale thema's:")}));
  b.push_back({Bullets({"Investeren in een stevige sociale basis en preventie;",
                        "Versterken van een breed lokaal basisteam;",
                        "Aanvullende integrale ondersteuning in de thuis- en schoolnabije omgeving;",
                        "Onderwijsondersteunende jeugdhulp;",
                        "Netwerksamenwerking voor de meest kwetsbare doelgroepen (HSJ).",
                        "Participatie (van ouders, kinderen en professionals)."},
                       true)});
  doc::Table counts;
  counts.caption = "Tabel 1. Kinderen met individuele ondersteuning";
  counts.columns = {doc::Column{}, doc::Column{doc::Align::kRight, true}};
  counts.header = doc::Row{{{{doc::Text("Vorm")}}, {{doc::Text("Aantal")}}}};
  counts.body = {
      doc::Row{{{{doc::Text("Basis jeugdhulp bij WIJ Groningen: openstaande trajecten op 1 "
                            "oktober 2024")}},
                {{doc::Text("770")}}}},
      doc::Row{{{{doc::Text("Zorg in natura, ingekocht via de RIGG, oktober 2024")}},
                {{doc::Text("2.943")}}}},
      doc::Row{{{{doc::Text("Persoonsgebonden budget (pgb)")}}, {{doc::Text("94")}}}}};
  b.push_back({counts});
  doc::Paragraph note{{doc::Text("Toelichting: zorg in natura betreft de segmenten 3, 4, 5 en 6 "
                                 "uit het schema. Kinderen hebben geregeld ondersteuning uit "
                                 "meerdere segmenten tegelijk.")}};
  note.role = doc::ParagraphRole::kSmall;
  b.push_back({note});

  const char* themes[] = {"Investeren in een stevige sociale basis en preventie",
                          "Versterken van een breed lokaal basisteam",
                          "Aanvullende integrale ondersteuning in de thuis- en schoolnabije "
                          "omgeving",
                          "Onderwijsondersteunende jeugdhulp",
                          "Netwerksamenwerking voor de meest kwetsbare doelgroepen (HSJ)",
                          "Participatie"};
  for (int t = 0; t < 6; ++t) {
    std::string n = std::to_string(t + 2);
    b.push_back(Head(1, n, themes[t]));
    b.push_back(Para(
        "Onze visie is dat we alle kinderen kansrijk, gezond en veilig willen laten opgroeien. We "
        "zorgen ervoor dat we een goede stevige pedagogische sociale basis hebben. Dit betekent dat "
        "we in de wijken en dorpen waar kinderen opgroeien ervoor zorgen dat kinderen prettig "
        "buiten kunnen zijn, spelen, andere kinderen ontmoeten en er sport- of cultuurclubs op "
        "fietsafstand zijn."));
    b.push_back(Head(2, n + ".1", "Stand van zaken"));
    b.push_back({Bullets({"We faciliteren vrijwillige ondersteuning door bijvoorbeeld Humanitas, "
                          "met projecten zoals Homestart, voorleesbrigade en Kind aan Huis;",
                          "We stimuleren onderwijsdeelname vanuit het Thuiszitterspact en zetten "
                          "in op de verbinding onderwijs-jeugdhulp;",
                          "De JIM-aanpak (Jouw Ingebrachte Mentor) is geïmplementeerd."})});
    b.push_back(Head(2, n + ".2", "Ontwikkelingen en opgaven"));
    b.push_back(Para(
        "Om verder te demedicaliseren en te normaliseren is het noodzakelijk om de inzet en "
        "sociale infrastructuur op orde te houden, waar mogelijk te versterken en het gebruik te "
        "stimuleren. Dit vraagt, naast de beschikbaarheid van deze infrastructuur, vooral ook een "
        "andere blik en houding van alle betrokkenen: ouders, kinderen, beleidsmakers en "
        "professionals. Met de toenemende financiële druk op gemeenten is dat een ingewikkelde "
        "opgave. Het gaat immers in de meeste gevallen om niet wettelijk verplichte taken."));
    if (t == 3) {
      doc::Paragraph none{{doc::Text("Voor dit thema is over het vierde kwartaal 2024 geen "
                                     "voortgang aangeleverd.")}};
      none.role = doc::ParagraphRole::kNotice;
      b.push_back({none});
    }
    b.push_back(Head(2, n + ".3", "Besluitvorming"));
    b.push_back(Para({doc::Text("De kaderstelling meerjarig preventie zullen wij in Q1 2025 ter "
                                "instemming aan u voorleggen; zie ook de "),
                      doc::Link("collegebrief", "https://gemeenteraad.groningen.nl/Documenten/"
                                                "Collegebrief/Toekomstgericht-werken.pdf"),
                      doc::Text(". In Q3 2025 volgt het Thuiszitterspact 2025–2029.")}));
  }

  b.push_back(Head(1, "8", "Financiën"));
  b.push_back(Para("Na aftrek van uitgaven en verplichtingen resteert per Q4 2024 een saldo van "
                   "€\u00a0212.480,15. Hieronder de middelen per thema."));
  doc::BarChart chart;
  chart.title = "Figuur 1. Begroot en uitgegeven per thema, 2024";
  for (int t = 0; t < 6; ++t) chart.categories.push_back(themes[t]);
  doc::BarSeries begroot{"Begroot", {}, {}}, uitgaven{"Uitgaven", {}, {}};
  for (int t = 0; t < 6; ++t) {
    long long e1 = 150000 + t * 61234, e2 = 90000 + (t * 45678) % 200000;
    begroot.values.push_back(e1 * 100);
    begroot.display.push_back(Euro(e1));
    uitgaven.values.push_back(e2 * 100);
    uitgaven.display.push_back(Euro(e2));
  }
  chart.series = {begroot, uitgaven};
  chart.axis_divisor = 100000;
  chart.axis_label = "× € 1.000";
  chart.alt_text = "Staafdiagram begroot en uitgegeven per thema";
  b.push_back({chart});
  b.push_back({BookingsTable(booking_rows)});

  b.push_back(Head(1, "9", "Kerncijfers"));
  doc::LineChart lc;
  lc.title = "Figuur 2. Kerncijfers 2019–2024";
  const char* names[] = {"Jongeren met jeugdhulp (%)", "Thuiszitters", "Wachttijd (weken)",
                         "Jeugdbescherming (‰)", "Tevredenheid (rapportcijfer)", "Pgb-houders"};
  for (int k = 0; k < 6; ++k) {
    doc::LinePanel p;
    p.title = names[k];
    p.better = k == 4 ? doc::Better::kUp : k == 5 ? doc::Better::kNeutral : doc::Better::kDown;
    for (int y = 2019; y <= 2024; ++y) {
      long long v = 100 + ((y * 37 + k * 11) % 23) - (y - 2019) * (k % 2 ? 3 : -2);
      p.points.push_back({y, v, std::to_string(v / 10) + "," + std::to_string(v % 10)});
    }
    lc.panels.push_back(p);
  }
  lc.alt_text = "Zes kleine lijngrafieken met kerncijfers per jaar";
  b.push_back({lc});

  b.push_back(Head(1, "10", "Routekaart"));
  doc::Table route;
  route.caption = "Tabel 3. Routekaart besluitvorming";
  route.columns = {doc::Column{}, doc::Column{}, doc::Column{}};
  route.header = doc::Row{{{{doc::Text("Onderwerp")}}, {{doc::Text("Vorm")}},
                           {{doc::Text("Kwartaal")}}}};
  const char* subjects[] = {"Kaderstelling meerjarig preventie", "Verordening Jeugdhulp en Nadere "
                            "Regels", "Thuiszitterspact 2025–2029", "Vervolg NSO+",
                            "Langjarig perspectief Groninger jeugdhulplandschap"};
  for (int i = 0; i < 5; ++i)
    route.body.push_back(doc::Row{{{{doc::Text(subjects[i])}},
                                   {{doc::Text(i % 2 ? "Raadsvoorstel" : "Collegebrief")}},
                                   {{doc::Text("Q" + std::to_string(1 + i % 4) + " 2025")}}}});
  b.push_back({route});
  return d;
}

}  // namespace voortgang::pdf
