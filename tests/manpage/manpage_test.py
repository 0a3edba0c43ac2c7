#!/usr/bin/python3
"""The man page cityseceval(1) against --help (registered with ctest as
manpage in tests/CMakeLists.txt).

    manpage_test.py --binary BUILD/cityseceval --source-dir REPOSITORY

For English and Chinese (`cityseceval manpage --lang en|zh`):
  - groff -mandoc -ww and man --warnings print no warning: the page is valid roff;
  - for the program and every subcommand, every option name with its value
    name, every help sentence, the description and every footer line that
    `CMD --help` prints is in the rendered page (whitespace ignored: groff
    fills and breaks lines), and each subcommand's section lists exactly the
    options its --help lists, no other;
  - a few things worked out by hand: the .TH line, the section headings, the
    EXIT STATUS entries, the environment variables, score --format's values.

Prints "N passed, N failed" last and exits 1 when anything failed, also when
groff or man is missing (scripts/deps.sh test installs groff-base and man-db).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

RESULTS = {"passed": 0, "failed": 0}

# CLI11's section headings in --help, in both languages (help_language.cpp).
SECTIONS = {"Options", "Positionals", "Subcommands", "选项", "位置参数", "子命令"}
# CLI11's words after an option's value name, not part of the option.
LABELS = {"...", "REQUIRED", "必需", "Excludes:", "不能与之同用:"}


def check(name, ok, detail=""):
    RESULTS["passed" if ok else "failed"] += 1
    print(("ok      " if ok else "FAILED  ") + name + ("" if ok else ": " + detail))


def run(arguments, language, stdin=None):
    environment = dict(os.environ, CITYSECEVAL_LANG=language)
    return subprocess.run(arguments, input=stdin, capture_output=True, text=True, env=environment)


def rendered(page):
    """The page as a terminal shows it, without bold or underlining."""
    out = subprocess.run(["groff", "-k", "-mandoc", "-Tutf8", "-P-cbou"], input=page, capture_output=True,
                         text=True, check=True).stdout
    # Debian's groff keeps '-' and "'" as typed; another groff may print typographic forms.
    return out.translate(str.maketrans({"’": "'", "‘": "`", "‐": "-", "−": "-"}))


def squeezed(text):
    """Text without whitespace: groff fills lines and breaks Chinese anywhere."""
    return re.sub(r"\s+", "", text)


def parse_help(text):
    """(description, [(names, value name, help)], footer lines) of one --help."""
    lines = text.split("\n")
    description = lines[0]
    entries = []
    footer = []
    section = None
    for line in lines[2:]:
        if footer or (section is None and line and line[:-1] not in SECTIONS):
            if line.strip():
                footer.append(line.strip())
            continue
        if line.endswith(":") and line[:-1] in SECTIONS:
            section = line[:-1]
        elif not line.strip():
            section = None
        elif line.startswith(" " * 30):
            entries[-1][2] = line.strip()
        else:
            match = re.match(r"^  (\S+)((?: \S+)*?)(?:\s{2,}(\S.*))?$", line)
            words = [w for w in match.group(2).split() if w not in LABELS and not w.startswith("-")]
            value = re.split(r"[:=]", words[0])[0] if words else ""
            entries.append([match.group(1).split(","), value, match.group(3) or ""])
    return description, entries, footer


def command_sections(page):
    """{command: set of long option names} from the roff source's COMMANDS section."""
    sections = {}
    current = None
    for line in page.split("\n"):
        heading = re.match(r"^\.SS \\fB(\w+)\\fR$", line)
        if heading:
            current = sections.setdefault(heading.group(1), set())
        elif line.startswith(".SH"):
            current = None
        elif current is not None and line.startswith("\\fB\\-"):
            current.update(n.replace("\\-", "-") for n in re.findall(r"\\fB((?:\\-)+[\w\\-]+)\\fR", line))
    return sections


