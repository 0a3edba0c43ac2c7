#!/usr/bin/python3
"""Drives the completion scripts in the real shells (registered with ctest as
shell_completion in tests/CMakeLists.txt).

    completion_test.py --binary BUILD/cityseceval

Checks, one line per case:
  - the scripts `cityseceval completion bash|zsh|fish` print, in both
    languages, parse (bash -n, zsh -n, fish -n);
  - bash (without the bash-completion package): _cityseceval, called with
    COMP_WORDS/COMP_CWORD/COMP_LINE/COMP_POINT set as bash sets them, leaves
    exactly the expected COMPREPLY;
  - fish: `complete -C LINE` offers exactly the expected words;
  - zsh: a real completion in an interactive zsh (zpty), candidates captured
    at compadd.

The expected lists are worked out by hand from the command line (--help) and
indicators/*.yaml, never copied from a run. Words are listed in the order
they are declared (the shells sort them for display); file names, which a
directory lists in no fixed order, are compared sorted.

Prints "N passed, N failed" last and exits 1 when anything failed, also when
a shell is missing: a completion that cannot be tried must not pass.
"""

import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

FORMATS = ["text", "json", "jsonl", "csv", "tsv", "markdown", "xlsx"]  # score --help
LANGUAGES = ["zh", "en", "zh-Hans", "zh-Hant"]                         # add_language_option
SCHEMES = ["city-cybersecurity", "municipal-infosec-work"]             # indicators/*.yaml ids
# indicators/city-cybersecurity.yaml grades (Table B.2 and "unqualified");
# municipal-infosec-work.yaml has `grades: []`.
GRADES = ["excellent", "good", "qualified", "unqualified"]
SCHEMAS = ["tree", "assessment", "tailoring", "weights", "plan"]

# The directory the file cases run in: what each command may be offered.
FILES = ["a.yaml", "b.CSV", "c.txt", "e.xlsx", "评估 2025.yaml"]
DIRECTORIES = ["d d"]
ASSESSMENTS = sorted(["a.yaml", "b.CSV", "d d/", "e.xlsx", "评估 2025.yaml"])  # not c.txt
TREES = sorted(["a.yaml", "d d/", "评估 2025.yaml"])                             # YAML only
EVERY_FILE = sorted(["a.yaml", "b.CSV", "c.txt", "d d/", "e.xlsx", "评估 2025.yaml"])

# (COMP_WORDS as bash splits the line (at '=' too), expected COMPREPLY, in the temp dir)
BASH_CASES = [
    (["cityseceval", "sc"], ["score", "schema", "schemes"], False),
    (["cityseceval", "--v"], ["--version"], False),
    (["cityseceval", "score", "--format", ""], FORMATS, False),
    (["cityseceval", "score", "--lang", "=", "z"], ["zh", "zh-Hans", "zh-Hant"], False),
    (["cityseceval", "score", "--lang", "="], LANGUAGES, False),
    # COMP_WORDBREAKS without '=': the whole word is replaced, option included
    (["cityseceval", "score", "--lang=e"], ["--lang=en"], False),
    (["cityseceval", "score", "--scheme", ""], SCHEMES, False),
    (["cityseceval", "score", "--min-grade", ""], GRADES, False),
    (["cityseceval", "schema", ""], SCHEMAS, False),
    (["cityseceval", "completion", ""], ["bash", "zsh", "fish"], False),
    (["cityseceval", "check", "--format", ""], ["text", "json", "github"], False),
    # numbers, sizes, ids: nothing (not files)
    (["cityseceval", "score", "--jobs", ""], [], True),
    (["cityseceval", "score", "--max-file-size", ""], [], True),
    (["cityseceval", "explain", "a.yaml", ""], [], True),
    # options given are not offered again; --columns repeats
    (["cityseceval", "score", "--f"], ["--format", "--fail-under"], False),
    (["cityseceval", "score", "--format", "json", "--f"], ["--fail-under"], False),
    (["cityseceval", "score", "--format=json", "--f"], ["--fail-under"], False),
    (["cityseceval", "score", "-o", "x.json", "--out"], [], False),
    (["cityseceval", "score", "--columns", "city", "--col"], ["--columns", "--color"], False),
    # files
    (["cityseceval", "score", ""], ASSESSMENTS, True),
    (["cityseceval", "score", "--tree", ""], TREES, True),
    (["cityseceval", "score", "--tree", "=", ""], TREES, True),
    (["cityseceval", "score", "-o", ""], EVERY_FILE, True),
    (["cityseceval", "score", "--", ""], ASSESSMENTS, True),
    (["cityseceval", "score", "--", "--f"], [], True),
    (["cityseceval", "score", "d\\ "], ["d d/"], True),
    (["cityseceval", "score", "'d d/"], ["d d/x.yaml"], True),
    (["cityseceval", "score", "评"], ["评估 2025.yaml"], True),
    (["cityseceval", "completion", "bash", ""], ["-h", "--help", "--lang"], True),
]

