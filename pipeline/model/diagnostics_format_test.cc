// The printed forms of a diagnostic: one GNU line whatever the names and messages hold, and a
// GitHub Actions annotation escaped as the runner reads it.
#include <boost/test/unit_test.hpp>

#include "pipeline/model/diagnostics.h"

namespace voortgang {
namespace {

Diagnostic Make(std::string file, Severity severity, std::string message) {
  Diagnostic d;
  d.where.file = std::move(file);
  d.where.line = 3;
  d.where.column = 7;
  d.severity = severity;
  d.message = std::move(message);
  return d;
}

BOOST_AUTO_TEST_SUITE(diagnostics_format_test)

BOOST_AUTO_TEST_CASE(control_characters_print_as_escapes_so_a_diagnostic_stays_one_line) {
  Diagnostic d = Make("in/we\nst/plan.toml", Severity::kError, "unknown key 'a\tb\r\x01\x7F'");
  BOOST_TEST(FormatGnu(d) == "in/we\\nst/plan.toml:3:7: error: unknown key 'a\\tb\\r\\x01\\x7F'");
  d.message = "tekst in het Nederlands: één € en ✓";  // UTF-8 passes unchanged
  BOOST_TEST(FormatGnu(d) ==
             "in/we\\nst/plan.toml:3:7: error: tekst in het Nederlands: één € en ✓");
}

BOOST_AUTO_TEST_CASE(annotations_escape_percent_and_the_property_separators) {
  Diagnostic d = Make("in/a,b:c/plan.toml", Severity::kWarning, "100% of 'x: y, z'\n");
  BOOST_TEST(FormatGithubAnnotation(d) ==
             "::warning file=in/a%2Cb%3Ac/plan.toml,line=3,col=7::100%25 of 'x: y, z'\\n");
  d.severity = Severity::kError;
  BOOST_TEST(FormatGithubAnnotation(d).rfind("::error file=", 0) == 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
