// Dutch hyphenation: the patterns, the exception list overriding them, words left whole.
#include "renderers/pdf/hyphenate.h"

#include <boost/test/unit_test.hpp>
#include <string>

namespace voortgang::pdf {
namespace {

const Hyphenator* Dutch() {
  std::string error;
  const Hyphenator* h = Hyphenator::Get("/usr/share/hyphen/hyph_nl_NL.dic",
                                        VOORTGANG_SOURCE_DIR "/templates/afbreekuitzonderingen.txt",
                                        &error);
  BOOST_REQUIRE_MESSAGE(h, error);
  return h;
}

/// Soft hyphens shown as '-'.
std::string Show(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "\xC2\xAD") == 0) {
      out += '-';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

BOOST_AUTO_TEST_SUITE(hyphenate_test)

BOOST_AUTO_TEST_CASE(patterns_break_compounds_correctly) {
  BOOST_TEST(Show(Dutch()->Hyphenate("jeugdhulpaanbieders", 6)) == "jeugd-hulp-aan-bie-ders");
  BOOST_TEST(Show(Dutch()->Hyphenate("gemeenteraad", 6)) == "ge-meen-te-raad");
}

BOOST_AUTO_TEST_CASE(exception_list_overrides_patterns_at_the_joint) {
  // The patterns alone give "Cli-ën-ton-der-steu-ning"; the list puts the break at the joint.
  BOOST_TEST(Show(Dutch()->Hyphenate("cliëntondersteuning", 6)) == "cliënt-on-der-steu-ning");
  BOOST_TEST(Show(Dutch()->Hyphenate("Cliëntondersteuning", 6)) == "Cliënt-on-der-steu-ning");
}

BOOST_AUTO_TEST_CASE(only_words_are_touched) {
  BOOST_TEST(Show(Dutch()->Hyphenate("De HSJ-jeugdhulpaanbieders, 2025a en € 1.234,56.", 6)) ==
             "De HSJ-jeugd-hulp-aan-bie-ders, 2025a en € 1.234,56.");
  BOOST_TEST(Show(Dutch()->Hyphenate("kind en gezin", 6)) == "kind en gezin");
  BOOST_TEST(Show(Dutch()->Hyphenate("WIJGRONINGEN", 6)) == "WIJGRONINGEN");
}

BOOST_AUTO_TEST_CASE(exception_file_errors_name_the_line) {
  std::map<std::string, std::vector<int>> out;
  std::string error;
  BOOST_TEST(ParseHyphenExceptions("# opmerking\ncliënt-steun\njeugd--zorg\n", "u.txt", &out,
                                   &error) == false);
  BOOST_TEST(error ==
             "u.txt:3: expected one word of letters with '-' at the allowed breaks, got "
             "'jeugd--zorg'");
  BOOST_TEST(out.count("cliëntsteun") == 1u);
  BOOST_TEST(out["cliëntsteun"] == std::vector<int>{5}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(missing_dictionary_is_an_error) {
  std::string error;
  BOOST_TEST(Hyphenator::Get("/nonexistent/hyph.dic", "", &error) == nullptr);
  BOOST_TEST(error == "/nonexistent/hyph.dic: cannot load hyphenation patterns");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
