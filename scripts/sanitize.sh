#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer
# (clang, -O1) and runs the whole test suite in that build: every test, the
# ones through the binary and the Python ones included, so an out-of-bounds
# read, a use after free, a leak or undefined behaviour anywhere they reach
# fails a test. CI runs it after scripts/test.sh (.ci/run); docs/reliability.md
# says what it costs.
#
# Environment:
#   BUILD_DIR             build directory (default: build-sanitize)
#   JOBS                  parallel compile jobs (default: the number of cores)
#   CTEST_PARALLEL_LEVEL  parallel tests (default: JOBS, else 2)
#   CTEST_TIMEOUT         seconds before a hung test is killed and fails (default: 600)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/deps.sh build test fuzz

build_dir=${BUILD_DIR:-build-sanitize}
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# -O1: the sanitizers' own advice (fast enough, stack traces still true);
# line tables only: enough for symbolized reports, far cheaper to compile
# than full debug information. No NDEBUG: assertions are checked too.
cmake -S . -B "$build_dir" "${launcher[@]}" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" -DCITYSECEVAL_WARNINGS_AS_ERRORS=ON \
  -DCITYSECEVAL_SANITIZE=ON -DCITYSECEVAL_FUZZ=ON -DCITYSECEVAL_BUILD_BENCH=OFF
cmake --build "$build_dir" -j "${JOBS:-$(nproc)}"

# Any report fails the test that caused it: leaks included, undefined
# behaviour with a stack trace. The tree compiler already ran under these
# options at build time.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
ctest --test-dir "$build_dir" --output-on-failure -j "${CTEST_PARALLEL_LEVEL:-${JOBS:-2}}" \
  --timeout "${CTEST_TIMEOUT:-600}" || status=$?
exit "$status"
