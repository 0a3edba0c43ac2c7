// Reading a few named assessments for the commands that score each one and
// look at it closely (compare, explain, gaps, report), as `score` reads them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"

namespace cityseceval::cli {

// Every file read and loaded with the scheme `choice` gives, in the order
// given; nullopt after printing every problem of every file (a file that
// loads does not hide the problems of another). The files' texts are
// remembered for the messages.
std::optional<std::vector<LoadedAssessment>> load_assessment_files(const std::vector<std::string>& files,
                                                                   const SchemeChoice& choice,
                                                                   const ReadOptions& read,
                                                                   SchemeCache& schemes);

}  // namespace cityseceval::cli
