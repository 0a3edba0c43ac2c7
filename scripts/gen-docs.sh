#!/usr/bin/env bash
# Regenerates the published indicator documentation from the trees:
# docs/indicators/<id>.md (Chinese) and docs/indicators/<id>.en.md (English)
# for every built-in tree indicators/<id>.yaml, with `cityseceval docs`.
#
#   scripts/gen-docs.sh
#
# Run it after editing a tree and commit the result: tests/test_docs.cpp fails
# while the pages differ from what the built binary renders. The binary is
# built first when it is missing or older than a tree. Environment:
#   BUILD_DIR  build directory (default: build)
#   JOBS       parallel compile jobs (default: the number of cores)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir=${BUILD_DIR:-build}
binary=$build_dir/cityseceval

shopt -s nullglob
trees=(indicators/*.yaml)
shopt -u nullglob
if [[ ${#trees[@]} -eq 0 ]]; then
  echo "gen-docs.sh: no tree in indicators/" >&2
  exit 1
fi

# The trees are compiled into the binary: a binary older than a tree would
# document the old tree.
stale=no
[[ -x $binary ]] || stale=yes
for tree in "${trees[@]}"; do
  [[ $tree -nt $binary ]] && stale=yes
done
if [[ $stale == yes ]]; then
  bash scripts/deps.sh build
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >&2
  cmake --build "$build_dir" --target cityseceval -j "${JOBS:-$(nproc)}" >&2
fi

mkdir -p docs/indicators
for tree in "${trees[@]}"; do
  id=$(basename "$tree" .yaml)
  "$binary" docs --scheme "$id" -o "docs/indicators/$id.md"
  "$binary" docs --scheme "$id" --lang en -o "docs/indicators/$id.en.md"
  echo "gen-docs.sh: wrote docs/indicators/$id.md and docs/indicators/$id.en.md" >&2
done
