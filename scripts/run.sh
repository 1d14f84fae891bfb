#!/usr/bin/env bash
# One command for a fresh machine: install what is missing, build sweepc, and run the main job on
# configs/: compile configs/master.yaml and configs/runners.yaml into generated/ (matrices, one
# script per run, plan.md), then show the plan's summary.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSWEEPC_BUILD_TESTS=OFF >/dev/null
# The man page and completion scripts too, so that `cmake --install build` has all it installs.
cmake --build build -j"$(nproc)" --target sweepc sweepc_command_line_docs_files

build/sweepc emit --config-files configs/master.yaml --runner-config configs/runners.yaml --out generated
sed -n '1,/^## /p' generated/plan.md | sed '$d'
