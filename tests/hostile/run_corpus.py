#!/usr/bin/python3
"""Runs the bad-input corpus (tests/data/hostile/cases.txt) through the built
binary; registered with ctest as one test per case, hostile_<name>
(tests/CMakeLists.txt).

    run_corpus.py --binary BUILD/cityseceval --source-dir REPOSITORY [--case NAME] [--show]

Each case runs in a scratch directory of its own, holding copies of its file
and of the files it needs (`with:`), so every name on the command line and in
a message is relative. A case passes when:
  - the binary exits with the expected code, without being killed by a signal
    (a negative return code is a crash) and within the hang guard (20 s, or
    the case's `within:` seconds: a file refused "quickly");
  - the first line of the stream the diagnostics go to (standard output for
    `check`, standard error otherwise) is exactly `expect:`; run again without
    `--lang en`, exactly `expect-zh:`;
  - a command that fails prints nothing on the other stream (no half report
    on standard output); each `stdout:` line (a valid case's composite) is a
    line of standard output;
  - every file of the scratch directory is byte-identical afterwards (SHA-256
    before and after) and no file was added (no half-written output).
A case marked `pending:` is expected to fail until the work it names lands:
its failure is reported as XFAIL-pending and passes; its success fails
(XPASS), so the mark is removed as soon as it is no longer needed.

--show prints what the binary does for a case (exit code, first lines in both
languages) without judging it: a help for writing a new case, whose expected
lines are then checked by hand, never pasted unread.
"""

import argparse
import hashlib
import os
import pathlib
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import time

HANG_GUARD = 20.0
MANIFEST = "tests/data/hostile/cases.txt"
# A valid assessment of tests/data/trees/small-ten.yaml, the body of the
# generated files (the same ratings as most files of the corpus).
ASSESSMENT = ('city: 苏州市\nperiod: "2025"\nratings:\n  "1.1": [good]\n  "1.2": [good, fair]\n'
              '  "2.1": [good, good, poor]\n')
# Dropping every capability (bounding and inheritable sets) leaves root
# without CAP_DAC_OVERRIDE, so a read-only directory is read-only to it too;
# failing that, the command runs as nobody.
WITHOUT_CAPABILITIES = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"]
AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


class Case:
    def __init__(self, fields, line):
        self.line = line
        self.name = fields.pop("name", [None])[0]
        self.file = fields.pop("file", [None])[0]
        self.with_files = [w for each in fields.pop("with", []) for w in each.split()]
        self.generate = fields.pop("generate", [])
        self.run = fields.pop("run", [None])[0]
        self.exit = int(fields.pop("exit", ["0"])[0])
        self.expect = fields.pop("expect", [None])[0]
        self.expect_zh = fields.pop("expect-zh", [None])[0]
        self.stdout = fields.pop("stdout", [])
        self.stdout_zh = fields.pop("stdout-zh", [])
        self.pending = fields.pop("pending", [None])[0]
        self.within = float(fields.pop("within", [HANG_GUARD])[0])
        self.unprivileged = fields.pop("unprivileged", ["no"])[0] == "yes"
        if fields:
            raise SystemExit(f"{MANIFEST}:{line}: unknown key(s) {', '.join(fields)}")
        if not self.name or not self.run:
            raise SystemExit(f"{MANIFEST}:{line}: a case needs name: and run:")

    def file_name(self):
        """The name {file} stands for: the file's, or the first generated one's."""
        if self.file:
            return pathlib.Path(self.file).name
        return self.generate[0].split()[1]


def read_manifest(path):
    """Blocks of `key: value` lines separated by blank lines; '#' starts a comment line."""
    cases, fields, start = [], {}, 0
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines() + [""], 1):
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if fields:
                cases.append(Case(fields, start))
            fields = {}
            continue
        key, sep, value = raw.partition(": ")
        if not sep:
            raise SystemExit(f"{path}:{number}: expected `key: value`, got {raw!r}")
        if not fields:
            start = number
        fields.setdefault(key, []).append(value)
    return cases


