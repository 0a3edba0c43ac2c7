#!/usr/bin/python3
"""Filled workbooks (.xlsx) read by `score` and `check` (registered with ctest
as workbook_reader in tests/CMakeLists.txt; docs/workbook-format.md).

    reader_test.py --binary BUILD/cityseceval --source-dir REPOSITORY --output-dir DIR

Every workbook is made here, in DIR: the valid ones with openpyxl, following
the layout contract (docs/workbook-format.md, src/workbook_layout.h), the
hostile ones byte by byte with zipfile.

  - The round trip: `template --format xlsx` for both schemes, in Chinese
    (simplified and traditional) and English, filled with openpyxl with a
    worked example's records (the rating dropdown's own words, 全部满足 or
    全部滿足, 不适用; 是/否, yes/no), scores exactly as the example's YAML.
  - Worked examples turned into workbooks score exactly as their YAML:
    `score --format json` of both is the same once the file names are taken
    out, notes and evidence included, and the composite is the one worked out
    by hand in the example's comments (linjiang 97.47, baishi 66.43, qingyi
    100.0, lanting 65.9). Labels in simplified and traditional Chinese, in
    English and as keys, columns moved and extra columns added.
  - What a filled workbook gets wrong is reported at its cell with the
    resolver's own message: a formula's saved value (a warning), #N/A, a
    misspelt rating, empty input cells (unrated-items).
  - Hostile workbooks are refused at once, each with its exact message and
    exit code 1, and each run within 10 seconds (a hang guard, not a speed
    test): text or random bytes named .xlsx, an old .xls, an encrypted entry,
    an Office password-protected file, ZIP bombs (an honest one, one whose
    directory lies about the size, too many entries, too much in total),
    entries outside the archive, a DOCTYPE with billion laughs, an external
    entity, missing parts.

Prints one line per check, "N passed, N failed" last, and exits 1 when
anything failed, also when openpyxl or PyYAML is missing.
"""

import argparse
import json
import os
import pathlib
import struct
import subprocess
import sys
import time
import zipfile

try:
    import openpyxl
    import yaml
except ImportError as error:
    print(f"FAIL cannot import {error.name}: install Debian's python3-openpyxl and python3-yaml "
          f"(scripts/deps.sh test) for {sys.executable}")
    print("0 passed, 1 failed")
    sys.exit(1)

# The layout contract (src/workbook_layout.h): key -> (简体, 繁體, English).
FIELDS = {
    "scheme": ("方案", "方案", "Scheme"),
    "city": ("城市", "城市", "City"),
    "period": ("评估期间", "評估期間", "Period"),
    "scope": ("评估范围", "評估範圍", "Scope"),
}
RATING_COLUMNS = {
    "id": ("编号", "編號", "ID"),
    "level1": ("一级指标", "一級指標", "Level 1"),
    "level2": ("二级指标", "二級指標", "Level 2"),
    "level3": ("三级指标", "三級指標", "Level 3"),
    "item": ("评估内容", "評估內容", "Item"),
    "indicator_points": ("指标分值", "指標分值", "Indicator points"),
    "rating": ("评分", "評分", "Rating"),
    "note": ("说明", "說明", "Note"),
    "evidence": ("佐证材料", "佐證材料", "Evidence"),
}
RULE_COLUMNS = {
    "id": ("编号", "編號", "ID"),
    "part": ("分项", "分項", "Part"),
    "level1": ("一级指标", "一級指標", "Level 1"),
    "level2": ("二级指标", "二級指標", "Level 2"),
    "item": ("评估内容", "評估內容", "Item"),
    "rule": ("评分规则", "評分規則", "Scoring rule"),
    "points": ("分值", "分值", "Points"),
    "value": ("填写值", "填寫值", "Value"),
    "numerator": ("分子", "分子", "Numerator"),
    "denominator": ("分母", "分母", "Denominator"),
    "missing": ("缺少项", "缺少項", "Missing"),
    "note": ("说明", "說明", "Note"),
    "evidence": ("佐证材料", "佐證材料", "Evidence"),
}
STYLES = ("hans", "hant", "english", "key")


def label(table, key, style):
    """The label of `key` in `style`; keys and English in an odd case, which the reader ignores."""
    if style == "key":
        return key.upper() if key == "id" else key
    hans, hant, english = table[key]
    return {"hans": hans, "hant": hant, "english": english.lower()}[style]


