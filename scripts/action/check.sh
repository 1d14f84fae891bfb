#!/usr/bin/env bash
# Runs `sweepc check` for the GitHub Action (action.yml) in the current folder: findings as
# workflow commands (annotations on the PR's files), and with SWEEPC_SARIF_FILE set also a SARIF
# log for code scanning. Writes `exit-code` and `sarif-file` to $GITHUB_OUTPUT and exits with
# sweepc's status (0 clean, 1 findings, 2 usage or I/O error) unless told not to fail on findings.
#
# Environment (set by action.yml from its inputs; every value is data, never code):
#   SWEEPC_ARGS        extra arguments for sweepc check, split at whitespace (no quoting)
#   SWEEPC_SARIF_FILE  where to write the SARIF log; empty: no SARIF
#   SWEEPC_FAIL_ON_FINDINGS  false: exit 0 on findings (exit 1); usage errors (2) still fail
set -euo pipefail

read -r -a args <<<"${SWEEPC_ARGS:-}"
sarif_file=${SWEEPC_SARIF_FILE:-}
# Later steps (the SARIF upload) run at the workspace root, not in this folder.
case $sarif_file in '' | /*) ;; *) sarif_file=$PWD/$sarif_file ;; esac

status=0
sweepc check --format github "${args[@]}" || status=$?
if [ -n "$sarif_file" ] && [ "$status" -le 1 ]; then
  # The same findings again, as SARIF; its status is the one above.
  sweepc check --format sarif "${args[@]}" >"$sarif_file" || true
else
  sarif_file=
fi
{
  echo "exit-code=$status"
  echo "sarif-file=$sarif_file"
} >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
if [ "$status" -eq 1 ] && [ "${SWEEPC_FAIL_ON_FINDINGS:-true}" = false ]; then
  echo "sweepc check found problems (see the annotations); not failing the step, as asked"
  exit 0
fi
exit "$status"
