#!/usr/bin/env bash
# Writes one benchmark-shaped bash script of about LINES lines to stdout, for the shell-analysis
# scaling benchmark: blocks of command-output assignments each tested as an integer (the shape that
# was quadratic), guarded reads, `&&` chains, a case, a function and a continued server command.
# Every block adds new variable names, so the analysis tracks more of them as the script grows.
# Usage: make_scaling_script.sh LINES
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 LINES" >&2
  exit 2
fi
lines=$1
echo '#!/usr/bin/env bash'
echo 'check_env_vars MODEL TP CONC'
block=0
written=2
while [ "$written" -lt "$lines" ]; do
  block=$((block + 1))
  cat <<BLOCK
count_$block=\$(grep -c ready "log_$block.txt" || true)
version_$block=\$(tool --version | awk '{print \$NF}')
if [[ "\$version_$block" =~ ^[0-9]+\$ ]] && [ "\$version_$block" -lt $block ]; then
  echo "old tool \$count_$block"
fi
[ -n "\${OPTIONAL_$block:-}" ] && [ "\$count_$block" -gt 0 ] && echo "optional $block"
case "\$TP" in
  1 | 2) mem_$block=0.8 ;;
  *) mem_$block=0.9 ;;
esac
step_$block() {
  local inner=\$((CONC * $block))
  echo "\$inner \$mem_$block"
}
step_$block
vllm serve "\$MODEL" --tensor-parallel-size "\$TP" \\
  --max-num-seqs "\$CONC" \\
  --gpu-memory-utilization "\$mem_$block"
BLOCK
  written=$((written + 17))
done