# ---- Workbooks from assessments ----------------------------------------------------------------


def write_workbook(path, fields, columns, rows, style, table, header_row=6, extra_column=None, first_sheet=None):
    """A workbook as the contract lays it out: the header fields (label, value to its right)
    from row 2, the header row at `header_row` with `columns` in that order (labels in
    `style`), one row per dict in `rows`. `extra_column` adds a column of the user's own; a
    `first_sheet` title makes the table's sheet the first of two (the second, instructions)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = first_sheet or "评分表"
    sheet["A1"] = "城市网络安全评价 · 评分表"  # a title, not a field
    for i, (key, value) in enumerate(fields.items()):
        sheet.cell(row=2 + i, column=1, value=label(FIELDS, key, style))
        sheet.cell(row=2 + i, column=2, value=value)
    all_columns = list(columns) + ([extra_column] if extra_column else [])
    for c, key in enumerate(all_columns, start=1):
        sheet.cell(row=header_row, column=c, value=key if key == extra_column else label(table, key, style))
    for r, row in enumerate(rows, start=header_row + 1):
        for c, key in enumerate(all_columns, start=1):
            value = "备注" if key == extra_column else row.get(key)
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    instructions = book.create_sheet("说明")
    instructions["A1"] = "评分等级：全部满足、大部分满足、部分满足、不满足"
    book.save(path)


def evidence_cell(pieces):
    return "\n".join(pieces) if pieces else None


def rating_rows(assessment):
    """Rows of a rating-mean assessment: `ratings:` by item, na's reason in the note cell."""
    rows = []
    for indicator, ratings in assessment["ratings"].items():
        for n, written in enumerate(ratings, start=1):
            row = {"id": f"{indicator}.{n}", "item": f"第 {n} 项", "level3": indicator}
            if isinstance(written, dict):
                row["rating"] = written["rating"]
                row["note"] = written.get("reason") or written.get("note")
                row["evidence"] = evidence_cell(written.get("evidence"))
            else:
                row["rating"] = written
            rows.append(row)
    return rows


def tree_rules(source_dir, scheme):
    """item id -> its rule, from the tree file."""
    tree = yaml.safe_load((source_dir / "indicators" / f"{scheme}.yaml").read_text(encoding="utf-8"))
    rules = {}

    def walk(indicators):
        for indicator in indicators:
            for item in indicator.get("items", []):
                rules[str(item["id"])] = item["rule"]
            walk(indicator.get("children", []))

    walk(tree["indicators"])
    return rules


def yes_no(value, booleans):
    """A yes/no cell: the dropdown's 是/否 (yes/no in English), or Excel's own TRUE/FALSE."""
    if booleans == "en":
        return "yes" if value else "no"
    return value if booleans is True else ("是" if value else "否")


def fact_row(rule, fact, booleans):
    """The input cells of one fact (not composite), as the contract's table says."""
    row = {}
    if isinstance(fact, dict):
        row["note"] = fact.get("note")
        row["evidence"] = evidence_cell(fact.get("evidence"))
        if "value" in fact:
            fact = fact["value"]
    kind = rule["type"]
    if kind in ("present", "add-on"):
        row["value"] = yes_no(fact, booleans)
    elif kind in ("ratio-thresholds", "proportional") and isinstance(fact, dict):
        if "exists" in fact:
            row["value"] = yes_no(fact["exists"], booleans)
        row["numerator"] = fact.get("numerator")
        row["denominator"] = fact.get("denominator")
    elif kind == "per-missing":
        row["missing"] = "、".join(fact) if fact else "无"
    else:  # a count, a decimal ratio, an outcome id, a score
        row["value"] = fact
    return row


def fact_rows(rules, assessment, booleans):
    """Rows of a points-sum assessment: one per item, one per part of a composite (the item's
    note and evidence on its first row)."""
    rows = []
    for item_id, fact in assessment["facts"].items():
        item_id = str(item_id)
        rule = rules[item_id]
        if rule["type"] != "composite":
            rows.append({"id": item_id, **fact_row(rule, fact, booleans)})
            continue
        for i, (part, part_rule) in enumerate(rule["parts"].items()):
            row = {"id": item_id, "part": part, **fact_row(part_rule, fact[part], booleans)}
            if i == 0:
                row["note"] = fact.get("note")
                row["evidence"] = evidence_cell(fact.get("evidence"))
            rows.append(row)
    return rows


