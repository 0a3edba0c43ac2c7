#!/usr/bin/python3
"""The workbook template read back by a real reader (registered with ctest as
workbook_template in tests/CMakeLists.txt).

    template_test.py --binary BUILD/cityseceval --source-dir REPOSITORY

Writes `cityseceval template --format xlsx` for both built-in schemes, in
Chinese and English, once with --scope and once with --tree, and reads each
back with openpyxl (Debian's python3-openpyxl), warnings turned into errors,
checking what docs/workbook-format.md promises: the sheet names, the header
fields and where they are, the header row, the item rows, the data
validations of the input cells, the protection (input cells unlocked and
shaded, every other cell locked), the frozen header and the instructions.
Expected values are worked out from indicators/*.yaml by hand; the counts
say how.

Exits 1 when anything failed, also when openpyxl is missing: a check that
cannot run must not pass.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import unittest
import warnings

try:
    import openpyxl
except ImportError:
    print(f"FAIL cannot import openpyxl: install Debian's python3-openpyxl (scripts/deps.sh test) for {sys.executable}")
    sys.exit(1)

ARGS = None

# The contract's labels (src/workbook_layout.h), written out here so a change
# to either side shows.
RATING_HEADER_ZH = ["编号", "一级指标", "二级指标", "三级指标", "评估内容", "指标分值", "评分", "说明", "佐证材料"]
RATING_HEADER_EN = ["ID", "Level 1", "Level 2", "Level 3", "Item", "Indicator points", "Rating", "Note", "Evidence"]
RULE_HEADER_ZH = ["编号", "分项", "一级指标", "二级指标", "评估内容", "评分规则", "分值", "填写值", "分子", "分母",
                  "缺少项", "说明", "佐证材料"]
RULE_HEADER_EN = ["ID", "Part", "Level 1", "Level 2", "Item", "Scoring rule", "Points", "Value", "Numerator",
                  "Denominator", "Missing", "Note", "Evidence"]

INPUT_SHADE = "FFFFF2CC"


def write_template(directory, name, *options):
    """Runs `cityseceval template OPTIONS -o NAME` in `directory`; returns the workbook, read with
    every warning of openpyxl an error (what LibreOffice and WPS would stumble on, it complains about)."""
    result = subprocess.run([ARGS.binary, "template", *options, "-o", name], cwd=directory,
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0 or result.stderr:
        raise AssertionError(f"template {' '.join(options)}: exit {result.returncode}: {result.stderr}")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return openpyxl.load_workbook(os.path.join(directory, name))


def tool_version():
    return subprocess.run([ARGS.binary, "--version"], capture_output=True, text=True, check=True).stdout.splitlines()[0]


def header_row(sheet, id_label):
    """The row of the header row, found as the reader finds it: the first with the id label in a cell."""
    for row in sheet.iter_rows():
        if any(cell.value == id_label for cell in row):
            return row[0].row
    raise AssertionError(f"no header row with {id_label}")


def item_rows(sheet, header):
    """The rows below the header row that have an id, as lists of cells."""
    return [list(row) for row in sheet.iter_rows(min_row=header + 1) if row[0].value is not None]


def row_of(rows, item, part=None):
    for row in rows:
        if row[0].value == item and (part is None or row[1].value == part):
            return row
    raise AssertionError(f"no row for {item} {part or ''}")


def validations(sheet):
    """Every cell covered by a data validation, e.g. "G7" -> the validation."""
    covered = {}
    for validation in sheet.data_validations.dataValidation:
        for cell_range in validation.sqref.ranges:
            for row in range(cell_range.min_row, cell_range.max_row + 1):
                for column in range(cell_range.min_col, cell_range.max_col + 1):
                    covered[f"{openpyxl.utils.get_column_letter(column)}{row}"] = validation
    return covered


def shaded(cell):
    return cell.fill.fill_type == "solid" and cell.fill.fgColor.rgb == INPUT_SHADE


class Workbooks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.directory = tempfile.TemporaryDirectory()
        where = cls.directory.name
        cls.standard_zh = write_template(where, "standard-zh.xlsx")
        cls.standard_en = write_template(where, "standard-en.xlsx", "--lang", "en")
        cls.municipal_zh = write_template(where, "municipal-zh.xlsx", "--scheme", "municipal-infosec-work")
        cls.municipal_en = write_template(where, "municipal-en.xlsx", "--scheme", "municipal-infosec-work",
                                          "--lang", "en")
        cls.scoped = write_template(where, "special.xlsx", "--scope", "7,9")
        cls.tree = os.path.join(ARGS.source_dir, "tests/data/trees/small-ten.yaml")
        cls.from_tree = write_template(where, "tree.xlsx", "--tree", cls.tree, "--lang", "en")
        cls.long_scale = write_template(where, "long-scale.xlsx", "--tree",
                                        os.path.join(ARGS.source_dir, "tests/data/trees/long-scale-words.yaml"))
        cls.long_rules = write_template(where, "long-rules.xlsx", "--tree",
                                        os.path.join(ARGS.source_dir, "tests/data/trees/long-rule-words.yaml"))

    @classmethod
    def tearDownClass(cls):
        cls.directory.cleanup()

    # ---- The sheets and the header fields -------------------------------------------------

    def test_sheet_names(self):
        self.assertEqual(self.standard_zh.sheetnames, ["评价表", "说明"])
        self.assertEqual(self.standard_en.sheetnames, ["Assessment", "Instructions"])
        self.assertEqual(self.municipal_zh.sheetnames, ["评价表", "说明"])
        self.assertEqual(self.municipal_en.sheetnames, ["Assessment", "Instructions"])

    def test_header_fields_a_label_and_its_value_to_the_right(self):
        sheet = self.standard_zh.worksheets[0]
        self.assertTrue(sheet["A1"].value.startswith("评价表模板：数字政府 城市网络安全评价指标"))
        self.assertEqual([sheet["A2"].value, sheet["B2"].value], ["方案", "city-cybersecurity"])
        self.assertEqual([sheet["A3"].value, sheet["B3"].value], ["城市", None])
        self.assertEqual([sheet["A4"].value, sheet["B4"].value], ["评估期间", None])
        self.assertIsNone(sheet["A5"].value)  # no scope: a full evaluation
        english = self.municipal_en.worksheets[0]
        self.assertEqual([english["A2"].value, english["B2"].value], ["Scheme", "municipal-infosec-work"])
        self.assertEqual(english["A3"].value, "City")
        self.assertEqual(english["A4"].value, "Period")
        # A period typed 2025 stays the text "2025": the city and period cells hold text.
        for cell in ("B3", "B4"):
            self.assertEqual(sheet[cell].number_format, "@")

    def test_scope_field_only_with_scope(self):
        sheet = self.scoped.worksheets[0]
        self.assertEqual([sheet["A5"].value, sheet["B5"].value], ["评估范围", "7,9"])
        self.assertEqual(header_row(sheet, "编号"), 7)
        self.assertEqual(sheet.freeze_panes, "A8")

    def test_tree_file_named_relative_to_the_workbook(self):
        sheet = self.from_tree.worksheets[0]
        expected = os.path.relpath(self.tree, self.directory.name)
        self.assertEqual([sheet["A2"].value, sheet["B2"].value], ["Scheme", expected])

    # ---- The header row and the item rows -------------------------------------------------

    def test_header_rows(self):
        for book, labels in ((self.standard_zh, RATING_HEADER_ZH), (self.standard_en, RATING_HEADER_EN),
                             (self.municipal_zh, RULE_HEADER_ZH), (self.municipal_en, RULE_HEADER_EN)):
            sheet = book.worksheets[0]
            self.assertEqual(header_row(sheet, labels[0]), 6)
            self.assertEqual([cell.value for cell in sheet[6]], labels)
            self.assertEqual(sheet.freeze_panes, "A7")  # frozen below the header row

    def test_item_counts(self):
        # indicators/city-cybersecurity.yaml: 144 lines `- id: "A.B.C.D"` (four-part item ids):
        # 31 under 6, 49 under 7, 21 under 8, 20 under 9, 23 under 10.
        self.assertEqual(len(item_rows(self.standard_zh.worksheets[0], 6)), 144)
        self.assertEqual(len(item_rows(self.standard_en.worksheets[0], 6)), 144)
        # --scope 7,9: 49 + 20.
        rows = item_rows(self.scoped.worksheets[0], 7)
        self.assertEqual(len(rows), 69)
        self.assertEqual({row[0].value.split(".")[0] for row in rows}, {"7", "9"})
        # indicators/municipal-infosec-work.yaml: 39 items (`- id: "S.G.N"`), two of them composites
        # of three parts (3.1.1 systems, missing, ledger; 8.2.1 national, provincial, city): 39 + 2 + 2.
        self.assertEqual(len(item_rows(self.municipal_zh.worksheets[0], 6)), 43)
        # tests/data/trees/small-ten.yaml: 6 items.
        self.assertEqual(len(item_rows(self.from_tree.worksheets[0], 6)), 6)

    def test_rating_rows(self):
        rows = item_rows(self.standard_zh.worksheets[0], 6)
        first = [cell.value for cell in rows[0][:6]]
        self.assertEqual(first[:4], ["6.1.1.1", "政策规范", "基本制度规范", "基本制度规范"])
        self.assertTrue(first[4].startswith("制定网络安全等级保护相关安全管理制度和操作规程"))
        self.assertEqual(first[5], 3)  # 6.1.1's points
        self.assertIsInstance(first[5], (int, float))
        grading = [cell.value for cell in row_of(rows, "6.2.1.3")[:6]]
        self.assertEqual(grading[1:4], ["政策规范", "等级保护", "定级备案"])
        self.assertEqual(grading[5], 2)
        # The only direct-score item is marked as the YAML template marks it.
        self.assertTrue(row_of(rows, "10.3.1.3")[4].value.startswith("[直接得分项] 与其他城市在产业合作"))
        self.assertEqual(row_of(rows, "10.3.1.3")[5].value, 3)  # 10.3.1's points
        english = [cell.value for cell in row_of(item_rows(self.standard_en.worksheets[0], 6), "6.2.1.3")[:6]]
        self.assertEqual(english[1:4], ["Policy and regulation implementation",
                                        "Multi-level protection scheme implementation",
                                        "Protection-level grading and filing"])
        # Item texts have no English: they stay Chinese.
        self.assertTrue(english[4].startswith("公安部门近两年开始"))
        # Item texts wrap.
        self.assertTrue(rows[0][4].alignment.wrap_text)

    def test_rule_rows(self):
        rows = item_rows(self.municipal_zh.worksheets[0], 6)
        first = [cell.value for cell in rows[0][:7]]
        self.assertEqual(first, ["1.1.1", None, "組織機構", "網絡與信息安全協調小組", "成立和調整時的文件", "有得 1 分", 1])
        # A composite: one row per part, the id repeated, the item's points (3 + 0 + 3) on its first row.
        parts = [row for row in rows if row[0].value == "3.1.1"]
        self.assertEqual([row[1].value for row in parts], ["systems", "missing", "ledger"])
        self.assertEqual([row[6].value for row in parts], [6, None, None])
        # A bonus item has no points of its own.
        bonus = [row for row in rows if row[0].value == "8.2.1"]
        self.assertEqual([row[1].value for row in bonus], ["national", "provincial", "city"])
        self.assertEqual([row[6].value for row in bonus], [None, None, None])
        self.assertEqual(row_of(rows, "4.3.2")[6].value, 2)

    # ---- Validations ----------------------------------------------------------------------

    def assert_stops(self, validation):
        """Excel refuses anything else: the error alert is shown, of style stop (the default)."""
        self.assertTrue(validation.showErrorMessage)
        self.assertIn(validation.errorStyle, (None, "stop"))

    def test_rating_dropdown(self):
        for book, words in ((self.standard_zh, '"全部满足,大部分满足,部分满足,不满足,不适用"'),
                            (self.standard_en, '"full,mostly,partly,none,na"')):
            sheet = book.worksheets[0]
            covered = validations(sheet)
            self.assertEqual(len(sheet.data_validations.dataValidation), 1)
            rating = covered["G7"]
            self.assertEqual(rating.type, "list")
            self.assertEqual(rating.formula1, words)
            self.assertEqual(str(rating.sqref), "G7:G150")  # rows 7 to 6 + 144
            self.assert_stops(rating)
        prompt = validations(self.standard_zh.worksheets[0])["G7"].prompt
        self.assertEqual(prompt, "从下拉列表选择评分；选“不适用”时须在“说明”列写明理由。")

    def test_scale_too_long_for_a_dropdown_is_typed(self):
        # tests/data/trees/long-scale-words.yaml: 11 words of 10 characters, 340 bytes with the
        # commas: no dropdown (Excel's list, and libxlsxwriter's buffer, cannot hold it), the
        # cell asks for a word the instructions list.
        sheet = self.long_scale.worksheets[0]
        rating = validations(sheet)["G7"]
        self.assertIsNone(rating.type)
        self.assertEqual(rating.prompt, "填写“说明”工作表所列的词之一。")
        self.assertEqual(str(rating.sqref), "G7:G8")
        self.assertFalse(sheet["G7"].protection.locked)
        self.assertGreaterEqual(sheet.column_dimensions["G"].width, 20)  # a word is 20 columns wide
        scale = self.cells_of(self.long_scale.worksheets[1])
        self.assertIn(["第十级完全满足全部要求", "l10（level ten）", 1], scale)

    def test_rule_words_too_long_for_excel(self):
        # tests/data/trees/long-rule-words.yaml: an external score whose source makes its input
        # message "填写值：0 到 2 之间的数（" + 270 characters + "）" = 285 characters, cut to
        # Excel's 255 (254 and an ellipsis); a choice of 30 outcome ids, 539 characters with
        # the commas: typed, not chosen.
        external = self.rule_cells(self.long_rules, "1.1.1")["value"][1]
        self.assertEqual((external.type, external.formula1, external.formula2), ("decimal", "0", "2"))
        self.assertEqual(len(external.prompt), 255)
        self.assertTrue(external.prompt.startswith("填写值：0 到 2 之间的数（外部测评机构外部测评机构"))
        self.assertTrue(external.prompt.endswith("测评机…"))
        choice = self.rule_cells(self.long_rules, "1.1.2")["value"]
        self.assertIsNone(choice[1].type)
        self.assertEqual(choice[1].prompt, "填写“说明”工作表所列的词之一。")
        self.assertFalse(choice[0].protection.locked)

    def rule_cells(self, book, item, part=None):
        sheet = book.worksheets[0]
        row = row_of(item_rows(sheet, 6), item, part)
        covered = validations(sheet)
        return {RULE_HEADER_EN[i].lower(): (cell, covered.get(cell.coordinate)) for i, cell in enumerate(row)}

    def test_yes_no(self):
        for book, words in ((self.municipal_zh, '"是,否"'), (self.municipal_en, '"yes,no"')):
            value = self.rule_cells(book, "1.1.1")["value"][1]
            self.assertEqual((value.type, value.formula1), ("list", words))
            self.assert_stops(value)

    def test_count(self):
        value = self.rule_cells(self.municipal_zh, "1.1.3")["value"][1]  # per-count
        self.assertEqual((value.type, value.operator, value.formula1), ("whole", "greaterThanOrEqual", "0"))
        self.assert_stops(value)
        self.assertEqual(value.prompt, "填写值：0 或以上的整数")
        tiers = self.rule_cells(self.municipal_zh, "3.1.1", "systems")["value"][1]  # count-tiers
        self.assertEqual((tiers.type, tiers.formula1), ("whole", "0"))

    def test_ratio(self):
        cells = self.rule_cells(self.municipal_en, "1.3.1")
        numerator, denominator = cells["numerator"][1], cells["denominator"][1]
        self.assertEqual((numerator.type, numerator.operator, numerator.formula1), ("whole", "greaterThanOrEqual", "0"))
        self.assertEqual((denominator.type, denominator.operator, denominator.formula1),
                         ("whole", "greaterThanOrEqual", "1"))
        self.assert_stops(numerator)
        self.assert_stops(denominator)
        self.assertIsNone(cells["value"][1])  # a plain ratio takes no value
        # 4.3.1 scores existence (有即得1分): its value says "exists" with no base.
        existence = self.rule_cells(self.municipal_en, "4.3.1")
        self.assertEqual(existence["value"][1].formula1, '"yes,no"')
        self.assertEqual(existence["numerator"][1].formula1, "0")
        self.assertTrue(existence["value"][1].prompt.endswith(
            "; when it exists with no base to count against: Value yes, numerator and denominator empty"))

    def test_choice(self):
        drill = self.rule_cells(self.municipal_zh, "4.3.2")["value"][1]
        self.assertEqual((drill.type, drill.formula1), ("list", '"drill,training,none"'))
        self.assert_stops(drill)
        self.assertEqual(drill.prompt, "填写值：从下拉列表选择结果编号：drill（開展應急演練，2 分）、training（僅開展培訓工作，1 分）、"
                                       "none（未開展培訓及演練，0 分）")
        report = self.rule_cells(self.municipal_en, "5.5.2")["value"][1]
        self.assertEqual(report.formula1, '"on-time,late,none"')

    def test_scores(self):
        judgement = self.rule_cells(self.municipal_zh, "2.1.2")["value"][1]
        # "between" is OOXML's default operator, which the file may leave out.
        self.assertIn(judgement.operator, (None, "between"))
        self.assertEqual((judgement.type, judgement.formula1, judgement.formula2), ("decimal", "0", "2"))
        self.assert_stops(judgement)
        self.assertEqual(judgement.prompt, "填写值：0 至 2 分，以 0.5 分为一档；酌情评分须在“说明”列写明理由")
        external = self.rule_cells(self.municipal_en, "5.3.1")["value"][1]
        self.assertEqual((external.type, external.formula1, external.formula2), ("decimal", "0", "10"))
        self.assertEqual(external.prompt, "Value: a number from 0 to 10 (市信安辦外部安全測試)")

    def test_missing(self):
        cells = self.rule_cells(self.municipal_en, "3.1.1", "missing")
        self.assertEqual(cells["missing"][1].type, None)  # any text: the prompt lists the ids
        self.assertEqual(cells["missing"][1].prompt,
                         "Missing: the ids missing, separated by commas or line breaks, from portal (政府門戶網站), "
                         "finance-tax (財稅), social-security (社保), administrative-power (行政權力系統)")
        self.assertIsNone(cells["value"][1])

    # ---- Protection -----------------------------------------------------------------------

    def test_protected_without_password(self):
        for book in (self.standard_zh, self.standard_en, self.municipal_zh, self.municipal_en, self.scoped):
            sheet = book.worksheets[0]
            self.assertTrue(sheet.protection.sheet)
            self.assertIsNone(sheet.protection.password)

    def test_only_input_cells_unlocked_and_each_shaded(self):
        for book in (self.standard_zh, self.municipal_zh, self.municipal_en, self.scoped):
            sheet = book.worksheets[0]
            for row in sheet.iter_rows():
                for cell in row:
                    self.assertEqual(not cell.protection.locked, shaded(cell), cell.coordinate)
        sheet = self.standard_zh.worksheets[0]
        unlocked = [cell for cell in ("B3", "B4", "G7", "H7", "I7", "G150", "I150") if not sheet[cell].protection.locked]
        self.assertEqual(len(unlocked), 7)
        for cell in ("A1", "B2", "A6", "G6", "A7", "E7", "F7", "J7", "G151"):
            self.assertTrue(sheet[cell].protection.locked, cell)

    def test_rule_input_cells_by_fact(self):
        def unlocked(book, item, part=None):
            cells = self.rule_cells(book, item, part)
            return [key for key, (cell, _) in cells.items() if not cell.protection.locked]
        book = self.municipal_zh
        self.assertEqual(unlocked(book, "1.1.1"), ["value", "note", "evidence"])
        self.assertEqual(unlocked(book, "1.3.1"), ["numerator", "denominator", "note", "evidence"])
        self.assertEqual(unlocked(book, "4.3.1"), ["value", "numerator", "denominator", "note", "evidence"])
        # The note and evidence of a composite go on its first row.
        self.assertEqual(unlocked(book, "3.1.1", "systems"), ["value", "note", "evidence"])
        self.assertEqual(unlocked(book, "3.1.1", "missing"), ["missing"])
        self.assertEqual(unlocked(book, "3.1.1", "ledger"), ["value"])

    # ---- Widths ----------------------------------------------------------------------------

    def test_columns_fit(self):
        sheet = self.standard_zh.worksheets[0]
        width = lambda column: sheet.column_dimensions[column].width
        # ids ("10.3.1.3", 8 wide) are narrow; item texts wrap at 60; the dropdown's widest
        # word 大部分满足 is 10 columns wide (a Chinese character counts two).
        self.assertLess(width("A"), 15)
        self.assertGreaterEqual(width("A"), 8)
        self.assertGreaterEqual(width("E"), 60)
        self.assertLess(width("E"), 62)
        self.assertGreaterEqual(width("G"), 10)

    # ---- Instructions ----------------------------------------------------------------------

    def cells_of(self, sheet):
        return [[cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)]

    def test_instructions_standard(self):
        rows = self.cells_of(self.standard_zh.worksheets[1])
        self.assertEqual(rows[0], ["填写说明"])
        self.assertIn(["方案", "city-cybersecurity"], rows)
        self.assertIn(["方案版本", "1.0"], rows)
        self.assertIn(["工具版本", tool_version()], rows)
        # Table A.1 with each word's value, then na.
        heading = rows.index(["评分", "含义", "分值"])
        self.assertEqual(rows[heading + 1:heading + 6], [
            ["全部满足", "full（fully satisfied）", 1],
            ["大部分满足", "mostly（mostly satisfied）", 0.8],
            ["部分满足", "partly（partly satisfied）", 0.5],
            ["不满足", "none（not satisfied）", 0],
            ["不适用", "na（不适用于本市）", "不计入；须在“说明”列写明理由"],
        ])
        english = self.cells_of(self.standard_en.worksheets[1])
        self.assertIn(["Tool version", tool_version()], english)
        self.assertIn(["full", "fully satisfied (全部满足)", 1], english)

    def test_instructions_municipal(self):
        rows = self.cells_of(self.municipal_zh.worksheets[1])
        self.assertIn(["方案", "municipal-infosec-work"], rows)
        self.assertIn(["工具版本", tool_version()], rows)
        self.assertIn(["3.1.1", "missing", "重要信息系統名錄", "每缺一项扣 0.5 分（政府門戶網站、財稅、社保、行政權力系統）",
                       "缺少项：缺少的编号，以逗号或换行分隔；可填 portal（政府門戶網站）、finance-tax（財稅）、"
                       "social-security（社保）、administrative-power（行政權力系統）"], rows)
        self.assertIn(["4.3.2", "重要信息系統專項應急預案培訓及演練情況", "開展應急演練得 2 分，僅開展培訓工作得 1 分，未開展培訓及演練得 0 分",
                       "填写值：从下拉列表选择结果编号：drill（開展應急演練，2 分）、training（僅開展培訓工作，1 分）、"
                       "none（未開展培訓及演練，0 分）"], rows)
        # One line per row of the sheet to fill: 43.
        self.assertEqual(len([row for row in rows if row and row[0] in {r[0].value for r in
                              item_rows(self.municipal_zh.worksheets[0], 6)}]), 43)


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source-dir", required=True)
    ARGS, rest = parser.parse_known_args()
    ARGS.binary = os.path.abspath(ARGS.binary)
    ARGS.source_dir = os.path.abspath(ARGS.source_dir)
    unittest.main(argv=[sys.argv[0], "-v", *rest])


if __name__ == "__main__":
    main()
