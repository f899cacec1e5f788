// The unit documents (voortgangsnotitie, raadsmemo): their vocabulary; check the template,
// render its Mustache layer with the unit's context, assemble the blocks with the directive
// table, fill metadata and the running header.
#include "pipeline/format/dutch.h"
#include "pipeline/report/report.h"
#include "pipeline/report/unit_view.h"

namespace voortgang {

using report::Vocabulary;

const Vocabulary& UnitVocabulary() {
  static const Vocabulary v{
      {// the unit
       "programma", "eenheid", "eenheid_in_zin", "eenheid_id", "is_gemeente", "is_regio",
       "geadresseerde", "geadresseerde_in_zin", "heeft_geadresseerde", "penvoerder", "heeft_penvoerder", "gemeenten",
       "aantal_gemeenten", "periode", "periode_lang", "periode_einde",
       "periode_id", "jaar", "datum", "versie", "heeft_contact", "contact", "contact_naam",
       "contact_functie", "contact_email", "contact_telefoon", "heeft_inleiding",
       "heeft_kerncijfers", "heeft_routekaart", "heeft_mijlpalen",
       // themes
       "aantal_themas", "themas", "id", "naam", "nummer", "actielijnen",
       "enkele_actielijn", "heeft_waarom", "heeft_resultaat", "heeft_voortgang", "heeft_stand",
       "heeft_opgaven", "heeft_besluitvorming", "aantal_acties", "heeft_besluiten",
       "heeft_geld", "begroot", "heeft_begroot", "heeft_themas", "heeft_middelen", "themas_zonder_voortgang",
       "aantal_zonder_voortgang",
       "heeft_themas_zonder_voortgang", "sep",
       // actions
       "acties_gepland", "acties_lopend", "acties_afgerond", "acties_vertraagd", "acties_gestopt",
       "acties_per_status", "status", "status_klein", "aantal", "acties_totaal", "heeft_acties",
       // money
       "heeft_budget", "bronnen", "middelen", "middelen_per_jaar", "bedrag", "middelen_jaren",
       "meer_jaren", "gelijke_tranches", "tranches", "tranche",
       "begroot_totaal", "begroot_jaren", "nog_te_programmeren", "heeft_nog_te_programmeren",
       "overprogrammering", "overprogrammering_jaar", "overprogrammering_bedrag",
       "volledig_geprogrammeerd", "uitgaven", "verplichtingen", "heeft_uitgaven",
       "heeft_verplichtingen", "besteed", "bestedingspercentage", "saldo", "saldo_negatief",
       "tekort",
       // the quarter (changes.md)
       "kwartaal", "vorige_kwartaal", "vorige_periode_lang", "volgend_kwartaal_lang",
       "kwartaal_uitgaven", "kwartaal_verplichtingen", "kwartaal_verplichtingen_negatief",
       "kwartaal_vrijgevallen", "kwartaal_geboekt", "kwartaal_acties_zin", "kwartaal_groepen",
       "groep", "kop", "werkwoord", "heeft_kwartaal_mijlpalen", "heeft_kwartaal_besluiten",
       "heeft_volgend_kwartaal_besluiten", "heeft_uitgaven_per_kwartaal"},
      report::DirectiveNames(report::Documents::kUnit),
      {"titel", "ondertitel", "periode", "datum", "geadresseerde", "onderwerp", "trefwoorden",
       "auteur", "koptekst", "koptekst_periode", "tabellabel", "figuurlabel", "memokop", "logo"},
      {{"id", {"themas"}},
       {"naam", {"themas", "themas_zonder_voortgang"}},
       {"nummer", {"themas"}},
       {"actielijnen", {"themas"}},
       {"enkele_actielijn", {"themas"}},
       {"heeft_waarom", {"themas"}},
       {"heeft_resultaat", {"themas"}},
       {"heeft_voortgang", {"themas"}},
       {"heeft_stand", {"themas"}},
       {"heeft_opgaven", {"themas"}},
       {"heeft_besluitvorming", {"themas"}},
       {"heeft_besluiten", {"themas"}},
       {"heeft_geld", {"themas"}},
       {"aantal_acties", {"themas"}},
       {"begroot", {"themas"}},
       {"status", {"acties_per_status"}},
       {"status_klein", {"acties_per_status"}},
       {"aantal", {"acties_per_status"}},
       {"bedrag", {"middelen_per_jaar"}},
       {"sep", {"themas_zonder_voortgang", "acties_per_status", "middelen_per_jaar"}}}};
  return v;
}

std::string TemplatePath(const std::string& templates_dir, const std::string& name) {
  return templates_dir + "/" + name + ".mustache";
}

namespace {

doc::Document BuildUnit(const NoteInput& input, Diagnostics* diags) {
  doc::Document document;
  if (!report::CheckTemplate(input.template_source, UnitVocabulary(), diags)) return document;
  report::UnitView view = report::MakeUnitView(input);
  std::string text;
  if (!report::RenderMustache(input.template_source,
                              report::UnitContext(view, input.build_time_unix, input.version),
                              &text, diags))
    return document;
  std::vector<report::Element> elements = report::ParseRendered(text);
  report::MetaLines meta_lines = report::CollectMeta(elements);
  std::map<std::string, std::string> meta = report::MetaMap(meta_lines);
  report::Captions captions(meta);
  report::DirectiveScope scope{&meta_lines, &captions, &view, nullptr};
  auto handler = [&](const report::Element& d, std::vector<doc::Block>* out, std::string* error) {
    return report::RunDirective(report::Documents::kUnit, scope, d, out, error);
  };
  report::Assembled assembled =
      report::Assemble(elements, handler, input.template_source.path, diags);
  auto get = [&](const char* key, const std::string& fallback) {
    auto it = meta.find(key);
    return it == meta.end() || it->second.empty() ? fallback : it->second;
  };
  document.metadata.title = get("titel", input.unit->naam);
  document.metadata.author = get("auteur", input.unit->naam);
  document.metadata.subject = get("onderwerp", "");
  document.metadata.keywords = get("trefwoorden", "");
  document.metadata.creator = "voortgang " + input.version;
  document.metadata.created_unix = input.build_time_unix;
  document.running.unit = get("koptekst", input.unit->naam);
  document.running.period = get("koptekst_periode", FormatQuarterShort(input.period));
  document.blocks = std::move(assembled.blocks);
  return document;
}

}  // namespace

doc::Document BuildUnitDocument(const NoteInput& input, Diagnostics* diags) {
  return BuildUnit(input, diags);
}

}  // namespace voortgang
