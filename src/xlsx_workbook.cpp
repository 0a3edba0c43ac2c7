#include "xlsx_workbook.h"

#include <map>
#include <vector>

#include "cityseceval/messages.h"
#include "xlsx_archive.h"
#include "xlsx_xml.h"

namespace cityseceval::xlsx {

namespace {

// Where a package keeps its start, and what it is when it says nothing.
constexpr std::string_view package_relationships = "_rels/.rels";
constexpr std::string_view usual_workbook = "xl/workbook.xml";

struct Relationship {
  std::string type;
  std::string target;  // resolved: a part name inside the archive
};

bool type_is(const Relationship& relationship, std::string_view kind) {
  return relationship.type.ends_with("/" + std::string(kind));
}

// A relationship's target, relative to the directory of the part holding
// it (`base`, "xl/") or absolute ("/xl/worksheets/sheet1.xml"), as an
// archive entry name; empty when it climbs out of the package.
std::string resolve_target(std::string_view base, std::string_view target) {
  std::string path = target.starts_with('/') ? std::string(target.substr(1)) : std::string(base) + std::string(target);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part == "..") {
      if (parts.empty()) return "";
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string resolved;
  for (const std::string& part : parts) resolved += (resolved.empty() ? "" : "/") + part;
  return resolved;
}

std::string directory_of(std::string_view part) {
  std::size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? "" : std::string(part.substr(0, slash + 1));
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"
std::string relationships_of(std::string_view part) {
  std::string directory = directory_of(part);
  return directory + "_rels/" + std::string(part.substr(directory.size())) + ".rels";
}

// A relationships part: Id -> the relationship, targets resolved against
// the directory of the part they belong to.
class RelationshipsReader : public XmlHandler {
 public:
  explicit RelationshipsReader(std::string base) : base_(std::move(base)) {}
  void start(std::string_view name, const Attributes& attributes) override {
    const char* id = attributes.find("Id");
    const char* type = attributes.find("Type");
    const char* target = attributes.find("Target");
    const char* mode = attributes.find("TargetMode");
    // An external target (a hyperlink's URL) is no part of the package.
    if (name != "Relationship" || !id || !type || !target || (mode && std::string_view(mode) == "External")) return;
    found_.emplace(id, Relationship{type, resolve_target(base_, target)});
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
  std::map<std::string, Relationship> take() { return std::move(found_); }

 private:
  std::string base_;
  std::map<std::string, Relationship> found_;
};

// The workbook's sheets, in tab order: name and relationship id.
class WorkbookReader : public XmlHandler {
 public:
  struct SheetEntry {
    std::string name;
    std::string relationship;
  };
  void start(std::string_view name, const Attributes& attributes) override {
    if (name != "sheet") return;
    const char* sheet_name = attributes.find("name");
    const char* id = attributes.find("id");  // r:id
    if (id) sheets_.push_back({sheet_name ? sheet_name : "", id});
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
  std::vector<SheetEntry> take() { return std::move(sheets_); }

 private:
  std::vector<SheetEntry> sheets_;
};

class PackageReader {
 public:
  PackageReader(const Archive& archive, const std::string& file, Diagnostics& diagnostics)
      : archive_(archive), file_(file), diagnostics_(diagnostics) {}

  std::optional<Sheet> first_sheet() {
    std::optional<std::string> workbook_part = find_workbook();
    if (!workbook_part) return std::nullopt;
    std::optional<std::string> workbook = archive_.read(*workbook_part, diagnostics_);
    if (!workbook) return std::nullopt;
    WorkbookReader sheets;
    if (!read_xml(*workbook, *workbook_part, sheets, file_, diagnostics_)) return std::nullopt;
    auto relationships = read_relationships(relationships_of(*workbook_part), directory_of(*workbook_part));
    if (!relationships) return std::nullopt;
    // Sheets in tab order; a chart sheet is skipped, the first worksheet read.
    for (const WorkbookReader::SheetEntry& entry : sheets.take()) {
      auto found = relationships->find(entry.relationship);
      if (found == relationships->end() || !type_is(found->second, "worksheet")) continue;
      return read_sheet(entry.name, found->second.target, *relationships);
    }
    diagnostics_.error({file_, 1, 1}, message(MessageId::xlsx_no_sheet), RuleId::xlsx_part);
    return std::nullopt;
  }

 private:
  // The part `_rels/.rels` names the office document; a package without
  // that part is read at the usual place.
  std::optional<std::string> find_workbook() {
    if (!archive_.contains(std::string(package_relationships))) return std::string(usual_workbook);
    auto relationships = read_relationships(std::string(package_relationships), "");
    if (!relationships) return std::nullopt;
    for (const auto& [id, relationship] : *relationships) {
      if (type_is(relationship, "officeDocument") && !relationship.target.empty()) return relationship.target;
    }
    return std::string(usual_workbook);
  }

  std::optional<std::map<std::string, Relationship>> read_relationships(const std::string& part,
                                                                        const std::string& base) {
    std::optional<std::string> xml = archive_.read(part, diagnostics_);
    if (!xml) return std::nullopt;
    RelationshipsReader reader(base);
    if (!read_xml(*xml, part, reader, file_, diagnostics_)) return std::nullopt;
    return reader.take();
  }

  std::optional<Sheet> read_sheet(const std::string& name, const std::string& part,
                                  const std::map<std::string, Relationship>& relationships) {
    std::vector<std::string> shared;
    for (const auto& [id, relationship] : relationships) {
      if (!type_is(relationship, "sharedStrings")) continue;
      std::optional<std::string> xml = archive_.read(relationship.target, diagnostics_);
      if (!xml) return std::nullopt;
      auto strings = read_shared_strings(*xml, relationship.target, file_, diagnostics_);
      if (!strings) return std::nullopt;
      shared = std::move(*strings);
      break;
    }
    std::optional<std::string> xml = archive_.read(part, diagnostics_);
    if (!xml) return std::nullopt;
    std::optional<Sheet> sheet = read_sheet_cells(*xml, part, shared, file_, diagnostics_);
    if (sheet) sheet->name = name;
    return sheet;
  }

  const Archive& archive_;
  const std::string& file_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::optional<Sheet> read_first_sheet(std::string_view bytes, const std::string& file, Diagnostics& diagnostics) {
  std::unique_ptr<Archive> archive = Archive::open(bytes, file, diagnostics);
  if (!archive) return std::nullopt;
  return PackageReader(*archive, file, diagnostics).first_sheet();
}

}  // namespace cityseceval::xlsx
