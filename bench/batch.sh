#!/usr/bin/env bash
# Times cityseceval end to end through the binary on generated batches and on
# one file, against the targets of issue #10 (docs/performance.md, "Batches
# and start-up"), and prints a table:
#   - the floor: bench/yaml_floor.cpp, a bare yaml-cpp YAML::Load of the same
#     files in one process, on 1,000 and 10,000 files;
#   - `score --format jsonl --jobs 1`, `--format csv --jobs 1` (each at most
#     1.5x the floor) and `--format jsonl --jobs 2` (1,000 files under 0.6 s),
#     on 1,000 and 10,000 files, with 10,000 over 1,000 (linear: about 10);
#   - the peak memory of those runs on 10,000 files (under 50 MB);
#   - one process scoring one file against `cityseceval --version`, the
#     process floor (at most 2x).
# Each batch run is timed in rounds, the floor and then the run back to back,
# and its ratio to the floor is the median of the rounds' ratios: on a
# shared machine a burst of other people's load slows both halves of a round
# alike. One process is timed with hyperfine when installed (else bash's
# clock), against --version. Nothing is committed: the inputs are generated into a
# temporary directory (cityseceval_bench --write-assessments) and removed.
# Timings are not tests: nothing here runs in scripts/test.sh or CI.
#
#   bench/batch.sh
#
# Environment:
#   BUILD_DIR  build directory (default: build-bench; build/ can be reused)
#   JOBS       parallel compile jobs (default: the number of cores)
#   RUNS       runs of each 1,000-file timing (default: 10)
#   RUNS_10K   runs of each 10,000-file timing (default: 3)
#   RUNS_ONE   runs of the one-file and --version timings (default: 100)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/deps.sh build bench

build_dir=${BUILD_DIR:-build-bench}
runs=${RUNS:-10}
runs_10k=${RUNS_10K:-3}
runs_one=${RUNS_ONE:-100}
# The same options as scripts/test.sh, so build/ can be reused as it is.
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCITYSECEVAL_WARNINGS_AS_ERRORS=ON >&2
if ! grep -q '^benchmark_DIR:PATH=/' "$build_dir/CMakeCache.txt"; then
  echo "batch.sh: Google Benchmark was not found (its generator writes the inputs);" \
       "install libbenchmark-dev (as root: scripts/deps.sh bench)" >&2
  exit 1
fi
cmake --build "$build_dir" --target cityseceval cityseceval_bench cityseceval_yaml_floor -j "${JOBS:-$(nproc)}" >&2
cli=$(realpath "$build_dir/cityseceval")
generator=$(realpath "$build_dir/bench/cityseceval_bench")
floor=$(realpath "$build_dir/bench/cityseceval_yaml_floor")

work=$(mktemp -d "${TMPDIR:-/tmp}/cityseceval-batch.XXXXXX")
trap 'rm -rf "$work"' EXIT
# wall_ms, peak_rss_mb and have, shared with scripts/bench.sh.
source bench/timing.sh

echo "batch.sh: generating 1,000 and 10,000 assessments ..." >&2
"$generator" --write-assessments="$work/1k" --count=1000
"$generator" --write-assessments="$work/10k" --count=10000
# Written back to disk now, not while the runs are timed.
sync
one=$(realpath examples/yunxi-2025.yaml)

# What this binary's `score` offers, tried rather than assumed, so that the
# script also measures a binary from before batch scoring (with a note).
tries() { (cd "$work/1k" && "$cli" score "$@" >/dev/null 2>&1); }
jsonl=jsonl
if ! tries --format jsonl a0001.yaml; then
  jsonl=json
  echo "batch.sh: note: this score has no --format jsonl; timing --format json instead" >&2
fi
csv=csv
if ! tries --format csv a0001.yaml; then
  csv=""
  echo "batch.sh: note: this score has no --format csv; its rows are left out" >&2
