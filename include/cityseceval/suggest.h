// "Did you mean": the closest known name to a misspelt one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/language.h"

namespace cityseceval {

// The candidate closest to `word` by edit distance (counted in code points),
// when it is close enough to be a plausible typo: at most one edit for words
// of up to four code points, two up to eight, three beyond. Ties go to the
// earlier candidate, so callers list candidates in a meaningful order.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean \"x\"?)" / "（是否应为 \"x\"？）", or empty when there is no
// close candidate.
Text did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace cityseceval
