#!/usr/bin/python3
"""Workbooks in one Chinese script, read back by a real reader (registered with
ctest as workbook_scripts in tests/CMakeLists.txt).

    scripts_test.py --binary BUILD/cityseceval --source-dir REPOSITORY

`--lang zh-Hans|zh-Hant` (docs/cli.md, "Languages and scripts"): a workbook
is bytes, never converted after the fact (that would break the archive); its
renderer writes every Chinese text in the run's script, and file names as
they are. Opens the template and the results workbooks with openpyxl
(Debian's python3-openpyxl), every warning an error, and checks sheet names,
headings, a city converted and a file name not.

Expected texts are converted by hand from the simplified ones the zh tests
pin (tests/workbook/template_test.py, results_test.py) and the tree files,
and checked with `opencc -c s2t.json` / `t2s.json`.
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


def run(arguments, cwd):
    result = subprocess.run([BINARY, *arguments], cwd=cwd, capture_output=True, text=True, timeout=120)
    return result.returncode, result.stderr


class Scripts(unittest.TestCase):
    def setUp(self):
        self.directory = pathlib.Path(tempfile.mkdtemp(prefix="cityseceval-scripts-"))
        # The standard's example under a name in simplified characters (青岚市, traditional 青嵐市).
        shutil.copy(pathlib.Path(SOURCE_DIR) / "examples/qinglan-2025.yaml", self.directory / "青岚市.yaml")

    def tearDown(self):
        shutil.rmtree(self.directory)

    def test_template_in_traditional(self):
        code, err = run(["template", "-o", "t.xlsx", "--lang", "zh-Hant"], self.directory)
        self.assertEqual(code, 0, err)
        book = load(self.directory / "t.xlsx")
        # 评价表 / 说明 -> 評價表 / 說明.
        self.assertEqual(book.sheetnames, ["評價表", "說明"])
        # 评价表模板：数字政府 城市网络安全评价指标（...） in traditional.
        self.assertEqual(book["評價表"]["A1"].value,
                         "評價表模板：數字政府 城市網絡安全評價指標（city-cybersecurity，版本 1.0）")

    def test_municipal_template_in_simplified(self):
        code, err = run(["template", "--scheme", "municipal-infosec-work", "-o", "m.xlsx", "--lang", "zh-Hans"],
                        self.directory)
        self.assertEqual(code, 0, err)
        book = load(self.directory / "m.xlsx")
        self.assertEqual(book.sheetnames, ["评价表", "说明"])
        # The sheet's title 信息安全工作考核評分表 in simplified.
        self.assertEqual(book["评价表"]["A1"].value,
                         "评价表模板：信息安全工作考核评分表（municipal-infosec-work，版本 1.0）")

    def test_results_in_traditional_keep_the_file_name(self):
        code, err = run(["score", "青岚市.yaml", "--format", "xlsx", "-o", "結果.xlsx", "--lang", "zh-Hant"],
                        self.directory)
        self.assertEqual(code, 0, err)
        book = load(self.directory / "結果.xlsx")
        # 结果 / 二级指标 -> 結果 / 二級指標; 文件 城市 评价期 评价体系 得分 等级 -> ... 評價期 評價體系 得分 等級.
        self.assertEqual(book.sheetnames, ["結果", "二級指標"])
        sheet = book["結果"]
        self.assertEqual([cell.value for cell in sheet[1]][:6], ["文件", "城市", "評價期", "評價體系", "得分", "等級"])
        # The file as named, the city converted; 80.01 and 良好 from the example's header.
        self.assertEqual([cell.value for cell in sheet[2]][:6],
                         ["青岚市.yaml", "青嵐市", "2025", "city-cybersecurity", 80.01, "良好"])


def main():
    global BINARY, SOURCE_DIR
    BINARY, SOURCE_DIR, rest = command_line(__doc__.splitlines()[0])
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)


if __name__ == "__main__":
    main()