def header_fields(assessment, scope=None):
    fields = {"scheme": assessment["scheme"], "city": assessment["city"], "period": int(assessment["period"])}
    if scope:
        fields["scope"] = scope
    return fields


# ---- Hostile archives, byte by byte ----------------------------------------------------------------

SHEET = ('<?xml version="1.0" encoding="UTF-8"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         '<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="评分表" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                 '</Relationships>')
SHARED = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>编号</t></si></sst>')


def skeleton(changes=None):
    """The parts of a minimal workbook, any replaced (name: content) or left out (name: None)."""
    entries = {
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/worksheets/sheet1.xml": SHEET,
        "xl/sharedStrings.xml": SHARED,
        **(changes or {}),
    }
    return {name: content for name, content in entries.items() if content is not None}


def write_zip(path, entries, method=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)


def patch_headers(path, patch):
    """Calls patch(data, offset, kind) for every local ("local") and central ("central") header."""
    data = bytearray(pathlib.Path(path).read_bytes())
    for signature, kind in ((b"PK\x03\x04", "local"), (b"PK\x01\x02", "central")):
        at = data.find(signature)
        while at >= 0:
            patch(data, at, kind)
            at = data.find(signature, at + 4)
    pathlib.Path(path).write_bytes(bytes(data))


def set_encrypted(data, at, kind):
    flag = at + (6 if kind == "local" else 8)
    struct.pack_into("<H", data, flag, struct.unpack_from("<H", data, flag)[0] | 1)


def lie_about_size(size):
    def patch(data, at, kind):
        struct.pack_into("<I", data, at + (22 if kind == "local" else 24), size)
    return patch


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10))
                  + ']><workbook>&lol9;</workbook>')
EXTERNAL_ENTITY = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                   '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>')


# ---- The checks -------------------------------------------------------------------------------------


