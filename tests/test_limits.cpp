// The limits on inputs (include/cityseceval/limits.h, docs/reliability.md
// "Limits"), through the built binary: each one crossed by one gives its exact
// one-line error and exit code, quickly, and one at the limit passes; the
// overrides --max-file-size and --max-files, and their usage errors. Also the
// inputs that are no regular files (a pipe, a device), the quoted scalar that
// never closes, and -o into a place that cannot be written. Every big input is
// made here at run time.
//
// Scores that show a file was read in full, worked out by hand in the
// examples' headers: 云溪市 (examples/yunxi-2025.yaml) 13643/150 = 90.953...
// -> 90.95; 清漪區 (examples/qingyi-district-2025.yaml) sections 93.5 + bonus
// capped at 10 = 103.5, total capped at 100 -> 100.0, where 1.1.3 earns
// min(count x 0.5, 2) = 2 for any count from 4 up.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "run_binary.h"

using namespace cityseceval::testing;

namespace fs = std::filesystem;

namespace {

constexpr std::size_t mebibyte = 1024 * 1024;

// The example `name`'s text with its line starting `prefix` replaced by `line`.
std::string with_line(const std::string& name, const std::string& prefix, const std::string& line) {
  std::string text = source_text(name);
  std::size_t at = text.find("\n" + prefix);
  REQUIRE(at != std::string::npos);
  std::size_t end = text.find('\n', at + 1);
  return text.substr(0, at + 1) + line + text.substr(end);
}

// run_cli in `dir`, naming its files relatively, with more options.
RunResult run_here(const TempDir& dir, const std::vector<std::string>& arguments, RunOptions options = {}) {
  options.working_directory = dir.path();
  return run_cli(arguments, std::move(options));
}

// A refused input: exit 1, and `line` the first of the diagnostics: on
// stderr, or for `check`, whose report they are, on stdout.
void check_refused(const RunResult& result, const std::string& line) {
  CHECK(result.exit_code == exit_invalid_input);
  const std::string& shown = result.err.empty() ? result.out : result.err;
  CHECK(shown.substr(0, shown.find('\n')) == line);
}

// The csv row of a scored file ends with its score, grade, dimensions and an empty error.
bool scored(const RunResult& result, const std::string& score) {
  return result.exit_code == exit_ok && result.out.find("," + score + ",") != std::string::npos;
}

// examples/yunxi-2025.yaml grown to exactly `size` bytes with a trailing comment.
std::string yunxi_of_size(std::size_t size) {
  std::string text = source_text("examples/yunxi-2025.yaml");
  REQUIRE(text.size() + 3 <= size);
  return text + "#" + std::string(size - text.size() - 2, 'x') + "\n";
}


}  // namespace

TEST_CASE("an input file larger than 8 MiB is refused on its size, before it is read", "[limits]") {
  TempDir dir;
  SECTION("one byte over: 8388609 bytes") {
    dir.write("big.yaml", yunxi_of_size(8 * mebibyte + 1));
    check_refused(run_here(dir, {"score", "big.yaml"}),
                  "big.yaml:1:1: error: file is too large: 8388609 bytes; the limit is 8388608 bytes [file-too-large]");
  }
  SECTION("at the limit it is read and scored") {
    dir.write("full.yaml", yunxi_of_size(8 * mebibyte));
    CHECK(scored(run_here(dir, {"score", "full.yaml", "--format", "csv"}), "90.95"));
  }
  SECTION("100 MB (sparse: no disk is spent) is refused at once") {
    const std::string path = dir.write("huge.csv", "");
    fs::resize_file(path, 100'000'000);
    const auto start = std::chrono::steady_clock::now();
    RunResult result = run_here(dir, {"check", "huge.csv", "--lang", "zh"});
    const auto took = std::chrono::steady_clock::now() - start;
    check_refused(result, "huge.csv:1:1: error: 文件过大：100000000 字节；上限为 8388608 字节 [file-too-large]");
    CHECK(took < std::chrono::seconds(2));
  }
  SECTION("standard input is read up to the limit and no further") {
    RunOptions options;
    options.stdin_text = yunxi_of_size(8 * mebibyte + 1);
    check_refused(run_cli({"score", "-"}, options),
                  "<stdin>:1:1: error: file is too large: more than 8388608 bytes; the limit is 8388608 bytes "
                  "[file-too-large]");
  }
}

