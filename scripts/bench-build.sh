#!/usr/bin/env bash
# Benchmark of `voortgang build` at national scale (issue 6): a cold full build of every note,
# workbook and national document, then an incremental build after changing one unit.
# Usage: scripts/bench-build.sh [TREE_DIR]   (the tree is generated when missing)
# BUILD_DIR=build-x picks the CMake build folder (default build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
tree=${1:-/tmp/voortgang-bench-tree}
build=${BUILD_DIR:-build-bench}
out=$(mktemp -d /tmp/voortgang-bench-out-XXXXXX)
trap 'rm -rf "$out"' EXIT

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target voortgang gen_tree >/dev/null
[[ -f "$tree/programma.toml" ]] || "$build"/bench/gen_tree "$tree" --seed 1 >/dev/null
export SOURCE_DATE_EPOCH=1733788800

run() {  # label, then the command; prints wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user, %S s sys, peak %M KiB" "$@" >/dev/null 2>"$out/time"
  tail -1 "$out/time"
}

echo "tree: $(du -sb "$tree" | cut -f1) bytes, $(find "$tree" -name '*.toml' | wc -l) files, $(nproc) cores"
# Issue 3's figure: every note of the tree (and the national overview), nothing else.
run "cold, notes only (--only pdf)" "$build"/voortgang build --only pdf --inputs "$tree" --out "$out/pdf" --templates templates
notes=$(find "$out/pdf" -name '*.pdf' | wc -l)
awk -v n="$notes" '{ for (i = 1; i <= NF; ++i) if ($(i+1) == "s" && ($(i+2) == "user," || $(i+2) == "sys,")) cpu += $i }
  END { printf "  %d PDFs, %.0f ms CPU per PDF on average (loading included)\n", n, 1000 * cpu / n }' "$out/time"
rm -rf "$out/pdf"
run "cold full build" "$build"/voortgang build --inputs "$tree" --out "$out/o" --templates templates
run "no-change rebuild" "$build"/voortgang build --inputs "$tree" --out "$out/o" --templates templates
unit=$(ls "$tree" | grep -v programma | sed -n 1p)  # not head: SIGPIPE under pipefail
cp "$tree/$unit/plan.toml" "$out/plan.toml.bak"
echo "# bench edit" >> "$tree/$unit/plan.toml"
run "incremental after editing $unit/plan.toml" "$build"/voortgang build --inputs "$tree" --out "$out/o" --templates templates
cp "$out/plan.toml.bak" "$tree/$unit/plan.toml"
n=$(find "$out/o" -name '*.pdf' | wc -l); x=$(find "$out/o" -name '*.xlsx' | wc -l)
echo "outputs: $n PDF, $x XLSX"
