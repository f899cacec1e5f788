#!/bin/bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, in its own build
# folder (build-asan, or $1). Fails on any test failure or any sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dir=${1:-build-asan}
jobs=${JOBS:-$(nproc)}

cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVOORTGANG_SANITIZE=ON >/dev/null
cmake --build "$dir" -j "$jobs"

# Every report aborts its process (-fno-sanitize-recover=all, halt_on_error), so a report in a
# test is a failed test. Reports are also written to files in $reports, one per process: the
# tests run `voortgang` as a child and keep its stderr to themselves, and a child whose exit
# status a test ignores (the kill test) must not hide a report. The folder is open to all,
# since some cases run the program as nobody.
# detect_leaks: a leak in a short-lived process is still a bug in a library we wrap; what is
# the system libraries' own is listed, with the reason, in tests/sanitize/lsan.supp.
reports=$root/$dir/sanitizer-reports
rm -rf "$reports"
mkdir -p "$reports"
chmod 1777 "$reports"
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:log_path=$reports/asan
export LSAN_OPTIONS=suppressions=$root/tests/sanitize/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan
# Delays and time bounds in the tests stretch by this much (tests/support/test_support.h).
export VOORTGANG_TEST_TIME_SCALE=${VOORTGANG_TEST_TIME_SCALE:-5}

log="$dir/sanitize.log"
status=0
(cd "$dir" && ctest --output-on-failure -j "$jobs" --timeout 1800) 2>&1 | tee "$log" || status=1
if compgen -G "$reports/*" >/dev/null; then
  echo "sanitize.sh: sanitizer reports in $reports:" >&2
  for f in "$reports"/*; do
    echo "== $f" >&2
    head -60 "$f" >&2
  done
  status=1
fi
exit $status