TEST_CASE("a run's --max-file-size changes the limit for every input it reads", "[limits]") {
  TempDir dir;
  const std::string text = source_text("examples/yunxi-2025.yaml");
  dir.write("a.yaml", text);
  // The text's size in KiB, rounded up, is the smallest limit it fits.
  const std::size_t kib = (text.size() + 1023) / 1024;
  SECTION("a file one byte over a limit given in bytes") {
    const std::string limit = std::to_string(text.size() - 1);
    check_refused(run_here(dir, {"score", "a.yaml", "--max-file-size", limit}),
                  "a.yaml:1:1: error: file is too large: " + std::to_string(text.size()) + " bytes; the limit is " +
                      limit + " bytes [file-too-large]");
  }
  SECTION("a file exactly at the limit") {
    CHECK(scored(run_here(dir, {"score", "a.yaml", "--format", "csv", "--max-file-size", std::to_string(text.size())}),
                 "90.95"));
  }
  SECTION("K is KiB, either case") {
    CHECK(scored(run_here(dir, {"score", "a.yaml", "--format", "csv", "--max-file-size", std::to_string(kib) + "k"}),
                 "90.95"));
    check_refused(run_here(dir, {"score", "a.yaml", "--max-file-size", std::to_string(kib - 1) + "K"}),
                  "a.yaml:1:1: error: file is too large: " + std::to_string(text.size()) + " bytes; the limit is " +
                      std::to_string((kib - 1) * 1024) + " bytes [file-too-large]");
  }
  SECTION("raised to 9M, a 9 MiB file is read and scored") {
    dir.write("big.yaml", yunxi_of_size(9 * mebibyte));
    CHECK(scored(run_here(dir, {"score", "big.yaml", "--format", "csv", "--max-file-size", "9M"}), "90.95"));
  }
  SECTION("a tree file is held to it too") {
    dir.write("tree.yaml", source_text("indicators/city-cybersecurity.yaml"));
    RunResult result = run_here(dir, {"check", "tree.yaml", "--max-file-size", "1K"});
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(result.out.starts_with("tree.yaml:1:1: error: file is too large: "));
  }
  SECTION("on every command that reads inputs") {
    for (const std::string command : {"score", "check", "compare", "gaps", "report", "explain", "rank", "trend",
                                      "template", "docs", "tree", "tailor"}) {
      RunResult help = run_cli({command, "--help"});
      CHECK(help.out.find("--max-file-size SIZE") != std::string::npos);
    }
  }
}

TEST_CASE("the value of --max-file-size: bytes or K, M, G; anything else is a usage error", "[limits]") {
  for (const std::string value : {"abc", "0", "0K", "-1", "1.5M", "10X", "1T", "M", "18446744073709551616",
                                  "17179869184G"}) {
    DYNAMIC_SECTION(value) {
      RunResult result = run_cli({"score", "examples/yunxi-2025.yaml", "--max-file-size", value});
      CHECK(result.exit_code == exit_usage);
      CHECK(result.out.empty());
      CHECK(result.err == "cityseceval: error: --max-file-size takes a size in bytes, or with a K, M or G suffix for "
                          "KiB, MiB or GiB (8388608, 512K, 20M, 1G), got \"" + value + "\"\n");
    }
  }
  SECTION("in Chinese") {
    RunResult result = run_cli({"score", "examples/yunxi-2025.yaml", "--lang", "zh", "--max-file-size", "2MB"});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.err == "cityseceval: error: --max-file-size 应为字节数，或带 K、M、G 后缀表示 KiB、MiB、GiB"
                        "（8388608、512K、20M、1G），实际是 \"2MB\"\n");
  }
}

