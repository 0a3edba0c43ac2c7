#!/usr/bin/env python3
"""The HTML report (`cityseceval report`) as a browser and a printer see it.

For the two worked examples, examples/yunxi-2025.yaml (the standard) and
examples/lanting-district-2025.yaml (the municipal sheet), in both languages:

1. renders the report with the built binary;
2. validates it: html5lib in strict mode (any parse error fails), then every
   element: no <script>, <link>, <iframe>, <object>, <embed> or <base>, and no
   src/href/srcset/... or CSS url()/@import that points anywhere but a
   `#fragment` or a `data:` URL: the report must load nothing;
3. opens it in headless Chromium: no console message at all (the report has
   no script, so any message is an error or a Content-Security-Policy
   violation), then checks the DOM: the radar chart's SVG with one point per
   evaluated dimension where the geometry puts it, the tables, and the
   numbers worked out by hand in each example's header comment; saves a
   screenshot under the output directory;
4. prints it to PDF (A4) and checks the pages with poppler's pdfinfo and
   pdftotext. The rule asserted: every level-1 dimension starts a page (its
   heading is the first line of a page), in tree order, after the front
   matter (page 1 on); so there are at least 1 + N pages for N dimensions;
   no page is blank; and every page holding a row of an indicator table (a
   line starting with an ID of three or more parts, "6.1.1", "1.1.1") also
   holds every column heading of that table, which proves the <thead> is
   repeated on every page.

A report with --compare is validated and opened too (steps 2 and 3).

A missing tool fails the test with what installs it: the browser test never
passes by being skipped.
"""

import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message, file=sys.stderr)


def check(condition, message):
    if not condition:
        fail(message)
    return condition


def need_tool(names, package):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    print(f"report browser test: {names[0]} not found: `scripts/deps.sh test` installs it "
          f"(Debian package {package})", file=sys.stderr)
    sys.exit(1)


# ---- The cases, with the numbers worked out by hand in the examples' headers -----------

YUNXI = "examples/yunxi-2025.yaml"
LANTING = "examples/lanting-district-2025.yaml"

# yunxi-2025.yaml's header: M = 13643/150 = 90.9533... -> 90.95, excellent; the dimensions
# 6 = 2899/150 = 19.3266... (19.33 of 20, 96.63 %), 7 = 2147/75 = 28.6266... (28.63 of 30,
# 95.42 %), 8 = 287/20 = 14.35 (of 15, 95.67 %), 9 = 649/60 = 10.8166... (10.82 of 15,
# 72.11 %), 10 = 107/6 = 17.8333... (17.83 of 20, 89.17 %).
YUNXI_DIMENSIONS = [
    # id, zh name, en name, earned, max, percent, exact share for the radar
    ("6", "政策规范", "Policy and regulation implementation", "19.33", "20.00", "96.63%", 2899 / 150 / 20),
    ("7", "风险控制", "Risk control", "28.63", "30.00", "95.42%", 2147 / 75 / 30),
    ("8", "网络安全文化", "Cybersecurity culture", "14.35", "15.00", "95.67%", 287 / 20 / 15),
    ("9", "研究创新", "Research and innovation", "10.82", "15.00", "72.11%", 649 / 60 / 15),
    ("10", "发展协同", "Development and cooperation", "17.83", "20.00", "89.17%", 107 / 6 / 20),
]

# lanting-district-2025.yaml's header (1 decimal, half up): sections 1 7.5 of 11 (68.2 %),
# 2 8 of 9, 3 -4 floored to 0 of 16, 4 7 of 10, 5 12.9 of 26 (49.6 %), 6 8.7 of 10,
# 7 15.75 -> 15.8 of 18 (87.5 %); bonus 8: 6 of its cap 10 (not on the radar); sections
# 59.85 -> 59.9; total 65.85 -> 65.9; no grade.
LANTING_DIMENSIONS = [
    ("1", "組織機構", "Organisation", "7.5", "11.0", "68.2%", 7.5 / 11),
    ("2", "工作落實", "Work implementation", "8.0", "9.0", "88.9%", 8 / 9),
    ("3", "風險評估", "Risk assessment", "0.0", "16.0", "0.0%", 0.0),
    ("4", "應急預案", "Emergency response plans", "7.0", "10.0", "70.0%", 0.7),
    ("5", "信息安全檢查", "Information security inspection", "12.9", "26.0", "49.6%", 12.9 / 26),
    ("6", "業務培訓", "Professional training", "8.7", "10.0", "87.0%", 0.87),
    ("7", "工作動態通報及信息安全事件情況", "Work update reporting and information security incidents",
     "15.8", "18.0", "87.5%", 15.75 / 18),
]
LANTING_BONUS = ("8", "加分項", "Bonus", "6.0", "10.0", "60.0%")

