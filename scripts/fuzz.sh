#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in build-fuzz and runs each for a bounded
# time: scripts/fuzz.sh [SECONDS_PER_TARGET] (default 60). Seeds come from tests/fixtures, the
# regression inputs in tests/fuzz/regressions, hostile shapes in tests/fuzz/seeds (and generated
# below: deep nesting, many keys), and the suite's real configs in
# ../shared/inferencex/configs when that folder exists (read in place, never copied into the repo).
# A crash, leak, timeout or out-of-memory leaves its input in build-fuzz/findings/<target>/ and
# makes the script exit 1; turn each into a regression test (tests/hardening) and a file under
# tests/fuzz/regressions/<target>/. Set SWEEPC_FUZZ_NICE=19 to run at low priority.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
case $seconds in '' | *[!0-9]*) echo "usage: $0 [SECONDS_PER_TARGET]" >&2; exit 2 ;; esac
build=build-fuzz
jobs=$(nproc)

scripts/install-deps.sh
# libFuzzer ships with clang's runtime libraries (Debian: libclang-rt-14-dev next to clang 14).
fuzz_packages=(clang libclang-rt-14-dev)
missing=()
for package in "${fuzz_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -ne 0 ]; then
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  echo "fuzz: installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSWEEPC_FUZZ=ON \
    -DSWEEPC_BUILD_TESTS=OFF -DSWEEPC_WERROR=OFF >/dev/null
fi
cmake --build "$build" -j"$jobs" --target fuzz_config fuzz_shell_lint

# Seeds are rebuilt on every run; the working corpus in $build/corpus keeps what fuzzing found.
seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds/fuzz_config" "$seeds/fuzz_shell_lint"
add_config_seed() {  # FILE: fuzz_config reads its first byte as sweep options
  local name
  name=$(printf '%s' "$1" | tr '/' '_')
  { printf '\001'; cat "$1"; } >"$seeds/fuzz_config/$name"
}
while IFS= read -r -d '' file; do add_config_seed "$file"; done \
  < <(find tests/fixtures configs -name '*.yaml' -size -256k -print0)
if [ -d ../shared/inferencex/configs ]; then
  for file in ../shared/inferencex/configs/*.yaml; do add_config_seed "$file"; done
fi
while IFS= read -r -d '' file; do cp "$file" "$seeds/fuzz_shell_lint/"; done \
  < <(find tests/fixtures -name '*.sh' -print0)
for target in fuzz_config fuzz_shell_lint; do
  for kept in regressions seeds; do
    if [ -d "tests/fuzz/$kept/$target" ]; then cp tests/fuzz/$kept/$target/* "$seeds/$target/" 2>/dev/null || true; fi
  done
done
# Shapes too large to keep as files: nesting at and past the YAML limit (256), in flow and block
# style, and a mapping of 3,000 keys with a duplicate at its end.
nested() { printf '\001'; printf "%${1}s" '' | tr ' ' '['; printf "%${1}s" '' | tr ' ' ']'; echo; }
nested 256 >"$seeds/fuzz_config/nesting_at_limit.yaml"
nested 257 >"$seeds/fuzz_config/nesting_past_limit.yaml"
{ printf '\001'; for level in $(seq 0 256); do printf "%${level}s" ''; echo 'a:'; done; } \
  >"$seeds/fuzz_config/block_nesting_past_limit.yaml"
{ printf '\001'; for key in $(seq 1 3000); do echo "k$key: $key"; done; echo 'k3000: again'; } \
  >"$seeds/fuzz_config/many_keys.yaml"

status=0
passed=0
failed=0
for target in fuzz_config fuzz_shell_lint; do
  mkdir -p "$build/corpus/$target" "$build/findings/$target"
  echo "fuzz: $target for ${seconds}s"
  # -rss_limit_mb and -timeout turn a blow-up or a hang into a finding instead of a stuck run.
  if ! nice -n "${SWEEPC_FUZZ_NICE:-0}" "$build/tests/fuzz/$target" "$build/corpus/$target" "$seeds/$target" \
      -dict=tests/fuzz/$target.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/findings/$target/" \
      >"$build/$target.log" 2>&1; then
    echo "fuzz: $target FAILED; input in $build/findings/$target/, log in $build/$target.log" >&2
    grep -E 'ERROR|SUMMARY|Test unit written' "$build/$target.log" | head -20 >&2 || true
    status=1
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
  grep -E '^stat::number_of_executed_units|^Done' "$build/$target.log" | tr '\n' ' ' || true
  echo
done
echo "fuzz: $passed passed, $failed failed"
exit $status
