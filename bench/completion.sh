#!/usr/bin/env bash
# What a Tab press costs in bash (docs/performance.md, "Completion and start-up"):
# one bash loads the completion script written by `cityseceval completion bash`,
# then completes N times `cityseceval score <Tab>` (files, filtered by
# extension, in examples/) and N times `cityseceval score --format <Tab>` (words).
# With `floor` it loads the script and runs N empty loops: the process and
# loading cost, to subtract. Time the two side by side, end to end:
#
#   bench/completion.sh SCRIPT tab 20      (after: build/cityseceval completion bash > SCRIPT)
#   bench/completion.sh SCRIPT floor 20
set -euo pipefail
script=$1 mode=$2 n=${3:-20}
cd "$(dirname "${BASH_SOURCE[0]}")/../examples"
# shellcheck source=/dev/null
source "$script"
if [[ $mode == tab ]]; then
  COMP_WORDS=(cityseceval score ""); COMP_CWORD=2
  for ((i = 0; i < n; i++)); do _cityseceval; done
  COMP_WORDS=(cityseceval score --format ""); COMP_CWORD=3
  for ((i = 0; i < n; i++)); do _cityseceval; done
else
  for ((i = 0; i < n; i++)); do :; done
fi