CASES = [
    {"name": "yunxi-zh", "file": YUNXI, "lang": "zh", "composite": "90.95", "max": "100.00", "grade": "优秀",
     "dimensions": YUNXI_DIMENSIONS, "extra_sections": [],
     "columns": ["编号", "指标 / 评价内容", "评分", "得分", "满分", "得分率", "说明与证据"]},
    {"name": "yunxi-en", "file": YUNXI, "lang": "en", "composite": "90.95", "max": "100.00", "grade": "Excellent",
     "dimensions": YUNXI_DIMENSIONS, "extra_sections": [],
     "columns": ["ID", "Indicator / item", "Rating", "Points", "Max", "Percent", "Remarks and evidence"]},
    {"name": "lanting-zh", "file": LANTING, "lang": "zh", "composite": "65.9", "max": "100.0",
     "grade": "本体系未定义等级", "dimensions": LANTING_DIMENSIONS, "extra_sections": [LANTING_BONUS],
     "columns": ["编号", "指标 / 评价内容", "事实", "得分", "满分", "得分率", "说明与证据"],
     "bonus": ["59.9 / 100.0", "6.0 → 6.0 (上限 10.0)", "65.9 → 65.9 (上限 100.0)"]},
    {"name": "lanting-en", "file": LANTING, "lang": "en", "composite": "65.9", "max": "100.0",
     "grade": "this scheme defines no grades", "dimensions": LANTING_DIMENSIONS, "extra_sections": [LANTING_BONUS],
     "columns": ["ID", "Indicator / item", "Fact", "Points", "Max", "Percent", "Remarks and evidence"],
     "bonus": ["59.9 / 100.0", "6.0 → 6.0 (cap 10.0)", "65.9 → 65.9 (cap 100.0)"]},
]

# The radar's geometry (src/svg_charts.h, report_radar_geometry): centre (320, 230), radius 150,
# the first axis straight up, the others clockwise.
RADAR_CENTRE = (320.0, 230.0)
RADAR_RADIUS = 150.0


def radar_point(index, count, share):
    angle = 2 * math.pi * index / count
    r = RADAR_RADIUS * min(max(share, 0.0), 1.0)
    return RADAR_CENTRE[0] + r * math.sin(angle), RADAR_CENTRE[1] - r * math.cos(angle)


# ---- Steps -------------------------------------------------------------------------------


def render(binary, source_dir, case, output):
    result = subprocess.run([binary, "report", case["file"], "--lang", case["lang"], "-o", output], cwd=source_dir,
                            capture_output=True, text=True, timeout=120)
    check(result.returncode == 0, f"{case['name']}: report exited {result.returncode}: {result.stderr}")
    check(result.stderr == "", f"{case['name']}: report wrote to stderr: {result.stderr}")


LOADING_ATTRIBUTES = {"src", "href", "srcset", "xlink:href", "action", "formaction", "poster", "data", "background",
                      "longdesc", "manifest", "cite", "ping"}
FORBIDDEN_ELEMENTS = {"script", "link", "iframe", "object", "embed", "base", "frame", "frameset", "applet", "audio",
                      "video", "source", "track", "img"}


def local_reference(value):
    value = value.strip()
    return value.startswith("#") or value.startswith("data:")


