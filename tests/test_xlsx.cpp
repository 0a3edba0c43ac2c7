// Reading a workbook's first sheet (src/xlsx_*.h): the ZIP archive and its
// guards, the XML parts without any DOCTYPE, cells and their references,
// numbers as Excel shows them. The workbooks are made byte by byte
// (workbook_bytes.h), so each is exactly what the test says; what real
// applications write is tested in tests/workbook/reader_test.py.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support.h"
#include "workbook_bytes.h"
#include "xlsx_archive.h"
#include "xlsx_cells.h"
#include "xlsx_workbook.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

struct Read {
  std::optional<xlsx::Sheet> sheet;
  Diagnostics diagnostics;
  std::vector<std::string> lines() const { return pinned_lines(diagnostics); }
};

Read read(const std::string& bytes, const std::string& file = "a.xlsx") {
  Read result;
  result.sheet = xlsx::read_first_sheet(bytes, file, result.diagnostics);
  return result;
}

std::string cell_at(const xlsx::Sheet& sheet, int row, int column) {
  const xlsx::Cell* cell = sheet.find({row, column});
  return cell ? cell->value : "(none)";
}

}  // namespace

TEST_CASE("xlsx: a number reads as Excel shows it, 15 significant digits and the shortest decimal", "[xlsx]") {
  // The binary float nearest 0.1 is 0.1000000000000000055...; 15 digits give 0.100000000000000.
  CHECK(xlsx::excel_number_text("0.10000000000000001") == "0.1");
  CHECK(xlsx::excel_number_text("0.30000000000000004") == "0.3");  // 0.1 + 0.2 as a program writes it
  CHECK(xlsx::excel_number_text("0.8") == "0.8");
  CHECK(xlsx::excel_number_text("3.0") == "3");
  CHECK(xlsx::excel_number_text("2025") == "2025");
  CHECK(xlsx::excel_number_text("1E-5") == "0.00001");
  CHECK(xlsx::excel_number_text("1.5E3") == "1500");
  CHECK(xlsx::excel_number_text("-0.5") == "-0.5");
  CHECK(xlsx::excel_number_text("-0") == "0");
  // 0.1234567890123456789: the 16th digit is 6, so the 15th (5) rounds up to 6.
  CHECK(xlsx::excel_number_text("0.1234567890123456789") == "0.123456789012346");
  // 123456789012345678 = 1.23456789012345678e17: 15 digits 123456789012346, then two zeros.
  CHECK(xlsx::excel_number_text("123456789012345678") == "123456789012346000");
  CHECK_FALSE(xlsx::excel_number_text(""));
  CHECK_FALSE(xlsx::excel_number_text("full"));
  CHECK_FALSE(xlsx::excel_number_text("1e400"));  // not a finite number
}

TEST_CASE("xlsx: cell references, A1 to XFD1048576", "[xlsx]") {
  auto place = [](std::string_view reference) {
    auto found = xlsx::parse_cell_reference(reference);
    return found ? std::to_string(found->row) + "," + std::to_string(found->column) : "none";
  };
  CHECK(place("A1") == "1,1");
  CHECK(place("G12") == "12,7");
  CHECK(place("AA10") == "10,27");  // Z is 26, AA 27
  CHECK(place("XFD1048576") == "1048576,16384");
  for (std::string_view outside : {"XFE1", "A0", "A1048577", "a1", "$A$1", "A", "1", "A1:B2", "AAAA1"}) {
    INFO(outside);
    CHECK(place(outside) == "none");
  }
  CHECK(xlsx::cell_reference({12, 7}) == "G12");
  CHECK(xlsx::cell_reference({1, 27}) == "AA1");
  CHECK(xlsx::cell_reference({5, 702}) == "ZZ5");   // 26 * 26 + 26
  CHECK(xlsx::cell_reference({5, 703}) == "AAA5");  // the next
  CHECK(xlsx::cell_reference({1, 16384}) == "XFD1");
}

