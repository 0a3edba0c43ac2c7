#!/usr/bin/python3
"""Results as a workbook, read back by a real reader (registered with ctest as
workbook_results in tests/CMakeLists.txt).

    results_test.py --binary BUILD/cityseceval --source-dir REPOSITORY

Runs `score DIR FILE --format xlsx -o results.xlsx` over a copy of examples/
(both built-in schemes, a tailored one, a special and a phased evaluation)
plus a file that cannot be read, and `rank --format xlsx`, then opens the
workbooks with openpyxl (Debian's python3-openpyxl), every warning an error,
and checks the sheets, headings, one row per file, that scores are numbers
shown with two decimals, the grade fills, the filters and frozen panes, and
the failed file's row (docs/workbook-format.md, "Results").

Every expected number is the hand-worked one in the header comment of its
example file (quoted beside each), rounded as its scheme reports: two
decimals half up for city-cybersecurity, one for municipal-infosec-work.
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

from workbook_support import command_line, load

BINARY = None
SOURCE_DIR = None

# A file that is not valid YAML: one error, the same in every run.
BROKEN = 'scheme: city-cybersecurity\ncity: 坏市\nperiod: "2025"\nratings:\n  6.1.1: [full\n'
BROKEN_ERROR_ZH = "broken.yaml:6:1: error: YAML 语法错误：缺少列表的右方括号 ] [yaml-syntax]"
BROKEN_ERROR_EN = "broken.yaml:6:1: error: invalid YAML: end of sequence flow not found [yaml-syntax]"

# The assessments of examples/, as a directory is scanned: sorted by path;
# the tailoring, the weight profile and the plan are not assessments and are skipped.
EXAMPLE_FILES = [
    "examples/baishi-2025.yaml",
    "examples/chenghu-2025.yaml",
    "examples/heting-2025.yaml",
    "examples/lanting-district-2025.yaml",
    "examples/linjiang-2025.yaml",
    "examples/qinglan-2025.yaml",
    "examples/qingyi-district-2025.yaml",
    "examples/xiling-2025-special.yaml",
    "examples/yunxi-2025-stage1.yaml",
    "examples/yunxi-2025-stage2.yaml",
    "examples/yunxi-2025-stage3.yaml",
    "examples/yunxi-2025.yaml",
]

# Reported composites, from the files' headers.
SCORES = {
    "examples/baishi-2025.yaml": 66.43,  # M = 2657/40 = 66.425 -> 66.43 (a tie, half up)
    "examples/chenghu-2025.yaml": 97.48,  # M = 3899/40 = 97.475 -> 97.48
    "examples/heting-2025.yaml": 47.99,  # M = 3599/75 = 47.986667 -> 47.99
    "examples/lanting-district-2025.yaml": 65.9,  # total 65.85 -> 65.9 (1 decimal, half up)
    "examples/linjiang-2025.yaml": 97.47,  # M = 9650/99 = 97.4747 -> 97.47
    "examples/qinglan-2025.yaml": 80.01,  # reported 80.01
    "examples/qingyi-district-2025.yaml": 100,  # 93.5 + 10 = 103.5, capped at 100
    "examples/xiling-2025-special.yaml": 94.4,  # M = 472/5 = 94.4
    # examples/plan-yunxi-2025.yaml: stage 1 7193/75, stage 2 755/9, stage 3 535/6
    "examples/yunxi-2025-stage1.yaml": 95.91,
    "examples/yunxi-2025-stage2.yaml": 83.89,
    "examples/yunxi-2025-stage3.yaml": 89.17,
    "examples/yunxi-2025.yaml": 90.95,  # M = 13643/150 = 90.953333 -> 90.95
}

# The grade fills (docs/workbook-format.md): best green, then blue, yellow, worst red.
GREEN, BLUE, YELLOW, RED = "FFC6EFCE", "FFDDEBF7", "FFFFEB9C", "FFFFC7CE"

CITY_DIMENSIONS_ZH = ["6 政策规范", "7 风险控制", "8 网络安全文化", "9 研究创新", "10 发展协同"]
MUNICIPAL_SECTIONS_ZH = ["1 組織機構", "2 工作落實", "3 風險評估", "4 應急預案", "5 信息安全檢查", "6 業務培訓",
                         "7 工作動態通報及信息安全事件情況", "8 加分項"]


def run(arguments, cwd, language="zh"):
    """The binary's exit code and stderr, run in `cwd` with --lang `language`."""
    result = subprocess.run([BINARY, *arguments, "--lang", language], cwd=cwd, capture_output=True, text=True,
                            timeout=120)
    return result.returncode, result.stderr


