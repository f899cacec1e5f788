#!/usr/bin/env bash
# The whole test suite: the ctest suite of build/, a bounded libFuzzer run of both fuzz targets
# (scripts/fuzz.sh, 60 s each), then the suite again under ASan and UBSan
# (scripts/sanitize.sh, build-asan/). Any failure, crash or sanitizer report fails the script.
# Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."

ctest --test-dir build --output-on-failure -j2 --timeout 900
bash scripts/fuzz.sh 60
bash scripts/sanitize.sh
