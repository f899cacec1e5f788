#!/usr/bin/env bash
# The whole test suite: the ctest suite of build/, then a bounded libFuzzer run of the inputs
# target (scripts/fuzz.sh). Expects scripts/setup.sh to have run.
# The ASan/UBSan run of the suite is scripts/sanitize.sh; it is not part of CI yet because it
# has not completed a run (see the README, "Reliability").
set -euo pipefail
cd "$(dirname "$0")/.."

ctest --test-dir build --output-on-failure -j2 --timeout 900
bash scripts/fuzz.sh 60 fuzz_inputs
