#!/usr/bin/env bash
# Installs what voortgang needs from Debian 12 and builds it into build/.
# Safe to run again: apt-get skips what is there, CMake rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config ninja-build
  libtomlplusplus-dev libboost-test-dev libcli11-dev libicu-dev
  nlohmann-json3-dev libssl-dev libdeflate-dev libjemalloc-dev
  libcairo2-dev libpango1.0-dev libfribidi-dev libhyphen-dev hyphen-nl libcmark-dev libcsv-dev
  libkainjow-mustache-dev libqpdf-dev icc-profiles-free
  fonts-crosextra-carlito fonts-liberation2 fonts-dejavu-core
  libxlsxwriter-dev
  poppler-utils qpdf unzip zip libreoffice-calc-nogui time
  clang libclang-rt-14-dev
  chromium
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build

# The browser test's npm packages (axe-core, puppeteer-core) from the committed lock file, with
# the machine's Node.js and npm; Debian's own (nodejs, npm) when there are none.
if ! command -v npm >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends nodejs npm
fi
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
# Taplo's CLI for the schema test (tests/taplo_test.cc), at the version the lock file pins.
(cd tests/taplo && npm ci --no-audit --no-fund --loglevel=error)
