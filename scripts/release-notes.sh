#!/usr/bin/env bash
# The release notes of a version: its section of CHANGELOG.md, without the heading.
#   scripts/release-notes.sh X.Y.Z          prints the notes; exit 1 when CHANGELOG.md has none
#   scripts/release-notes.sh --check vX.Y.Z exit 1 unless the tag names the version in
#                                           CMakeLists.txt and CHANGELOG.md has notes for it
set -euo pipefail
cd "$(dirname "$0")/.."

notes() {  # VERSION: the lines after "## [VERSION]" up to the next "## " heading or link list
  awk -v heading="## [$1]" '
    index($0, heading) == 1 { inside = 1; next }
    inside && (/^## / || /^\[[^]]+\]: /) { exit }
    inside { print }
  ' CHANGELOG.md | sed -e '/./,$!d' | sed -e ':a' -e '/^\n*$/{$d;N;ba' -e '}'
}

if [ "${1:-}" = --check ]; then
  tag=${2:-}
  version=$(sed -n 's/^project(sweepc VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
  if [ "$tag" != "v$version" ]; then
    echo "release-notes: tag '$tag' is not v$version, the version in CMakeLists.txt" >&2
    exit 1
  fi
  if [ -z "$(notes "$version")" ]; then
    echo "release-notes: CHANGELOG.md has no section '## [$version]'; move the Unreleased notes there" >&2
    exit 1
  fi
  exit 0
fi
if [ $# -ne 1 ]; then
  echo "usage: $0 X.Y.Z | --check vX.Y.Z" >&2
  exit 2
fi
text=$(notes "$1")
if [ -z "$text" ]; then
  echo "release-notes: CHANGELOG.md has no section '## [$1]'" >&2
  exit 1
fi
printf '%s\n' "$text"
