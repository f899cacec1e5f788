#!/bin/bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, in its own build
# folder (build-asan, or $1). Fails on any test failure or any sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-asan}
jobs=${JOBS:-$(nproc)}

cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVOORTGANG_SANITIZE=ON >/dev/null
cmake --build "$dir" -j "$jobs"

# Every report aborts the process (-fno-sanitize-recover=all, halt_on_error), so a report is a
# failed test; the log is also searched in case a report came from a child that was ignored.
# detect_leaks: a leak in a short-lived process is still a bug in a library we wrap.
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
log="$dir/sanitize.log"
status=0
(cd "$dir" && ctest --output-on-failure -j "$jobs") 2>&1 | tee "$log" || status=1
if grep -qE "ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:" "$log"; then
  echo "sanitize.sh: sanitizer reports in $log" >&2
  status=1
fi
exit $status
