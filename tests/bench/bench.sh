#!/usr/bin/env bash
# Benchmarks sweepc with hyperfine (apt package `hyperfine`) and GNU time (/usr/bin/time), and
# prints one line per case; docs/PERFORMANCE.md records a run. Usage: tests/bench/bench.sh
# Needs the suite's configs in ../shared/inferencex/configs (or SWEEPC_SHARED_CONFIGS=DIR).
#   full-sweep: `sweepc matrix full-sweep` over the real configs (1709 runs) against the floor,
#               yaml-cpp's YAML::LoadFile of the same three files (tests/bench/yaml_floor.cpp),
#               measured in the same hyperfine run; target ratio <= 1.5x.
#   full-sweep 2026-08: the same over the 2026-08 edition's configs (1820 runs, evals on,
#               agentic runs; ../shared/inferencex/2026-08/configs or SWEEPC_SHARED_CONFIGS_2026_08):
#               target <= 1.5x the floor and >= 15x faster than the suite's generator on the same
#               files (about 1.7 s there). `tests/bench/bench.sh editions` runs only the full sweeps.
#   scale Nx:   the same on master configs N times as large (make_synthetic_configs.sh), N = 1, 10,
#               100: time and peak memory, the growth exponent, memory / input at 100x.
#   check/lint: `sweepc check` on a suite folder with the real configs and 100 generated
#               benchmark scripts (make_benchmark_scripts.sh), and `sweepc lint` on the 100 scripts.
#   lint scale: `sweepc lint` on one script of 1x, 10x, 100x 1000 lines (make_scaling_script.sh),
#               the growth exponent, and the hostile shapes that were quadratic or crashed.
#               `tests/bench/bench.sh shell` runs only this part.
#   hostile:    configs of 1x, 10x, 100x 1,000 top-level keys (each a schema error), the growth
#               exponent; a 100,000-value conc-list (100,000 runs, the default --max-runs); and 7 KB
#               of aliased rows asking for half a million runs (500,000 nodes added by aliases, half
#               the alias budget), refused by the run budget before expanding. `tests/bench/bench.sh hostile` runs only this part.
#   suite:      `sweepc check` run bare at the root of the 2026-08 suite (../shared/inferencex/2026-08/suite
#               or SWEEPC_SHARED_SUITE_2026_08: configs, recipes, changelog, the benchmark scripts the
#               runs use, the launchers) against ShellCheck on the scripts that check lints (read off
#               with strace, apt package `strace`; without it, on every script), and `sweepc lint`
#               against ShellCheck on every script of the tree. `tests/bench/bench.sh suite` runs only
#               this part.
set -euo pipefail
part=${1:-all}
cd "$(dirname "$0")/../.."
repo=$PWD
configs=${SWEEPC_SHARED_CONFIGS:-$repo/../shared/inferencex/configs}
build=${SWEEPC_BENCH_BUILD:-build-perf}
for tool in hyperfine /usr/bin/time awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is needed (apt-get install hyperfine time)" >&2; exit 2; }
done
[ -f "$configs/nvidia-master.yaml" ] || { echo "bench: no configs in $configs" >&2; exit 2; }

# Release build of sweepc and the floor; warnings are the test build's business, not this one's.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSWEEPC_BUILD_TESTS=OFF -DSWEEPC_BUILD_BENCH=ON \
  -DSWEEPC_WERROR=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target sweepc sweepc_yaml_floor >/dev/null
sweepc=$repo/$build/sweepc
floor=$repo/$build/tests/bench/sweepc_yaml_floor

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median_ms CSV ROW: hyperfine's median of the ROW-th command, in milliseconds.
median_ms() { awk -F, -v row="$2" 'NR == row + 1 { printf "%.1f", $4 * 1000 }' "$1"; }
# peak_mib DIR CMD...: peak resident memory of one run, in MiB.
peak_mib() {
  local dir=$1
  shift
  (cd "$dir" && /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1) || true
  # GNU time puts "Command exited with non-zero status N" first when the command fails.
  awk 'END { printf "%.1f", $1 / 1024 }' "$work/rss"
}
matrix_args="matrix full-sweep --config-files amd-master.yaml nvidia-master.yaml --runner-config runners.yaml"
floor_args="amd-master.yaml nvidia-master.yaml runners.yaml"

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"

