#!/usr/bin/env bash
# The .deb as a user gets it (ctest "package", label package; docs/install.md):
# CPack packs the test build, the package is installed with dpkg into a
# scratch root, the installed tool runs, man finds both pages, the
# completions and documentation are where Debian looks, Depends names the
# libraries and each is installed here (so `apt install ./x.deb` would
# succeed), and `dpkg -r` leaves nothing behind. Then `cmake --install
# --prefix` must put the same tree in place.
#
#   package_test.sh --source-dir DIR --build-dir DIR --cmake CMAKE --cpack CPACK
#
# Prints "ok: ..." per check and "FAIL: ..." for each failure; exits 1 when
# any failed. Needs dpkg-dev, file and man-db (scripts/deps.sh test), readelf
# (binutils, with g++) and ldd.
set -uo pipefail

while [[ $# -gt 0 ]]; do
  case "$1" in
    --source-dir) source_dir=$2; shift 2 ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --cmake) cmake=$2; shift 2 ;;
    --cpack) cpack=$2; shift 2 ;;
    *) echo "package_test.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
for tool in dpkg dpkg-deb dpkg-shlibdeps file man readelf ldd; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "FAIL: $tool is not installed (scripts/deps.sh test installs dpkg-dev, file and man-db)"
    exit 1
  fi
done

