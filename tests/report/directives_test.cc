// The directive table is the one source of the template checker, the builders and the
// reference in templates/LEESMIJ.md; these tests keep the three in step.
#include "pipeline/report/directives.h"

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>

#include "tests/report/shipped.h"

namespace voortgang::report_test {
namespace {

constexpr std::string_view kBegin = "<!-- opdrachten: begin.";
constexpr std::string_view kEnd = "<!-- opdrachten: eind -->";

BOOST_AUTO_TEST_SUITE(directives_test)

BOOST_AUTO_TEST_CASE(leesmij_lists_every_directive_from_the_table) {
  std::string path = SourcePath("templates/LEESMIJ.md");
  std::string text = ReadText(path);
  size_t begin = text.find(kBegin);
  BOOST_REQUIRE(begin != std::string::npos);
  begin = text.find("-->\n", begin);
  BOOST_REQUIRE(begin != std::string::npos);
  begin += 4;
  size_t end = text.find(kEnd, begin);
  BOOST_REQUIRE(end != std::string::npos);
  std::string expected = "\n" + report::DirectiveReference() + "\n";
  if (std::getenv("VOORTGANG_UPDATE_GOLDEN")) {
    text.replace(begin, end - begin, expected);
    std::ofstream(path, std::ios::binary) << text;
    return;
  }
  BOOST_TEST(text.substr(begin, end - begin) == expected);
  for (const report::Directive& d : report::AllDirectives())
    BOOST_TEST(text.find("`[[" + std::string(d.name)) != std::string::npos, d.name);
}

BOOST_AUTO_TEST_CASE(every_entry_is_complete_and_unique_per_document) {
  std::set<std::pair<std::string, int>> seen;
  for (const report::Directive& d : report::AllDirectives()) {
    BOOST_TEST(!d.help.empty(), d.name);
    BOOST_TEST(d.handler != nullptr, d.name);
    BOOST_TEST(d.help.back() != '.', d.name);
    BOOST_TEST(seen.emplace(std::string(d.name), static_cast<int>(d.documents)).second, d.name);
  }
  // A name in both document kinds is two entries, with a handler each.
  BOOST_TEST(report::DirectiveNames(report::Documents::kUnit).count("tabel:acties") == 1);
  BOOST_TEST(report::DirectiveNames(report::Documents::kNational).count("tabel:acties") == 1);
  BOOST_TEST(report::DirectiveNames(report::Documents::kNational).count("tabel:stand") == 0);
  BOOST_TEST(report::DirectiveNames(report::Documents::kNational).count("titelblad") == 1);
}

BOOST_AUTO_TEST_CASE(the_checker_reads_kinds_from_the_table) {
  NoteInput in = ShippedNote("zuid-kennemerland", "voortgangsnotitie");
  auto errors = [&](const std::string& text) {
    Diagnostics diags;
    report::CheckTemplate({text, "proef.mustache"}, UnitVocabulary(), &diags);
    std::string out;
    for (const Diagnostic& x : diags.items) out += FormatGnu(x) + "\n";
    return out;
  };
  BOOST_TEST(errors("[[tabel:stnad]]\n") ==
             "proef.mustache:1:3: error: unknown directive '[[tabel:stnad]]'; did you mean "
             "'[[tabel:stand]]'?\n");
  BOOST_TEST(errors("[[tabel:eenheden]]\n").find("unknown directive '[[tabel:eenheden]]'") !=
             std::string::npos);
  BOOST_TEST(errors("[[grafiek]]\n") ==
             "proef.mustache:1:3: error: '[[grafiek]]' needs a kind; known: grafiek:actielijn, "
             "grafiek:acties, grafiek:kwartaal, grafiek:thema\n");
  // A kind from a placeholder is known only once rendered; the builder names the known kinds.
  BOOST_TEST(errors("{{#themas}}[[tabel:{{id}}]]{{/themas}}\n").empty());
  BOOST_TEST(errors("[[tabel:kwartaal-acties:{{groep}} | x]]\n[[inhoud:2 | Inhoud]]\n"
                    "[[markdown:stand:{{id}}]]\n")
                 .find("unknown directive") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::report_test