def write_generated(scratch, spec):
    """Files too big to commit, or that git cannot hold, made in the scratch directory."""
    kind, name, *rest = spec.split()
    path = scratch / name
    if kind == "big-file":  # a valid assessment padded with one comment to SIZE bytes
        size = int(rest[0])
        head = ASSESSMENT.encode() + b"# "
        with open(path, "wb") as out:
            out.write(head)
            left = size - len(head) - 1
            chunk = b"x" * (1 << 20)
            while left > 0:
                out.write(chunk[:min(left, len(chunk))])
                left -= len(chunk)
            out.write(b"\n")
    elif kind == "long-value":  # the city, SIZE characters on one line
        path.write_text(ASSESSMENT.replace("city: 苏州市", "city: " + "苏" * int(rest[0])), encoding="utf-8")
    elif kind == "long-comment":  # a comment line of SIZE characters after a valid assessment
        path.write_text(ASSESSMENT + "# " + "x" * int(rest[0]) + "\n", encoding="utf-8")
    elif kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "read-only-directory":
        path.mkdir()
        path.chmod(0o555)
    else:
        raise SystemExit(f"unknown generate kind {kind!r}")


def snapshot(scratch):
    """Every path under scratch, with the SHA-256 of each regular file (a FIFO is never opened)."""
    state = {}
    for path in sorted(scratch.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISREG(mode):
            digest = hashlib.sha256()
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
            state[str(path.relative_to(scratch))] = digest.hexdigest()
        else:
            state[str(path.relative_to(scratch))] = stat.filemode(mode)[0]
    return state


def unprivileged_prefix(scratch):
    """A command prefix under which the read-only directory cannot be written, or None."""
    if os.geteuid() != 0:
        return []
    targets = [p for p in scratch.iterdir() if p.is_dir() and not p.stat().st_mode & 0o222]
    for prefix in (WITHOUT_CAPABILITIES, AS_NOBODY):
        probe = [str(t / ".write-probe") for t in targets]
        try:
            done = subprocess.run(prefix + ["/bin/sh", "-c", 'for f; do if (true > "$f") 2>/dev/null; then exit 1; fi; done', "sh", *probe],
                                  cwd=scratch, capture_output=True, timeout=HANG_GUARD)
        except (OSError, subprocess.TimeoutExpired):
            continue
        for path in probe:
            pathlib.Path(path).unlink(missing_ok=True)
        if done.returncode == 0:
            return prefix
    return None


def first_line(text):
    return text.split("\n", 1)[0] if text else ""


class Outcome:
    def __init__(self):
        self.problems = []

    def fail(self, text):
        self.problems.append(text)


def run_once(case, binary, scratch, arguments, expected, expected_stdout, outcome, prefix):
    before = snapshot(scratch)
    environment = {k: v for k, v in os.environ.items() if k != "CITYSECEVAL_LANG"}
    started = time.monotonic()
    try:
        done = subprocess.run(prefix + [binary] + arguments, cwd=scratch, env=environment, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=HANG_GUARD)
    except subprocess.TimeoutExpired:
        outcome.fail(f"hang: no exit within {HANG_GUARD:g} s")
        return None
    elapsed = time.monotonic() - started
    stdout = done.stdout.decode("utf-8", "replace")
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode < 0:
        outcome.fail(f"crash: killed by signal {-done.returncode}")
    elif done.returncode != case.exit:
        outcome.fail(f"exit code {done.returncode}, expected {case.exit}")
    if elapsed > case.within:
        outcome.fail(f"took {elapsed:.1f} s, expected at most {case.within:g} s")
    diagnostics, other = (stdout, stderr) if arguments[0] == "check" else (stderr, stdout)
    if expected is not None and first_line(diagnostics) != expected:
        outcome.fail(f"first line\n    got:      {first_line(diagnostics)}\n    expected: {expected}")
    if case.exit not in (0, 3) and other:
        outcome.fail(f"the command failed but printed on its other stream: {first_line(other)}")
    lines = stdout.split("\n")
    for line in expected_stdout:
        if line not in lines:
            outcome.fail(f"standard output has no line {line!r}")
    after = snapshot(scratch)
    for path in sorted(set(after) - set(before)):
        outcome.fail(f"left a file behind: {path}")
    for path in sorted(set(before)):
        if after.get(path) != before[path]:
            outcome.fail(f"changed or removed: {path}")
    return done, stdout, stderr


def run_case(case, binary, hostile_dir, show=False):
    outcome = Outcome()
    scratch = pathlib.Path(tempfile.mkdtemp(prefix=f"hostile-{case.name}-"))
    try:
        scratch.chmod(0o755)
        for relative in ([case.file] if case.file else []) + case.with_files:
            source = (hostile_dir / relative).resolve()
            shutil.copyfile(source, scratch / source.name)
            (scratch / source.name).chmod(0o644)
        for spec in case.generate:
            write_generated(scratch, spec)
        prefix = unprivileged_prefix(scratch) if case.unprivileged else []
        if prefix is None:
            outcome.fail("cannot arrange a read-only directory: neither dropping capabilities nor running as nobody "
                         "stops writes here")
            return outcome
        arguments = shlex.split(case.run.replace("{file}", case.file_name()))
        if show:
            for args in (arguments, [a for a in arguments if a not in ("--lang", "en")]):
                try:
                    done = subprocess.run(prefix + [binary] + args, cwd=scratch, capture_output=True, timeout=5)
                except subprocess.TimeoutExpired:
                    print("exit: hang\nfirst: (none)")
                    continue
                stream = done.stdout if args[0] == "check" else done.stderr
                print(f"exit: {done.returncode}\nfirst: {first_line(stream.decode('utf-8', 'replace'))}")
            return outcome
        run_once(case, binary, scratch, arguments, case.expect, case.stdout, outcome, prefix)
        if case.expect_zh is not None or case.stdout_zh:
            chinese = [a for i, a in enumerate(arguments)
                       if not (a == "--lang" or (i > 0 and arguments[i - 1] == "--lang"))]
            run_once(case, binary, scratch, chinese, case.expect_zh, case.stdout_zh, outcome, prefix)
    finally:
        for path in [scratch, *scratch.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(scratch, ignore_errors=True)
    return outcome


def report(case, outcome):
    """Prints the case's verdict; returns whether it counts as passed."""
    if case.pending:
        if outcome.problems:
            print(f"XFAIL-pending {case.name} ({case.pending}): {outcome.problems[0].splitlines()[0]}")
            return True
        print(f"XPASS {case.name}: it passes now; remove its `pending: {case.pending}` mark ({MANIFEST}:{case.line})")
        return False
    if outcome.problems:
        print(f"FAIL {case.name} ({MANIFEST}:{case.line})")
        for problem in outcome.problems:
            print("  " + problem)
        return False
    print(f"PASS {case.name}")
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source-dir", required=True, type=pathlib.Path)
    parser.add_argument("--case", help="run this case only (default: every case)")
    parser.add_argument("--show", action="store_true", help="print what the binary does, judging nothing")
    options = parser.parse_args()
    binary = str(pathlib.Path(options.binary).resolve())
    cases = read_manifest(options.source_dir / MANIFEST)
    names = [case.name for case in cases]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise SystemExit(f"{MANIFEST}: case names used twice: {', '.join(sorted(duplicates))}")
    if options.case:
        cases = [case for case in cases if case.name == options.case]
        if not cases:
            raise SystemExit(f"no case named {options.case!r} in {MANIFEST}")
    hostile_dir = options.source_dir / "tests/data/hostile"
    passed = failed = 0
    for case in cases:
        if options.show:
            print(f"== {case.name}")
            run_case(case, binary, hostile_dir, show=True)
            continue
        if report(case, run_case(case, binary, hostile_dir)):
            passed += 1
        else:
            failed += 1
    if not options.show:
        print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
