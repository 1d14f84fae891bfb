#!/usr/bin/env bash
# One command for a fresh machine: install what is missing, build sweepc, and run the main job on
# configs/: resolve the sweep of configs/master.yaml against configs/runners.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSWEEPC_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target sweepc

build/sweepc matrix full-sweep --config-files configs/master.yaml --runner-config configs/runners.yaml