def css_references(css):
    """Every url(...) and @import target in CSS text that is not local."""
    found = []
    for match in re.finditer(r"url\(\s*(['\"]?)(.*?)\1\s*\)", css, re.IGNORECASE):
        if not local_reference(match.group(2)):
            found.append(match.group(0))
    if re.search(r"@import", css, re.IGNORECASE):
        found.append("@import")
    return found


def local_name(tag):
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""


def validate(name, html_bytes):
    import html5lib
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        document = parser.parse(html_bytes)
    except Exception as error:  # html5lib raises ParseError with the position
        fail(f"{name}: not valid HTML: {error} (errors: {parser.errors[:3]})")
        return None
    check(not parser.errors, f"{name}: HTML parse errors: {parser.errors[:5]}")
    csp = False
    for element in document.iter():
        tag = local_name(element.tag)
        check(tag not in FORBIDDEN_ELEMENTS, f"{name}: a <{tag}> element")
        for attribute, value in element.attrib.items():
            attribute_name = local_name(attribute).lower()
            if attribute_name in LOADING_ATTRIBUTES or attribute.lower().endswith("href"):
                check(local_reference(value), f"{name}: <{tag} {attribute}=\"{value}\"> refers outside the file")
            if attribute_name == "style":
                check(not css_references(value), f"{name}: <{tag} style> loads {css_references(value)}")
            if attribute_name == "http-equiv" and value.lower() == "content-security-policy":
                csp = "default-src 'none'" in element.attrib.get("content", "")
            check(not attribute_name.startswith("on"), f"{name}: an event handler {attribute} on <{tag}>")
        if tag == "style":
            check(not css_references(element.text or ""), f"{name}: <style> loads {css_references(element.text or '')}")
    check(csp, f"{name}: no Content-Security-Policy meta with default-src 'none'")
    return document


def chromium_run(chromium, arguments, url, profile):
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
               f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0"] + arguments + [url]
    return subprocess.run(command, capture_output=True, timeout=180)


def console_messages(stderr_bytes):
    return [line for line in stderr_bytes.decode("utf-8", "replace").splitlines() if ":CONSOLE" in line]


def find_all(root, tag, css_class=None):
    """Every element named `tag` (in any namespace: SVG's is not HTML's) whose class is `css_class`."""
    return [element for element in root.iter() if local_name(element.tag) == tag and
            (css_class is None or element.get("class") == css_class)]


def find_one(root, tag, css_class=None):
    found = find_all(root, tag, css_class)
    return found[0] if found else None


