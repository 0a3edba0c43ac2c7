#include "gates.h"

#include "cityseceval/messages.h"
#include "cli.h"

namespace cityseceval::cli {

namespace {

// The place of the band `id` in the scheme's grades, highest first.
std::optional<std::size_t> grade_rank(const Scheme& scheme, const std::string& id) {
  for (std::size_t i = 0; i < scheme.grades.size(); ++i) {
    if (scheme.grades[i].id == id) return i;
  }
  return std::nullopt;
}

std::vector<std::string> grade_ids(const Scheme& scheme) {
  std::vector<std::string> ids;
  for (const GradeBand& band : scheme.grades) ids.push_back(band.id);
  return ids;
}

Text grade_name(const GradeBand* band) {
  if (!band) return message(MessageId::no_grade);
  return Text{band->display_name(Language::zh), band->display_name(Language::en)};
}

// Why --min-grade cannot judge an assessment of `scheme`, or nullopt when it can.
std::optional<Text> min_grade_problem(const std::string& grade, const Scheme& scheme) {
  if (scheme.grades.empty()) return message(MessageId::min_grade_no_grades, {grade, scheme.id});
  if (!grade_rank(scheme, grade)) {
    return message(MessageId::min_grade_unknown, {grade, scheme.id, join_all(grade_ids(scheme))});
  }
  return std::nullopt;
}

// "FILE: message" / "FILE：message".
Text about_file(const std::string& file, const Text& text) { return {file + "：" + text.zh, file + ": " + text.en}; }

}  // namespace

GateVerdict judge(const Gates& gates, const ResultSummary& summary) {
  GateVerdict verdict;
  const std::string& file = summary.file;
  if (gates.fail_under && summary.reported < *gates.fail_under) {
    verdict.below.push_back(message(MessageId::below_gate, {file, summary.city, summary.format(summary.reported),
                                                            gates.fail_under->short_string()}));
  }
  if (gates.min_grade.empty()) return verdict;
  const Scheme& scheme = *summary.scheme;
  if (std::optional<Text> problem = min_grade_problem(gates.min_grade, scheme)) {
    verdict.inapplicable = about_file(file, *problem);
    return verdict;
  }
  std::size_t wanted = *grade_rank(scheme, gates.min_grade);
  // A score in no band (below the lowest) is below every grade.
  std::optional<std::size_t> got = summary.grade ? grade_rank(scheme, summary.grade->id) : std::nullopt;
  if (!got || *got > wanted) {
    verdict.below.push_back(message(MessageId::below_min_grade,
                                    {file, summary.city, grade_name(summary.grade), grade_name(&scheme.grades[wanted])}));
  }
  return verdict;
}

bool min_grade_known(const std::string& grade, const Scheme& scheme) {
  if (grade.empty()) return true;
  std::optional<Text> problem = min_grade_problem(grade, scheme);
  if (problem) print_error(*problem);
  return !problem;
}

}  // namespace cityseceval::cli
