// A template's placeholders, reported the same way for ratings and facts.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "assessment_document.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/language.h"

namespace cityseceval {

// The placeholder a template writes for everything still to be filled in.
inline constexpr std::string_view placeholder_word = "todo";

// "a, b, c and 7 more" / "a、b、c，另有 7 项": the first `shown` labels of a list
// of things missing, so a message naming what is missing stays one readable line.
Text first_of(const std::vector<Text>& labels, std::size_t shown = 10);

// Every unfilled item counted in one diagnostic at `where` (an unfilled
// template is one problem, not 144) with `items_message` ("144 items are
// unrated (todo); rate each item ..."), naming a city or period still `todo`
// (or an empty city) in it [unrated-items]; when every item is filled, such a
// city or period is reported where it was written [unfilled-field].
void report_placeholders(const AssessmentDocument& document, std::size_t unfilled_items, const SourceLocation& where,
                         const Text& items_message, Diagnostics& diagnostics);

}  // namespace cityseceval
