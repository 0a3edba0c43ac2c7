"""What the workbook tests share (tests/workbook/*_test.py): reading a
workbook back with openpyxl, every warning an error, and their command line
(--binary BUILD/cityseceval --source-dir REPOSITORY, the rest for unittest)."""

import argparse
import pathlib
import sys
import warnings

try:
    import openpyxl
except ImportError:
    print(f"FAIL cannot import openpyxl: install Debian's python3-openpyxl (scripts/deps.sh test) for {sys.executable}")
    sys.exit(1)


def load(path):
    """The workbook at `path`, read with every warning of openpyxl an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return openpyxl.load_workbook(path)


def command_line(description):
    """The binary (absolute), the source directory and unittest's own arguments."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source-dir", required=True)
    arguments, rest = parser.parse_known_args()
    return str(pathlib.Path(arguments.binary).resolve()), arguments.source_dir, rest
