#!/usr/bin/env bash
# `voortgang diff` of the national tree against a copy with one unit's budget edited, against
# `voortgang check` of both trees (changes.md, issue 19: diff at most 1.3x the two checks).
# Usage: scripts/bench-diff.sh [DIR] [RUNS]   (DIR holds the two trees; default /tmp)
# BUILD_DIR picks the CMake build folder (default build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp}
runs=${2:-3}
build=${BUILD_DIR:-build-bench}
base=$dir/voortgang-bench-tree
head=$dir/voortgang-bench-tree-edited

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target voortgang gen_tree >/dev/null
[[ -f $base/programma.toml ]] || "$build/bench/gen_tree" "$base" --seed 1 >/dev/null
if [[ ! -d $head ]]; then
  cp -r "$base" "$head"
  unit=$(ls "$head" | grep -v programma | sed -n 1p)
  # The first amount of the unit's budget grows by a leading 1: a real change of its figures.
  sed -i '0,/bedrag = /s/bedrag = \([0-9_]*\)/bedrag = 1\1/' "$head/$unit/budget.toml"
fi

seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
for ((i = 1; i <= runs; ++i)); do
  c1=$(seconds "$build/voortgang" check --inputs "$base")
  c2=$(seconds "$build/voortgang" check --inputs "$head")
  d=$(seconds "$build/voortgang" diff --base "$base" --inputs "$head")
  awk -v a="$c1" -v b="$c2" -v d="$d" \
    'BEGIN { printf "run: check both %.2f s, diff %.2f s, ratio %.2f\n", a + b, d, d / (a + b) }'
done
