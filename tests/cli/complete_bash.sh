#!/usr/bin/env bash
# Usage: complete_bash.sh SCRIPT WORD...  Loads the completion SCRIPT, completes the last WORD of
# the command line WORD... as bash's programmable completion would, and prints the candidates.
set -euo pipefail
script=$1
shift
# shellcheck source=/dev/null
source "$script"
COMP_WORDS=("$@")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
_sweepc
printf '%s\n' "${COMPREPLY[@]}" | sort
