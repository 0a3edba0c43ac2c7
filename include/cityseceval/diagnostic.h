// Diagnostics: the one shape every problem with an input file takes.
//
// Loaders and checks never print and never throw for bad input; they append
// Diagnostic values to a Diagnostics list and carry on, so one run reports all
// the problems it can find. Only the CLI (apps/) decides what to print and
// which exit code follows. Every diagnostic is printed through
// format_diagnostic(), so all messages look alike:
//
//   FILE:LINE:COL: error: MESSAGE [rule-id]
//
// LINE and COL are 1-based; COL counts Unicode code points, not bytes, so a
// caret lands under the right character in a line of Chinese text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cityseceval {

// A place in an input file. line/column 1-based; column in code points.
struct SourceLocation {
  std::string file;
  int line = 1;
  int column = 1;
};

enum class Severity { error, warning };
std::string_view severity_name(Severity severity);

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation location;
  std::string message;
  // A stable, kebab-case id naming the rule that was broken ("duplicate-key").
  // Scripts and editors may match on it; never rename one.
  std::string rule;
};

// "FILE:LINE:COL: error: MESSAGE [rule]". No trailing newline. A diagnostic
// with no file is about the command line: "cityseceval: error: MESSAGE [rule]".
std::string format_diagnostic(const Diagnostic& diagnostic);

// The first line as above, then the offending source line and a caret under
// the column, like a compiler:
//   a.yaml:3:10: error: ... [rule]
//       3 |   6.2.1: [full, ful]
//         |                 ^
// `source` is the whole text of the file; no excerpt is added when the line is
// not in it. Ends without a newline.
std::string format_diagnostic_with_source(const Diagnostic& diagnostic, std::string_view source);

// An ordered list of diagnostics with a cap: past `limit` errors further ones
// are counted but not stored, so a hostile or hopeless file cannot flood the
// output. One run reports up to the limit, then says how many more there were.
class Diagnostics {
 public:
  static constexpr std::size_t default_limit = 50;
  explicit Diagnostics(std::size_t limit = default_limit) : limit_(limit) {}

  void add(Diagnostic diagnostic);
  void error(SourceLocation location, std::string message, std::string rule);
  void warning(SourceLocation location, std::string message, std::string rule);
  void append(const Diagnostics& other);
  // Orders the list by file (in order of first appearance), then line and
  // column, keeping the order of diagnostics at the same place: a reader goes
  // through a file top to bottom, whichever check found each problem.
  void sort_by_location();

  const std::vector<Diagnostic>& all() const { return list_; }
  bool has_errors() const { return error_count_ > 0; }
  std::size_t error_count() const { return error_count_; }
  std::size_t warning_count() const { return warning_count_; }
  // How many diagnostics were dropped because the limit was reached.
  std::size_t dropped() const { return dropped_; }
  bool empty() const { return list_.empty() && dropped_ == 0; }

 private:
  std::size_t limit_;
  std::vector<Diagnostic> list_;
  std::size_t error_count_ = 0;
  std::size_t warning_count_ = 0;
  std::size_t dropped_ = 0;
};

}  // namespace cityseceval
