#!/usr/bin/env bash
# Builds cityseceval and scores the bundled example assessment on the built-in
# indicator tree, printing the report.
#
#   scripts/run.sh [SCORE OPTIONS...]      e.g. scripts/run.sh --lang en
#                                               scripts/run.sh --format json
#
# Extra arguments go to `cityseceval score`. Environment:
#   BUILD_DIR  build directory (default: build)
#   JOBS       parallel compile jobs (default: the number of cores)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/deps.sh build

build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCITYSECEVAL_WARNINGS_AS_ERRORS=ON >&2
# The program, and the man pages, completions and docs it writes, so that
# `cmake --install build` (README's quick start) has everything to install.
cmake --build "$build_dir" --target cityseceval cityseceval_installed_files -j "${JOBS:-$(nproc)}" >&2

example=examples/yunxi-2025.yaml
if [[ ! -f $example ]]; then
  shopt -s nullglob
  examples=(examples/*.yaml)
  shopt -u nullglob
  if [[ ${#examples[@]} -eq 0 ]]; then
    echo "run.sh: no example assessment in examples/" >&2
    exit 1
  fi
  example=${examples[0]}
fi

echo "run.sh: cityseceval score $example $*" >&2
exec "$build_dir/cityseceval" score "$example" "$@"
