#!/usr/bin/python3
"""Validates the shipped files against docs/schema/*.schema.json (registered
with ctest as schema_validation in tests/CMakeLists.txt).

    validate.py --binary BUILD/cityseceval --source-dir REPOSITORY

Checks, one line per file:
  - every schema against the draft 2020-12 metaschema;
  - every indicators/*.yaml against the tree schema;
  - every examples/*.yaml and tests/data/good/*.yaml against the assessment schema,
    except the tailoring files (*.tailoring.yaml), against the tailoring schema,
    the weight profiles (*.weights.yaml), against the weight-profile schema, and
    the plans (a top-level `stages` key, as cityseceval tells them apart), against
    the plan schema;
  - the tree `cityseceval tailor` writes for every examples/*.tailoring.yaml against
    the tree schema;
  - the YAML templates `cityseceval template` writes for every built-in scheme,
    in both languages, against the assessment schema;
  - every tests/data/schema-bad/*.yaml FAILS its schema (tree-*.yaml the tree
    schema, assessment-*.yaml the assessment schema, tailoring-*.yaml the
    tailoring schema, weights-*.yaml the weight-profile schema, plan-*.yaml the
    plan schema), at the place its
    "# schema-error-at: /json/pointer" line names: a broken file must be
    rejected for the reason it was written for, not for another.

Prints "N passed, N failed" last and exits 1 when anything failed, also when
python3-jsonschema or python3-yaml is missing: a validation that cannot run
must not pass.
"""

import argparse
import json
import pathlib
import subprocess
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:
    print(f"FAIL cannot import {error.name}: install Debian's python3-jsonschema and python3-yaml "
          f"(scripts/deps.sh test) for {sys.executable}")
    print("0 passed, 1 failed")
    sys.exit(1)


class Loader(yaml.SafeLoader):
    """PyYAML's safe loader without YAML 1.1 timestamps, so a period written
    2025-01-01 is a text, as it is to cityseceval and to editors (YAML 1.2)."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def pointer(path):
    """A JSON pointer for an error's absolute_path; "/" for the root."""
    return "/" + "/".join(str(part) for part in path)


def describe(error):
    message = error.message if len(error.message) <= 120 else error.message[:117] + "..."
    return f"{pointer(error.absolute_path)}: {message}"


class Run:
    def __init__(self, source_dir):
        self.source_dir = source_dir
        self.passed = 0
        self.failed = 0

    def name(self, path):
        try:
            return str(path.relative_to(self.source_dir))
        except ValueError:
            return str(path)

    def report(self, ok, what, detail=""):
        if ok:
            self.passed += 1
            print(f"PASS {what}")
        else:
            self.failed += 1
            print(f"FAIL {what}: {detail}")

    def expect_valid(self, validator, what, document):
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
        self.report(not errors, what, "; ".join(describe(e) for e in errors[:5]))

    def expect_invalid(self, validator, what, document, expected_at):
        errors = list(validator.iter_errors(document))
        if not errors:
            self.report(False, what, "expected to fail the schema, but it is valid")
            return
        places = [pointer(e.absolute_path) for e in errors]
        if expected_at is not None and expected_at not in places:
            self.report(False, what, f"expected an error at {expected_at}, got " +
                        "; ".join(describe(e) for e in errors[:5]))
            return
        self.report(True, f"{what} (rejected: {describe(errors[0])})")


def load_yaml(run, path, what):
    try:
        return yaml.load(path.read_text(encoding="utf-8-sig"), Loader=Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        run.report(False, what, f"cannot read: {error}")
        return None


def expected_error_place(path):
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("# schema-error-at:"):
            return line.split(":", 1)[1].strip()
    return None


def run_binary(run, binary, source, arguments, what):
    """The YAML the binary prints with `arguments`, or None after reporting why not."""
    try:
        result = subprocess.run([binary] + arguments, cwd=source, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        run.report(False, what, f"cannot run: {error}")
        return None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        run.report(False, what, f"exit {result.returncode}: {message[0] if message else ''}")
        return None
    try:
        return yaml.load(result.stdout.decode("utf-8"), Loader=Loader)
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        run.report(False, what, f"not YAML: {error}")
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the built cityseceval")
    parser.add_argument("--source-dir", required=True, type=pathlib.Path, help="the repository root")
    options = parser.parse_args()
    source = options.source_dir.resolve()
    run = Run(source)

    validators = {}
    kinds = (("tree", "indicator-tree"), ("assessment", "assessment"), ("tailoring", "tailoring"),
             ("weights", "weight-profile"), ("plan", "plan"))
    for kind, file in kinds:
        path = source / "docs" / "schema" / f"{file}.schema.json"
        what = f"{run.name(path)} against the draft 2020-12 metaschema"
        try:
            schema = json.loads(path.read_text(encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
        except (OSError, ValueError, jsonschema.exceptions.SchemaError) as error:
            run.report(False, what, str(error).splitlines()[0])
            continue
        run.report(True, what)
        validators[kind] = jsonschema.Draft202012Validator(schema)
    if len(validators) < len(kinds):
        print(f"{run.passed} passed, {run.failed} failed")
        return 1

    trees = sorted((source / "indicators").glob("*.yaml"))
    for path in trees:
        what = f"{run.name(path)} is a valid tree"
        document = load_yaml(run, path, what)
        if document is not None:
            run.expect_valid(validators["tree"], what, document)

    assessments = sorted((source / "examples").glob("*.yaml")) + sorted((source / "tests/data/good").glob("*.yaml"))
    for path in assessments:
        document = load_yaml(run, path, f"{run.name(path)} is valid")
        if document is None:
            continue
        if path.name.endswith(".tailoring.yaml"):
            kind = "tailoring"
        elif path.name.endswith(".weights.yaml"):
            kind = "weights"
        elif isinstance(document, dict) and "stages" in document:
            kind = "plan"
        else:
            kind = "assessment"
        run.expect_valid(validators[kind], f"{run.name(path)} is a valid {kind}", document)

    # A tailored tree as `tailor` publishes it is a tree like any other.
    for path in sorted((source / "examples").glob("*.tailoring.yaml")):
        what = f"cityseceval tailor {run.name(path)} is a valid tree"
        document = run_binary(run, options.binary, source, ["tailor", run.name(path)], what)
        if document is not None:
            run.expect_valid(validators["tree"], what, document)

    # The built-in schemes are the trees in indicators/, by file stem.
    for path in trees:
        for language in ("zh", "en"):
            arguments = ["template", "--scheme", path.stem, "--lang", language, "--format", "yaml"]
            what = f"cityseceval {' '.join(arguments)} is a valid assessment"
            document = run_binary(run, options.binary, source, arguments, what)
            if document is not None:
                run.expect_valid(validators["assessment"], what, document)

    bad = sorted((source / "tests/data/schema-bad").glob("*.yaml"))
    if not bad:
        run.report(False, "tests/data/schema-bad", "no broken files found")
    for path in bad:
        kind = path.name.split("-", 1)[0]
        what = f"{run.name(path)} fails the {kind} schema"
        if kind not in validators:
            run.report(False, what, "the name must start with tree-, assessment-, tailoring-, weights- or plan-")
            continue
        document = load_yaml(run, path, what)
        if document is not None:
            run.expect_invalid(validators[kind], what, document, expected_error_place(path))

    print(f"{run.passed} passed, {run.failed} failed")
    return 0 if run.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
