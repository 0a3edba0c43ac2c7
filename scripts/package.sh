#!/usr/bin/env bash
# Builds the Debian package cityseceval_VERSION_ARCH.deb and prints its path
# on stdout (everything else goes to stderr). docs/install.md says what it
# installs and where.
#
#   scripts/package.sh [--build-dir DIR]
#
#   --build-dir DIR  the build directory, made or reused (default: build-package):
#                    Release, warnings as errors, no tests or benchmarks
#   -h, --help       this text
#
# Then, as root: apt install ./build-package/cityseceval_*.deb
# Installs the Debian packages it needs first (scripts/deps.sh build package).
# The version is CMakeLists.txt's project(VERSION), the one --version prints.
# Exits non-zero when anything fails (2 on a usage error). Environment:
#   JOBS  parallel compile jobs (default: the number of cores)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

usage() {
  sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

build_dir=build-package
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build-dir) [[ $# -ge 2 && -n $2 ]] || { usage >&2; exit 2; }; build_dir=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "package.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
  esac
done

bash scripts/deps.sh build package

# The changelog's date is the last commit's, so packaging the same source
# twice writes the same changelog (cmake/install.cmake).
if [[ -z ${SOURCE_DATE_EPOCH:-} ]] && command -v git >/dev/null 2>&1 && git rev-parse --git-dir >/dev/null 2>&1; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
  export SOURCE_DATE_EPOCH
fi

# Built with the hardening flags every Debian package gets from
# dpkg-buildflags (stack protector, _FORTIFY_SOURCE, format-security, full
# RELRO, bind now), keeping the Release build's -O3 and without -g: the
# binary is stripped anyway.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP="-g -O2"
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release -DCITYSECEVAL_WARNINGS_AS_ERRORS=ON \
  -DCITYSECEVAL_BUILD_TESTS=OFF -DCITYSECEVAL_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >&2
cmake --build "$build_dir" -j "${JOBS:-$(nproc)}" >&2

# The file CPack names DEB-DEFAULT: cityseceval_VERSION_ARCH.deb.
version=$("$build_dir/cityseceval" --version | head -1 | awk '{ print $2 }')
deb=$build_dir/cityseceval_${version}_$(dpkg --print-architecture).deb
# Only this version's package is left in the directory, so
# `apt install ./build-package/cityseceval_*.deb` installs exactly it.
rm -f "$build_dir"/cityseceval_*.deb
(cd "$build_dir" && cpack -G DEB) >&2
if [[ ! -f $deb ]]; then
  echo "package.sh: cpack did not write $deb" >&2
  exit 1
fi
realpath "$deb"