failures=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() {
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
# same WHAT EXPECTED ACTUAL
same() {
  if [[ $2 == "$3" ]]; then pass "$1: $3"; else fail "$1: expected '$2', got '$3'"; fi
}

work=$(mktemp -d "${TMPDIR:-/tmp}/cityseceval-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# What the package must be called, from the source, not from the build: the
# version in CMakeLists.txt's project(), the architecture dpkg builds for.
version=$(sed -n 's/^project(cityseceval VERSION \([0-9][0-9.]*\) .*/\1/p' "$source_dir/CMakeLists.txt")
arch=$(dpkg --print-architecture)
if [[ -z $version ]]; then
  echo "FAIL: no project(cityseceval VERSION X ...) line in $source_dir/CMakeLists.txt"
  exit 1
fi
name=cityseceval_${version}_${arch}.deb

# --- The package ----------------------------------------------------------------------------

if ! "$cpack" --config "$build_dir/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack failed"
  exit 1
fi
made=$(cd "$work/cpack" && ls -- *.deb 2>/dev/null)
same "the package's file name" "$name" "$made"
deb=$work/cpack/$name
[[ -f $deb ]] || { echo "FAIL: no $name to test"; exit 1; }

same "Package" cityseceval "$(dpkg-deb -f "$deb" Package)"
same "Version" "$version" "$(dpkg-deb -f "$deb" Version)"
same "Architecture" "$arch" "$(dpkg-deb -f "$deb" Architecture)"
same "Section" utils "$(dpkg-deb -f "$deb" Section)"
check "a long Description under the summary" \
  test "$(dpkg-deb -f "$deb" Description | wc -l)" -ge 5
depends=$(dpkg-deb -f "$deb" Depends)
# Every library the binary links, by the stem of its Debian package's name.
for library in libc6 libstdc++6 libgcc-s1 libyaml-cpp libfmt libgmp libxlsxwriter libzip libexpat libopencc; do
  if grep -qE "(^|, )${library//+/\\+}[0-9.]*( |,|$)" <<<"$depends"; then
    pass "Depends names $library"
  else
    fail "Depends does not name $library: $depends"
  fi
done

# And Depends is complete: the package that ships each library the binary
# needs (its NEEDED entries, found as the loader finds them) is named.
# owner FILE: the installed package a file belongs to (Debian 12 records
# libraries under /lib or /usr/lib, whichever the package shipped).
owner() {
  local path=$1 alternative
  case $path in /usr/*) alternative=${path#/usr} ;; *) alternative=/usr$path ;; esac
  { dpkg-query -S "$path" 2>/dev/null || dpkg-query -S "$alternative" 2>/dev/null; } | head -1 | cut -d: -f1
}
depends_names=" $(sed -E 's/ *\([^)]*\)//g; s/ *[,|] */ /g' <<<"$depends") "
needed=$(readelf -d "$build_dir/cityseceval" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
for soname in $needed; do
  path=$(ldd "$build_dir/cityseceval" | awk -v soname="$soname" '$1 == soname { print $3 }')
  package=$(owner "$path")
  if [[ -n $package && $depends_names == *" $package "* ]]; then
    pass "Depends names $package, which ships $soname"
  else
    fail "Depends does not name ${package:-the package} shipping $soname ($path): $depends"
  fi
done

# `apt install ./x.deb` would succeed on this machine: each dependency (or one
# of its alternatives) is installed at a version that satisfies it.
satisfied() {
  local alternative package relation wanted installed
  IFS='|' read -ra alternatives <<<"$1"
  for alternative in "${alternatives[@]}"; do
    read -r package relation wanted <<<"$(sed -E 's/^ *([^ (]+) *(\(([<>=]+) *([^)]+)\))? *$/\1 \3 \4/' <<<"$alternative")"
    installed=$(dpkg-query -W -f='${Status} ${Version}' "$package" 2>/dev/null) || continue
    [[ $installed == "install ok installed "* ]] || continue
    installed=${installed#install ok installed }
    if [[ -z $relation ]] || dpkg --compare-versions "$installed" "$relation" "$wanted"; then
      return 0
    fi
  done
  return 1
}
IFS=',' read -ra dependencies <<<"$depends"
for dependency in "${dependencies[@]}"; do
  check "installed here: $dependency" satisfied "$dependency"
done

# --- Installed into a scratch root -------------------------------------------------------------

root=$work/root
admin=$root/var/lib/dpkg
mkdir -p "$admin/info" "$admin/updates" "$admin/triggers"
touch "$admin/status" "$admin/available"
# The libraries are the host's, not the scratch root's: --force-depends
# (checked above instead). --path-include=*: a Docker image's dpkg.cfg.d may
# exclude /usr/share/man and /usr/share/doc, which would hide what is tested.
dpkg_root=(dpkg --root="$root" --log=/dev/null --force-not-root --force-depends --path-include='*')
if ! "${dpkg_root[@]}" -i "$deb" >"$work/dpkg.log" 2>&1; then
  cat "$work/dpkg.log"
  echo "FAIL: dpkg -i $name into a scratch root failed"
  exit 1
fi
same "dpkg's status after -i" "install ok installed" \
  "$(dpkg-query --admindir="$admin" -W -f='${Status}' cityseceval 2>/dev/null)"

usr=$root/usr
binary=$usr/bin/cityseceval
same "cityseceval --version, first line" "cityseceval $version" "$("$binary" --version | head -1)"
check "the installed binary is stripped" bash -c "file -L '$binary' | grep -q ', stripped'"

# man finds both pages, and they are what the installed program prints.
same "man -w cityseceval" "$usr/share/man/man1/cityseceval.1.gz" \
  "$(LC_ALL=C.UTF-8 man -M "$usr/share/man" -w cityseceval 2>&1)"
# man-db looks in a directory's zh_CN/ for a page only when the directory
# comes from MANPATH or its configuration, not from -M.
same "man -L zh_CN -w cityseceval" "$usr/share/man/zh_CN/man1/cityseceval.1.gz" \
  "$(MANPATH=$usr/share/man man -L zh_CN -w cityseceval 2>&1)"
check "man1/cityseceval.1.gz is cityseceval manpage --lang en" \
  cmp -s <(gzip -dc "$usr/share/man/man1/cityseceval.1.gz") <("$binary" manpage --lang en)
check "zh_CN/man1/cityseceval.1.gz is cityseceval manpage --lang zh" \
  cmp -s <(gzip -dc "$usr/share/man/zh_CN/man1/cityseceval.1.gz") <("$binary" manpage --lang zh)
check "the English man page renders" bash -c \
  "MANWIDTH=80 man -l '$usr/share/man/man1/cityseceval.1.gz' 2>/dev/null | grep -q cityseceval"

# The completions where bash-completion, zsh and fish look, each the
# installed program's own script.
completion_file() {
  local shell=$1 path=$2
  if [[ -s $path ]] && cmp -s "$path" <("$binary" completion "$shell"); then
    pass "${path#"$root"} is cityseceval completion $shell"
  else
    fail "${path#"$root"} is missing or differs from cityseceval completion $shell"
  fi
}
completion_file bash "$usr/share/bash-completion/completions/cityseceval"
completion_file zsh "$usr/share/zsh/vendor-completions/_cityseceval"
completion_file fish "$usr/share/fish/vendor_completions.d/cityseceval.fish"
# bash-completion sources the file on first Tab: it must load and register
# the function _cityseceval for cityseceval (the contract of `completion bash`).
registered=$(bash -c "source '$usr/share/bash-completion/completions/cityseceval' && complete -p cityseceval" 2>&1)
if [[ $registered =~ ^complete\ .*-F\ _cityseceval\ .*cityseceval$ ]]; then
  pass "bash: the installed completion registers _cityseceval: $registered"
else
  fail "bash: the installed completion does not register _cityseceval for cityseceval: $registered"
fi

# /usr/share/doc/cityseceval: the sources' README, schemas and examples as
# they are; the indicator docs as scripts/gen-docs.sh writes docs/indicators/.
doc=$usr/share/doc/cityseceval
check "doc/README.md is the README" cmp -s "$doc/README.md" "$source_dir/README.md"
check "doc/copyright is machine-readable" \
  grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$doc/copyright"
same "doc/changelog.gz, first line" "cityseceval ($version) unstable; urgency=medium" \
  "$(gzip -dc "$doc/changelog.gz" | head -1)"
# same_tree WHAT INSTALLED ORIGINAL PATTERN: INSTALLED holds exactly the files
# of ORIGINAL named PATTERN, byte for byte.
same_tree() {
  local what=$1 installed=$2 original=$3 pattern=$4 listed expected file
  listed=$(cd "$installed" 2>/dev/null && find . -type f | sort)
  expected=$(cd "$original" && find . -type f -name "$pattern" | sort)
  if [[ $listed != "$expected" ]]; then
    fail "$what: installed [$listed], expected [$expected]"
    return
  fi
  while IFS= read -r file; do
    cmp -s "$installed/$file" "$original/$file" || { fail "$what: $file differs from the source"; return; }
  done <<<"$listed"
  pass "$what: $(wc -l <<<"$listed") files, as in the source"
}
same_tree "doc/schema" "$doc/schema" "$source_dir/docs/schema" '*.schema.json'
same_tree "doc/examples" "$doc/examples" "$source_dir/examples" '*'
for tree in "$source_dir"/indicators/*.yaml; do
  scheme=$(basename "$tree" .yaml)
  for page in "$scheme.md" "$scheme.en.md"; do
    check "doc/indicators/$page is docs/indicators/$page" \
      cmp -s "$doc/indicators/$page" "$source_dir/docs/indicators/$page"
  done
done

# --- Removed -------------------------------------------------------------------------------

contents=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./||; /\/$/d' | sort)
if ! "${dpkg_root[@]}" -r cityseceval >"$work/dpkg.log" 2>&1; then
  cat "$work/dpkg.log"
  fail "dpkg -r cityseceval failed"
fi
left=""
while IFS= read -r path; do
  [[ -e $root/$path || -L $root/$path ]] && left+=" $path"
done <<<"$contents"
same "files of the package left after dpkg -r" "" "$left"
same "anything left under usr/ after dpkg -r" "" "$(cd "$root" && find usr -mindepth 1 2>/dev/null | sort | tr '\n' ' ')"
check "dpkg no longer lists cityseceval as installed" bash -c \
  "! dpkg-query --admindir='$admin' -W -f='\${Status}' cityseceval 2>/dev/null | grep -q 'ok installed'"

# --- cmake --install puts the same tree in place -----------------------------------------------

prefix=$work/prefix
if "$cmake" --install "$build_dir" --prefix "$prefix" >"$work/install.log" 2>&1; then
  installed=$(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort)
  packaged=$(sed -n 's|^usr/||p' <<<"$contents")
  same "cmake --install --prefix: the package's files" "$(tr '\n' ' ' <<<"$packaged")" "$(tr '\n' ' ' <<<"$installed")"
  same "PREFIX/bin/cityseceval --version, first line" "cityseceval $version" \
    "$("$prefix/bin/cityseceval" --version | head -1)"
else
  cat "$work/install.log"
  fail "cmake --install $build_dir --prefix $prefix failed"
fi

if [[ $failures -gt 0 ]]; then
  echo "package_test.sh: $failures check(s) failed"
  exit 1
fi
echo "package_test.sh: every check passed"