fi
jobs_option=yes
if ! tries --jobs 1 a0001.yaml; then
  jobs_option=""
  echo "batch.sh: note: this score has no --jobs; every run is on one thread" >&2
fi
takes_directory=yes
if ! tries --format "$jsonl" .; then
  takes_directory=""
  echo "batch.sh: note: this score takes no directory; the files are named one by one" >&2
fi

# The command that scores every file of SET (1k or 10k) in FORMAT on JOBS
# threads, to run in $work/SET: the directory itself, or its files by name
# (relative names keep the list well under the kernel's argument limit).
score_command=()
set_score_command() {
  local set=$1 format=$2 threads=$3
  score_command=("$cli" score --format "$format")
  [[ -n $jobs_option ]] && score_command+=(--jobs "$threads")
  if [[ -n $takes_directory ]]; then
    score_command+=(.)
  else
    local files
    mapfile -t files < <(cd "$work/$set" && ls -- *.yaml)
    score_command+=("${files[@]}")
  fi
}

# Sets the variable named $1 to the microseconds since the epoch: bash's own
# clock (EPOCHREALTIME, no process started), `date` before bash 5.
stamp() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then
    printf -v "$1" '%s' "${EPOCHREALTIME/[.,]/}"
  else
    printf -v "$1" '%s' "$(($(date +%s%N) / 1000))"
  fi
}

# Times COUNT rounds in $work/SET, each running the floor and then
# score_command, output discarded, and writes each round's two times (ms)
# to $work/pairs-SET-KEY. Pairs, because the machine is shared: a burst of
# someone else's load slows both halves of a round alike, and their ratio
# keeps what the program costs (hyperfine times one command at a time).
time_pairs() {
  local set=$1 key=$2 count=$3 start middle end
  (
    cd "$work/$set"
    "${score_command[@]}" >/dev/null  # warm-up: the files into the page cache
    for ((i = 0; i < count; ++i)); do
      stamp start
      "$floor" . >/dev/null
      stamp middle
      "${score_command[@]}" >/dev/null
      stamp end
      echo "$(((middle - start) / 1000)) $(((end - middle) / 1000))"
    done
  ) >"$work/pairs-$set-$key"
}

# Statistics of a pairs file: "FLOOR_MEAN FLOOR_MIN MEAN MIN MEDIAN_RATIO".
pair_stats() {
  local median
  median=$(awk '{ printf "%.6f\n", $2 / $1 }' "$1" | sort -n |
    awk '{ r[NR] = $1 } END { printf "%.2f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }')
  awk -v median="$median" '
    { fs += $1; cs += $2; if (NR == 1 || $1 < fmin) fmin = $1; if (NR == 1 || $2 < cmin) cmin = $2 }
    END { printf "%.0f %.0f %.0f %.0f %s", fs / NR, fmin, cs / NR, cmin, median }' "$1"
}

declare -A mean fastest ratio rss
runs_of=("jsonl 1" ${csv:+"csv 1"} "jsonl 2")
for set in 1k 10k; do
  count=$([[ $set == 10k ]] && echo "$runs_10k" || echo "$runs")
  echo "batch.sh: timing $set files against the floor ($count rounds per run) ..." >&2
  for run in "${runs_of[@]}"; do
    read -r format threads <<<"$run"
    [[ $format == jsonl ]] && format=$jsonl
    set_score_command "$set" "$format" "$threads"
    key="${format}_j${threads}"
    time_pairs "$set" "$key" "$count"
    read -r floor_mean floor_min mean_ms min_ms median <<<"$(pair_stats "$work/pairs-$set-$key")"
    mean[${key}_$set]=$mean_ms fastest[${key}_$set]=$min_ms ratio[${key}_$set]=$median
    if [[ $set == 10k ]]; then rss[${key}_10k]=$(peak_rss_mb "$work/$set" "${score_command[@]}"); fi
  done
  # The floor over every round of the set.
  cat "$work"/pairs-"$set"-* >"$work/floor-$set"
  read -r floor_mean floor_min _ _ _ <<<"$(pair_stats "$work/floor-$set")"
  mean[floor_$set]=$floor_mean fastest[floor_$set]=$floor_min
