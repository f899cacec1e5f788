// BreakAttrs gives the line and character breaks pango_get_log_attrs gives, for Dutch text
// and for random strings of the characters whose rules look furthest (quotes, brackets,
// numbers, hyphens, slashes), whatever the cache already holds.
#include "renderers/pdf/break_attrs.h"

#include <boost/test/unit_test.hpp>

#include <random>
#include <string>
#include <vector>

namespace voortgang::pdf {
namespace {

PangoLanguage* Dutch() { return pango_language_from_string("nl-NL"); }

/// "" when both agree, else the first character where they do not.
std::string Disagreement(const std::string& text) {
  std::vector<PangoLogAttr> ours = BreakAttrs(text, Dutch());
  int n = static_cast<int>(g_utf8_strlen(text.data(), static_cast<gssize>(text.size()))) + 1;
  std::vector<PangoLogAttr> pango(n);
  pango_get_log_attrs(text.data(), static_cast<int>(text.size()), -1, Dutch(), pango.data(), n);
  if (static_cast<int>(ours.size()) != n) return "size " + std::to_string(ours.size());
  for (int i = 0; i + 1 < n; ++i)
    if (ours[i].is_line_break != pango[i].is_line_break ||
        ours[i].is_char_break != pango[i].is_char_break)
      return "at character " + std::to_string(i) + " of \"" + text + "\"";
  return "";
}

BOOST_AUTO_TEST_SUITE(break_attrs_test)

BOOST_AUTO_TEST_CASE(dutch_paragraphs_break_where_pango_breaks_them) {
  for (const std::string text : {
           "De jeugdhulp\u00ADaan\u00ADbie\u00ADders en de gemeente\u00ADraad (zie bijlage 2).",
           "Tot en met Q4 2024 is € 63.500,50 uitgegeven (19,2% van het begrote bedrag).",
           "Zuid-Kennemerland en/of IJmond: “Samen” ‘doen’ – of niet? Ja! -x en x- en 1-2-3.",
           "Een zin met\u00A0een harde spatie, een … beletselteken en een URL: https://example.nl/a?b=1",
           "x",
           "(",
           "De jeugdhulp",  // the words again, now from the cache
           "De jeugdhulp\u00ADaan\u00ADbie\u00ADders en de gemeente\u00ADraad (zie bijlage 2).",
           "  spaties vooraf",      // to Pango whole
           "Grieks: β en een ✅",  // to Pango whole
       }) {
    BOOST_TEST(Disagreement(text) == "");
  }
}

BOOST_AUTO_TEST_CASE(random_strings_of_tricky_characters_break_where_pango_breaks_them) {
  const std::vector<std::string> alphabet = {
      "a", "B", "ij", "é", "1", "9", " ", " ", " ", "\u00A0", "\u00AD", "-", "\u2010", "\u2011",
      "\u2013", "\u2014", "(", ")", "[", "]", "{", "}", "\"", "'", "\u201C", "\u201D", "\u2018",
      "\u2019", "\u201E", "\u00AB", "\u00BB", "€", "$", "%", "\u2030", "/", ".", ",", ":", ";",
      "!", "?", "\u2026", "+", "#", "&", "*", "\u00B7", "\u2022", "_", "=", "<", ">", "\u00A7"};
  std::mt19937 random(20261126);
  std::uniform_int_distribution<size_t> letter(0, alphabet.size() - 1), length(1, 14);
  int checked = 0;
  for (int round = 0; round < 30000; ++round) {
    std::string text;
    for (size_t n = length(random); n > 0; --n) text += alphabet[letter(random)];
    std::string d = Disagreement(text);
    if (!d.empty()) {
      BOOST_TEST(d == "");
      break;
    }
    ++checked;
  }
  BOOST_TEST(checked == 30000);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
