#!/usr/bin/env bash
# Measures cityseceval against its performance targets (docs/performance.md):
#   (a) wall time of one process scoring one complete assessment   (< 20 ms)
#   (b) peak memory of that process                                 (< 20 MB)
#   (c) 1,000 assessments: parse+resolve+score vs a bare yaml-cpp parse of
#       the same texts, from the Google Benchmark                    (<= 1.5x)
#       and, for reference, the CLI scoring 1,000 files in one process
#   (d) peak memory of that 1,000-file process                      (< 20 MB)
# and prints a table. Not part of the test suite: timings are not tests.
#
#   scripts/bench.sh
#
# Environment:
#   BUILD_DIR  build directory (default: build-bench; build/ can be reused)
#   JOBS       parallel compile jobs (default: the number of cores)
#   RUNS       runs of the one-file timing (default: 100)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/deps.sh build bench

build_dir=${BUILD_DIR:-build-bench}
runs=${RUNS:-100}
# The same options as scripts/test.sh, so build/ can be reused as it is.
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCITYSECEVAL_WARNINGS_AS_ERRORS=ON >&2
if ! grep -q '^benchmark_DIR:PATH=/' "$build_dir/CMakeCache.txt"; then
  echo "bench.sh: Google Benchmark was not found; install libbenchmark-dev (as root: scripts/deps.sh bench)" >&2
  exit 1
fi
cmake --build "$build_dir" --target cityseceval cityseceval_bench -j "${JOBS:-$(nproc)}" >&2
cli=$(realpath "$build_dir/cityseceval")
bench=$(realpath "$build_dir/bench/cityseceval_bench")

work=$(mktemp -d "${TMPDIR:-/tmp}/cityseceval-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$bench" --write-assessments="$work/set" --count=1000
example=examples/yunxi-2025.yaml
if [[ ! -f $example ]]; then
  shopt -s nullglob
  examples=(examples/*.yaml)
  shopt -u nullglob
  example=${examples[0]:-$work/set/a0001.yaml}
fi
example=$(realpath "$example")
if ! "$cli" score "$example" >/dev/null; then
  echo "bench.sh: $example does not score; nothing to measure" >&2
  exit 1
fi
(cd "$work/set" && "$cli" score a*.yaml --format json >/dev/null) || {
  echo "bench.sh: the generated assessments do not score; nothing to measure" >&2
  exit 1
}

# wall_ms, peak_rss_mb and have, shared with bench/batch.sh.
source bench/timing.sh

timer=$(have hyperfine && echo "hyperfine" || echo "date loop")
echo "bench.sh: timing one file ($runs runs, $timer) ..." >&2
timing=$(wall_ms . "$runs" "$cli" score "$example")
read -r one_ms one_min <<<"$timing"
timing=$(wall_ms . "$runs" /bin/true)
read -r true_ms true_min <<<"$timing"
one_rss=$(peak_rss_mb . "$cli" score "$example")

echo "bench.sh: timing 1,000 files in one process (10 runs) ..." >&2
files=()
for ((i = 1; i <= 1000; ++i)); do files+=("$(printf 'a%04d.yaml' "$i")"); done
timing=$(wall_ms "$work/set" 10 "$cli" score "${files[@]}" --format json)
read -r thousand_ms thousand_min <<<"$timing"
thousand_rss=$(peak_rss_mb "$work/set" "$cli" score "${files[@]}" --format json)

echo "bench.sh: Google Benchmark (5 interleaved repetitions, fastest CPU time) ..." >&2
"$bench" --benchmark_repetitions=5 --benchmark_enable_random_interleaving=true \
  --benchmark_report_aggregates_only=true \
  --benchmark_out="$work/gb.csv" --benchmark_out_format=csv >&2
# The fastest repetition's CPU time of a benchmark, in milliseconds. On a
# shared machine CPU time leaves out time spent descheduled, and the fastest
# of interleaved repetitions (the "min" statistic of bench_score.cpp) is the
# least disturbed by other people's builds.
gb_ms() {
  awk -F, -v name="\"$1_min\"" '
    $1 == name { f = $5 == "ns" ? 1e-6 : $5 == "us" ? 1e-3 : $5 == "ms" ? 1 : 1000; printf "%.4f", $4 * f }
  ' "$work/gb.csv"
}
load_tree=$(gb_ms BM_LoadTree)
bare=$(gb_ms BM_BareYamlParse)
full=$(gb_ms BM_ParseResolveScore)
bare_1000=$(gb_ms BM_BareYamlParseThousand)
full_1000=$(gb_ms BM_ScoreThousand)
render_json=$(gb_ms BM_RenderJson)
render_text=$(gb_ms BM_RenderText)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v limit="$2" 'BEGIN { print (v == "n/a" ? "?" : v + 0 < limit + 0 ? "met" : "MISSED") }'; }
ratio_one=$(ratio "$full" "$bare")
ratio_1000=$(ratio "$full_1000" "$bare_1000")
per_file_cli=$(awk -v t="$thousand_ms" 'BEGIN { printf "%.3f", t / 1000 }')

printf '\ncityseceval %s, %s, %s core(s), %s\n' "$("$cli" --version | awk '{ print $2 }')" \
  "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" "$(nproc)" "$(date +%F)"
printf 'one-file example: %s\n\n' "${example#"$PWD"/}"
row() { printf '%-58s %12s %10s %8s\n' "$@"; }
row "measure" "value" "target" "verdict"
row "(a) one process, one file: mean wall time" "$one_ms ms" "< 20 ms" "$(verdict "$one_ms" 20)"
row "    fastest of the $runs runs" "$one_min ms" "" ""
row "    for scale: /bin/true, mean (fastest)" "$true_ms ($true_min) ms" "" ""
row "(b) one process, one file: peak RSS" "$one_rss MB" "< 20 MB" "$(verdict "$one_rss" 20)"
row "(c) 1,000 texts: parse+resolve+score / bare YAML::Load" "${ratio_1000}x" "<= 1.5x" \
  "$(awk -v r="$ratio_1000" 'BEGIN { print (r <= 1.5 ? "met" : "MISSED") }')"
row "    one text: parse+resolve+score / bare YAML::Load" "${ratio_one}x" "" ""
row "    1,000 texts: parse+resolve+score (CPU)" "$full_1000 ms" "" ""
row "    1,000 texts: bare YAML::Load (CPU)" "$bare_1000 ms" "" ""
row "    one CLI process, 1,000 files --format json: wall" "$thousand_ms ms" "" ""
row "    fastest of the 10 runs" "$thousand_min ms" "" ""
row "    ... per file (mean; incl. reading, JSON rendering)" "$per_file_cli ms" "" ""
row "(d) one CLI process, 1,000 files: peak RSS" "$thousand_rss MB" "< 20 MB" "$(verdict "$thousand_rss" 20)"
row "load_tree of the built-in tree (CPU)" "$load_tree ms" "" ""
row "render_json, one result (CPU)" "$render_json ms" "" ""
row "render_text, one result (CPU)" "$render_text ms" "" ""
