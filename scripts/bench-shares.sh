#!/usr/bin/env bash
# What the quarter (issue 19) and the HTML edition (issue 20) add to a cold build, in
# instructions (callgrind): wall time on a shared machine is too noisy for a 10 % budget.
#   quarter: the full build against the same build with the quarter's parts cut from the three
#            templates (the "Per kwartaal" sheets stay: they are not in a template)
#   HTML:    `build --only html` less `check` (loading, validating, templates), against the full
#            build less that (an upper bound: the document trees are shared with the PDFs)
# Usage: scripts/bench-shares.sh [DIR]   (a 12-unit tree is generated in DIR, default a temp dir)
# BUILD_DIR picks the CMake build folder (default build-bench). Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build-bench}
dir=${1:-$(mktemp -d /tmp/voortgang-shares-XXXXXX)}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target voortgang gen_tree >/dev/null
tree=$dir/tree
[[ -f $tree/programma.toml ]] || "$build/bench/gen_tree" "$tree" --seed 1 --regions 2 --gemeenten 10 >/dev/null

# The templates without the quarter: from the comment that opens each quarter part to what
# follows it (the themes' loop, the next chapter, the end of the budget section).
noq=$dir/templates-without-quarter
rm -rf "$noq" && cp -r templates "$noq"
drop_quarter() {  # template file, the pattern of the first line kept after the part
  awk -v end="$2" '/^\{\{! Het kwartaal/ { skip = 1 } skip && $0 ~ end { skip = 0 } !skip' \
    "$noq/$1" > "$noq/$1.new" && mv "$noq/$1.new" "$noq/$1"
}
drop_quarter voortgangsnotitie.mustache '^[{][{]#themas[}][}]$'
drop_quarter landelijk.mustache '^# Middelen per actielijn'
drop_quarter raadsmemo.mustache '^[{][{]/heeft_budget[}][}]$'
"$build/voortgang" check --inputs "$tree" --templates "$noq" >/dev/null 2>&1 ||
  { echo "the templates without the quarter do not pass check" >&2; exit 1; }

export SOURCE_DATE_EPOCH=1733788800
run() {  # label, voortgang arguments: callgrind's count in DIR/label.cg
  local label=$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$dir/$label.cg" "$build/voortgang" "$@" \
    --jobs 1 --inputs "$tree" >/dev/null 2>"$dir/$label.log"
}
count() { awk '/^summary:/ { print $2 }' "$dir/$1.cg"; }
rm -rf "$dir"/out-*
run full build --out "$dir/out-full" --templates templates &
run noq build --out "$dir/out-noq" --templates "$noq" &
wait
run html build --only html --out "$dir/out-html" --templates templates &
run check check --templates templates &
wait
full=$(count full) noquarter=$(count noq) html=$(count html) check=$(count check)
awk -v f="$full" -v q="$noquarter" -v h="$html" -v c="$check" 'BEGIN {
  printf "full build %.2f G instructions; without the quarter %.2f G; --only html %.2f G; check %.2f G\n",
         f / 1e9, q / 1e9, h / 1e9, c / 1e9
  printf "the quarter adds %.1f %% (target <= 10 %%)\n", (f / q - 1) * 100
  printf "the HTML edition adds at most %.1f %% (target <= 10 %%)\n", (h - c) / (f - (h - c)) * 100 }'
