#!/usr/bin/env bash
# Writes COUNT benchmark scripts shaped like the suite's (check_env_vars, server launch, client
# run, integer tests on EP_SIZE/TP, a few loops), about 75 lines each, into SUITE_ROOT. The paths
# listed in NAMES_FILE (relative to SUITE_ROOT, one a line) come first; the rest are
# benchmarks/single_node/extra_<n>.sh. Usage: make_benchmark_scripts.sh SUITE_ROOT NAMES_FILE COUNT
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 SUITE_ROOT NAMES_FILE COUNT" >&2
  exit 2
fi
root=$1 names_file=$2 count=$3

write_script() {  # PATH INDEX
  local path=$1 index=$2 step
  mkdir -p "$(dirname "$path")"
  {
    cat <<'HEADER'
#!/usr/bin/env bash
set -euo pipefail
source "$(dirname "$0")/../benchmark_lib.sh"

check_env_vars MODEL TP CONC ISL OSL MAX_MODEL_LEN RANDOM_RANGE_RATIO RESULT_FILENAME EP_SIZE DP_ATTENTION

SERVER_LOG=/workspace/server.log
PORT=${PORT:-8888}
EXTRA_ARGS=""
if [ "$EP_SIZE" -gt 1 ]; then
  EXTRA_ARGS="$EXTRA_ARGS --enable-expert-parallel"
fi
if [ "$DP_ATTENTION" = "true" ]; then
  EXTRA_ARGS="$EXTRA_ARGS --data-parallel-size $TP"
fi
case "$TP" in
  1 | 2) MEM_FRACTION=0.80 ;;
  4) MEM_FRACTION=0.85 ;;
  *) MEM_FRACTION=0.90 ;;
esac
export VLLM_USE_V1=1
HEADER
    printf 'export SCRIPT_INDEX=%d\n' "$index"
    for step in $(seq 1 $((8 + index % 5))); do
      cat <<STEP
if [ "\$CONC" -ge $((step * 16)) ]; then
  MAX_BATCH_$step=\$(( CONC * $step ))
  echo "step $step: batch \$MAX_BATCH_$step" >>"\$SERVER_LOG"
fi
STEP
    done
    cat <<'FOOTER'
vllm serve "$MODEL" --port "$PORT" --tensor-parallel-size "$TP" \
  --max-model-len "$MAX_MODEL_LEN" --gpu-memory-utilization "$MEM_FRACTION" \
  $EXTRA_ARGS >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
wait_for_server_ready --port "$PORT" --server-log "$SERVER_LOG" --server-pid "$SERVER_PID"

run_benchmark_serving \
  --model "$MODEL" --port "$PORT" --backend vllm \
  --input-len "$ISL" --output-len "$OSL" --random-range-ratio "$RANDOM_RANGE_RATIO" \
  --num-prompts $((CONC * 10)) --max-concurrency "$CONC" \
  --result-filename "$RESULT_FILENAME" --result-dir /workspace/

if [ "${RUN_EVAL:-false}" = "true" ]; then
  run_eval --framework lm-eval --port "$PORT"
  append_lm_eval_summary
fi
for attempt in 1 2 3; do
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" && break
  fi
  sleep "$attempt"
done
FOOTER
  } >"$path"
  chmod +x "$path"
}

written=0
while IFS= read -r name && [ "$written" -lt "$count" ]; do
  [ -n "$name" ] || continue
  written=$((written + 1))
  write_script "$root/$name" "$written"
done <"$names_file"
while [ "$written" -lt "$count" ]; do
  written=$((written + 1))
  write_script "$root/benchmarks/single_node/extra_$written.sh" "$written"
done
# The library the scripts source, so the suite looks whole.
mkdir -p "$root/benchmarks"
printf '#!/usr/bin/env bash\ncheck_env_vars() { :; }\n' >"$root/benchmarks/benchmark_lib.sh"