def check_language(binary, language, version):
    page = run([binary, "manpage", "--lang", language], language).stdout
    lint = subprocess.run(["groff", "-k", "-mandoc", "-Tutf8", "-ww", "-z"], input=page, capture_output=True, text=True)
    check(f"{language}: groff -ww prints no warning", lint.returncode == 0 and not lint.stderr, lint.stderr)
    man = subprocess.run(["man", "--warnings", "-l", "-"], input=page, capture_output=True, text=True,
                         env=dict(os.environ, MANPAGER="cat", PAGER="cat"))
    check(f"{language}: man --warnings prints no warning", man.returncode == 0 and not man.stderr, man.stderr)

    text = rendered(page)
    whole = squeezed(text)
    top = run([binary, "--help"], language).stdout
    commands = [entry[0][0] for entry in parse_help(top)[1] if not entry[0][0].startswith("-")]
    check(f"{language}: --help lists the 16 commands", len(commands) == 16, str(commands))
    sections = command_sections(page)
    for command in [None] + commands:
        arguments = [binary] + ([command] if command else []) + ["--help"]
        description, entries, footer = parse_help(run(arguments, language).stdout)
        shown = f"{language}: {command or 'cityseceval'} --help"
        missing = [description] if squeezed(description) not in whole else []
        for names, value, help_text in entries:
            # "-o,--output FILE" is "-o, --output FILE" on the page.
            for name in names[:-1] + [names[-1] + value]:
                if squeezed(name) not in whole:
                    missing.append(name)
            if squeezed(help_text) not in whole:
                missing.append(help_text)
        missing += [line for line in footer if squeezed(line) not in whole]
        check(f"{shown}: every name, value name, help sentence and footer line is in the page",
              not missing, "; ".join(missing))
        if command:
            option_names = {name for names, _, _ in entries for name in names if name.startswith("-")}
            listed = sections.get(command, set())
            check(f"{shown}: the page's section lists exactly its options", listed == option_names,
                  f"page only: {sorted(listed - option_names)}, help only: {sorted(option_names - listed)}")
    check(f"{language}: the page has a section for every command, no other", set(sections) == set(commands),
          str(sorted(set(sections) ^ set(commands))))

    # Worked out by hand: the version is project(VERSION) in CMakeLists.txt; no date.
    title = page.split("\n")[2 if language == "zh" else 1]
    expected_title = {"en": f'.TH CITYSECEVAL 1 "" "cityseceval {version}" "User Commands"',
                      "zh": f'.TH CITYSECEVAL 1 "" "cityseceval {version}" "用户命令"'}[language]
    check(f"{language}: .TH names the version and no date", title == expected_title, title)
    headings = [line[4:] for line in page.split("\n") if line.startswith(".SH ")]
    expected_headings = {
        "en": ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES",
               "EXAMPLES", "SEE ALSO"],
        "zh": ["名称", "概要", "描述", "命令", "选项", "退出状态", "环境", "文件", "示例", "参见"]}[language]
    check(f"{language}: the section headings", headings == expected_headings, str(headings))

    # main.cpp's four exit codes, one .TP each, in order.
    exit_status = page.split(".SH " + expected_headings[5] + "\n")[1].split(".SH ")[0]
    expected_exit = {
        "en": ["0", "success",
               "1", "invalid input: a missing or unreadable file, a YAML error, or anything the checks reject",
               "2", "usage error: unknown option, missing argument, bad option value",
               "3", "a result below a requested gate"],
        "zh": ["0", "成功", "1", "输入无效：文件不存在或无法读取、YAML 错误，或任何未通过检查的内容",
               "2", "用法错误：未知选项、缺少参数、选项值不正确", "3", "结果低于所要求的门槛"]}[language]
    entries = [line.replace("\\fB", "").replace("\\fR", "")
               for line in exit_status.split("\n") if line and line != ".TP"]
    check(f"{language}: EXIT STATUS is 0 1 2 3 as --help says", entries == expected_exit, str(entries))

    environment = page.split(".SH " + expected_headings[6] + "\n")[1].split(".SH ")[0]
    variables = re.findall(r"^\\fB([A-Z_]+)\\fR$", environment, re.M)
    check(f"{language}: ENVIRONMENT names the four variables", variables ==
          ["CITYSECEVAL_LANG", "NO_COLOR", "TERM", "TMPDIR"], str(variables))

    # score --format: the seven formats of score_command.cpp, text by default.
    values, default = {"en": ("Values:", "Default:"), "zh": ("可取值：", "默认值：")}[language]
    score = text.split("cityseceval score [")[2] if language == "en" else text.split("cityseceval score [")[2]
    format_entry = score.split("--format FORMAT")[1].split("--lang")[0]
    check(f"{language}: score --format lists its seven values and its default",
          squeezed(f"{values} text, json, jsonl, csv, tsv, markdown, xlsx") in squeezed(format_entry)
          and squeezed(f"{default} text") in squeezed(format_entry), format_entry)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source-dir", required=True)
    arguments = parser.parse_args()
    for tool in ("groff", "man"):
        if not shutil.which(tool):
            check(f"{tool} is installed", False, "run scripts/deps.sh test (groff-base, man-db)")
    if RESULTS["failed"] == 0:
        with open(os.path.join(arguments.source_dir, "CMakeLists.txt"), encoding="utf-8") as cmake:
            version = re.search(r"project\(cityseceval VERSION (\S+)", cmake.read()).group(1)
        for language in ("en", "zh"):
            check_language(arguments.binary, language, version)
    print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed")
    return 1 if RESULTS["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