def text_of(element):
    return "".join(element.itertext())


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def check_dom(case, dom_text):
    import html5lib
    name = case["name"]
    dom = html5lib.parse(dom_text, namespaceHTMLElements=False)
    body = squeeze(text_of(find_one(dom, "body")))
    lang = "en" if case["lang"] == "en" else "zh-CN"
    check(dom.get("lang") == lang, f"{name}: <html lang> is {dom.get('lang')}, not {lang}")
    # The composite and the grade, in the headline.
    number = find_one(dom, "span", "number")
    check(number is not None and text_of(number) == case["composite"],
          f"{name}: the composite is not {case['composite']}: {None if number is None else text_of(number)}")
    check(f"/ {case['max']}" in body, f"{name}: no '/ {case['max']}' after the composite")
    check(case["grade"] in body, f"{name}: no grade '{case['grade']}'")
    # The radar: an SVG with one axis per non-bonus dimension and one point per evaluated one.
    radar = find_one(dom, "svg", "chart radar")
    if not check(radar is not None, f"{name}: no radar chart"):
        return
    dimensions = case["dimensions"]
    dots = find_all(radar, "circle", "dot")
    check(len(dots) == len(dimensions), f"{name}: {len(dots)} radar points for {len(dimensions)} dimensions")
    for index, (dimension_id, *_rest, share) in enumerate(dimensions):
        if index >= len(dots):
            break
        x, y = radar_point(index, len(dimensions), share)
        got = (float(dots[index].get("cx")), float(dots[index].get("cy")))
        check(abs(got[0] - x) <= 0.11 and abs(got[1] - y) <= 0.11,
              f"{name}: radar point of {dimension_id} at {got}, expected ({x:.2f}, {y:.2f})")
    radar_text = squeeze(text_of(radar))
    for dimension_id, zh, en, earned, maximum, percent, _share in dimensions:
        label = f"{dimension_id} {en if case['lang'] == 'en' else zh}"
        check(percent in radar_text, f"{name}: the radar does not say {percent} for {label}")
    # The dimensions table, the same numbers as cells.
    table = find_one(dom, "table", "dimensions")
    if check(table is not None, f"{name}: no dimensions table"):
        rows = [[squeeze(text_of(cell)) for cell in row.findall("td")] for row in table.findall("./tbody/tr")]
        expected = [[f"{d[0]} {d[2] if case['lang'] == 'en' else d[1]}", d[3], d[4], d[5]]
                    for d in list(dimensions) + case["extra_sections"]]
        check(rows == expected, f"{name}: the dimensions table is {rows}, expected {expected}")
    # One section per dimension, each with its bar chart and its table with <thead>.
    dimension_sections = find_all(dom, "section", "page dimension")
    check(len(dimension_sections) == len(dimensions) + len(case["extra_sections"]),
          f"{name}: {len(dimension_sections)} dimension sections")
    for section, dimension in zip(dimension_sections, list(dimensions) + case["extra_sections"]):
        heading = squeeze(text_of(find_one(section, "h2")))
        label = f"{dimension[0]} {dimension[2] if case['lang'] == 'en' else dimension[1]}"
        check(heading == f"{label} {dimension[3]} / {dimension[4]} ({dimension[5]})",
              f"{name}: the heading of {label} is '{heading}'")
        table = find_one(section, "table", "indicators")
        if table is None:
            table = find_one(section, "table", "indicators rules")  # a points-sum scheme's
        if check(table is not None and table.find("thead") is not None, f"{name}: {label} has no table with <thead>"):
            heads = [squeeze(text_of(th)) for th in table.findall("./thead/tr/th")]
            check(heads == case["columns"], f"{name}: {label}'s columns are {heads}")
        check(find_one(section, "svg", "chart bars") is not None, f"{name}: {label} has no bar chart")
    for line in case.get("bonus", []):
        check(line in body, f"{name}: the bonus lines do not say '{line}'")