class Run:
    def __init__(self, binary, source_dir, output_dir):
        self.binary = binary
        self.source_dir = source_dir
        self.dir = output_dir
        self.passed = 0
        self.failed = 0

    def report(self, ok, what, detail=""):
        print(("PASS " if ok else "FAIL ") + what + ("" if ok or not detail else f"\n     {detail}"))
        if ok:
            self.passed += 1
        else:
            self.failed += 1

    def cli(self, *arguments, language="en"):
        """The binary run in the output directory (files named relatively), within 10 seconds."""
        environment = dict(os.environ, CITYSECEVAL_LANG=language)
        start = time.monotonic()
        try:
            done = subprocess.run([self.binary, *arguments], cwd=self.dir, env=environment, capture_output=True,
                                  timeout=10)
        except subprocess.TimeoutExpired:
            return None, "", "timed out after 10 s", 10.0
        return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"), \
            time.monotonic() - start

    def score_json(self, name, *options):
        code, out, err, _ = self.cli("score", name, "--format", "json", *options)
        if code != 0:
            return None, f"exit {code}: {err.strip()}"
        result = json.loads(out)
        result["assessment"].pop("file", None)
        return result, ""

    # -- valid workbooks ------------------------------------------------------------------------

    def same_score(self, what, yaml_name, workbook_name, composite):
        """`score --format json` of the workbook equals the YAML's, and the composite is the one
        the example works out by hand."""
        from_yaml, problem = self.score_json(str(self.source_dir / "examples" / yaml_name))
        from_workbook, problem_workbook = self.score_json(workbook_name)
        if from_yaml is None or from_workbook is None:
            self.report(False, what, problem or problem_workbook)
            return
        same = from_yaml == from_workbook
        detail = "" if same else first_difference(from_yaml, from_workbook)
        self.report(same and from_workbook["score"] == composite, what,
                    detail or f"score {from_workbook['score']}, expected {composite}")

    def example(self, name):
        # The examples quote their periods ("2025"), so YAML 1.1's timestamps never apply.
        return yaml.safe_load((self.source_dir / "examples" / name).read_text(encoding="utf-8"))

    def ratings_round_trip(self):
        # linjiang: na with reasons, a direct mix of words; the composite 9650/99 -> 97.47 by hand.
        linjiang = self.example("linjiang-2025.yaml")
        columns = ["id", "level1", "level2", "level3", "item", "indicator_points", "rating", "note", "evidence"]
        for style in STYLES:
            name = f"linjiang-{style}.xlsx"
            write_workbook(self.dir / name, header_fields(linjiang), columns, rating_rows(linjiang), style,
                           RATING_COLUMNS)
            self.same_score(f"ratings, labels as {style}: linjiang scores as its YAML, 97.47", "linjiang-2025.yaml",
                            name, 97.47)
        # baishi: Chinese rating words; columns moved (rating first, id last) and a column of
        # the user's own; the composite 66.425 -> 66.43 by hand.
        baishi = self.example("baishi-2025.yaml")
        moved = ["rating", "evidence", "note", "item", "id"]
        write_workbook(self.dir / "baishi-moved.xlsx", header_fields(baishi), moved, rating_rows(baishi), "hans",
                       RATING_COLUMNS, header_row=9, extra_column="审核人")
        self.same_score("ratings, columns moved and an extra column: baishi scores as its YAML, 66.43",
                        "baishi-2025.yaml", "baishi-moved.xlsx", 66.43)

    def template_round_trip(self):
        """`template --format xlsx`, filled with openpyxl as an assessor fills it (the rating dropdown's
        own words, 是/否 or yes/no), scores exactly as the same ratings or facts written in YAML: both
        schemes, in Chinese (either script) and English."""
        scale = yaml.safe_load(
            (self.source_dir / "indicators" / "city-cybersecurity.yaml").read_text(encoding="utf-8"))["scale"]
        rules = tree_rules(self.source_dir, "municipal-infosec-work")
        cases = [
            ("linjiang-2025.yaml", "city-cybersecurity", "zh", 97.47),
            ("linjiang-2025.yaml", "city-cybersecurity", "zh-Hant", 97.47),
            ("baishi-2025.yaml", "city-cybersecurity", "en", 66.43),
            ("qingyi-district-2025.yaml", "municipal-infosec-work", "zh", 100.0),
            ("qingyi-district-2025.yaml", "municipal-infosec-work", "zh-Hans", 100.0),
            ("lanting-district-2025.yaml", "municipal-infosec-work", "en", 65.9),
        ]
        for example, scheme, language, composite in cases:
            name = f"template-{pathlib.Path(example).stem}-{language}.xlsx"
            (self.dir / name).unlink(missing_ok=True)
            code, _, err, _ = self.cli("template", "--scheme", scheme, "--lang", language, "-o", name)
            if code != 0:
                self.report(False, f"template --scheme {scheme} --lang {language}", err)
                continue
            assessment = self.example(example)
            if "ratings" in assessment:
                rows = rating_rows(assessment)
                words = dropdown_words(self.dir / name, RATING_COLUMNS["rating"])
                for row in rows:
                    row["rating"] = as_dropdown_word(row["rating"], scale, words)
            else:
                rows = fact_rows(rules, assessment, "en" if language == "en" else False)
            problem = fill_template(self.dir / name, assessment, rows)
            if problem:
                self.report(False, f"fill {name}", problem)
                continue
            self.same_score(f"template --scheme {scheme} --lang {language}, filled with {example}'s records: "
                            f"scores as the YAML, {composite}", example, name, composite)

    def facts_round_trip(self):
        rules = tree_rules(self.source_dir, "municipal-infosec-work")
        columns = ["id", "part", "level1", "level2", "item", "rule", "points", "value", "numerator", "denominator",
                   "missing", "note", "evidence"]
        # qingyi: every kind of fact, the bonus and total caps; 100.0 by hand.
        qingyi = self.example("qingyi-district-2025.yaml")
        for style in STYLES:
            name = f"qingyi-{style}.xlsx"
            write_workbook(self.dir / name, header_fields(qingyi), columns, fact_rows(rules, qingyi, False), style,
                           RULE_COLUMNS)
            self.same_score(f"facts, labels as {style}: qingyi scores as its YAML, 100.0",
                            "qingyi-district-2025.yaml", name, 100.0)
        # lanting: {exists: true}, evidence on facts and on a composite and its part, Excel's own
        # booleans, columns in another order; 65.85 -> 65.9 by hand.
        lanting = self.example("lanting-district-2025.yaml")
        moved = ["value", "note", "id", "evidence", "missing", "part", "denominator", "numerator"]
        write_workbook(self.dir / "lanting-moved.xlsx", header_fields(lanting), moved, fact_rows(rules, lanting, True),
                       "hant", RULE_COLUMNS, header_row=8, extra_column="備註")
        self.same_score("facts, Excel booleans and moved columns: lanting scores as its YAML, 65.9",
                        "lanting-district-2025.yaml", "lanting-moved.xlsx", 65.9)

    # -- what a filled workbook gets wrong -----------------------------------------------------------

    def expect(self, what, arguments, code, lines, stream="out", language="en"):
        """The run exits `code` and its output (stdout for check, stderr for score) starts with `lines`."""
        got_code, out, err, seconds = self.cli(*arguments, language=language)
        text = out if stream == "out" else err
        got = text.splitlines()[:len(lines)]
        ok = got_code == code and got == lines and seconds < 10
        self.report(ok, what, f"exit {got_code} (expected {code}), {seconds:.1f} s, got:\n     " + "\n     ".join(
            text.splitlines()[:len(lines) + 2]) + "\n     expected:\n     " + "\n     ".join(lines))

    def cell_problems(self):
        linjiang = self.example("linjiang-2025.yaml")
        columns = ["id", "item", "rating", "note", "evidence"]  # A B C D E
        rows = rating_rows(linjiang)  # row 7 is 6.1.1.1, row 8 6.1.1.2, ...
        write_workbook(self.dir / "base.xlsx", header_fields(linjiang), columns, rows, "hans", RATING_COLUMNS)

        def variant(name, cells):
            """base.xlsx with `cells` (reference: value) changed, saved as `name`."""
            book = openpyxl.load_workbook(self.dir / "base.xlsx")
            for reference, value in cells.items():
                book.active[reference] = value
            book.save(self.dir / name)

        # A formula in a rating cell, with the value Excel saved: read, with a warning.
        variant("formula.xlsx", {"C8": '=IF(1>0,"full","none")'})
        add_cached_value(self.dir / "formula.xlsx", "C8", "full")
        self.expect("a formula with a saved value: its value is read, with a warning at its cell",
                    ["check", "formula.xlsx"], 0,
                    ['formula.xlsx:8:3: warning: cell C8: holds a formula; the value it had when last calculated, '
                     '"full", is read; type the value itself to be sure it is the one meant [xlsx-formula]'])
        code, _, _, _ = self.cli("score", "formula.xlsx")
        self.report(code == 0, "a formula with a saved value scores")
        self.expect("the formula warning in Chinese", ["check", "formula.xlsx"], 0,
                    ['formula.xlsx:8:3: warning: 单元格 C8：含有公式；读取的是其上次计算的值 "full"；请直接填写值，以确保无误 '
                     '[xlsx-formula]'], language="zh")

        # openpyxl saves a formula without a value: nothing to read.
        variant("uncalculated.xlsx", {"C8": "=1*0.8"})
        self.expect("a formula never calculated is an error at its cell", ["check", "uncalculated.xlsx"], 1,
                    ["uncalculated.xlsx:8:3: error: cell C8: holds a formula that was never calculated, so there is "
                     "no value to read; type the value itself (or open and save the workbook in Excel, WPS or "
                     "LibreOffice) [xlsx-formula]"])

        variant("error-value.xlsx", {"C9": "#N/A"})  # openpyxl stores it as an error value (t="e")
        self.expect("#N/A in a rating cell is an error naming it", ["score", "error-value.xlsx"], 1,
                    ["error-value.xlsx:9:3: error: cell C9: holds the error value #N/A, not a value; type the value "
                     "itself, or fix the formula that gives it [xlsx-cell-error]"], stream="err")
        self.expect("#N/A in Chinese", ["check", "error-value.xlsx"], 1,
                    ["error-value.xlsx:9:3: error: 单元格 C9：是错误值 #N/A，而不是值；请直接填写值，或修正产生该错误的公式 "
                     "[xlsx-cell-error]"], language="zh")

        variant("misspelt.xlsx", {"C10": "mostyl"})
        self.expect("a misspelt rating: the resolver's message, at its cell", ["check", "misspelt.xlsx"], 1,
                    ['misspelt.xlsx:10:3: error: cell C10: item 6.1.1.4: unknown rating "mostyl" (did you mean '
                     '"mostly"?); expected full (全部满足, 1), mostly (大部分满足, 0.8), partly (部分满足, 0.5) or none '
                     '(不满足, 0) [invalid-rating]'])

        # Three items with nothing in their input cells are not rated yet, as `todo` is.
        variant("unrated.xlsx", {"C7": None, "C8": None, "C9": None})
        self.expect("empty input cells are unrated items, counted once", ["check", "unrated.xlsx"], 1,
                    ["unrated.xlsx:6:1: error: cell A6: 3 items are unrated (todo); rate each item full, mostly, "
                     "partly or none [unrated-items]"])

        # The source line under a workbook's diagnostic is never its bytes.
        code, _, err, _ = self.cli("score", "misspelt.xlsx")
        lines = err.splitlines()
        self.report(code == 1 and len(lines) == 1 and lines[0].startswith("misspelt.xlsx:10:3: error: cell C10: "),
                    "score prints a workbook's diagnostic with no source line quoted under it", "\n".join(lines[:4]))

    def hostile(self):
        """Each refused at once with its own message; `check` prints it on stdout, `score` on stderr."""
        cases = []

        def case(name, message, rule, make):
            make(self.dir / name)
            cases.append((name, f"{name}:1:1: error: {message} [{rule}]"))

        case("text.xlsx", "not an Excel workbook: a .xlsx file is a ZIP archive and this one is not; open it in "
             "Excel, WPS or LibreOffice and save it as Excel Workbook (.xlsx)", "xlsx-not-zip",
             lambda p: p.write_text("scheme: city-cybersecurity\ncity: 苏州\n", encoding="utf-8"))
        case("random.xlsx", "not an Excel workbook: a .xlsx file is a ZIP archive and this one is not; open it in "
             "Excel, WPS or LibreOffice and save it as Excel Workbook (.xlsx)", "xlsx-not-zip",
             lambda p: p.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096))))
        old = ("an Excel 97-2003 workbook (.xls) is not read; open it in Excel, WPS or LibreOffice and save it as "
               ".xlsx (Excel Workbook)")
        ole2 = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504)
        case("old.xls", old, "xlsx-old-format", lambda p: p.write_bytes(ole2 + "Workbook".encode("utf-16-le")))
        case("old-renamed.xlsx", old, "xlsx-old-format", lambda p: p.write_bytes(ole2))
        case("password.xlsx", "the workbook is password-protected (encrypted) and cannot be read; open it in Excel or "
             "WPS, remove the password and save it as .xlsx", "xlsx-encrypted",
             lambda p: p.write_bytes(ole2 + "EncryptedInfo".encode("utf-16-le") + bytes(2)
                                     + "EncryptedPackage".encode("utf-16-le")))

        def encrypted(p):
            write_zip(p, skeleton())
            patch_headers(p, set_encrypted)
        case("encrypted-entry.xlsx", 'the workbook\'s part "xl/workbook.xml" is encrypted and cannot be read; save '
             "the workbook without a password", "xlsx-encrypted", encrypted)

        def zeros(mebibytes):  # made when a case writes its file, and let go after
            return bytes(mebibytes * 1024 * 1024)

        case("bomb.xlsx", 'the workbook\'s part "xl/worksheets/sheet1.xml" unpacks to 209715200 bytes, more than the '
             "52428800 allowed for one part; refused without unpacking it", "xlsx-too-large",
             lambda p: write_zip(p, skeleton({"xl/worksheets/sheet1.xml": zeros(200)}), zipfile.ZIP_DEFLATED))

        def liar(p):
            write_zip(p, {"xl/workbook.xml": zeros(200)}, zipfile.ZIP_DEFLATED)
            patch_headers(p, lie_about_size(1000))
        case("bomb-lying.xlsx", 'the workbook\'s part "xl/workbook.xml" unpacks to more than the 1000 bytes its '
             "archive declares; the archive is damaged or forged, and unpacking stopped there", "xlsx-too-large", liar)

        case("bomb-total.xlsx", "the workbook unpacks to 125829120 bytes, more than the 104857600 allowed (a ZIP "
             "bomb?); refused without unpacking it", "xlsx-too-large",
             lambda p: write_zip(p, {f"xl/media/image{i}.png": zeros(40) for i in range(3)}, zipfile.ZIP_DEFLATED))
        case("many-entries.xlsx", "the workbook's archive holds 10001 entries, more than the 10000 a workbook may "
             "have; refused without unpacking it", "xlsx-too-large",
             lambda p: write_zip(p, {f"xl/media/{i}.bin": b"" for i in range(10001)}))
        case("outside.xlsx", 'the workbook\'s archive has an entry "../../evil.sh" outside the archive (an absolute '
             'path or ".."); a workbook never has one, so the file is refused', "xlsx-unsafe-entry",
             lambda p: write_zip(p, {**skeleton(), "../../evil.sh": "rm -rf /"}))
        case("absolute.xlsx", 'the workbook\'s archive has an entry "/etc/cron.d/x" outside the archive (an absolute '
             'path or ".."); a workbook never has one, so the file is refused', "xlsx-unsafe-entry",
             lambda p: write_zip(p, {**skeleton(), "/etc/cron.d/x": "x"}))
        case("laughs.xlsx", 'the workbook\'s part "xl/workbook.xml" has a DOCTYPE declaration, which a workbook never '
             "has; refused without reading it, so no entity is expanded or fetched", "xlsx-doctype",
             lambda p: write_zip(p, skeleton({"xl/workbook.xml": BILLION_LAUGHS})))
        case("external-entity.xlsx", 'the workbook\'s part "xl/sharedStrings.xml" has a DOCTYPE declaration, which a '
             "workbook never has; refused without reading it, so no entity is expanded or fetched", "xlsx-doctype",
             lambda p: write_zip(p, skeleton({"xl/sharedStrings.xml": EXTERNAL_ENTITY})))
        case("no-workbook.xlsx", 'the workbook has no part "xl/workbook.xml"; save it again from Excel, WPS or '
             "LibreOffice as .xlsx", "xlsx-part", lambda p: write_zip(p, skeleton({"xl/workbook.xml": None})))
        case("no-sheet.xlsx", "the workbook has no worksheet; the first worksheet is the one read", "xlsx-part",
             lambda p: write_zip(p, skeleton({"xl/workbook.xml": WORKBOOK.replace(
                 '<sheet name="评分表" sheetId="1" r:id="rId1"/>', "")})))
        broken = SHEET.replace("</row>", "</rows>")
        column = broken.index("</rows>") + 3  # 1-based: expat stops at the name of the mismatched end tag
        case("broken-xml.xlsx", f'the workbook\'s part "xl/worksheets/sheet1.xml" is not well-formed XML (line 1, '
             f"column {column}: mismatched tag); save the workbook again from Excel, WPS or LibreOffice", "xlsx-xml",
             lambda p: write_zip(p, skeleton({"xl/worksheets/sheet1.xml": broken})))

        for name, line in cases:
            self.expect(f"hostile {name}: check refuses it at once", ["check", name], 1, [line])
            self.expect(f"hostile {name}: score refuses it at once", ["score", name], 1, [line], stream="err")

        self.expect("Chinese: an .xls is refused with how to save it", ["check", "old.xls"], 1,
                    ["old.xls:1:1: error: 不读取 Excel 97-2003 工作簿（.xls）；请用 Excel、WPS 或 LibreOffice 打开，另存为 "
                     ".xlsx（Excel 工作簿） [xlsx-old-format]"], language="zh")
        self.expect("Chinese: a DOCTYPE is refused", ["check", "laughs.xlsx"], 1,
                    ['laughs.xlsx:1:1: error: 工作簿的部件 "xl/workbook.xml" 含有 DOCTYPE 声明，而工作簿不会有该声明；'
                     "未读取即拒绝，不展开也不获取任何实体 [xlsx-doctype]"], language="zh")

    def directory(self):
        """A directory's workbooks are scored with its YAML files (batch walking takes .xlsx)."""
        batch = self.dir / "batch"
        batch.mkdir(exist_ok=True)
        for name in ("linjiang-hans.xlsx", "qingyi-hant.xlsx"):
            (batch / name).write_bytes((self.dir / name).read_bytes())
        code, out, err, _ = self.cli("score", "batch", "--format", "csv")
        lines = out.splitlines()
        ok = code == 0 and len(lines) == 3 and "batch/linjiang-hans.xlsx" in lines[1] and "97.47" in lines[1] \
            and "batch/qingyi-hant.xlsx" in lines[2] and "100.0" in lines[2]
        self.report(ok, "score DIRECTORY finds and scores its .xlsx files", out + err)