# (line, expected words) for fish's complete -C
FISH_CASES = [
    ("cityseceval score --format ", sorted(FORMATS)),
    ("cityseceval sc", ["schema", "schemes", "score"]),
    ("cityseceval score --lang=zh-", ["--lang=zh-Hans", "--lang=zh-Hant"]),
    ("cityseceval score --min-grade ", sorted(GRADES)),
    ("cityseceval score --format json --f", ["--fail-under"]),
    ("cityseceval score ", ASSESSMENTS),
    ("cityseceval score --tree ", TREES),
    ("cityseceval score -o ", EVERY_FILE),
    # Each positional where it is typed: explain's second is an ID (no file),
    # tailor takes one file; an option's value is not a positional.
    ("cityseceval explain a.yaml ", []),
    ("cityseceval explain --format json ", ASSESSMENTS),
    ("cityseceval tailor a.yaml ", []),
    ("cityseceval score --jobs 2 a.yaml ", ASSESSMENTS),
]

# (line typed before Tab, expected candidates) for zsh
ZSH_CASES = [
    ("cityseceval score --format ", sorted(FORMATS)),
    ("cityseceval sc", ["schema", "schemes", "score"]),
    ("cityseceval score --tree ", ["a.yaml", "d d", "评估 2025.yaml"]),
    ("cityseceval score --format json --f", ["--fail-under"]),
]

BASH_HARNESS = r"""
source "$1"
shift
COMP_WORDS=("$@")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE="${COMP_WORDS[*]}"
COMP_POINT=${#COMP_LINE}
_cityseceval
printf '%s\n' "${COMPREPLY[@]}"
"""

# An interactive zsh in a pseudo-terminal (zpty), its .zshrc loading the
# script from fpath with compinit; Tab is bound to a widget that completes and
# then writes DONE. compadd is wrapped to write each candidate it is given.
ZSHRC = r"""
PS1='> '
unsetopt zle_bracketed_paste
fpath=({functions} $fpath)
autoload -Uz compinit
compinit -u -D
compadd() {{
  local -a found
  local candidate
  builtin compadd -O found "$@"
  for candidate in $found; do print -r -- "<<$candidate>>" >> {output}; done
  builtin compadd "$@"
}}
complete-and-mark() {{ zle complete-word; print -r -- DONE >> {output}; }}
zle -N complete-and-mark
bindkey '^I' complete-and-mark
cd {files}
"""

ZSH_HARNESS = r"""
zmodload zsh/zpty
zpty shell "ZDOTDIR=${(q)1} zsh -i"
zpty -r shell line '*> '
zpty -n -w shell "$2"$'\t'
repeat 100; do
  [[ -f $3 && $(<$3) == *DONE* ]] && break
  sleep 0.1
done
zpty -d shell
"""


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, got, expected):
        if got == expected:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failed += 1
            print(f"FAIL {name}\n     expected {expected}\n     got      {got}")


