#include "workbook_bytes.h"

#include <array>
#include <cstdint>

namespace cityseceval::testing {

namespace {

std::uint32_t crc32(std::string_view bytes) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char byte : bytes) c = table[(c ^ byte) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void put16(std::string& out, std::uint32_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>((value >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t value) {
  put16(out, value & 0xFFFF);
  put16(out, value >> 16);
}

// The fields local and central headers share, from "version needed" to the extra field's length.
void common_fields(std::string& out, const ZipEntry& entry) {
  put16(out, 20);                       // version needed to extract: 2.0
  put16(out, entry.encrypted ? 1 : 0);  // general purpose flag: bit 0, encrypted
  put16(out, 0);                        // stored
  put16(out, 0);                        // time
  put16(out, 0x21);                     // date: 1980-01-01
  put32(out, crc32(entry.content));
  put32(out, static_cast<std::uint32_t>(entry.content.size()));  // compressed
  put32(out, static_cast<std::uint32_t>(entry.content.size()));  // uncompressed
  put16(out, static_cast<std::uint32_t>(entry.name.size()));
  put16(out, 0);  // extra field
}

const std::string_view main_namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const std::string_view relationship_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

}  // namespace

std::string zip_archive(const std::vector<ZipEntry>& entries) {
  std::string archive;
  std::string directory;
  for (const ZipEntry& entry : entries) {
    const auto offset = static_cast<std::uint32_t>(archive.size());
    put32(archive, 0x04034B50);
    common_fields(archive, entry);
    archive += entry.name;
    archive += entry.content;
    put32(directory, 0x02014B50);
    put16(directory, 20);  // made by
    common_fields(directory, entry);
    put16(directory, 0);  // comment
    put16(directory, 0);  // disk
    put16(directory, 0);  // internal attributes
    put32(directory, 0);  // external attributes
    put32(directory, offset);
    directory += entry.name;
  }
  const auto directory_offset = static_cast<std::uint32_t>(archive.size());
  archive += directory;
  put32(archive, 0x06054B50);
  put16(archive, 0);
  put16(archive, 0);
  put16(archive, static_cast<std::uint32_t>(entries.size()));
  put16(archive, static_cast<std::uint32_t>(entries.size()));
  put32(archive, static_cast<std::uint32_t>(directory.size()));
  put32(archive, directory_offset);
  put16(archive, 0);
  return archive;
}

std::vector<ZipEntry> workbook_parts(std::string_view sheet_data, std::string_view shared_strings,
                                     std::string_view sheet_name) {
  const std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  std::vector<ZipEntry> parts = {
      {"_rels/.rels", xml +
                          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                          "<Relationship Id=\"rId1\" Type=\"" +
                          std::string(relationship_type) +
                          "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml",
       xml + "<workbook xmlns=\"" + std::string(main_namespace) +
           "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
           "<sheet name=\"" +
           std::string(sheet_name) +
           "\" sheetId=\"1\" r:id=\"rId1\"/>"
           "<sheet name=\"说明\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       xml +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"" +
           std::string(relationship_type) +
           "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
           "<Relationship Id=\"rId2\" Type=\"" +
           std::string(relationship_type) +
           "worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
           "<Relationship Id=\"rId3\" Type=\"" +
           std::string(relationship_type) + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml", xml + "<worksheet xmlns=\"" + std::string(main_namespace) + "\"><sheetData>" +
                                       std::string(sheet_data) + "</sheetData></worksheet>"},
      {"xl/worksheets/sheet2.xml", xml + "<worksheet xmlns=\"" + std::string(main_namespace) + "\"><sheetData>" +
                                       row(1, {text_cell("A1", "编号")}) + "</sheetData></worksheet>"},
  };
  parts.push_back({"xl/sharedStrings.xml", xml + "<sst xmlns=\"" + std::string(main_namespace) + "\">" +
                                               std::string(shared_strings) + "</sst>"});
  return parts;
}

std::string text_cell(std::string_view reference, std::string_view text) {
  return "<c r=\"" + std::string(reference) + "\" t=\"inlineStr\"><is><t>" + std::string(text) + "</t></is></c>";
}

std::string number_cell(std::string_view reference, std::string_view number) {
  return "<c r=\"" + std::string(reference) + "\"><v>" + std::string(number) + "</v></c>";
}

std::string boolean_cell(std::string_view reference, bool value) {
  return "<c r=\"" + std::string(reference) + "\" t=\"b\"><v>" + (value ? "1" : "0") + "</v></c>";
}

std::string error_cell(std::string_view reference, std::string_view error) {
  return "<c r=\"" + std::string(reference) + "\" t=\"e\"><v>" + std::string(error) + "</v></c>";
}

std::string formula_cell(std::string_view reference, std::string_view formula, std::string_view saved) {
  std::string cell = "<c r=\"" + std::string(reference) + "\" t=\"str\"><f>" + std::string(formula) + "</f>";
  if (!saved.empty()) cell += "<v>" + std::string(saved) + "</v>";
  return cell + "</c>";
}

std::string row(int number, const std::vector<std::string>& cells) {
  std::string out = "<row r=\"" + std::to_string(number) + "\">";
  for (const std::string& cell : cells) out += cell;
  return out + "</row>";
}

}  // namespace cityseceval::testing