TEST_CASE("a pipe or a device given as an input is refused without being opened", "[limits]") {
  TempDir dir;
  REQUIRE(::mkfifo(dir.file("pipe.yaml").c_str(), 0644) == 0);
  SECTION("a pipe: refused at once, where opening it would wait for a writer forever") {
    RunOptions options;
    options.timeout = std::chrono::seconds(5);
    check_refused(run_here(dir, {"score", "pipe.yaml"}, options),
                  "pipe.yaml:1:1: error: cannot read file: it is a pipe or device, not a regular file; to read "
                  "standard input, pass - [file-unreadable]");
    RunResult zh = run_here(dir, {"check", "pipe.yaml", "--lang", "zh"}, options);
    check_refused(zh, "pipe.yaml:1:1: error: 无法读取文件：它是管道或设备，不是普通文件；要读取标准输入，请用 - "
                      "[file-unreadable]");
  }
  SECTION("a device") {
    check_refused(run_cli({"score", "/dev/zero"}),
                  "/dev/zero:1:1: error: cannot read file: it is a pipe or device, not a regular file; to read "
                  "standard input, pass - [file-unreadable]");
  }
  SECTION("a tree given with --tree") {
    check_refused(run_here(dir, {"score", "--tree", "pipe.yaml", "a.yaml"}),
                  "pipe.yaml:1:1: error: cannot read file: it is a pipe or device, not a regular file; to read "
                  "standard input, pass - [file-unreadable]");
  }
  SECTION("a directory scan passes it by") {
    dir.write("a.yaml", source_text("examples/yunxi-2025.yaml"));
    RunResult result = run_here(dir, {"score", ".", "--format", "csv"});
    CHECK(scored(result, "90.95"));
    CHECK(result.err.empty());
  }
}

TEST_CASE("a quoted scalar that is never closed is reported where its quote opens", "[limits]") {
  TempDir dir;
  const std::string message = "error: unterminated quoted string: the quote opened here is never closed [yaml-syntax]";
  SECTION("double quotes, and nothing else is reported") {
    dir.write("a.yaml", "scheme: city-cybersecurity\ncity: \"abc\nratings:\n  6.1.1: [full]\n");
    RunResult result = run_here(dir, {"score", "a.yaml"});
    check_refused(result, "a.yaml:2:7: " + message);
    CHECK(result.err == "a.yaml:2:7: " + message + "\n    2 | city: \"abc\n      |       ^\n");
  }
  SECTION("in Chinese") {
    dir.write("a.yaml", "city: \"abc");
    check_refused(run_here(dir, {"check", "a.yaml", "--lang", "zh"}),
                  "a.yaml:1:7: error: 带引号的字符串没有结束：此处开始的引号没有闭合 [yaml-syntax]");
  }
  SECTION("an escaped quote does not close it") {
    dir.write("a.yaml", "city: x\nperiod: \"2025\\\"\n");
    check_refused(run_here(dir, {"check", "a.yaml"}), "a.yaml:2:9: " + message);
  }
  SECTION("single quotes, where '' is a quote inside") {
    dir.write("a.yaml", "city: x\nperiod: 'it''s\n");
    check_refused(run_here(dir, {"check", "a.yaml"}), "a.yaml:2:9: " + message);
  }
  SECTION("closed quotes, with escapes, are read as before") {
    dir.write("a.yaml", with_line("examples/yunxi-2025.yaml", "city:", "city: \"云溪\\\"市\\\\\"") + "# 'x\n");
    RunResult result = run_here(dir, {"score", "a.yaml", "--format", "csv"});
    CHECK(scored(result, "90.95"));
    CHECK(result.out.find("云溪\"\"市\\") != std::string::npos);
  }
}

TEST_CASE("a value longer than 32767 characters is refused at the value", "[limits]") {
  TempDir dir;
  // Line 39 of the example is its city; the value starts after "city: ".
  SECTION("a YAML scalar of 32768 characters") {
    dir.write("a.yaml", with_line("examples/yunxi-2025.yaml", "city:", "city: " + std::string(32768, 'x')));
    check_refused(run_here(dir, {"score", "a.yaml"}),
                  "a.yaml:39:7: error: value too long: 32768 characters; the limit is 32767 (Excel's limit for one "
                  "cell) [value-too-long]");
  }
  SECTION("characters, not bytes: 32768 Chinese characters, in Chinese") {
    std::string city;
    for (int i = 0; i < 32768; ++i) city += "市";
    dir.write("a.yaml", with_line("examples/yunxi-2025.yaml", "city:", "city: \"" + city + "\""));
    check_refused(run_here(dir, {"score", "a.yaml", "--lang", "zh"}),
                  "a.yaml:39:7: error: 值过长：32768 个字符；上限为 32767（Excel 单元格的上限） [value-too-long]");
  }
  SECTION("32767 characters, at the limit, are read and scored") {
    dir.write("a.yaml", with_line("examples/yunxi-2025.yaml", "city:", "city: " + std::string(32767, 'x')));
    CHECK(scored(run_here(dir, {"score", "a.yaml", "--format", "csv"}), "90.95"));
  }
  SECTION("a CSV field, quickly even on a line of 8 MB") {
    std::string csv = "#scheme,city-cybersecurity\n#city,x\nid,rating,note\n6.1.1.1,full,";
    dir.write("long.csv", csv + std::string(32768, 'n') + "\n");
    check_refused(run_here(dir, {"check", "long.csv"}),
                  "long.csv:4:14: error: value too long: 32768 characters; the limit is 32767 (Excel's limit for one "
                  "cell) [value-too-long]");
    dir.write("huge.csv", csv + std::string(8 * mebibyte - csv.size() - 1, 'n') + "\n");
    const auto start = std::chrono::steady_clock::now();
    RunResult result = run_here(dir, {"check", "huge.csv"});
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
    check_refused(result, "huge.csv:4:14: error: value too long: " + std::to_string(8 * mebibyte - csv.size() - 1) +
                              " characters; the limit is 32767 (Excel's limit for one cell) [value-too-long]");
  }
  SECTION("a YAML line of 8 MB, quickly") {
    const std::string head = "city: ";
    dir.write("huge.yaml", head + std::string(8 * mebibyte - head.size() - 1, 'x') + "\n");
    const auto start = std::chrono::steady_clock::now();
    RunResult result = run_here(dir, {"check", "huge.yaml"});
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
    check_refused(result, "huge.yaml:1:7: error: value too long: " + std::to_string(8 * mebibyte - head.size() - 1) +
                              " characters; the limit is 32767 (Excel's limit for one cell) [value-too-long]");
  }
}

