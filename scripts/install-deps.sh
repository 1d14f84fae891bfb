#!/usr/bin/env bash
# Installs what sweepc needs on a Debian machine, and nothing when it is all there already.
# --build-only: just what building sweepc needs (the GitHub Action's build from source), not the
# tools the tests use.
set -euo pipefail

packages=(
  cmake g++ make pkg-config git
  libyaml-cpp-dev libvalijson-dev libfmt-dev nlohmann-json3-dev libcli11-dev
  libtree-sitter-dev   # the bash grammar itself is fetched, pinned and hash-checked by CMake
  gzip                 # the man page is installed compressed
)
if [ "${1:-}" != --build-only ]; then
  packages+=(
    catch2
    shellcheck         # generated run scripts are checked with it in the tests
    dpkg-dev file      # cpack's .deb: dpkg-shlibdeps reads the dependencies off the binary
    zsh fish           # the completion tests load the scripts into each shell
    groff-base         # the install tests render the man page
    pre-commit curl    # the hook and action tests run pre-commit and the action's download
  )
fi
# npm fetches the pinned tree-sitter-bash grammar; a machine with Node.js from elsewhere has it.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
echo "install-deps: installing ${missing[*]}"
run_as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
