// Renderers for the results of `check`: a CheckReport in, text out, in the
// three forms `check --format` offers (contract: docs/check.md). They never
// print; apps/ decides where the text goes.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "cityseceval/check.h"
#include "cityseceval/language.h"

namespace cityseceval {

// The whole text of the file a diagnostic points into, for quoting its line;
// empty when it is not known (nothing is quoted then).
using SourceLookup = std::function<std::string_view(const std::string& file)>;

// The last line of every format but JSON, without a newline:
// "2 errors, 1 warning in 3 files", "1 error, 0 warnings in 1 file",
// "no problems in 2 files" ("3 个文件中有 2 个错误、1 个警告"). The counts
// include diagnostics past the limit.
//
// Every renderer here writes the messages in `language`; rule ids, the
// "error"/"warning" words and JSON keys are the same in both.
std::string check_summary(const CheckReport& report, Language language);

// Like a compiler: for each file in order, each diagnostic as
// format_diagnostic_with_source() gives it, then, when some were not listed,
// "FILE: N more problems not shown (at most 50 are listed per file)"; finally
// the summary line. Every line ends with a newline.
std::string render_diagnostics_text(const CheckReport& report, const SourceLookup& source, Language language);

// A JSON array with one object per listed diagnostic, one per line:
//   [
//     {"file":"a.yaml","line":3,"column":5,"severity":"error","rule":"points-sum","message":"..."}
//   ]
// ("[]" when there is none). The summary is not part of it.
std::string render_diagnostics_json(const CheckReport& report, Language language);

// A file that could not be scored, in place of its result in `score --format
// json|jsonl`: {"file": FILE, "errors": [...]}, each error the object
// render_diagnostics_json writes (warnings are left out: they went to stderr).
// `indent` as nlohmann's dump: -1 for one line, 2 as render_json; no final newline.
std::string render_failed_file_json(const std::string& file, const Diagnostics& diagnostics, Language language,
                                    int indent);

// GitHub Actions workflow commands, one per diagnostic, so problems show on
// the lines of a pull request:
//   ::error file=F,line=L,col=C,title=RULE::MESSAGE
//   ::warning file=F,line=L,col=C,title=RULE::MESSAGE
// escaped as the runner expects (github_escape_*), then the summary line.
std::string render_diagnostics_github(const CheckReport& report, Language language);

// GitHub's workflow-command escaping: in the message '%', CR and LF become
// %25, %0D and %0A; in a property value also ':' and ',' become %3A and %2C.
std::string github_escape_message(std::string_view text);
std::string github_escape_property(std::string_view text);

}  // namespace cityseceval
