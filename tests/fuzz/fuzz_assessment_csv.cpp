// Fuzz target: a CSV assessment (a filled CSV template), loaded against each
// built-in scheme as `score --scheme ID FILE.csv` loads it (load_assessment).
// What loads is scored and its result checked (fuzz_support.h).
//
// The CSV reader also reads GB18030 (what Excel and WPS save as "CSV" on
// Chinese Windows) by decoding it. So an input that is UTF-8 with Chinese in
// it is also given as GB18030 (glibc's iconv), and must be read to the same
// outcome: loaded or not as the UTF-8 file, with the same errors and the
// same composite (only the csv-gb18030 warning is added).
#include <iconv.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/score.h"
#include "fuzz_support.h"

namespace {

using namespace cityseceval;

// `text` converted by iconv, or nullopt when any of it does not convert.
std::optional<std::string> convert(std::string_view text, const char* from, const char* to) {
  iconv_t converter = iconv_open(to, from);
  if (converter == reinterpret_cast<iconv_t>(-1)) fuzz::fail("iconv_open failed", to);
  std::string input(text);
  std::string output(input.size() * 4 + 16, '\0');
  char* in = input.data();
  char* out = output.data();
  std::size_t in_left = input.size();
  std::size_t out_left = output.size();
  const std::size_t converted = iconv(converter, &in, &in_left, &out, &out_left);
  iconv_close(converter);
  if (converted == static_cast<std::size_t>(-1) || in_left != 0) return std::nullopt;
  output.resize(output.size() - out_left);
  return output;
}

struct Outcome {
  bool loaded = false;
  std::vector<std::string> errors;
  std::optional<Rational> composite;
};

Outcome load(std::string_view text, const std::string& id) {
  Outcome outcome;
  // Every diagnostic kept: under the usual cap of 50 the GB18030 warning
  // takes the place of the 50th error, and the two readings would differ in
  // what is listed, not in what was found (found by this target in 60 s).
  Diagnostics diagnostics(std::numeric_limits<std::size_t>::max());
  std::optional<LoadedAssessment> loaded =
      load_assessment(text, "fuzz-assessment.csv", fuzz::scheme_choice(id), fuzz::schemes(), diagnostics);
  fuzz::expect_consistent(loaded.has_value(), diagnostics, text_as_read(std::string(text), "fuzz-assessment.csv"),
                          "load_assessment (CSV)");
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.severity == Severity::error) outcome.errors.push_back(format_diagnostic(diagnostic, Language::en));
  }
  if (loaded) {
    const ScoreResult result = score(*loaded->scheme, loaded->assessment);
    fuzz::check_result(result);
    outcome.loaded = true;
    outcome.composite = result.composite;
  }
  return outcome;
}

// The same text in GB18030 when reading it so is a different path: it has
// characters outside ASCII, no NUL and no byte-order mark, and its GB18030
// bytes are not UTF-8 too (they would be read as UTF-8).
std::optional<std::string> as_gb18030(std::string_view text) {
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii || text.find('\0') != std::string_view::npos || text.starts_with("\xEF\xBB\xBF")) return std::nullopt;
  if (!convert(text, "UTF-8", "UTF-8")) return std::nullopt;  // not UTF-8 in the first place
  std::optional<std::string> gb18030 = convert(text, "UTF-8", "GB18030");
  if (!gb18030 || convert(*gb18030, "UTF-8", "UTF-8")) return std::nullopt;
  return gb18030;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  const std::optional<std::string> gb18030 = as_gb18030(text);
  for (const std::string& id : fuzz::builtin_ids()) {
    const Outcome utf8 = load(text, id);
    if (!gb18030) continue;
    const Outcome decoded = load(*gb18030, id);
    if (decoded.loaded != utf8.loaded || decoded.errors != utf8.errors || decoded.composite != utf8.composite) {
      fuzz::fail("a CSV read differently in GB18030 than in UTF-8",
                 id + (utf8.errors.empty() ? std::string() : "\nUTF-8: " + utf8.errors.front()) +
                     (decoded.errors.empty() ? std::string() : "\nGB18030: " + decoded.errors.front()));
    }
  }
  return 0;
}
