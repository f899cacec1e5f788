#!/usr/bin/env bash
# Loading the national tree with every booking in CSV exports (gen_tree --csv: Windows-1252,
# semicolons, decimal commas) against the same tree with the bookings in TOML (issue 22: at
# most 1.2x). Both trees come from seed 1 and hold the same figures.
# Usage: scripts/bench-load-csv.sh [DIR] [RUNS]   (DIR holds the two trees; default /tmp)
# Builds Release into build-bench/ (or $BENCH_BUILD_DIR); each run is a fresh process of
# bench_load --mode pipeline (load + validate + aggregate, 2 threads), alternating the trees.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-${TMPDIR:-/tmp}}
runs=${2:-7}
build=${BENCH_BUILD_DIR:-build-bench}
toml=$dir/voortgang-bench-tree
csv=$dir/voortgang-bench-tree-csv

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target bench_load gen_tree
[[ -f $toml/programma.toml ]] || "$build/bench/gen_tree" "$toml" --seed 1
[[ -f $csv/programma.toml ]] || "$build/bench/gen_tree" "$csv" --seed 1 --csv

wall() { "$build/bench/bench_load" --mode pipeline --threads 2 "$1" | sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p'; }
toml_times=() csv_times=()
for ((i = 1; i <= runs; i++)); do
  toml_times+=("$(wall "$toml")")
  csv_times+=("$(wall "$csv")")
  echo "run $i: toml ${toml_times[-1]} s, csv ${csv_times[-1]} s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
best() { printf '%s\n' "$@" | sort -g | head -1; }
tm=$(median "${toml_times[@]}") cm=$(median "${csv_times[@]}")
tb=$(best "${toml_times[@]}") cb=$(best "${csv_times[@]}")
echo "toml: best $tb s, median $tm s; csv: best $cb s, median $cm s"
awk -v c="$cm" -v t="$tm" -v cb="$cb" -v tb="$tb" 'BEGIN {
  printf "csv/toml: median %.3f, best %.3f (target <= 1.2)\n", c / t, cb / tb; exit !(c / t <= 1.2) }'
