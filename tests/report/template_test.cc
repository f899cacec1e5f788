// Template errors point at the template's file, line and column; the shipped templates are clean.
#include <boost/test/unit_test.hpp>

#include "tests/report/doc_text.h"
#include "tests/report/shipped.h"

namespace voortgang::report_test {
namespace {

/// The diagnostics of building zuid-kennemerland's note from `text`, one GNU line each.
std::string Errors(const std::string& text) {
  NoteInput in = ShippedNote("zuid-kennemerland", "voortgangsnotitie");
  in.template_source = {text, "templates/proef.mustache"};
  Diagnostics diags;
  doc::Document d = BuildUnitDocument(in, &diags);
  std::string out;
  for (const Diagnostic& x : diags.items) out += FormatGnu(x) + "\n";
  return out;
}

std::string Build(const std::string& text) {
  NoteInput in = ShippedNote("zuid-kennemerland", "voortgangsnotitie");
  in.template_source = {text, "templates/proef.mustache"};
  Diagnostics diags;
  doc::Document d = BuildUnitDocument(in, &diags);
  BOOST_REQUIRE(diags.items.empty());
  return DocText(d);
}

BOOST_AUTO_TEST_SUITE(template_test)

BOOST_AUTO_TEST_CASE(unknown_placeholder_with_position_and_suggestion) {
  BOOST_TEST(Errors("# Inleiding\n\nVoor {{eenheid_in_zin}} is {{midelen}} beschikbaar.\n") ==
             "templates/proef.mustache:3:28: error: unknown placeholder 'midelen'; did you mean "
             "'middelen'?\n");
}

BOOST_AUTO_TEST_CASE(unknown_directive_with_position) {
  BOOST_TEST(Errors("# Financiën\n\n  [[tabbel:begroting]]\n") ==
             "templates/proef.mustache:3:5: error: unknown directive '[[tabbel]]'; did you mean "
             "'[[tabel]]'?\n");
}

BOOST_AUTO_TEST_CASE(list_field_outside_its_section) {
  BOOST_TEST(Errors("# Thema's\n\nHet thema {{naam}} loopt.\n") ==
             "templates/proef.mustache:3:11: error: placeholder 'naam' is only known inside "
             "{{#themas}}...{{/themas}} or {{#themas_zonder_voortgang}}...{{/themas_zonder_voortgang}}\n");
  BOOST_TEST(Errors("{{#themas}}{{#heeft_acties}}{{naam}}{{/heeft_acties}}{{/themas}}\n").empty());
}

BOOST_AUTO_TEST_CASE(number_in_words_and_plural) {
  std::string text = Build(
      "Er zijn {{#getal}}{{aantal_themas}}{{/getal}} {{#meervoud}}{{aantal_themas}}|thema|"
      "thema's{{/meervoud}} en {{#meervoud}}1|actie|acties{{/meervoud}}; {{#getal}}21{{/getal}} "
      "{{#meervoud}}21|actie|acties{{/meervoud}}.\n");
  BOOST_TEST(text.find("Er zijn vijf thema's en actie; 21 acties.") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(grammar_sections_are_checked) {
  BOOST_TEST(Errors("{{#meervoud}}{{aantal_themas}} thema's{{/meervoud}}\n") ==
             "templates/proef.mustache:1:1: error: '{{#meervoud}}' needs a number, the singular "
             "and the plural, e.g. {{#meervoud}}{{aantal_acties}}|actie|acties{{/meervoud}}\n");
  BOOST_TEST(Errors("Aantal: {{getal}}\n") ==
             "templates/proef.mustache:1:9: error: 'getal' is a section: write "
             "{{#getal}}...{{/getal}}\n");
  BOOST_TEST(Errors("{{#getal}}{{eenheid}}{{/getal}}\n") ==
             "templates/proef.mustache:1:1: error: '{{#getal}}' needs a number, got "
             "'Regio Zuid-Kennemerland'\n");
}

BOOST_AUTO_TEST_CASE(directive_must_stand_alone) {
  BOOST_TEST(Errors("Zie [[tabel:begroting]] hieronder.\n") ==
             "templates/proef.mustache:1:5: error: a directive must stand alone on its line\n");
}

BOOST_AUTO_TEST_CASE(sections_must_be_closed_in_order) {
  BOOST_TEST(Errors("{{#themas}}\n# {{naam}}\n") ==
             "templates/proef.mustache:1:1: error: section 'themas' is not closed with '{{/themas}}'\n");
  BOOST_TEST(Errors("{{#themas}}{{#heeft_acties}}\n{{/themas}}{{/heeft_acties}}\n") ==
             "templates/proef.mustache:2:1: error: '{{/themas}}' closes section 'heeft_acties' "
             "opened at line 1\n"
             "templates/proef.mustache:2:12: error: '{{/heeft_acties}}' closes section 'themas' "
             "opened at line 1\n");
}

BOOST_AUTO_TEST_CASE(unknown_meta_key_and_unsupported_partials) {
  BOOST_TEST(Errors("@titl: Notitie\n{{> kop}}\n") ==
             "templates/proef.mustache:2:1: error: '{{>' is not supported in templates\n"
             "templates/proef.mustache:1:2: error: unknown meta key '@titl'; did you mean '@titel'?\n");
}

BOOST_AUTO_TEST_CASE(comments_may_mention_anything) {
  BOOST_TEST(Errors("{{! [[geen:opdracht]] en {{onbekend\n over twee regels }}\n# Kop\n").empty());
}

BOOST_AUTO_TEST_CASE(bad_directive_argument_is_reported_with_the_template) {
  // A kind the template writes out is checked against the directive table before rendering;
  // one that comes from a placeholder is checked by the builder, which names the known kinds.
  BOOST_TEST(Errors("[[tabel:onbekend]]\n") ==
             "templates/proef.mustache:1:3: error: unknown directive '[[tabel:onbekend]]'\n");
  BOOST_TEST(Errors("{{#themas}}\n[[tabel:{{id}}]]\n{{/themas}}\n")
                 .find("templates/proef.mustache:2:1: error: directive [[tabel:samen-tijdig]]: not a "
                       "directive of this document; known: tabel:acties-per-status, tabel:acties, ") ==
             0);
  BOOST_TEST(Errors("# Kop\n\n   [[markdown:stand:geen-thema]]\n") ==
             "templates/proef.mustache:3:4: error: directive [[markdown:stand:geen-thema]]: unknown "
             "theme 'geen-thema'\n");
}

BOOST_AUTO_TEST_CASE(line_language) {
  std::string t = Build(
      "@titel: Proef\n"
      "# Een\n"
      "## Twee\n"
      "#### Label\n"
      "> Een melding\n"
      "> over twee regels.\n"
      "\n"
      "~ Klein\n"
      "# Zonder nummer {-}\n"
      "# Drie\n"
      "Tekst met *nadruk* en {{eenheid}}.\n"
      "[[tabel:middelen | Eigen bijschrift | Herkomst; Jaar; Euro]]\n");
  BOOST_TEST(t ==
             "#1 1 Een\n#2 1.1 Twee\nLABEL: Label\nNOTICE: Een melding over twee regels.\n"
             "SMALL: Klein\n#1  Zonder nummer\n#1 2 Drie\n"
             "Tekst met nadruk en Regio Zuid-Kennemerland.\n"
             "TABLE: Tabel 1. Eigen bijschrift\n| Herkomst | Jaar | Euro |\n"
             "| Transformatiefonds | 2018 | 471.498 |\n| Transformatiefonds | 2019 | 471.498 |\n"
             "| Transformatiefonds | 2020 | 471.498 |\nTOTAL | Totaal |  | 1.414.494 |\n");
}

BOOST_AUTO_TEST_CASE(wrong_number_of_column_headers) {
  BOOST_TEST(Errors("[[tabel:middelen | Bijschrift | Bron; Jaar]]\n") ==
             "templates/proef.mustache:1:1: error: directive [[tabel:middelen]]: expects 3 column "
             "headers, got 2\n");
}

BOOST_AUTO_TEST_CASE(shipped_templates_are_clean) {
  for (const char* name : {"voortgangsnotitie", "raadsmemo", "landelijk"}) {
    Diagnostics diags;
    report::TemplateSource src{ReadText(TemplatePath(SourcePath("templates"), name)), name};
    const report::Vocabulary& v =
        std::string(name) == "landelijk" ? NationalVocabulary() : UnitVocabulary();
    BOOST_TEST(report::CheckTemplate(src, v, &diags), name);
    for (const Diagnostic& d : diags.items) BOOST_TEST_MESSAGE(FormatGnu(d));
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::report_test