def script(binary, shell, language):
    return subprocess.run([binary, "completion", shell, "--lang", language], check=True,
                          capture_output=True, text=True).stdout


def make_files(directory):
    for name in FILES:
        (directory / name).touch()
    for name in DIRECTORIES:
        (directory / name).mkdir()
    (directory / "d d" / "x.yaml").touch()
    (directory / "d d" / "y.txt").touch()


def check_syntax(results, binary, scratch):
    commands = {"bash": ["bash", "-n"], "zsh": ["zsh", "-n"], "fish": ["fish", "--no-execute"]}
    for shell, command in commands.items():
        for language in ("zh", "en"):
            path = scratch / f"{shell}-{language}"
            path.write_text(script(binary, shell, language), encoding="utf-8")
            run = subprocess.run(command + [str(path)], capture_output=True, text=True)
            results.check(f"{shell} --lang {language} parses", (run.returncode, run.stderr), (0, ""))


def check_bash(results, path, files):
    for words, expected, in_files in BASH_CASES:
        run = subprocess.run(["bash", "--norc", "--noprofile", "-c", BASH_HARNESS, "harness", str(path)] + words,
                             cwd=files if in_files else None, capture_output=True, text=True)
        got = [line for line in run.stdout.split("\n") if line]
        if in_files:
            got = sorted(got)
            expected = sorted(expected)
        results.check(f"bash {words!r}", (got, run.stderr), (expected, ""))


def check_fish(results, path, files):
    for line, expected in FISH_CASES:
        run = subprocess.run(["fish", "--no-config", "-c", f"source {path}; complete -C (echo $argv)", line],
                             cwd=files, capture_output=True, text=True)
        got = sorted(entry.split("\t")[0] for entry in run.stdout.split("\n") if entry)
        results.check(f"fish {line!r}", (got, run.stderr), (sorted(expected), ""))


def check_descriptions(results, path):
    """A description with quotes and a colon (score --tree's, as --help
    --lang en gives it) reaches fish whole."""
    run = subprocess.run(["fish", "--no-config", "-c", f"source {path}; complete -C 'cityseceval score --tre'"],
                         capture_output=True, text=True)
    results.check("fish description quoted", run.stdout,
                  "--tree\tIndicator-tree file to score against (overrides 'scheme:')\n")


def check_zsh(results, path, files, scratch):
    functions = scratch / "zsh-functions"
    functions.mkdir()
    shutil.copy(path, functions / "_cityseceval")
    output = scratch / "zsh-candidates"
    (scratch / ".zshrc").write_text(ZSHRC.format(functions=functions, output=output, files=files), encoding="utf-8")
    for line, expected in ZSH_CASES:
        output.unlink(missing_ok=True)
        subprocess.run(["zsh", "-f", "-c", ZSH_HARNESS, "harness", str(scratch), line, str(output)],
                       capture_output=True, timeout=30)
        text = output.read_text(encoding="utf-8") if output.exists() else ""
        # compadd is given names quoted for the line ("d\\ d"); directories
        # get their '/' as a suffix, not in the name.
        got = sorted({entry[2:-2].replace("\\", "") for entry in text.split("\n") if entry.startswith("<<")})
        results.check(f"zsh {line!r}", got, sorted(expected))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    binary = parser.parse_args().binary
    results = Results()
    missing = [shell for shell in ("bash", "zsh", "fish") if shutil.which(shell) is None]
    if missing:
        print(f"FAIL missing {' '.join(missing)}: scripts/deps.sh test installs them")
        results.failed += 1
    else:
        with tempfile.TemporaryDirectory() as temp:
            scratch = pathlib.Path(temp)
            files = scratch / "files"
            files.mkdir()
            make_files(files)
            check_syntax(results, binary, scratch)
            check_bash(results, scratch / "bash-en", files)
            check_fish(results, scratch / "fish-en", files)
            check_descriptions(results, scratch / "fish-en")
            check_zsh(results, scratch / "zsh-en", files, scratch)
    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
