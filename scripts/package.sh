#!/usr/bin/env bash
# Builds the release packages into OUT_DIR (default dist/): scripts/package.sh [OUT_DIR]
#   sweepc_<version>_amd64.deb             for Debian 12; depends on Debian's shared libraries
#   sweepc-<version>-linux-x86_64.tar.gz   portable: yaml-cpp, tree-sitter, fmt and the C++
#                                          runtime linked in, needs only glibc 2.36 or newer
#   SHA256SUMS
# Release builds in build-release/ and build-portable/; the release workflow runs this script.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
jobs=$(nproc)

scripts/install-deps.sh
build() {  # FOLDER CMAKE_ARGS...
  local folder=$1
  shift
  cmake -S . -B "$folder" -DCMAKE_BUILD_TYPE=Release -DSWEEPC_BUILD_TESTS=OFF "$@" >/dev/null
  cmake --build "$folder" -j"$jobs" --target sweepc sweepc_command_line_docs_files
}
build build-release -DSWEEPC_PORTABLE=OFF
build build-portable -DSWEEPC_PORTABLE=ON
# The portable binary may need glibc's libraries and nothing else: a shared yaml-cpp, fmt,
# tree-sitter or C++ runtime would make the .tar.gz fail where those are missing or differ.
needed=$(readelf -d build-portable/sweepc | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p')
others=$(grep -Ev '^(libc|libm|libpthread|libdl|librt|ld-linux-x86-64)\.so' <<<"$needed" || true)
if [ -n "$others" ]; then
  echo "package: the portable sweepc needs shared libraries besides glibc's: ${others//$'\n'/ }" >&2
  exit 1
fi
# The newest glibc symbol version it needs is the oldest glibc it runs on; the README promises
# 2.36 (Debian 12; Ubuntu 24.04, GitHub's ubuntu-latest). The static C++ runtime's
# std::random_device brings in arc4random, which is what needs 2.36.
portable_glibc=2.36
needs_glibc=$(objdump -T build-portable/sweepc | grep -o 'GLIBC_[0-9.]*' | sed 's/^GLIBC_//' | sort -uV | tail -n1)
if [ "$(printf '%s\n%s\n' "$needs_glibc" "$portable_glibc" | sort -V | tail -n1)" != "$portable_glibc" ]; then
  echo "package: the portable sweepc needs glibc $needs_glibc, newer than the $portable_glibc the README promises" >&2
  exit 1
fi
cpack -G DEB --config build-release/CPackConfig.cmake -B "$out" >/dev/null
cpack -G TGZ --config build-portable/CPackConfig.cmake -B "$out" >/dev/null
rm -rf "$out/_CPack_Packages"
(cd "$out" && sha256sum -- *.deb *.tar.gz >SHA256SUMS)
ls -l "$out"