def check_pdf(case, pdf, pdfinfo, pdftotext):
    name = case["name"]
    info = subprocess.run([pdfinfo, pdf], capture_output=True, text=True, timeout=60)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    if not check(match is not None, f"{name}: pdfinfo gives no page count: {info.stderr}"):
        return
    pages = int(match.group(1))
    texts = []
    for page in range(1, pages + 1):
        text = subprocess.run([pdftotext, "-layout", "-f", str(page), "-l", str(page), "-enc", "UTF-8", pdf, "-"],
                              capture_output=True, text=True, timeout=60).stdout
        texts.append(text)
    sections = list(case["dimensions"]) + case["extra_sections"]
    check(pages >= 1 + len(sections), f"{name}: {pages} pages for the front matter and {len(sections)} dimensions")
    for number, text in enumerate(texts, start=1):
        check(text.strip() != "", f"{name}: page {number} is blank")
    # Each dimension starts a page: its heading is the page's first line.
    first_lines = [next((line.strip() for line in text.splitlines() if line.strip()), "") for text in texts]
    previous = 1
    for dimension in sections:
        label = f"{dimension[0]} {dimension[2] if case['lang'] == 'en' else dimension[1]}"
        starts = [number for number, line in enumerate(first_lines, start=1) if squeeze(line).startswith(label)]
        if check(len(starts) == 1, f"{name}: {label} does not start exactly one page (pages {starts})"):
            check(starts[0] > previous, f"{name}: {label} starts page {starts[0]}, not after page {previous}")
            previous = starts[0]
    # The table headings on every page with a table row.
    row = re.compile(r"^\s*\d+\.\d+\.\d+(\.\d+)*\s", re.MULTILINE)
    for number, text in enumerate(texts, start=1):
        if not row.search(text):
            continue
        # A heading may wrap in its cell ("Remarks and / evidence"): each of its words then.
        words = set(squeeze(text).split(" "))
        missing = [column for column in case["columns"] if not all(word in words for word in column.split(" "))]
        check(not missing, f"{name}: page {number} has table rows but not the headings {missing}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--output-dir", required=True, help="where the reports, screenshots and PDFs are kept")
    arguments = parser.parse_args()
    try:
        import html5lib  # noqa: F401
    except ImportError:
        print("report browser test: python3-html5lib not found: `scripts/deps.sh test` installs it", file=sys.stderr)
        return 1
    chromium = need_tool(["chromium", "chromium-browser"], "chromium")
    pdfinfo = need_tool(["pdfinfo"], "poppler-utils")
    pdftotext = need_tool(["pdftotext"], "poppler-utils")
    os.makedirs(arguments.output_dir, exist_ok=True)
    binary = os.path.abspath(arguments.binary)

    with tempfile.TemporaryDirectory(prefix="cityseceval-report-") as scratch:
        for case in CASES:
            name = case["name"]
            html = os.path.join(arguments.output_dir, name + ".html")
            render(binary, arguments.source_dir, case, html)
            if not os.path.exists(html):
                continue
            with open(html, "rb") as handle:
                validate(name, handle.read())
            url = "file://" + html
            profile = os.path.join(scratch, name)
            dom = chromium_run(chromium, ["--dump-dom"], url, profile)
            check(dom.returncode == 0, f"{name}: chromium --dump-dom exited {dom.returncode}")
            messages = console_messages(dom.stderr)
            check(not messages, f"{name}: console messages: {messages}")
            check_dom(case, dom.stdout.decode("utf-8"))
            screenshot = os.path.join(arguments.output_dir, name + ".png")
            shot = chromium_run(chromium, [f"--screenshot={screenshot}", "--window-size=1280,2400",
                                           "--hide-scrollbars"], url, profile)
            check(shot.returncode == 0 and os.path.getsize(screenshot) > 10000 if os.path.exists(screenshot) else False,
                  f"{name}: no screenshot at {screenshot}")
            pdf = os.path.join(arguments.output_dir, name + ".pdf")
            printed = chromium_run(chromium, [f"--print-to-pdf={pdf}", "--no-pdf-header-footer"], url, profile)
            check(printed.returncode == 0 and os.path.exists(pdf), f"{name}: chromium did not print {pdf}")
            if os.path.exists(pdf):
                check_pdf(case, pdf, pdfinfo, pdftotext)

        # With --compare: the changes section, valid and quiet in the browser too.
        old = os.path.join(scratch, "yunxi-2024.yaml")
        with open(os.path.join(arguments.source_dir, YUNXI), encoding="utf-8") as handle:
            text = handle.read().replace("  9.1.1: [full]", "  9.1.1: [partly]").replace('period: "2025"', 'period: "2024"')
        with open(old, "w", encoding="utf-8") as handle:
            handle.write(text)
        html = os.path.join(arguments.output_dir, "yunxi-compare-en.html")
        result = subprocess.run([binary, "report", YUNXI, "--compare", old, "--lang", "en", "-o", html],
                                cwd=arguments.source_dir, capture_output=True, text=True, timeout=120)
        check(result.returncode == 0, f"compare: report exited {result.returncode}: {result.stderr}")
        if os.path.exists(html):
            with open(html, "rb") as handle:
                content = handle.read()
            validate("compare", content)
            # 9.1.1 (2 points, one item): partly 0.5 -> 1, full 1 -> 2; +1.00 on 9.1.1, 9.1 and 9.
            check(b"Changes since the previous assessment" in content, "compare: no changes section")
            check(b"<td class=\"num\">+1.00</td>" in content, "compare: no +1.00 delta")
            dom = chromium_run(chromium, ["--dump-dom"], "file://" + html, os.path.join(scratch, "compare"))
            check(not console_messages(dom.stderr), f"compare: console messages: {console_messages(dom.stderr)}")

    if FAILURES:
        print(f"report browser test: {len(FAILURES)} failed checks", file=sys.stderr)
        return 1
    print(f"report browser test: {len(CASES)} reports rendered, validated, opened and printed; all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
