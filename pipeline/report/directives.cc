// The one table of [[...]] directives, and what the checker, the builders and the reference read
// from it.
#include "pipeline/report/directives.h"

#include "pipeline/report/national_view.h"
#include "pipeline/report/unit_view.h"

namespace voortgang::report {
namespace {

using Blocks = std::vector<doc::Block>;

/// Adapters from the table's one signature to the typed handlers of each document kind.
template <UnitDirective* F>
bool OnUnit(const DirectiveScope& s, const Element& d, Blocks* out, std::string* e) {
  return F(*s.unit, d, s.captions, out, e);
}
template <NationalDirective* F>
bool OnNational(const DirectiveScope& s, const Element& d, Blocks* out, std::string* e) {
  return F(*s.national, d, s.captions, out, e);
}

constexpr Documents kAll = Documents::kAll, kUnit = Documents::kUnit,
                    kNational = Documents::kNational;

}  // namespace

const std::vector<Directive>& AllDirectives() {
  static const std::vector<Directive> table{
      // In every document.
      {"titelblad", "", kAll, common::Titelblad,
       "de titelpagina, met titel, ondertitel, periode, datum, geadresseerde en logo uit de "
       "`@`-regels"},
      {"inhoud", "[:maxniveau] | titel", kAll, common::Inhoud,
       "de inhoudsopgave, met koppen tot en met `maxniveau` (1 tot 3, standaard 2)"},
      {"pagina-einde", "", kAll, common::PaginaEinde, "begint een nieuwe pagina"},
      {"witregel", "[:n]", kAll, common::Witregel, "`n` lege regels (standaard 1)"},

      // The unit documents: voortgangsnotitie and raadsmemo.
      {"memokop", "", kUnit, common::Memokop,
       "de kop van een memo, een regel per `@memokop: Label | Waarde`"},
      {"markdown:inleiding", "", kUnit, OnUnit<unit::MarkdownInleiding>,
       "de inleiding van de eenheid voor deze periode"},
      {"markdown:waarom", ":<thema>", kUnit, OnUnit<unit::MarkdownWaarom>,
       "waarom het thema er is (uit het plan)"},
      {"markdown:resultaat", ":<thema>", kUnit, OnUnit<unit::MarkdownResultaat>,
       "het op te leveren resultaat van het thema (uit het plan)"},
      {"markdown:stand", ":<thema>", kUnit, OnUnit<unit::MarkdownStand>,
       "de stand van zaken van het thema in deze periode"},
      {"markdown:opgaven", ":<thema>", kUnit, OnUnit<unit::MarkdownOpgaven>,
       "de ontwikkelingen en opgaven van het thema in deze periode"},
      {"markdown:besluitvorming", ":<thema>", kUnit, OnUnit<unit::MarkdownBesluitvorming>,
       "de besluitvorming over het thema in deze periode"},
      {"lijst:actielijnen", ":<thema>", kUnit, OnUnit<unit::LijstActielijnen>,
       "de actielijnen waaraan het thema bijdraagt, met hun aandeel als dat niet gelijk is"},
      {"tabel:acties-per-status", "", kUnit, OnUnit<unit::TabelActiesPerStatus>,
       "het aantal acties per status, met het totaal"},
      {"tabel:acties", ":<thema>", kUnit, OnUnit<unit::TabelActies>,
       "de acties van het thema met status, gereed-kwartaal en trekker"},
      {"tabel:geld", ":<thema>", kUnit, OnUnit<unit::TabelGeld>,
       "begroot per jaar, uitgaven, verplichtingen en saldo van het thema"},
      {"tabel:kerncijfers", "", kUnit, OnUnit<unit::TabelKerncijfers>,
       "de kerncijfers met peildatum en toelichting"},
      {"tabel:routekaart", "", kUnit, OnUnit<unit::TabelRoutekaart>,
       "de besluitvorming die nog komt, per kwartaal"},
      {"tabel:mijlpalen", "", kUnit, OnUnit<unit::TabelMijlpalen>,
       "de bereikte mijlpalen met thema en kwartaal"},
      {"tabel:middelen", "", kUnit, OnUnit<unit::TabelMiddelen>,
       "de middelen per bron en jaar, met het totaal"},
      {"tabel:begroting", "", kUnit, OnUnit<unit::TabelBegroting>,
       "begroot per thema en jaar, met wat beschikbaar is en wat nog te programmeren is"},
      {"tabel:realisatie", "", kUnit, OnUnit<unit::TabelRealisatie>,
       "begroot, uitgaven, verplichtingen en saldo per thema"},
      {"tabel:stand", "", kUnit, OnUnit<unit::TabelStand>,
       "de financiële stand: middelen, begroot, uitgaven, verplichtingen en saldo"},
      {"tabel:actielijnen", "", kUnit, OnUnit<unit::TabelActielijnen>,
       "begroot, uitgaven en verplichtingen per actielijn waar geld op staat"},
      {"tabel:kwartaal-acties", ":afgerond|gestart|vertraagd|gestopt|gepland", kUnit,
       OnUnit<unit::TabelKwartaalActies>,
       "de acties waarvan de status in deze periode zo veranderde"},
      {"tabel:kwartaal-mijlpalen", "", kUnit, OnUnit<unit::TabelKwartaalMijlpalen>,
       "de mijlpalen die in deze periode zijn bereikt"},
      {"tabel:kwartaal-besluiten", ":nu|volgend", kUnit, OnUnit<unit::TabelKwartaalBesluiten>,
       "de besluitvorming in deze periode (`nu`) of in de volgende (`volgend`)"},
      {"tabel:kwartaal-geld", ":uitgaven|verplichtingen", kUnit, OnUnit<unit::TabelKwartaalGeld>,
       "per thema het bedrag tot en met de vorige periode, in deze periode en tot en met deze"},
      {"tabel:kwartaal-kerncijfers", "", kUnit, OnUnit<unit::TabelKwartaalKerncijfers>,
       "de kerncijfers naast hun vorige meting, met het verschil"},
      {"grafiek:thema", "", kUnit, OnUnit<unit::GrafiekThema>,
       "begroot en uitgegeven per thema (een zin in plaats van de grafiek als er niets is)"},
      {"grafiek:actielijn", "", kUnit, OnUnit<unit::GrafiekActielijn>,
       "begroot en uitgegeven per actielijn (een zin in plaats van de grafiek als er niets is)"},
      {"grafiek:acties", "", kUnit, OnUnit<unit::GrafiekActies>,
       "het aantal acties per status (een zin in plaats van de grafiek als er geen zijn)"},
      {"grafiek:kwartaal", "", kUnit, OnUnit<unit::GrafiekKwartaal>,
       "de uitgaven per kwartaal als staven, opgeteld als lijn, en het totaal begroot als "
       "stippellijn (een zin in plaats van de grafiek als er niets is uitgegeven)"},

      // The national overview.
      {"tabel:actielijnen", "", kNational, OnNational<national::TabelActielijnen>,
       "per actielijn het aantal eenheden en thema's, begroot, uitgaven en verplichtingen"},
      {"tabel:actielijn-jaren", "", kNational, OnNational<national::TabelActielijnJaren>,
       "begroot per actielijn en jaar"},
      {"tabel:acties", "", kNational, OnNational<national::TabelActies>,
       "het aantal acties per status en actielijn"},
      {"tabel:indicatoren", "", kNational, OnNational<national::TabelIndicatoren>,
       "de kernindicatoren van het programma per jaar"},
      {"tabel:mijlpalen", "", kNational, OnNational<national::TabelMijlpalen>,
       "de mijlpalen van het programma met actielijnen en kwartaal"},
      {"tabel:eenheden", "", kNational, OnNational<national::TabelEenheden>,
       "middelen, uitgaven, verplichtingen en saldo per eenheid"},
      {"tabel:kwartaal-actielijnen", ":uitgaven|verplichtingen", kNational,
       OnNational<national::TabelKwartaalActielijnen>,
       "per actielijn het bedrag tot en met de vorige periode, in deze periode en tot en met "
       "deze"},
      {"tabel:kwartaal-acties", "", kNational, OnNational<national::TabelKwartaalActies>,
       "het aantal acties per nieuwe status in deze periode"},
      {"grafiek:actielijn", "", kNational, OnNational<national::GrafiekActielijn>,
       "begroot en uitgegeven per actielijn (een zin in plaats van de grafiek als er niets is)"},
      {"grafiek:acties", "", kNational, OnNational<national::GrafiekActies>,
       "het aantal acties per status (een zin in plaats van de grafiek als er geen zijn)"},
      {"grafiek:indicatoren", "", kNational, OnNational<national::GrafiekIndicatoren>,
       "een kleine lijngrafiek per kernindicator, met de richting van vooruitgang"},
  };
  return table;
}

namespace {

bool Allowed(const Directive& entry, Documents documents) {
  return entry.documents == Documents::kAll || entry.documents == documents;
}

/// "tabel:stand" -> "tabel"; "titelblad" -> "titelblad".
std::string_view Head(std::string_view name) { return name.substr(0, name.find(':')); }

bool Matches(const Directive& entry, const Element& d) {
  std::string_view head = Head(entry.name);
  if (head != d.name) return false;
  if (head.size() == entry.name.size()) return true;
  return !d.args.empty() && d.args[0] == entry.name.substr(head.size() + 1);
}

}  // namespace

std::set<std::string> DirectiveNames(Documents documents) {
  std::set<std::string> names;
  for (const Directive& entry : AllDirectives())
    if (Allowed(entry, documents)) names.emplace(entry.name);
  return names;
}

bool RunDirective(Documents documents, const DirectiveScope& scope, const Element& d,
                  std::vector<doc::Block>* out, std::string* error) {
  std::string known;
  for (const Directive& entry : AllDirectives()) {
    if (!Allowed(entry, documents)) continue;
    if (Matches(entry, d)) return entry.handler(scope, d, out, error);
    if (Head(entry.name) == d.name) known += (known.empty() ? "" : ", ") + std::string(entry.name);
  }
  *error = known.empty() ? "not a directive of this document"
                         : "not a directive of this document; known: " + known;
  return false;
}

std::string DirectiveReference() {
  struct Group {
    Documents documents;
    const char* title;
  };
  const Group groups[] = {{kAll, "In elk document"},
                          {kUnit, "Voortgangsnotitie en raadsmemo"},
                          {kNational, "Landelijk overzicht"}};
  std::string out;
  for (const Group& g : groups) {
    out += std::string(out.empty() ? "" : "\n") + "**" + g.title + "**\n\n";
    for (const Directive& entry : AllDirectives())
      if (entry.documents == g.documents)
        out += "- `[[" + std::string(entry.name) + std::string(entry.arguments) +
               "]]`: " + std::string(entry.help) + ".\n";
  }
  return out;
}

}  // namespace voortgang::report
