#!/usr/bin/env bash
# Installs the Debian 12 packages cityseceval needs, and only those missing.
#
#   scripts/deps.sh [build] [test] [package] [fuzz] [bench]
#
#   build  (always) the compiler, CMake and the libraries the build needs
#   test   adds what the test suite uses (python3, and python3-jsonschema and
#          python3-yaml for validating files against docs/schema/;
#          python3-openpyxl for reading and filling workbooks; for the
#          report's browser test chromium, python3-html5lib, poppler-utils
#          and fonts-noto-cjk, so Chinese shows in its screenshots and PDFs;
#          zsh and fish for the shell completion test; groff-base and
#          man-db for rendering and linting the man page, and man -w in the
#          .deb's test; and the package group, for the .deb's test)
#   package  adds what CPack needs to make the .deb (scripts/package.sh):
#          dpkg-dev (dpkg-shlibdeps computes Depends) and file
#   fuzz   adds clang and its runtimes (libFuzzer, AddressSanitizer,
#          UndefinedBehaviorSanitizer) for scripts/sanitize.sh and scripts/fuzz.sh
#   bench  adds Google Benchmark, hyperfine and GNU time; these are optional:
#          without root they are skipped with a note, and scripts/bench.sh
#          falls back to slower ways of measuring
#
# Nothing is done when everything is installed, so it is cheap to run before
# every build. `apt-get update` runs at most once, and only when something is
# missing. Needs root (or password-less sudo) to install; otherwise it names
# the missing packages and exits 1.
#
# Executed by scripts/run.sh, scripts/test.sh, scripts/package.sh,
# scripts/sanitize.sh, scripts/fuzz.sh and scripts/bench.sh. It may
# also be sourced: that defines cityseceval_deps and runs nothing.

# Required for every build (see CMakeLists.txt).
cityseceval_build_packages=(g++ cmake make pkg-config libyaml-cpp-dev libcli11-dev libfmt-dev
                            nlohmann-json3-dev catch2 libgmp-dev libxlsxwriter-dev libzip-dev libexpat1-dev
                            libopencc-dev)
cityseceval_test_packages=(python3 python3-jsonschema python3-yaml python3-openpyxl chromium python3-html5lib poppler-utils
                            fonts-noto-cjk zsh fish groff-base man-db)
cityseceval_package_packages=(dpkg-dev file)
cityseceval_fuzz_packages=(clang libclang-rt-14-dev)
cityseceval_bench_packages=(libbenchmark-dev hyperfine time)

# True when the package is fully installed. dpkg-query fails for a name it has
# never seen, and prints "deinstall ok config-files" for a removed one.
cityseceval_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

# Sets cityseceval_as_root to the command prefix that runs apt-get as root, or
# returns 1 when there is none (not root, no sudo, or sudo wants a password
# that nobody can type).
cityseceval_find_root() {
  cityseceval_as_root=()
  if [[ "$(id -u)" -eq 0 ]]; then
    return 0
  fi
  if command -v sudo >/dev/null 2>&1; then
    if sudo -n true 2>/dev/null; then
      cityseceval_as_root=(sudo -n)
      return 0
    fi
    if [[ -t 0 ]]; then
      cityseceval_as_root=(sudo)
      return 0
    fi
  fi
  return 1
}

# apt-get install of the given packages, with `apt-get update` first the first
# time only.
cityseceval_apt_install() {
  if [[ "${cityseceval_apt_updated:-no}" != yes ]]; then
    "${cityseceval_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
    cityseceval_apt_updated=yes
  fi
  "${cityseceval_as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "$@"
}

cityseceval_deps() {
  local want_test=no want_package=no want_fuzz=no want_bench=no group
  for group in "$@"; do
    case "$group" in
      build) ;;
      test) want_test=yes; want_package=yes ;;
      package) want_package=yes ;;
      fuzz) want_fuzz=yes ;;
      bench) want_bench=yes ;;
      *) echo "deps.sh: unknown group '$group' (expected build, test, package, fuzz or bench)" >&2; return 2 ;;
    esac
  done
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps.sh: dpkg-query not found: this script installs Debian 12 packages;" \
         "install the equivalents of: ${cityseceval_build_packages[*]}" >&2
    return 1
  fi

  local required=("${cityseceval_build_packages[@]}") optional=() missing=() missing_optional=() package
  [[ $want_test == yes ]] && required+=("${cityseceval_test_packages[@]}")
  [[ $want_package == yes ]] && required+=("${cityseceval_package_packages[@]}")
  [[ $want_fuzz == yes ]] && required+=("${cityseceval_fuzz_packages[@]}")
  [[ $want_bench == yes ]] && optional+=("${cityseceval_bench_packages[@]}")
  for package in "${required[@]}"; do
    cityseceval_installed "$package" || missing+=("$package")
  done
  for package in "${optional[@]}"; do
    cityseceval_installed "$package" || missing_optional+=("$package")
  done
  if [[ ${#missing[@]} -eq 0 && ${#missing_optional[@]} -eq 0 ]]; then
    return 0
  fi

  if ! cityseceval_find_root; then
    if [[ ${#missing[@]} -gt 0 ]]; then
      echo "deps.sh: missing Debian packages: ${missing[*]}" >&2
      echo "deps.sh: installing them needs root; run as root, or ask an administrator for:" >&2
      echo "    apt-get install --no-install-recommends ${missing[*]} ${missing_optional[*]}" >&2
      return 1
    fi
    echo "deps.sh: note: optional packages not installed (not root): ${missing_optional[*]}" >&2
    return 0
  fi

  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "deps.sh: installing ${missing[*]}" >&2
    if ! cityseceval_apt_install "${missing[@]}"; then
      echo "deps.sh: could not install: ${missing[*]}" >&2
      return 1
    fi
  fi
  if [[ ${#missing_optional[@]} -gt 0 ]]; then
    echo "deps.sh: installing optional ${missing_optional[*]}" >&2
    cityseceval_apt_install "${missing_optional[@]}" ||
      echo "deps.sh: note: optional packages not installed: ${missing_optional[*]}" >&2
  fi
  return 0
}

# Executed (not sourced): run with the given groups.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  cityseceval_deps "$@"
fi
