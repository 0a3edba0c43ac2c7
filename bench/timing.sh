# Timing helpers shared by scripts/bench.sh and bench/batch.sh; sourced, not run.
# The caller sets `work` to a temporary directory first (the helpers keep
# their scratch files there).
#
#   wall_ms DIR COUNT COMMAND...   COUNT runs of COMMAND in DIR, output
#                                  discarded: "MEAN MIN" in milliseconds
#   peak_rss_mb DIR COMMAND...     one run's maximum resident set size, MiB
#                                  ("n/a" without /usr/bin/time)
#   have TOOL                      whether TOOL is installed

# BENCH_NO_HYPERFINE=1 forces the date loop, to check that it works.
have() { [[ $1 == hyperfine && -n ${BENCH_NO_HYPERFINE:-} ]] && return 1; command -v "$1" >/dev/null 2>&1; }

# Times COUNT runs of a command (run in DIR), output discarded, with
# hyperfine when installed, else a loop timed with bash's clock. Prints the
# mean and the fastest run in milliseconds: "MEAN MIN". On a shared machine
# the mean carries other people's load; the fastest run is what the program
# costs.
wall_ms() {
  local dir=$1 count=$2
  shift 2
  if have hyperfine; then
    local command
    command=$(printf '%q ' "$@")
    (cd "$dir" && hyperfine --shell=none --style=none --warmup "${BENCH_WARMUP:-3}" --runs "$count" \
      --export-csv "$work/hyperfine.csv" "$command" >/dev/null)
    # command,mean,stddev,median,user,system,min,max (seconds); the command
    # may contain commas, so count from the end.
    awk -F, 'NR == 2 { printf "%.2f %.2f", $(NF - 6) * 1000, $(NF - 1) * 1000 }' "$work/hyperfine.csv"
  else
    # Bash's own clock (EPOCHREALTIME, microseconds) costs no process, so
    # only the command is timed; `date` is the fallback before bash 5.
    (
      cd "$dir"
      for ((i = 0; i < ${BENCH_WARMUP:-3}; ++i)); do "$@" >/dev/null; done
      for ((i = 0; i < count; ++i)); do
        if [[ -n ${EPOCHREALTIME:-} ]]; then
          start=${EPOCHREALTIME/[.,]/}
          "$@" >/dev/null
          end=${EPOCHREALTIME/[.,]/}
        else
          start=$(($(date +%s%N) / 1000))
          "$@" >/dev/null
          end=$(($(date +%s%N) / 1000))
        fi
        echo $((end - start))
      done
    ) | awk '{ sum += $1; if (NR == 1 || $1 < min) min = $1 } END { printf "%.2f %.2f", sum / NR / 1e3, min / 1e3 }'
  fi
}

# Peak resident set size in MB (MiB) of one run of a command (run in DIR).
peak_rss_mb() {
  local dir=$1
  shift
  if [[ ! -x /usr/bin/time ]]; then
    echo "n/a"
    return
  fi
  (cd "$dir" && /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt")
  awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/time.txt"
}
