#!/usr/bin/env bash
# Builds everything (library, CLI, tests; benchmarks too when Google Benchmark
# is installed) with warnings as errors, then runs the test suite. Exits with
# ctest's status; ctest's summary line ("100% tests passed, 0 tests failed out
# of N") is printed near the end. This is what CI runs (.ci/run).
#
# Environment:
#   BUILD_DIR             build directory (default: build)
#   JOBS                  parallel compile jobs (default: the number of cores)
#   CTEST_PARALLEL_LEVEL  parallel tests (default: JOBS, else 2)
#   CTEST_TIMEOUT         seconds before a hung test is killed and fails (default: 300)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/deps.sh build test

build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCITYSECEVAL_WARNINGS_AS_ERRORS=ON
cmake --build "$build_dir" -j "${JOBS:-$(nproc)}"

status=0
ctest --test-dir "$build_dir" --output-on-failure -j "${CTEST_PARALLEL_LEVEL:-${JOBS:-2}}" \
  --timeout "${CTEST_TIMEOUT:-300}" || status=$?
exit "$status"