def dropdown_words(path, labels):
    """The words of the dropdown (data validation list) of the column labelled one of `labels`."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    column = next(cell.column_letter for row in sheet.iter_rows() for cell in row if cell.value in labels)
    for validation in sheet.data_validations.dataValidation:
        if str(validation.sqref).startswith(column):
            return validation.formula1.strip('"').split(",")
    return []


def as_dropdown_word(rating, scale, words):
    """A rating written in YAML (a level's id or name, na or 不适用) as the dropdown's word for it: the
    scale's words in order, then the word for na."""
    for i, level in enumerate(scale):
        if rating in (level["id"], level["name"]):
            return words[i]
    return words[len(scale)] if rating in ("na", "不适用") else rating


def fill_template(path, assessment, rows):
    """Fills a template written by `cityseceval template --format xlsx`: the city and period to the
    right of their labels, and each row's input cells in the template's row of its id (and part),
    columns found by their labels. Returns what could not be filled, or ""."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    labels = {}
    for table in (RATING_COLUMNS, RULE_COLUMNS):
        for key, (hans, hant, english) in table.items():
            labels[hans] = labels[hant] = labels[english] = key
    header, columns, places = None, {}, {}
    for cells in sheet.iter_rows():
        for cell in cells:
            if header is None and cell.value in FIELDS["city"]:
                sheet.cell(row=cell.row, column=cell.column + 1, value=assessment["city"])
            if header is None and cell.value in FIELDS["period"]:
                sheet.cell(row=cell.row, column=cell.column + 1, value=str(assessment["period"]))
            if header is None and cell.value in RATING_COLUMNS["id"]:
                header = cell.row
        if header is not None and cells[0].row == header:
            columns = {labels[cell.value]: cell.column for cell in cells if cell.value in labels}
        elif header is not None and cells[0].row > header:
            values = {key: sheet.cell(row=cells[0].row, column=column).value for key, column in columns.items()}
            places[(str(values["id"]), values.get("part") or "")] = cells[0].row
    for row in rows:
        at = places.get((row["id"], row.get("part", "")))
        if at is None:
            return f"no row for {row['id']} {row.get('part', '')} in the template"
        for key, value in row.items():
            if key in ("id", "part", "item", "level3") or value is None:
                continue
            sheet.cell(row=at, column=columns[key], value=value)
    book.save(path)
    return ""


def add_cached_value(path, reference, value):
    """Gives the formula in `reference` the text result a spreadsheet application saves with it."""
    with zipfile.ZipFile(path) as archive:
        entries = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    sheet = entries["xl/worksheets/sheet1.xml"].decode("utf-8")
    start = sheet.index(f'<c r="{reference}"')
    end = sheet.index("</c>", start)
    cell = sheet[start:end]
    formula = cell[cell.index("<f>"):]
    sheet = sheet[:start] + f'<c r="{reference}" t="str">{formula}<v>{value}</v>' + sheet[end:]
    entries["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    write_zip(path, entries, zipfile.ZIP_DEFLATED)


def first_difference(a, b, path=""):
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}/{key}: only in {'the workbook' if key in b else 'the YAML'}"
            found = first_difference(a[key], b[key], f"{path}/{key}")
            if found:
                return found
        return ""
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} elements != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}/{i}")
            if found:
                return found
        return ""
    return "" if a == b else f"{path}: {a!r} != {b!r}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--output-dir", required=True)
    arguments = parser.parse_args()
    output = pathlib.Path(arguments.output_dir)
    output.mkdir(parents=True, exist_ok=True)
    run = Run(os.path.abspath(arguments.binary), pathlib.Path(arguments.source_dir).resolve(), output)
    run.ratings_round_trip()
    run.facts_round_trip()
    run.template_round_trip()
    run.cell_problems()
    run.hostile()
    run.directory()
    print(f"{run.passed} passed, {run.failed} failed")
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