TEST_CASE("xlsx: the first worksheet's cells: shared and inline strings, numbers, booleans, errors, formulas",
          "[xlsx]") {
  // Shared strings: plain; rich text in runs, with a phonetic guide left out; an escaped carriage return.
  const std::string shared =
      "<si><t>评分</t></si>"
      "<si><r><t>全部</t></r><r><rPr><b/></rPr><t>满足</t></r><rPh sb=\"0\" eb=\"2\"><t>ぜんぶ</t></rPh></si>"
      "<si><t>a_x000D_b</t></si>";
  const std::string data = row(1, {"<c r=\"A1\" t=\"s\"><v>0</v></c>", "<c r=\"B1\" t=\"s\"><v>1</v></c>",
                                   "<c r=\"C1\" t=\"s\"><v>2</v></c>", "<c r=\"D1\" s=\"3\"/>"}) +
                           row(2, {text_cell("A2", "6.2.1.3"), number_cell("B2", "0.10000000000000001"),
                                   boolean_cell("C2", true), error_cell("D2", "#N/A"),
                                   formula_cell("E2", "LOWER(\"FULL\")", "full"), formula_cell("F2", "1+1", "")}) +
                           // No references: cells follow one another, rows too.
                           "<row r=\"3\"><c><v>1</v></c><c><v>2</v></c></row><row><c t=\"b\"><v>0</v></c></row>";
  Read result = read(zip_archive(workbook_parts(data, shared)));
  REQUIRE(result.lines().empty());
  REQUIRE(result.sheet);
  const xlsx::Sheet& sheet = *result.sheet;
  CHECK(sheet.name == "评分表");  // the first of two sheets
  CHECK(cell_at(sheet, 1, 1) == "评分");
  CHECK(cell_at(sheet, 1, 2) == "全部满足");
  CHECK(cell_at(sheet, 1, 3) == "a\rb");
  CHECK(cell_at(sheet, 1, 4) == "(none)");  // a styled empty cell holds nothing
  CHECK(cell_at(sheet, 2, 1) == "6.2.1.3");
  CHECK(cell_at(sheet, 2, 2) == "0.1");
  CHECK(sheet.find({2, 2})->kind == xlsx::Cell::Kind::number);
  CHECK(cell_at(sheet, 2, 3) == "true");
  CHECK(sheet.find({2, 3})->kind == xlsx::Cell::Kind::boolean);
  CHECK(cell_at(sheet, 2, 4) == "#N/A");
  CHECK(sheet.find({2, 4})->kind == xlsx::Cell::Kind::error);
  CHECK(cell_at(sheet, 2, 5) == "full");
  CHECK(sheet.find({2, 5})->formula);
  CHECK(sheet.find({2, 5})->calculated);
  CHECK(sheet.find({2, 6})->formula);
  CHECK_FALSE(sheet.find({2, 6})->calculated);
  CHECK(cell_at(sheet, 3, 1) == "1");
  CHECK(cell_at(sheet, 3, 2) == "2");
  CHECK(cell_at(sheet, 4, 1) == "false");
}

TEST_CASE("xlsx: what is not a workbook is refused with what it is", "[xlsx]") {
  CHECK(read("scheme: city-cybersecurity\n").lines() ==
        std::vector<std::string>{
            "a.xlsx:1:1: error: not an Excel workbook: a .xlsx file is a ZIP archive and this one is not; open it in "
            "Excel, WPS or LibreOffice and save it as Excel Workbook (.xlsx) [xlsx-not-zip]"});
  const std::string ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  const std::string old_format =
      "error: an Excel 97-2003 workbook (.xls) is not read; open it in Excel, WPS or LibreOffice and save it as "
      ".xlsx (Excel Workbook) [xlsx-old-format]";
  CHECK(read(ole2 + std::string(504, '\0')).lines() == std::vector<std::string>{"a.xlsx:1:1: " + old_format});
  // By its name, whatever it holds.
  CHECK(read(zip_archive(workbook_parts("")), "b.xls").lines() == std::vector<std::string>{"b.xls:1:1: " + old_format});
  // "EncryptedPackage" in UTF-16LE: the stream Office keeps an encrypted .xlsx in.
  std::string encrypted_package;
  for (char c : std::string("EncryptedPackage")) encrypted_package += std::string{c, '\0'};
  CHECK(read(ole2 + std::string(100, '\0') + encrypted_package).lines() ==
        std::vector<std::string>{
            "a.xlsx:1:1: error: the workbook is password-protected (encrypted) and cannot be read; open it in Excel "
            "or WPS, remove the password and save it as .xlsx [xlsx-encrypted]"});
}

TEST_CASE("xlsx: hostile archives are refused on what their directory declares", "[xlsx]") {
  std::vector<ZipEntry> parts = workbook_parts("");
  parts[3].encrypted = true;  // xl/worksheets/sheet1.xml
  CHECK(read(zip_archive(parts)).lines() ==
        std::vector<std::string>{"a.xlsx:1:1: error: the workbook's part \"xl/worksheets/sheet1.xml\" is encrypted and "
                                 "cannot be read; save the workbook without a password [xlsx-encrypted]"});
  for (std::string name : {"../x", "xl/../../x", "/etc/x", "\\x", "C:x", "xl\\..\\..\\x"}) {
    INFO(name);
    std::vector<ZipEntry> outside = workbook_parts("");
    outside.push_back({name, "x"});
    CHECK(read(zip_archive(outside)).lines() ==
          std::vector<std::string>{"a.xlsx:1:1: error: the workbook's archive has an entry \"" + name +
                                   "\" outside the archive (an absolute path or \"..\"); a workbook never has one, so "
                                   "the file is refused [xlsx-unsafe-entry]"});
  }
  // A name with two dots that climbs nowhere is a name.
  std::vector<ZipEntry> dots = workbook_parts("");
  dots.push_back({"xl/media/a..b.png", "x"});
  CHECK(read(zip_archive(dots)).lines().empty());
}

