#!/usr/bin/env bash
# The browser test (ctest entry browser_test): builds the HTML edition of the shipped inputs and
# of a generated tree (regions with several themes, gemeenten, long tables, bar and line charts)
# and checks every page in headless Chromium with check.mjs. Screenshots: OUT/screenshots/.
# usage: run.sh VOORTGANG GEN_TREE SOURCE_DIR OUT
set -euo pipefail
bin=$1 gen=$2 src=$3 out=$4
rm -rf "$out"
mkdir -p "$out"
"$bin" build --inputs "$src/inputs" --out "$out/shipped" --templates "$src/templates" --only html
"$gen" "$out/tree" --regions 2 --gemeenten 3 >/dev/null
"$bin" build --inputs "$out/tree" --out "$out/generated" --templates "$src/templates" --only html
cd "$src/tests/browser"
node check.mjs "$out/screenshots" "$out/shipped" "$out/generated"
