// The two catalogues behind message_pattern(): one function per language.
#pragma once

#include <string_view>

#include "cityseceval/messages.h"

namespace cityseceval {

std::string_view english_pattern(MessageId id);
std::string_view chinese_pattern(MessageId id);

}  // namespace cityseceval
