// The tool's version. It is set in one place, CMakeLists.txt's
// project(VERSION), and everything that prints or records it (--version, the
// JSON "generator", reports, workbooks, the .deb) takes it from there.
#pragma once

#include <string>
#include <string_view>

namespace cityseceval {

// "0.1.0".
std::string_view tool_version();

// "cityseceval 0.1.0": what a report or a workbook names as its generator.
std::string tool_name_and_version();

// What --version prints: the tool's line, then one line per built-in scheme,
// "scheme ID VERSION sha256:FIRST-12-HEX-DIGITS" (the digest of the tree file
// compiled in), so a result can be traced to exactly what produced it.
std::string version_text();

}  // namespace cityseceval
