#!/usr/bin/env bash
# Benchmark of issue 2: load + validate + aggregate over a generated national-scale tree
# against toml++ alone parsing the same files on the same threads, with peak memory.
# Usage: scripts/bench-load.sh [TREE_DIR] [bench_load options, e.g. --runs 9 --threads 2]
# Generates the tree (gen_tree, seed 1, ~121 MB) into TREE_DIR when it holds none yet, builds
# Release into build-bench/ (or $BENCH_BUILD_DIR) and runs build-bench/bench/bench_load.
# Needs the packages of scripts/setup.sh. Exit status 0 when both targets are met.
set -euo pipefail
cd "$(dirname "$0")/.."

tree=${1:-${TMPDIR:-/tmp}/voortgang-bench-tree}
(($#)) && shift
build=${BENCH_BUILD_DIR:-build-bench}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target bench_load gen_tree

if [[ ! -f $tree/programma.toml ]]; then
  echo "generating the tree into $tree"
  "$build/bench/gen_tree" "$tree" --seed 1
fi
exec "$build/bench/bench_load" --threads 2 --runs 5 "$@" "$tree"