def rows_of(sheet):
    return [list(row) for row in sheet.iter_rows(min_row=2)]


def fill_of(cell):
    return cell.fill.fgColor.rgb if cell.fill.fill_type == "solid" else None


class Workdir(unittest.TestCase):
    """A temporary directory holding a copy of examples/ and broken.yaml, so
    that the files are named relatively, as a user names them."""

    def setUp(self):
        self.directory = pathlib.Path(tempfile.mkdtemp(prefix="cityseceval-workbook-"))
        shutil.copytree(pathlib.Path(SOURCE_DIR) / "examples", self.directory / "examples")
        (self.directory / "broken.yaml").write_text(BROKEN, encoding="utf-8")

    def tearDown(self):
        shutil.rmtree(self.directory)


class ScoreWorkbook(Workdir):
    def score(self, language="zh", extra=()):
        code, err = run(["score", "examples", "broken.yaml", "--format", "xlsx", "-o", "results.xlsx", *extra],
                        self.directory, language)
        return code, err, self.directory / "results.xlsx"

    def test_sheets_headings_and_rows(self):
        code, _, path = self.score()
        # A file not scored: exit 1, and the workbook is written all the same.
        self.assertEqual(code, 1)
        book = load(path)
        self.assertEqual(book.sheetnames, ["结果", "二级指标"])
        results = book["结果"]
        # Every scheme's level-1 indicators: the standard's (the tailored chenghu-2025 has the
        # same five, under the same names) and then the municipal sheet's.
        headings = ["文件", "城市", "评价期", "评价体系", "得分", "等级", *CITY_DIMENSIONS_ZH, *MUNICIPAL_SECTIONS_ZH,
                    "错误"]
        self.assertEqual([cell.value for cell in results[1]], headings)
        rows = rows_of(results)
        self.assertEqual([row[0].value for row in rows], EXAMPLE_FILES + ["broken.yaml"])
        # Frozen header row, and filters over the header and all 13 rows of 20 columns (A..T).
        self.assertEqual(results.freeze_panes, "A2")
        self.assertEqual(results.auto_filter.ref, "A1:T14")

    def test_scores_are_numbers_with_two_decimals(self):
        _, _, path = self.score()
        rows = {row[0].value: row for row in rows_of(load(path)["结果"])}
        for file, expected in SCORES.items():
            with self.subTest(file=file):
                cell = rows[file][4]
                self.assertIn(type(cell.value), (int, float))
                self.assertEqual(cell.value, expected)
                self.assertEqual(cell.number_format, "0.00")

    def test_level_one_columns(self):
        _, _, path = self.score()
        rows = {row[0].value: row for row in rows_of(load(path)["结果"])}
        # examples/yunxi-2025.yaml: 6 = 2899/150 = 19.3267 -> 19.33; 7 = 2147/75 = 28.6267 -> 28.63;
        # 8 = 287/20 = 14.35; 9 = 649/60 = 10.8167 -> 10.82; 10 = 107/6 = 17.8333 -> 17.83.
        yunxi = rows["examples/yunxi-2025.yaml"]
        self.assertEqual([cell.value for cell in yunxi[6:11]], [19.33, 28.63, 14.35, 10.82, 17.83])
        self.assertTrue(all(cell.number_format == "0.00" for cell in yunxi[6:11]))
        # ... and nothing under the municipal sheet's sections, which its scheme does not have.
        self.assertEqual([cell.value for cell in yunxi[11:19]], [None] * 8)
        # examples/xiling-2025-special.yaml evaluates only 7: 708/25 = 28.32; the others are empty.
        xiling = rows["examples/xiling-2025-special.yaml"]
        self.assertEqual([cell.value for cell in xiling[6:11]], [None, 28.32, None, None, None])
        # examples/lanting-district-2025.yaml: subtotals 7.5, 8, 0 (floored from -4), 7, 12.9, 8.7,
        # 15.75 -> 15.8 (reported to one decimal, half up), bonus 6; nothing under the standard's.
        lanting = rows["examples/lanting-district-2025.yaml"]
        self.assertEqual([cell.value for cell in lanting[11:19]], [7.5, 8, 0, 7, 12.9, 8.7, 15.8, 6])
        self.assertEqual([cell.value for cell in lanting[6:11]], [None] * 5)
        self.assertEqual(lanting[11].number_format, "0.00")

    def test_grade_cells_are_filled_by_band(self):
        _, _, path = self.score()
        rows = {row[0].value: row for row in rows_of(load(path)["结果"])}
        expected = {
            "examples/yunxi-2025.yaml": ("优秀", GREEN),  # 90.95 >= 85
            "examples/qinglan-2025.yaml": ("良好", BLUE),  # 75 <= 80.01 < 85
            "examples/baishi-2025.yaml": ("合格", YELLOW),  # 60 <= 66.43 < 75
            "examples/heting-2025.yaml": ("不合格", RED),  # 47.99 < 60
            # The municipal sheet defines no grades: no name, no colour.
            "examples/lanting-district-2025.yaml": (None, None),
        }
        for file, (grade, fill) in expected.items():
            with self.subTest(file=file):
                cell = rows[file][5]
                self.assertEqual(cell.value, grade)
                self.assertEqual(fill_of(cell), fill)

    def test_the_failed_file_has_its_row_with_the_first_error(self):
        _, _, path = self.score()
        broken = rows_of(load(path)["结果"])[-1]
        self.assertEqual(broken[0].value, "broken.yaml")
        self.assertEqual([cell.value for cell in broken[1:-1]], [None] * 18)
        self.assertEqual(broken[-1].value, BROKEN_ERROR_ZH)
        # The same text as the csv table's error column (a csv of nothing scored is not written).
        run(["score", "examples/yunxi-2025.yaml", "broken.yaml", "--format", "csv", "-o", "results.csv"],
            self.directory)
        csv_line = (self.directory / "results.csv").read_text(encoding="utf-8").splitlines()[2]
        self.assertTrue(csv_line.endswith("," + BROKEN_ERROR_ZH), csv_line)

    def test_level_two_sheet(self):
        _, _, path = self.score()
        sheet = load(path)["二级指标"]
        self.assertEqual([cell.value for cell in sheet[1]],
                         ["文件", "城市", "评价期", "评价体系", "一级指标", "编号", "二级指标", "得分", "分值"])
        rows = rows_of(sheet)
        # 21 level-2 indicators in each scheme (Table B.1; the municipal sheet's 1.1 .. 8.2), for
        # each of the 12 files scored; none for the file that was not.
        self.assertEqual(len(rows), 12 * 21)
        self.assertEqual(sheet.freeze_panes, "A2")
        self.assertEqual(sheet.auto_filter.ref, "A1:I253")
        found = {(row[0].value, row[5].value): [cell.value for cell in row] for row in rows}
        # examples/yunxi-2025.yaml: 6.1 is 6.1.1 alone, 3*4.6/5 = 69/25 = 2.76 of 3 points;
        # 9.1 = 9.1.1 + 9.1.2 + 9.1.3 = 2 + 13/20 + 4/5 = 3.45 of 2 + 1 + 1 = 4.
        self.assertEqual(found["examples/yunxi-2025.yaml", "6.1"],
                         ["examples/yunxi-2025.yaml", "云溪市", "2025", "city-cybersecurity", "6 政策规范", "6.1",
                          "基本制度规范", 2.76, 3])
        self.assertEqual(found["examples/yunxi-2025.yaml", "9.1"][7:], [3.45, 4])
        # examples/xiling-2025-special.yaml did not evaluate 6: no score, the points all the same.
        self.assertEqual(found["examples/xiling-2025-special.yaml", "6.1"][7:], [None, 3])
        # examples/lanting-district-2025.yaml: 3.1 = -3 - 2 + 0 (3.1.1) + 1 + 0 = -4, the floor being
        # the section's; 7.1 = 4.25 + 2 = 6.25 -> 6.3 (one decimal, half up), of 8 points.
        self.assertEqual(found["examples/lanting-district-2025.yaml", "3.1"][4:], ["3 風險評估", "3.1", "風險評估開展情況",
                                                                                  -4, 16])
        self.assertEqual(found["examples/lanting-district-2025.yaml", "7.1"][7:], [6.3, 8])
        score_cell = next(row for row in rows if row[0].value == "examples/yunxi-2025.yaml")[7]
        self.assertIsInstance(score_cell.value, float)
        self.assertEqual(score_cell.number_format, "0.00")

    def test_column_widths_fit_their_cells(self):
        _, _, path = self.score()
        widths = {letter: dimension.width for letter, dimension in load(path)["结果"].column_dimensions.items()}
        # Files: "examples/lanting-district-2025.yaml" is 35 characters wide.
        self.assertGreater(widths["A"], 35)
        # "7 工作動態通報及信息安全事件情況": 2 + 16 Chinese characters of two columns each = 34.
        self.assertGreater(widths["R"], 34)
        # The error column holds a long message: capped at 60 (libxlsxwriter adds its padding).
        self.assertLess(widths["T"], 62)
        self.assertGreater(widths["T"], 59)

    def test_text_that_looks_like_a_formula_stays_text(self):
        text = (pathlib.Path(SOURCE_DIR) / "examples/yunxi-2025.yaml").read_text(encoding="utf-8")
        (self.directory / "formula.yaml").write_text(text.replace("city: 云溪市", "city: \"=1+1\""), encoding="utf-8")
        code, err = run(["score", "formula.yaml", "--format", "xlsx", "-o", "formula.xlsx"], self.directory)
        self.assertEqual(code, 0, err)
        city = load(self.directory / "formula.xlsx")["结果"]["B2"]
        self.assertEqual(city.value, "=1+1")
        self.assertEqual(city.data_type, "s")

    def test_english(self):
        code, _, path = self.score("en")
        self.assertEqual(code, 1)
        book = load(path)
        self.assertEqual(book.sheetnames, ["Results", "Level 2"])
        results = book["Results"]
        self.assertEqual([cell.value for cell in results[1]][:6], ["File", "City", "Period", "Scheme", "Score", "Grade"])
        self.assertEqual(results["G1"].value, "6 Policy and regulation implementation")
        self.assertEqual(results["T1"].value, "Error")
        rows = {row[0].value: row for row in rows_of(results)}
        self.assertEqual(rows["examples/yunxi-2025.yaml"][5].value, "Excellent")
        self.assertEqual(rows["broken.yaml"][-1].value, BROKEN_ERROR_EN)
        self.assertEqual([cell.value for cell in book["Level 2"][1]],
                         ["File", "City", "Period", "Scheme", "Level 1", "ID", "Level 2", "Score", "Points"])

    def test_gates_still_write_the_workbook(self):
        # heting 47.99 is below 60: exit 3, and both files are in the workbook.
        code, err = run(["score", "examples/yunxi-2025.yaml", "examples/heting-2025.yaml", "--fail-under", "60",
                         "--format", "xlsx", "-o", "gated.xlsx"], self.directory, "en")
        self.assertEqual(code, 3, err)
        rows = rows_of(load(self.directory / "gated.xlsx")["Results"])
        self.assertEqual([(row[0].value, row[4].value) for row in rows],
                         [("examples/yunxi-2025.yaml", 90.95), ("examples/heting-2025.yaml", 47.99)])
        # One scheme: its five dimensions, then the error column.
        self.assertEqual(load(self.directory / "gated.xlsx")["Results"].auto_filter.ref, "A1:L3")