TEST_CASE("a fact's number: at most 15 significant digits, and a count at most a billion", "[limits]") {
  TempDir dir;
  const std::string example = "examples/qingyi-district-2025.yaml";
  // Line 62 is 1.1.3's count, line 67 is 1.3.2's ratio; their values start at column 10
  // (after "  1.1.3: "); line 66 is 1.3.1's, whose denominator starts at column 39 (after
  // "  1.3.1: {numerator: 18, denominator: ", 9 + 16 + 13 characters).
  // The example with the fact of `item` given as `value`, scored.
  auto score_with = [&](const std::string& item, const std::string& value, const std::string& language = "en") {
    dir.write("a.yaml", with_line(example, "  " + item + ":", "  " + item + ": " + value));
    return run_here(dir, {"score", "a.yaml", "--format", "csv", "--lang", language});
  };
  SECTION("a count written with 31 digits is refused, not scored") {
    check_refused(score_with("1.1.3", "1000000000000000000000000000000"),
                  "a.yaml:62:10: error: item 1.1.3: 1000000000000000000000000000000 has more than 15 significant "
                  "digits; the limit is 15 (a spreadsheet keeps only 15) [invalid-fact]");
  }
  SECTION("in Chinese") {
    check_refused(score_with("1.1.3", "1234567890123456", "zh"),
                  "a.yaml:62:10: error: 评价内容项 1.1.3：1234567890123456 的有效数字超过 15 位；上限为 15 位"
                  "（电子表格只保留 15 位） [invalid-fact]");
  }
  SECTION("a ratio of 16 significant digits is refused, of 15 scored") {
    check_refused(score_with("1.3.2", "0.8500000000000000"),
                  "a.yaml:67:10: error: item 1.3.2: 0.8500000000000000 has more than 15 significant digits; the "
                  "limit is 15 (a spreadsheet keeps only 15) [invalid-fact]");
    CHECK(scored(score_with("1.3.2", "0.850000000000000"), "100.0"));
  }
  SECTION("a count one above a billion is refused, a billion scored") {
    check_refused(score_with("1.1.3", "1000000001"),
                  "a.yaml:62:10: error: item 1.1.3: 1000000001 is above the largest count accepted; the limit is "
                  "1000000000 [invalid-fact]");
    CHECK(scored(score_with("1.1.3", "1000000000"), "100.0"));
  }
  SECTION("a denominator too") {
    check_refused(score_with("1.3.1", "{numerator: 18, denominator: 20000000000}"),
                  "a.yaml:66:39: error: item 1.3.1: 20000000000 is above the largest count accepted; the limit is "
                  "1000000000 [invalid-fact]");
  }
}

