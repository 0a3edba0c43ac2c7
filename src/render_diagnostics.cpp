#include "cityseceval/render_diagnostics.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace cityseceval {

namespace {

using Json = nlohmann::ordered_json;

// "1 error", "2 errors", "0 warnings".
std::string counted(std::size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

std::string not_shown(const FileCheck& file) {
  return fmt::format("{}: {} not shown (at most {} are listed per file)\n", file.file,
                     file.dropped == 1 ? std::string("1 more problem") : fmt::format("{} more problems", file.dropped),
                     Diagnostics::default_limit);
}

std::string github_escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string check_summary(const CheckReport& report) {
  std::string files = counted(report.files().size(), "file");
  if (report.errors() == 0 && report.warnings() == 0) return "no problems in " + files;
  return fmt::format("{}, {} in {}", counted(report.errors(), "error"), counted(report.warnings(), "warning"), files);
}

std::string render_diagnostics_text(const CheckReport& report, const SourceLookup& source) {
  std::string out;
  for (const FileCheck& file : report.files()) {
    for (const Diagnostic& d : file.diagnostics) {
      out += format_diagnostic_with_source(d, source ? source(d.location.file) : std::string_view());
      out += '\n';
    }
    if (file.dropped > 0) out += not_shown(file);
  }
  out += check_summary(report);
  out += '\n';
  return out;
}

std::string render_diagnostics_json(const CheckReport& report) {
  std::string out;
  for (const FileCheck& file : report.files()) {
    for (const Diagnostic& d : file.diagnostics) {
      Json entry;
      entry["file"] = d.location.file;
      entry["line"] = d.location.line;
      entry["column"] = d.location.column;
      entry["severity"] = severity_name(d.severity);
      entry["rule"] = d.rule;
      entry["message"] = d.message;
      out += out.empty() ? "[\n  " : ",\n  ";
      // A file name from the command line need not be UTF-8; JSON must be.
      out += entry.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
  }
  return out.empty() ? "[]\n" : out + "\n]\n";
}

std::string render_diagnostics_github(const CheckReport& report) {
  std::string out;
  for (const FileCheck& file : report.files()) {
    for (const Diagnostic& d : file.diagnostics) {
      out += fmt::format("::{} file={},line={},col={}", severity_name(d.severity),
                         github_escape_property(d.location.file), d.location.line, d.location.column);
      if (!d.rule.empty()) out += ",title=" + github_escape_property(d.rule);
      out += "::" + github_escape_message(d.message) + '\n';
    }
    if (file.dropped > 0) out += not_shown(file);
  }
  out += check_summary(report);
  out += '\n';
  return out;
}

std::string github_escape_message(std::string_view text) { return github_escape(text, false); }
std::string github_escape_property(std::string_view text) { return github_escape(text, true); }

}  // namespace cityseceval