if [ "$part" = all ] || [ "$part" = editions ]; then
# 1. full-sweep against the floor, in one hyperfine run.
runs=$(cd "$configs" && "$sweepc" $matrix_args | awk -F'"image": ' '{ print NF - 1 }')
(cd "$configs" && hyperfine -N --warmup 3 --runs 30 --export-csv "$work/full.csv" \
  "$sweepc $matrix_args" "$floor $floor_args" >/dev/null 2>"$work/hyperfine.err") || {
  cat "$work/hyperfine.err" >&2
  exit 1
}
sweepc_ms=$(median_ms "$work/full.csv" 1)
floor_ms=$(median_ms "$work/full.csv" 2)
ratio=$(awk -v a="$sweepc_ms" -v b="$floor_ms" 'BEGIN { printf "%.2f", a / b }')
echo "full-sweep ($runs runs): sweepc ${sweepc_ms} ms, floor ${floor_ms} ms, ratio ${ratio}x (target <= 1.5x); peak $(peak_mib "$configs" "$sweepc" $matrix_args) MiB vs floor $(peak_mib "$configs" "$floor" $floor_args) MiB"

# 1b. The 2026-08 edition's full sweep against the floor, and against the suite's generator.
configs_2026_08=${SWEEPC_SHARED_CONFIGS_2026_08:-$repo/../shared/inferencex/2026-08/configs}
generator_ms=1700  # the suite's generator at 843c6254f on the same files (not runnable here)
if [ -f "$configs_2026_08/nvidia-master.yaml" ]; then
  runs=$(cd "$configs_2026_08" && "$sweepc" $matrix_args | awk -F'"image": ' '{ print NF - 1 }')
  (cd "$configs_2026_08" && hyperfine -N --warmup 3 --runs 30 --export-csv "$work/full08.csv" \
    "$sweepc $matrix_args" "$floor $floor_args" >/dev/null 2>"$work/hyperfine.err") || {
    cat "$work/hyperfine.err" >&2
    exit 1
  }
  sweepc_ms=$(median_ms "$work/full08.csv" 1)
  floor_ms=$(median_ms "$work/full08.csv" 2)
  echo "full-sweep 2026-08 ($runs runs): sweepc ${sweepc_ms} ms, floor ${floor_ms} ms, ratio $(awk -v a="$sweepc_ms" -v b="$floor_ms" 'BEGIN { printf "%.2f", a / b }')x (target <= 1.5x); $(awk -v g="$generator_ms" -v a="$sweepc_ms" 'BEGIN { printf "%.0f", g / a }')x faster than the generator's ~${generator_ms} ms (target >= 15x); peak $(peak_mib "$configs_2026_08" "$sweepc" $matrix_args) MiB vs floor $(peak_mib "$configs_2026_08" "$floor" $floor_args) MiB"
fi
[ "$part" = editions ] && exit 0

