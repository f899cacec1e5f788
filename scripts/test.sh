#!/usr/bin/env bash
# The whole test suite: the ctest suite of build/, then (when present) the sanitizer build and
# the bounded fuzzing runs. Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."

ctest --test-dir build --output-on-failure -j2 --timeout 900
if [[ -x scripts/sanitize.sh ]]; then bash scripts/sanitize.sh; fi
if [[ -x scripts/fuzz.sh ]]; then bash scripts/fuzz.sh; fi