TEST_CASE("xlsx: the limits on entries and sizes, checked before anything is inflated", "[xlsx]") {
  auto open = [](const std::vector<ZipEntry>& entries, const xlsx::ArchiveLimits& limits) {
    Diagnostics diagnostics;
    const std::string bytes = zip_archive(entries);
    auto archive = xlsx::Archive::open(bytes, "a.xlsx", diagnostics, limits);
    CHECK(archive == nullptr);
    return pinned_lines(diagnostics);
  };
  xlsx::ArchiveLimits limits;
  limits.max_entries = 2;
  CHECK(open({{"a", ""}, {"b", ""}, {"c", ""}}, limits) ==
        std::vector<std::string>{"a.xlsx:1:1: error: the workbook's archive holds 3 entries, more than the 2 a "
                                 "workbook may have; refused without unpacking it [xlsx-too-large]"});
  limits = {};
  limits.max_entry_bytes = 10;
  CHECK(open({{"a", "0123456789"}, {"b", "01234567890"}}, limits) ==
        std::vector<std::string>{"a.xlsx:1:1: error: the workbook's part \"b\" unpacks to 11 bytes, more than the 10 "
                                 "allowed for one part; refused without unpacking it [xlsx-too-large]"});
  limits = {};
  limits.max_total_bytes = 15;  // 10 + 10
  CHECK(open({{"a", "0123456789"}, {"b", "0123456789"}}, limits) ==
        std::vector<std::string>{"a.xlsx:1:1: error: the workbook unpacks to 20 bytes, more than the 15 allowed (a "
                                 "ZIP bomb?); refused without unpacking it [xlsx-too-large]"});
}

TEST_CASE("xlsx: XML parts: no DOCTYPE, well-formed, the parts the package names", "[xlsx]") {
  std::vector<ZipEntry> parts = workbook_parts(row(1, {text_cell("A1", "编号")}));
  parts[5].content =  // xl/sharedStrings.xml, an external entity
      "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sst><si><t>&x;</t></si></sst>";
  CHECK(read(zip_archive(parts)).lines() ==
        std::vector<std::string>{"a.xlsx:1:1: error: the workbook's part \"xl/sharedStrings.xml\" has a DOCTYPE "
                                 "declaration, which a workbook never has; refused without reading it, so no entity "
                                 "is expanded or fetched [xlsx-doctype]"});
  // An entity never declared is not well-formed XML, and is not expanded
  // either; expat stops at its '&', the 13th character.
  parts[5].content = "<sst><si><t>&x;</t></si></sst>";
  CHECK(read(zip_archive(parts)).lines() ==
        std::vector<std::string>{"a.xlsx:1:1: error: the workbook's part \"xl/sharedStrings.xml\" is not well-formed "
                                 "XML (line 1, column 13: undefined entity); save the workbook again from Excel, WPS "
                                 "or LibreOffice [xlsx-xml]"});
  // The package names the sheet's part; it is not there.
  parts = workbook_parts("");
  parts.erase(parts.begin() + 3);
  CHECK(read(zip_archive(parts)).lines() ==
        std::vector<std::string>{"a.xlsx:1:1: error: the workbook has no part \"xl/worksheets/sheet1.xml\"; save it "
                                 "again from Excel, WPS or LibreOffice as .xlsx [xlsx-part]"});
  // A cell that is no cell, a shared string that does not exist.
  CHECK(read(zip_archive(workbook_parts(row(1, {text_cell("A0", "x")})))).lines() ==
        std::vector<std::string>{"a.xlsx:1:1: error: the workbook's part \"xl/worksheets/sheet1.xml\" names the cell "
                                 "\"A0\", which is not a cell of a worksheet (columns A to XFD, rows 1 to 1048576) "
                                 "[xlsx-part]"});
  CHECK(read(zip_archive(workbook_parts(row(1, {"<c r=\"A1\" t=\"s\"><v>5</v></c>"}), "<si><t>x</t></si>")))
            .lines() == std::vector<std::string>{"a.xlsx:1:1: error: the workbook's part \"xl/worksheets/sheet1.xml\" "
                                                 "refers to shared string number 5, but the workbook has 1 [xlsx-part]"});
}

TEST_CASE("xlsx: a sheet with more cells than the limit is refused", "[xlsx]") {
  std::string data;
  for (int r = 1; r <= 4; ++r) data += row(r, {number_cell("A" + std::to_string(r), "1")});
  Diagnostics diagnostics;
  std::vector<ZipEntry> parts = workbook_parts(data);
  auto sheet = xlsx::read_sheet_cells(parts[3].content, "xl/worksheets/sheet1.xml", {}, "a.xlsx", diagnostics, 3);
  CHECK_FALSE(sheet);
  CHECK(pinned_lines(diagnostics) ==
        std::vector<std::string>{"a.xlsx:1:1: error: the workbook's part \"xl/worksheets/sheet1.xml\" has more than 3 "
                                 "cells with a value; a filled template has a few thousand [xlsx-too-large]"});
}