TEST_CASE("a directory scan stops past --max-files assessment files, or ten times as many entries", "[limits]") {
  TempDir dir;
  fs::create_directory(dir.file("city"));
  const std::string yunxi = source_text("examples/yunxi-2025.yaml");
  for (const char* name : {"city/a.yaml", "city/b.yaml", "city/c.yaml"}) dir.write(name, yunxi);
  SECTION("one file over") {
    check_refused(run_here(dir, {"score", "city", "--max-files", "2"}),
                  "city:1:1: error: the directory city holds more than 2 assessment files; the limit is 2 (raise it "
                  "with --max-files) [file-unreadable]");
    RunResult zh = run_here(dir, {"rank", "city", "--max-files", "2", "--lang", "zh"});
    check_refused(zh, "city:1:1: error: 目录 city 中的评估文件超过 2 个；上限为 2（可用 --max-files 调高） "
                      "[file-unreadable]");
  }
  SECTION("at the limit") {
    RunResult result = run_here(dir, {"score", "city", "--max-files", "3", "--format", "csv"});
    CHECK(result.exit_code == exit_ok);
    CHECK(result.out.find("city/c.yaml,") != std::string::npos);
  }
  SECTION("entries of any kind count, ten per file allowed") {
    // 3 assessments and 27 other files: 30 entries, the most --max-files 3 allows.
    for (int i = 0; i < 27; ++i) dir.write("city/note" + std::to_string(i) + ".txt", "");
    CHECK(run_here(dir, {"check", "city", "--max-files", "3"}).exit_code == exit_ok);
    dir.write("city/note27.txt", "");
    check_refused(run_here(dir, {"check", "city", "--max-files", "3"}),
                  "city:1:1: error: the directory city holds more than 30 entries to look through; the limit is 30, "
                  "ten times --max-files (raise it with --max-files) [file-unreadable]");
  }
  SECTION("--max-files takes a whole number, 1 or more") {
    for (const std::string value : {"0", "-3", "ten", "2.5", "1e3"}) {
      RunResult result = run_here(dir, {"trend", "city", "--max-files", value});
      CHECK(result.exit_code == exit_usage);
      CHECK(result.err ==
            "cityseceval: error: --max-files takes a whole number of files, 1 or more, got \"" + value + "\"\n");
    }
  }
}

TEST_CASE("the default of 10000 files per directory scan", "[limits]") {
  TempDir dir;
  fs::create_directory(dir.file("many"));
  // 10001 empty files: the scan stops at the 10001st, before any is read.
  for (int i = 0; i <= 10000; ++i) dir.write("many/f" + std::to_string(i) + ".yaml", "");
  check_refused(run_here(dir, {"check", "many"}),
                "many:1:1: error: the directory many holds more than 10000 assessment files; the limit is 10000 "
                "(raise it with --max-files) [file-unreadable]");
}

TEST_CASE("an output (-o) that cannot be written: exit 1, why in the run's language, nothing left", "[limits]") {
  TempDir dir;
  const std::string input = dir.write("a.yaml", source_text("examples/yunxi-2025.yaml"));
  struct Case {
    const char* name;
    std::string output;
    std::string en;  // the reason in each language
    std::string zh;
  };
  const Case cases[] = {
      {"into a directory that does not exist", "missing/out.txt", "No such file or directory", "文件或目录不存在"},
      {"under a file, as if it were a directory", "a.yaml/out.txt", "Not a directory", "路径中有一部分不是目录"},
      {"into a read-only directory", "locked/out.txt", "Permission denied", "没有权限"},
  };
  fs::create_directory(dir.file("locked"));
  fs::permissions(dir.path(), fs::perms::all);
  fs::permissions(input, fs::perms(0644));
  fs::permissions(dir.file("locked"), fs::perms(0555));
  // Root writes anywhere: the read-only directory stops only another user.
  std::optional<RunOptions> unprivileged = as_unprivileged_user();
  REQUIRE(unprivileged);
  for (const Case& each : cases) {
    DYNAMIC_SECTION(each.name) {
      check_refused(run_here(dir, {"score", "a.yaml", "-o", each.output}, *unprivileged),
                    "cityseceval: error: cannot write " + each.output + ": " + each.en);
      check_refused(run_here(dir, {"score", "a.yaml", "--lang", "zh", "-o", each.output}, *unprivileged),
                    "cityseceval: error: 无法写入 " + each.output + "：" + each.zh);
    }
  }
  // Nothing half-written, no temporary file, the input as it was.
  CHECK(fs::is_empty(dir.file("locked")));
  CHECK(dir.list() == std::vector<std::string>{"a.yaml", "locked"});
  CHECK(read_bytes(input) == source_text("examples/yunxi-2025.yaml"));
}
