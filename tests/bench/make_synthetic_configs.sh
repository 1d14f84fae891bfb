#!/usr/bin/env bash
# Writes master configs SCALE times the size of the given ones: every config entry is repeated
# SCALE times, copy k>1 renamed '<name>-x<k>' so names stay unique. The runners file is copied as
# it is. Usage: make_synthetic_configs.sh SCALE SOURCE_DIR OUT_DIR
# (SOURCE_DIR holds *-master.yaml and runners.yaml, e.g. ../shared/inferencex/configs.)
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 SCALE SOURCE_DIR OUT_DIR" >&2
  exit 2
fi
scale=$1 source_dir=$2 out_dir=$3
case $scale in '' | *[!0-9]* | 0) echo "$0: SCALE must be a positive integer" >&2; exit 2 ;; esac
mkdir -p "$out_dir"
for master in "$source_dir"/*-master.yaml; do
  # A top-level key is a line starting with a name and a colon; everything else belongs to the entry.
  awk -v scale="$scale" '
    { lines[NR] = $0 }
    END {
      for (k = 1; k <= scale; k++) {
        for (i = 1; i <= NR; i++) {
          line = lines[i]
          if (k > 1 && match(line, /^[A-Za-z0-9][^:# ]*:/)) {
            line = substr(line, 1, RLENGTH - 1) "-x" k substr(line, RLENGTH)
          }
          print line
        }
      }
    }' "$master" >"$out_dir/$(basename "$master")"
done
cp "$source_dir/runners.yaml" "$out_dir/runners.yaml"
chmod u+w "$out_dir"/*.yaml
