// The Boost.Test entry point of the one test binary; suites live in *_test.cc files.
#define BOOST_TEST_MODULE voortgang
#include <boost/test/unit_test.hpp>
