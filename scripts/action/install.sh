#!/usr/bin/env bash
# Installs sweepc for the GitHub Action (action.yml): the release tarball of the wanted version,
# or, when there is no release to take (the action is used at a branch or commit, or the download
# fails), a build from the action's own checkout. Puts sweepc on PATH through $GITHUB_PATH and
# writes `version` and `source` (release or build) to $GITHUB_OUTPUT.
#
# Environment (set by action.yml from its inputs; every value is data, never code):
#   SWEEPC_VERSION       X.Y.Z to install; empty: the version of the action's tag (vX.Y.Z)
#   SWEEPC_ACTION_REF    the ref the action was used at (github.action_ref)
#   SWEEPC_REPOSITORY    owner/name the release is downloaded from (github.action_repository)
#   SWEEPC_DOWNLOAD_URL  a base URL holding the release files instead of the GitHub release
#   SWEEPC_INSTALL       release (fall back to a build), build (always build)
#   GITHUB_ACTION_PATH, RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT, GH_TOKEN: from the runner
set -euo pipefail

fail() {
  echo "::error title=sweepc install::$1"
  exit 1
}

version=${SWEEPC_VERSION:-}
version=${version#v}
if [ -z "$version" ] && [[ ${SWEEPC_ACTION_REF:-} =~ ^v([0-9]+\.[0-9]+\.[0-9]+)$ ]]; then
  version=${BASH_REMATCH[1]}
fi
if [ -n "$version" ] && ! [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  fail "version '$version' is not X.Y.Z"
fi
install_mode=${SWEEPC_INSTALL:-release}
case $install_mode in release | build) ;; *) fail "install must be 'release' or 'build', not '$install_mode'" ;; esac
prefix=${RUNNER_TEMP:?RUNNER_TEMP is not set}/sweepc

report() {  # SOURCE: where the installed sweepc came from
  local installed
  installed=$("$prefix/bin/sweepc" --version)
  installed=${installed#sweepc }
  if [ -n "$version" ] && [ "$installed" != "$version" ]; then
    fail "installed sweepc $installed, but version $version was asked for"
  fi
  echo "$prefix/bin" >>"${GITHUB_PATH:?GITHUB_PATH is not set}"
  {
    echo "version=$installed"
    echo "source=$1"
  } >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
  echo "sweepc $installed installed from the $1 in $prefix"
}

install_release() {
  local name="sweepc-$version-linux-x86_64.tar.gz" url archive
  if [ -n "${SWEEPC_DOWNLOAD_URL:-}" ]; then
    url=${SWEEPC_DOWNLOAD_URL%/}/$name
  else
    url=https://github.com/${SWEEPC_REPOSITORY:?SWEEPC_REPOSITORY is not set}/releases/download/v$version/$name
  fi
  archive=$RUNNER_TEMP/$name
  local auth=()
  if [ -n "${GH_TOKEN:-}" ] && [[ $url == https://github.com/* ]]; then auth=(-H "Authorization: Bearer $GH_TOKEN"); fi
  echo "Downloading $url"
  curl --fail --silent --show-error --location --retry 3 "${auth[@]}" --output "$archive" "$url" || return 1
  rm -rf "$prefix"
  mkdir -p "$prefix"
  tar -xzf "$archive" -C "$prefix" --strip-components=1 || return 1
  "$prefix/bin/sweepc" --version >/dev/null || return 1
}

install_build() {
  local source=${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}
  echo "Building sweepc from $source"
  "$source/scripts/install-deps.sh" --build-only
  cmake -S "$source" -B "$RUNNER_TEMP/sweepc-build" -DCMAKE_BUILD_TYPE=Release -DSWEEPC_BUILD_TESTS=OFF >/dev/null
  cmake --build "$RUNNER_TEMP/sweepc-build" -j"$(nproc)" --target sweepc sweepc_command_line_docs_files
  cmake --install "$RUNNER_TEMP/sweepc-build" --prefix "$prefix" >/dev/null
}

if [ "$install_mode" = release ] && [ -n "$version" ]; then
  if install_release; then
    report release
    exit 0
  fi
  echo "::warning title=sweepc install::no usable release package of sweepc $version; building it from source"
fi
install_build
report build
