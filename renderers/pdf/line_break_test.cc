#include "renderers/pdf/line_break.h"

#include <boost/test/unit_test.hpp>

#include <string>

namespace voortgang::pdf {
namespace {

/// One cluster per character of `text`, each 10 units wide: ' ' is a space (a break may
/// follow it), '~' a soft hyphen (zero wide, draws a 4-unit hyphen when a line ends on it).
std::vector<BreakCluster> Clusters(const std::string& text) {
  std::vector<BreakCluster> out;
  int x = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    BreakCluster c;
    c.x = x;
    c.soft_hyphen = text[i] == '~';
    c.advance = c.soft_hyphen ? 0 : 10;
    c.hyphen_advance = c.soft_hyphen ? 4 : 0;
    c.content = text[i] != ' ' && !c.soft_hyphen;
    c.char_break_before = true;
    c.break_before = i > 0 && (text[i - 1] == ' ' || text[i - 1] == '~');
    x += c.advance;
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> Lines(const std::string& text, int width, bool anywhere = false) {
  std::vector<BreakCluster> c = Clusters(text);
  std::vector<std::string> out;
  for (Segment s : BreakLines(c, 0, c.size(), width, anywhere))
    out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(line_break_test)

BOOST_AUTO_TEST_CASE(each_line_takes_as_many_words_as_fit_trailing_spaces_hang) {
  // "aa bb " is 60 units with its space but 50 without: it fits a 50-unit box exactly.
  BOOST_TEST(Lines("aa bb cc dd", 50) == (Strings{"aa bb ", "cc dd"}), boost::test_tools::per_element());
  BOOST_TEST(Lines("aa bb cc dd", 49) == (Strings{"aa ", "bb ", "cc ", "dd"}), boost::test_tools::per_element());
  BOOST_TEST(Lines("aa bb cc dd", 1000) == (Strings{"aa bb cc dd"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_soft_hyphen_break_counts_the_hyphen_it_draws) {
  // "aa pre~ven~tie": "aa pre" + hyphen = 64, "aa preven" + hyphen = 94.
  BOOST_TEST(Lines("aa pre~ven~tie", 94) == (Strings{"aa pre~ven~", "tie"}), boost::test_tools::per_element());
  BOOST_TEST(Lines("aa pre~ven~tie", 93) == (Strings{"aa pre~", "ven~tie"}), boost::test_tools::per_element());
  BOOST_TEST(SegmentWidth(Clusters("aa pre~"), 0, 7) == 64);
  BOOST_TEST(SegmentWidth(Clusters("aa pre~"), 0, 6) == 60);
}

BOOST_AUTO_TEST_CASE(a_word_wider_than_the_box_overflows_alone_or_breaks_between_letters) {
  BOOST_TEST(Lines("aa bbbbbb cc", 40) == (Strings{"aa ", "bbbbbb ", "cc"}), boost::test_tools::per_element());
  BOOST_TEST(Lines("aa bbbbbb cc", 40, true) == (Strings{"aa ", "bbbb", "bb ", "cc"}), boost::test_tools::per_element());
  // Even a box narrower than one letter advances by at least one cluster.
  BOOST_TEST(Lines("abc", 5, true) == (Strings{"a", "b", "c"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace voortgang::pdf