class RankWorkbook(Workdir):
    FILES = ["examples/yunxi-2025.yaml", "examples/baishi-2025.yaml", "examples/heting-2025.yaml",
             "examples/qinglan-2025.yaml"]

    def test_ranking_in_rank_columns(self):
        code, err = run(["rank", *self.FILES, "--format", "xlsx", "-o", "ranking.xlsx"], self.directory)
        self.assertEqual(code, 0, err)
        book = load(self.directory / "ranking.xlsx")
        self.assertEqual(book.sheetnames, ["排名", "二级指标"])
        sheet = book["排名"]
        self.assertEqual([cell.value for cell in sheet[1]],
                         ["名次", "城市", "评价期", "得分", "等级", *CITY_DIMENSIONS_ZH, "文件"])
        rows = rows_of(sheet)
        # 90.95 > 80.01 > 66.43 > 47.99 (the files' headers).
        self.assertEqual([[cell.value for cell in row[:5]] + [row[-1].value] for row in rows], [
            [1, "云溪市", "2025", 90.95, "优秀", "examples/yunxi-2025.yaml"],
            [2, "青岚市", "2025", 80.01, "良好", "examples/qinglan-2025.yaml"],
            [3, "白石市", "2025", 66.43, "合格", "examples/baishi-2025.yaml"],
            [4, "鹤汀市", "2025", 47.99, "不合格", "examples/heting-2025.yaml"],
        ])
        self.assertEqual([fill_of(row[4]) for row in rows], [GREEN, BLUE, YELLOW, RED])
        self.assertIsInstance(rows[0][0].value, int)
        self.assertEqual(rows[0][3].number_format, "0.00")
        # yunxi's dimension 9: 649/60 -> 10.82; qinglan's: 59/6 = 9.8333 -> 9.83.
        self.assertEqual(rows[0][8].value, 10.82)
        self.assertEqual(rows[1][8].value, 9.83)
        self.assertEqual(sheet.freeze_panes, "A2")
        self.assertEqual(sheet.auto_filter.ref, "A1:K5")
        # The level-2 sheet in rank order: yunxi's 21 rows first.
        level_two = rows_of(book["二级指标"])
        self.assertEqual(len(level_two), 4 * 21)
        self.assertEqual([row[0].value for row in level_two[::21]], [
            "examples/yunxi-2025.yaml", "examples/qinglan-2025.yaml", "examples/baishi-2025.yaml",
            "examples/heting-2025.yaml"])

    def test_by_column(self):
        code, err = run(["rank", *self.FILES, "--by", "9", "--format", "xlsx", "-o", "by.xlsx"], self.directory, "en")
        self.assertEqual(code, 0, err)
        sheet = load(self.directory / "by.xlsx")["Ranking"]
        self.assertEqual([cell.value for cell in sheet[1]][:6], ["Rank", "City", "Period", "9 Research and innovation",
                                                                  "Score", "Grade"])
        # On dimension 9: yunxi 10.82, qinglan 9.83, baishi 189/20 = 9.45, heting 29/5 = 5.8.
        self.assertEqual([(row[0].value, row[3].value) for row in rows_of(sheet)],
                         [(1, 10.82), (2, 9.83), (3, 9.45), (4, 5.8)])


def main():
    global BINARY, SOURCE_DIR
    BINARY, SOURCE_DIR, rest = command_line(__doc__.splitlines()[0])
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)


if __name__ == "__main__":
    main()
