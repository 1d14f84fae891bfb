#!/usr/bin/env bash
# One command for all tests: install what is missing, build with AddressSanitizer and
# UndefinedBehaviorSanitizer and warnings as errors, and run every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DSWEEPC_SANITIZE=ON -DSWEEPC_WERROR=ON >/dev/null
cmake --build build-test -j"$(nproc)"
# Sanitizer findings fail the run; leaks are checked too.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-test --output-on-failure -j"$(nproc)"
