#include "cityseceval/render_diagnostics.h"

#include <fmt/format.h>

#include "cityseceval/messages.h"
#include "json_number.h"

namespace cityseceval {

namespace {

// "1 error", "2 errors", "0 warnings".
Text counted(std::size_t count, MessageId one, MessageId many) {
  return count == 1 ? message(one) : message(many, {count});
}

std::string not_shown(const FileCheck& file, Language language) {
  Text more = counted(file.dropped, MessageId::more_problems_one, MessageId::more_problems_many);
  return message(MessageId::not_shown_in_file, {file.file, more, Diagnostics::default_limit}).in(language) + "\n";
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

// One diagnostic as check --format json lists it.
Json diagnostic_json(const Diagnostic& d, Language language) {
  Json entry;
  entry["file"] = d.location.file;
  entry["line"] = d.location.line;
  entry["column"] = d.location.column;
  entry["severity"] = severity_name(d.severity);
  entry["rule"] = d.rule;
  entry["message"] = d.message.in(language);
  return entry;
}

}  // namespace

std::string check_summary(const CheckReport& report, Language language) {
  Text files = counted(report.files().size(), MessageId::files_one, MessageId::files_many);
  if (report.errors() == 0 && report.warnings() == 0) return message(MessageId::summary_clean, {files}).in(language);
  return message(MessageId::summary,
                 {counted(report.errors(), MessageId::errors_one, MessageId::errors_many),
                  counted(report.warnings(), MessageId::warnings_one, MessageId::warnings_many), files})
      .in(language);
}

std::string render_diagnostics_text(const CheckReport& report, const SourceLookup& source, Language language) {
  std::string out;
  for (const FileCheck& file : report.files()) {
    for (const Diagnostic& d : file.diagnostics) {
      out += format_diagnostic_with_source(d, source ? source(d.location.file) : std::string_view(), language);
      out += '\n';
    }
    if (file.dropped > 0) out += not_shown(file, language);
  }
  out += check_summary(report, language);
  out += '\n';
  return out;
}

std::string render_diagnostics_json(const CheckReport& report, Language language) {
  std::string out;
  for (const FileCheck& file : report.files()) {
    for (const Diagnostic& d : file.diagnostics) {
      out += out.empty() ? "[\n  " : ",\n  ";
      // A file name from the command line need not be UTF-8; JSON must be.
      out += dump_json(diagnostic_json(d, language), -1);
    }
  }
  return out.empty() ? "[]\n" : out + "\n]\n";
}

std::string render_diagnostics_github(const CheckReport& report, Language language) {
  std::string out;
  for (const FileCheck& file : report.files()) {
    for (const Diagnostic& d : file.diagnostics) {
      out += fmt::format("::{} file={},line={},col={}", severity_name(d.severity),
                         github_escape_property(d.location.file), d.location.line, d.location.column);
      if (!d.rule.empty()) out += ",title=" + github_escape_property(d.rule);
      out += "::" + github_escape_message(d.message.in(language)) + '\n';
    }
    if (file.dropped > 0) out += not_shown(file, language);
  }
  out += check_summary(report, language);
  out += '\n';
  return out;
}

std::string github_escape_message(std::string_view text) { return github_escape(text, false); }
std::string github_escape_property(std::string_view text) { return github_escape(text, true); }

std::string render_failed_file_json(const std::string& file, const Diagnostics& diagnostics, Language language,
                                    int indent) {
  Json errors = Json::array();
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Severity::error) errors.push_back(diagnostic_json(d, language));
  }
  Json out;
  out["file"] = file;
  out["errors"] = std::move(errors);
  return dump_json(out, indent);
}

}  // namespace cityseceval
