// The voortgang binary as linked: the allocator it runs on.
#include <boost/test/unit_test.hpp>

#include <string>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {

BOOST_AUTO_TEST_SUITE(main_test)

// jemalloc's statistics, printed at exit on request, show whose malloc the process uses. The
// sanitizer build links no jemalloc (the sanitizers replace malloc themselves).
BOOST_AUTO_TEST_CASE(the_binary_allocates_through_jemalloc_unless_sanitized) {
  testing::CommandResult r = testing::RunShell(std::string("MALLOC_CONF=stats_print:true '") +
                                               VOORTGANG_BIN + "' --version");
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.out.find("voortgang ") != std::string::npos);
  bool jemalloc = r.err.find("jemalloc statistics") != std::string::npos;
#ifdef VOORTGANG_JEMALLOC
  BOOST_TEST(jemalloc, "stderr: " << r.err.substr(0, 200));
#else
  BOOST_TEST(!jemalloc);
#endif
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
