#!/bin/bash
# Builds the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan in build-fuzz, and runs
# each for SECONDS (default 60) on its seed corpus. A crash fails the script and leaves the
# input in build-fuzz/artifacts/; add it to tests/bad_inputs (or the seeds) as a regression.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_inputs fuzz_markdown)
dir=build-fuzz

CC=clang CXX=clang++ cmake -S tests/fuzz -B "$dir" -G Ninja >/dev/null
cmake --build "$dir" -j "${JOBS:-$(nproc)}" --target "${targets[@]}"

mkdir -p "$dir/artifacts"
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1
# Leaks of the system libraries themselves, each with its reason: tests/sanitize/lsan.supp.
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for t in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/${t#fuzz_}
  work="$dir/corpus/${t#fuzz_}"  # grows as the fuzzer finds new paths; the seeds stay as they are
  mkdir -p "$work"
  echo "fuzz.sh: $t for ${seconds}s"
  # -rss_limit_mb: the limits in pipeline/load/limits.h are meant to keep memory sane.
  if ! "$dir/$t" "$work" "$seeds" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -rss_limit_mb=2048 -dict=tests/fuzz/${t#fuzz_}.dict -artifact_prefix="$dir/artifacts/$t-" \
      -print_final_stats=1 2>"$dir/$t.log"; then
    echo "fuzz.sh: $t failed; see $dir/$t.log and $dir/artifacts/" >&2
    tail -40 "$dir/$t.log" >&2
    status=1
  fi
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$dir/$t.log" || true
done
exit $status