# 2. scaling.
declare -A scale_ms scale_bytes scale_mib
for scale in 1 10 100; do
  dir=$work/scale$scale
  tests/bench/make_synthetic_configs.sh "$scale" "$configs" "$dir"
  bytes=$(cat "$dir"/*.yaml | wc -c)
  count=$((scale == 100 ? 3 : 10))
  # hyperfine's outlier warnings would break the one-line summaries; kept in a file, shown on failure.
  (cd "$dir" && hyperfine -N --warmup 1 --runs "$count" --export-csv "$work/scale$scale.csv" \
    "$sweepc $matrix_args" "$floor $floor_args" >/dev/null 2>"$work/hyperfine.err") || {
    cat "$work/hyperfine.err" >&2
    exit 1
  }
  scale_ms[$scale]=$(median_ms "$work/scale$scale.csv" 1)
  scale_bytes[$scale]=$bytes
  scale_mib[$scale]=$(peak_mib "$dir" "$sweepc" $matrix_args)
  floor_scale_ms=$(median_ms "$work/scale$scale.csv" 2)
  echo "scale ${scale}x ($(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB in, $((runs * scale)) runs): sweepc ${scale_ms[$scale]} ms, floor ${floor_scale_ms} ms, ratio $(awk -v a="${scale_ms[$scale]}" -v b="$floor_scale_ms" 'BEGIN { printf "%.2f", a / b }')x; peak ${scale_mib[$scale]} MiB = $(awk -v m="${scale_mib[$scale]}" -v b="$bytes" 'BEGIN { printf "%.1f", m * 1048576 / b }')x input, floor $(peak_mib "$dir" "$floor" $floor_args) MiB"
  rm -rf "$dir"
done
awk -v t1="${scale_ms[1]}" -v t10="${scale_ms[10]}" -v t100="${scale_ms[100]}" \
    -v b1="${scale_bytes[1]}" -v b10="${scale_bytes[10]}" -v b100="${scale_bytes[100]}" \
    -v m100="${scale_mib[100]}" 'BEGIN {
  # Least-squares slope of log(time) on log(input size) over the three sizes, and 10x -> 100x alone
  # (less skewed by the fixed start-up cost).
  n = 3; x[1] = log(b1); x[2] = log(b10); x[3] = log(b100); y[1] = log(t1); y[2] = log(t10); y[3] = log(t100)
  for (i = 1; i <= n; i++) { sx += x[i]; sy += y[i]; sxx += x[i] * x[i]; sxy += x[i] * y[i] }
  slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
  printf "growth: time ~ size^%.2f (fit over 1x..100x), size^%.2f from 10x to 100x (target 1 = linear); peak memory at 100x %.1fx input (target < 10x)\n",
    slope, log(t100 / t10) / log(b100 / b10), m100 * 1048576 / b100
}'

# 3. check and lint on a suite folder: the real configs and 100 generated benchmark scripts.
suite=$work/suite
mkdir -p "$suite/.github/configs" "$suite/benchmarks" "$suite/runners"
cp "$configs"/*.yaml "$suite/.github/configs/"
chmod u+w "$suite/.github/configs/"*.yaml
(cd "$suite" && "$sweepc" check 2>&1 || true) | grep -o 'benchmarks/[A-Za-z0-9_./-]*\.sh' | sort -u >"$work/names"
tests/bench/make_benchmark_scripts.sh "$suite" "$work/names" 100
scripts=$(cd "$suite" && find benchmarks -name '*.sh' ! -name benchmark_lib.sh | sort | tr '\n' ' ')
(cd "$suite" && hyperfine -N -i --warmup 2 --runs 20 --export-csv "$work/check.csv" \
  "$sweepc check" "$sweepc lint $scripts" >/dev/null 2>&1)
linted=$(cd "$suite" && "$sweepc" check 2>&1 | tail -1 || true)
# The suite folder has no runners/ launch scripts, so check reports config/missing-launcher errors;
# they are part of the work measured (every rule runs), not a problem of the benchmark.
echo "check (2 master configs + $(cat "$work/names" | wc -l) scripts the runs use): $(median_ms "$work/check.csv" 1) ms, peak $(peak_mib "$suite" "$sweepc" check) MiB [$linted]"
echo "lint (100 scripts, $(cat $(cd "$suite" && find "$suite/benchmarks" -name '*.sh' ! -name benchmark_lib.sh) | wc -l) lines): $(median_ms "$work/check.csv" 2) ms, peak $(peak_mib "$suite" "$sweepc" lint $scripts) MiB"
fi

if [ "$part" = all ] || [ "$part" = shell ]; then
# 4. shell analysis scaling: `sweepc lint` on one generated script of 1x, 10x and 100x 1000 lines
#    (make_scaling_script.sh), and the hostile shapes that were quadratic or crashed.
declare -A lint_ms lint_bytes
for scale in 1 10 100; do
  tests/bench/make_scaling_script.sh $((scale * 1000)) >"$work/scale$scale.sh"
  lint_bytes[$scale]=$(wc -c <"$work/scale$scale.sh")
  count=$((scale == 100 ? 3 : 10))
  hyperfine -N -i --warmup 1 --runs "$count" --export-csv "$work/lint$scale.csv" "$sweepc lint $work/scale$scale.sh" \
    >/dev/null 2>"$work/hyperfine.err" || { cat "$work/hyperfine.err" >&2; exit 1; }
  lint_ms[$scale]=$(median_ms "$work/lint$scale.csv" 1)
  echo "lint scale ${scale}x ($(wc -l <"$work/scale$scale.sh") lines, $(awk -v b="${lint_bytes[$scale]}" 'BEGIN { printf "%.2f", b / 1e6 }') MB): ${lint_ms[$scale]} ms, peak $(peak_mib "$work" "$sweepc" lint "$work/scale$scale.sh") MiB"
done
awk -v t1="${lint_ms[1]}" -v t100="${lint_ms[100]}" -v b1="${lint_bytes[1]}" -v b100="${lint_bytes[100]}" \
  'BEGIN { printf "lint growth: time ~ size^%.2f from 1x to 100x (target 1 = linear)\n", log(t100 / t1) / log(b100 / b1) }'
# 4,000 `V=$(cmd)` each tested as an integer; a 55 KB `true && ...` line; 3,000 nested `$(`.
awk 'BEGIN { for (i = 0; i < 4000; i++) printf "V%d=$(cmd %d)\nif [ \"$V%d\" -gt 0 ]; then echo %d; fi\n", i, i, i, i }' >"$work/pairs.sh"
awk 'BEGIN { printf "true"; for (i = 0; i < 7000; i++) printf " && true"; print "" }' >"$work/chain.sh"
awk 'BEGIN { printf "x="; for (i = 0; i < 3000; i++) printf "$(echo "; printf "a"; for (i = 0; i < 3000; i++) printf ")"; print "" }' >"$work/nested.sh"
for shape in pairs chain nested; do
  hyperfine -N -i --warmup 1 --runs 5 --export-csv "$work/$shape.csv" "$sweepc lint $work/$shape.sh" >/dev/null 2>&1
  echo "lint $shape ($(wc -c <"$work/$shape.sh") bytes): $(median_ms "$work/$shape.csv" 1) ms, peak $(peak_mib "$work" "$sweepc" lint "$work/$shape.sh") MiB"
done
fi

if [ "$part" = all ] || [ "$part" = hostile ]; then
# 5. hostile configs. N top-level keys `kNNNNNN: 1`: every one a schema error, so this also measures
#    reporting N located errors.
runners_file=$configs/runners.yaml
declare -A keys_ms keys_bytes
for scale in 1 10 100; do
  awk -v n=$((scale * 1000)) 'BEGIN { for (i = 0; i < n; i++) printf "k%06d: 1\n", i }' >"$work/keys$scale.yaml"
  keys_bytes[$scale]=$(wc -c <"$work/keys$scale.yaml")
  count=$((scale == 100 ? 3 : 10))
  hyperfine -N -i --warmup 1 --runs "$count" --export-csv "$work/keys$scale.csv" \
    "$sweepc matrix full-sweep --config-files $work/keys$scale.yaml --runner-config $runners_file" \
    >/dev/null 2>"$work/hyperfine.err" || { cat "$work/hyperfine.err" >&2; exit 1; }
  keys_ms[$scale]=$(median_ms "$work/keys$scale.csv" 1)
  echo "keys ${scale}x ($((scale * 1000)) keys, $(awk -v b="${keys_bytes[$scale]}" 'BEGIN { printf "%.2f", b / 1e6 }') MB): ${keys_ms[$scale]} ms, peak $(peak_mib "$work" "$sweepc" matrix full-sweep --config-files "$work/keys$scale.yaml" --runner-config "$runners_file") MiB"
done
awk -v t1="${keys_ms[1]}" -v t10="${keys_ms[10]}" -v t100="${keys_ms[100]}" -v b1="${keys_bytes[1]}" \
  -v b10="${keys_bytes[10]}" -v b100="${keys_bytes[100]}" 'BEGIN {
  printf "keys growth: time ~ size^%.2f from 1x to 100x, size^%.2f from 10x to 100x (target 1 = linear)\n",
    log(t100 / t1) / log(b100 / b1), log(t100 / t10) / log(b100 / b10) }'
# The rows of one config: a 100,000-value conc-list, and one 1,000-value row aliased 500 times.
row_config() {  # ROWS: a config whose single-node 1k1k search space is ROWS
  printf 'hostile-fp4-mi355x-vllm:\n  image: vllm/vllm-openai-rocm:v0.18.0\n  model: amd/Kimi-K2.5-MXFP4\n'
  printf '  model-prefix: kimik2.5\n  runner: mi355x\n  precision: fp4\n  framework: vllm\n  multinode: false\n'
  printf '  seq-len-configs:\n  - isl: 1024\n    osl: 1024\n    search-space: %s\n' "$1"
}
row_config "[ { tp: 8, conc-list: [$(seq -s, 1 100000)] } ]" >"$work/list.yaml"
row_config "[ &row { tp: 8, conc-list: [$(seq -s, 1 1000)] }$(printf ', *row%.0s' $(seq 2 500)) ]" >"$work/aliased.yaml"
for shape in list aliased; do
  args="matrix full-sweep --config-files $work/$shape.yaml --runner-config $runners_file"
  hyperfine -N -i --warmup 1 --runs 5 --export-csv "$work/$shape.csv" "$sweepc $args" >/dev/null 2>&1
  status=0
  "$sweepc" $args >/dev/null 2>"$work/$shape.err" || status=$?
  echo "$shape ($(wc -c <"$work/$shape.yaml") bytes, exit $status$(grep -o 'expands to [0-9]* runs' "$work/$shape.err" | head -1 | sed 's/^/: /')): $(median_ms "$work/$shape.csv" 1) ms, peak $(peak_mib "$work" "$sweepc" $args) MiB"
done
fi

if [ "$part" = all ] || [ "$part" = suite ]; then
# 6. The whole 2026-08 suite: check against ShellCheck on the same scripts, then lint against
#    ShellCheck on every script. Read in place: check writes nothing into the suite.
suite_2026_08=${SWEEPC_SHARED_SUITE_2026_08:-$repo/../shared/inferencex/2026-08/suite}
command -v shellcheck >/dev/null 2>&1 || { echo "bench: shellcheck is needed (apt-get install shellcheck)" >&2; exit 2; }
if [ -d "$suite_2026_08/configs" ]; then
  (cd "$suite_2026_08" && find benchmarks runners -name '*.sh' | sort) >"$work/all-scripts"
  if command -v strace >/dev/null 2>&1; then
    # The scripts check opened: the ones the runs resolve to, and the launchers.
    (cd "$suite_2026_08" && strace -f -e trace=openat -o "$work/opened" "$sweepc" check >/dev/null 2>&1 || true)
    grep -v ENOENT "$work/opened" | grep -o '"[^"/][^"]*\.sh"' | tr -d '"' | sort -u >"$work/checked-scripts"
    same="the $(wc -l <"$work/checked-scripts") scripts check lints"
  else
    cp "$work/all-scripts" "$work/checked-scripts"
    same="every script (strace not installed: check lints fewer)"
  fi
  checked=$(tr '\n' ' ' <"$work/checked-scripts")
  all=$(tr '\n' ' ' <"$work/all-scripts")
  (cd "$suite_2026_08" && hyperfine -N -i --warmup 1 --runs 5 --export-csv "$work/suite.csv" \
    "$sweepc check" "shellcheck $checked" "$sweepc lint $all" "shellcheck $all" >/dev/null 2>"$work/hyperfine.err") || {
    cat "$work/hyperfine.err" >&2
    exit 1
  }
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b / a }'; }
  findings=$(cd "$suite_2026_08" && "$sweepc" check 2>&1 | tail -1 || true)
  check_ms=$(median_ms "$work/suite.csv" 1)
  shellcheck_same_ms=$(median_ms "$work/suite.csv" 2)
  echo "check 2026-08 suite [$findings]: ${check_ms} ms, peak $(peak_mib "$suite_2026_08" "$sweepc" check) MiB; shellcheck on $same ($(cd "$suite_2026_08" && cat $checked | wc -l) lines): ${shellcheck_same_ms} ms, $(ratio "$check_ms" "$shellcheck_same_ms")x check's time"
  lint_ms=$(median_ms "$work/suite.csv" 3)
  shellcheck_all_ms=$(median_ms "$work/suite.csv" 4)
  echo "lint on every script of the 2026-08 suite ($(wc -l <"$work/all-scripts") scripts, $(cd "$suite_2026_08" && cat $all | wc -l) lines): ${lint_ms} ms, peak $(peak_mib "$suite_2026_08" "$sweepc" lint $all) MiB; shellcheck on the same: ${shellcheck_all_ms} ms, $(ratio "$lint_ms" "$shellcheck_all_ms")x lint's time"
fi
fi
