// The list of schemes `cityseceval schemes` prints, so a user can find the id
// to pass to --scheme or to write in an assessment's `scheme:`. Like every
// renderer these return text; apps/ prints it.
#pragma once

#include <string>
#include <vector>

#include "cityseceval/tree.h"

namespace cityseceval {

// A table with the columns id, title, version, items and max: names aligned
// by display width (a Chinese character takes two), numbers on the right, two
// spaces between columns, no trailing spaces.
std::string render_schemes_text(const std::vector<const Scheme*>& schemes);

// A JSON array of {"id", "title", "title_en", "version", "items", "max"}.
std::string render_schemes_json(const std::vector<const Scheme*>& schemes);

}  // namespace cityseceval