done
rss[floor_10k]=$(peak_rss_mb "$work/10k" "$floor" .)

echo "batch.sh: timing one file and --version ($runs_one runs each) ..." >&2
read -r one_mean one_min <<<"$(wall_ms . "$runs_one" "$cli" score "$one")"
read -r version_mean version_min <<<"$(wall_ms . "$runs_one" "$cli" --version)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
at_most() { awk -v v="$1" -v limit="$2" 'BEGIN { print (v + 0 <= limit + 0 ? "met" : "MISSED") }'; }
below() { awk -v v="$1" -v limit="$2" 'BEGIN { print (v == "n/a" ? "?" : v + 0 < limit + 0 ? "met" : "MISSED") }'; }

timer=$(have hyperfine && echo "hyperfine" || echo "bash's clock")
printf '\ncityseceval %s, %s, %s core(s), %s, load average %s\n' "$("$cli" --version | awk '{ print $2 }')" \
  "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" "$(nproc)" "$(date +%F)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'batches: %s rounds (1,000 files) and %s (10,000), each the floor then the run, timed by bash;\n' "$runs" "$runs_10k"
printf '/ floor is the median of the rounds ratios; one process: %s; times in ms\n\n' "$timer"
row() { printf '%-44s %10s %10s %14s %10s %8s\n' "$@"; }
row "run" "mean" "fastest" "/ floor" "target" "verdict"
for set in 1k 10k; do
  files=$([[ $set == 1k ]] && echo "1,000" || echo "10,000")
  row "floor (YAML::Load), $files files" "${mean[floor_$set]}" "${fastest[floor_$set]}" "1.00" "" ""
  for run in "${runs_of[@]}"; do
    read -r format threads <<<"$run"
    [[ $format == jsonl ]] && format=$jsonl
    key="${format}_j${threads}_$set"
    target="" verdict=""
    if [[ $threads == 1 ]]; then
      target="<= 1.5x"
      verdict=$(at_most "${ratio[$key]}" 1.5)
    elif [[ $set == 1k ]]; then
      target="< 600 ms"
      verdict=$(below "${fastest[$key]}" 600)
    fi
    label="score --format $format"
    [[ -n $jobs_option ]] && label+=" --jobs $threads"
    row "$label, $files" "${mean[$key]}" "${fastest[$key]}" "${ratio[$key]}x" "$target" "$verdict"
  done
done

printf '\n'
row "10,000 files over 1,000 (linear: about 10)" "mean" "fastest" "" "" ""
for key in floor "${jsonl}_j1" ${csv:+"${csv}_j1"} "${jsonl}_j2"; do
  row "  $key" "$(ratio "${mean[${key}_10k]}" "${mean[${key}_1k]}")" \
    "$(ratio "${fastest[${key}_10k]}" "${fastest[${key}_1k]}")" "" "" ""
done

printf '\n'
row "peak RSS, 10,000 files (MB)" "" "" "" "" ""
for key in floor "${jsonl}_j1" ${csv:+"${csv}_j1"} "${jsonl}_j2"; do
  target="" verdict=""
  if [[ $key != floor ]]; then
    target="< 50 MB"
    verdict=$(below "${rss[${key}_10k]}" 50)
  fi
  row "  $key" "${rss[${key}_10k]}" "" "" "$target" "$verdict"
done

printf '\n'
row "one process" "mean" "fastest" "/ --version" "target" "verdict"
row "cityseceval --version" "$version_mean" "$version_min" "1.00" "" ""
row "cityseceval score ${one#"$PWD"/}" "$one_mean" "$one_min" \
  "$(ratio "$one_min" "$version_min")x ($(ratio "$one_mean" "$version_mean"))" "<= 2x" \
  "$(at_most "$(ratio "$one_min" "$version_min")" 2)"
