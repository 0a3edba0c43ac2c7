#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz/ (docs/reliability.md, "Fuzzing").
#
#   scripts/fuzz.sh [--seconds N] [--seed N] [--build-dir DIR] [TARGET...]
#
#   --seconds N      how long each target runs (default 60)
#   --seed N         libFuzzer's random seed (default: a new one each run);
#                    CI gives one, so what a submission's run tries first
#                    is the same on every try and a failure replays exactly
#   --build-dir DIR  the clang build, made or reused (default build-sanitize, the
#                    build scripts/sanitize.sh makes: one build runs the suite
#                    under the sanitizers and fuzzes from the same objects)
#   TARGET           tree, tailoring, plan, weights, assessment_yaml, ...: the
#                    <name> of tests/fuzz/fuzz_<name>.cpp (default: every one)
#
# Each target starts from its seeds (tests/fuzz/<name>.seeds: globs of the
# tests' data) and its regressions (tests/data/fuzz/<name>/), copied into
# DIR/fuzz/corpus/<name>/, which keeps what it finds for the next run; it
# runs with its dictionary (tests/fuzz/<name>.dict), an input length suited
# to what it reads, -timeout=10 and -rss_limit_mb=2048, two targets at a time.
# A crash, leak, timeout or out-of-memory fails the run: its reproducer is
# kept in DIR/fuzz/artifacts/<name>/ and the command replaying it is printed.
# Ends with a line per target (runs, exec/s, coverage) and
# "fuzz: N passed, M failed"; exits 1 when any failed, 2 on a usage error.
#
# Environment: JOBS (parallel compile jobs, default the number of cores),
# FUZZ_PARALLEL (targets run at once, default 2).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

usage() {
  sed -n '4,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

seconds=60
seed=0
build_dir=build-sanitize
targets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || usage; seconds=$2; shift 2 ;;
    --seed) [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || usage; seed=$2; shift 2 ;;
    --build-dir) [[ $# -ge 2 ]] || usage; build_dir=$2; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; usage ;;
    *) targets+=("$1"); shift ;;
  esac
done

all_targets=()
for source in tests/fuzz/fuzz_*.cpp; do
  name=$(basename "$source" .cpp)
  name=${name#fuzz_}
  [[ $name == support ]] || all_targets+=("$name")
done
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  if [[ ! -f tests/fuzz/fuzz_$target.cpp ]]; then
    echo "fuzz.sh: no target '$target' (tests/fuzz/fuzz_$target.cpp); targets: ${all_targets[*]}" >&2
    exit 2
  fi
done

# --- The build: clang, coverage and the sanitizers, reused when configured ----------------

bash scripts/deps.sh build fuzz
if [[ ! -f "$build_dir/CMakeCache.txt" ]] || ! grep -q '^CITYSECEVAL_FUZZ:BOOL=ON' "$build_dir/CMakeCache.txt"; then
  launcher=()
  command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # The same configuration as scripts/sanitize.sh, so either script reuses the other's build.
  cmake -S . -B "$build_dir" "${launcher[@]}" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" -DCITYSECEVAL_WARNINGS_AS_ERRORS=ON \
    -DCITYSECEVAL_SANITIZE=ON -DCITYSECEVAL_FUZZ=ON -DCITYSECEVAL_BUILD_BENCH=OFF
fi
cmake --build "$build_dir" -j "${JOBS:-$(nproc)}" --target "${targets[@]/#/cityseceval_fuzz_}"

# --- One target ---------------------------------------------------------------------------

# The longest input each target is given: enough for its largest seeds (the
# standard's tree is 50 KB, a workbook 12 KB), no more, since longer inputs
# are slower to run and to mutate.
max_len() {
  case "$1" in
    tree) echo 65536 ;;
    assessment_xlsx) echo 32768 ;;
    plan|weights) echo 8192 ;;
    *) echo 16384 ;;
  esac
}

work=$build_dir/fuzz
mkdir -p "$work"

# Copies the target's seeds and regressions into its corpus directory.
assemble_corpus() {
  local target=$1 corpus=$work/corpus/$1 pattern file
  mkdir -p "$corpus"
  if [[ -f tests/fuzz/$target.seeds ]]; then
    while IFS= read -r pattern; do
      [[ -z $pattern || $pattern == \#* ]] && continue
      for file in $pattern; do
        [[ -f $file ]] && cp "$file" "$corpus/seed-$(echo "$file" | tr / _)"
      done
    done < "tests/fuzz/$target.seeds"
  fi
  for file in tests/data/fuzz/"$target"/*; do
    [[ -f $file ]] && cp "$file" "$corpus/regression-$(basename "$file")"
  done
  return 0
}

# Runs one target; its log is $work/<target>.log, its verdict $work/<target>.status.
run_target() {
  local target=$1 binary=$build_dir/tests/fuzz/cityseceval_fuzz_$1 artifacts=$work/artifacts/$1
  local dict=() status=0
  rm -rf "$artifacts"
  mkdir -p "$artifacts"
  [[ -f tests/fuzz/$target.dict ]] && dict=(-dict="tests/fuzz/$target.dict")
  "$binary" "$work/corpus/$target" "${dict[@]}" -max_total_time="$seconds" -max_len="$(max_len "$target")" \
    -seed="$seed" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
    >"$work/$target.log" 2>&1 || status=$?
  echo "$status" >"$work/$target.status"
}

# "runs N, exec/s N, cov N" from a target's log.
summary_of() {
  local log=$1 runs rate coverage
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
  rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
  coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true)
  echo "runs ${runs:-?}, exec/s ${rate:-?}, cov ${coverage:-?}"
}

# --- All of them, FUZZ_PARALLEL at a time --------------------------------------------------

parallel=${FUZZ_PARALLEL:-2}
for target in "${targets[@]}"; do
  assemble_corpus "$target"
  while [[ $(jobs -rp | wc -l) -ge $parallel ]]; do wait -n || true; done
  echo "fuzz.sh: $target for ${seconds}s ($(ls "$work/corpus/$target" | wc -l) inputs in its corpus)"
  run_target "$target" &
done
wait || true

passed=0
failed=0
echo
for target in "${targets[@]}"; do
  status=$(cat "$work/$target.status" 2>/dev/null || echo 1)
  artifact=$(find "$work/artifacts/$target" -type f 2>/dev/null | head -1)
  if [[ $status -eq 0 && -z $artifact ]]; then
    passed=$((passed + 1))
    echo "fuzz: $target passed: $(summary_of "$work/$target.log")"
  else
    failed=$((failed + 1))
    echo "fuzz: $target FAILED (exit $status): $(summary_of "$work/$target.log")"
    grep -m1 -E '^==[0-9]+==ERROR|fuzz invariant broken|deadly signal|ERROR: libFuzzer' "$work/$target.log" || true
    echo "  log: $work/$target.log"
    if [[ -n $artifact ]]; then
      echo "  reproducer: $artifact"
      echo "  replay: $build_dir/tests/fuzz/cityseceval_fuzz_$target $artifact"
      echo "  keep it as a regression: cp $artifact tests/data/fuzz/$target/<what-it-is>"
    fi
  fi
done
echo "fuzz: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
