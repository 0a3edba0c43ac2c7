#include "usage_errors.h"

#include <regex>
#include <string>
#include <vector>

#include <fmt/args.h>
#include <fmt/format.h>

namespace cityseceval::cli {

namespace {

// One shape of CLI11's English and its Chinese, with {0}, {1}... for the
// pattern's groups (option names, values, counts: the same in both).
struct Shape {
  std::regex english;
  const char* chinese;
};

const std::vector<Shape>& shapes() {
  static const std::vector<Shape> list = {
      {std::regex(R"(The following arguments? (?:was|were) not expected: (.*))"), "多余的参数：{0}"},
      {std::regex(R"(A subcommand is required)"), "需要一个子命令（cityseceval --help 列出全部子命令）"},
      {std::regex(R"((\S+) is required)"), "缺少必需的参数 {0}"},
      {std::regex(R"((\S+) excludes (\S+))"), "{0} 不能与 {1} 同时使用"},
      {std::regex(R"((\S+) requires (\S+))"), "{0} 需要同时给出 {1}"},
      {std::regex(R"((\S+): Value (.*) not in range (\S+) to (\S+))"), "{0}：值 {1} 不在 {2} 到 {3} 之间"},
      {std::regex(R"((\S+): (.*) not in \{(.*)\})"), "{0}：{1} 不是可用的值；应为 {2} 之一"},
      {std::regex(R"((\S+): \d+ required \S+ missing)"), "{0} 缺少取值"},
      {std::regex(R"(The value (.*) is not an allowed value for (\S+))"), "{1} 的值 {0} 无效"},
      {std::regex(R"((\S+): too many inputs for a flag)"), "{0} 是开关，不接受取值"},
      {std::regex(R"(Expected exactly (\d+) arguments to (\S+), got (\d+))"), "{1} 需要正好 {0} 个参数，实际给出 {2} 个"},
      {std::regex(R"((\S+): At Most (\d+) required but received (\d+))"), "{0} 最多接受 {1} 个取值，实际给出 {2} 个"},
  };
  return list;
}

std::string in_chinese(const std::string& english) {
  for (const Shape& shape : shapes()) {
    std::smatch match;
    if (!std::regex_match(english, match, shape.english)) continue;
    fmt::dynamic_format_arg_store<fmt::format_context> arguments;
    for (std::size_t i = 1; i < match.size(); ++i) arguments.push_back(match[i].str());
    return fmt::vformat(shape.chinese, arguments);
  }
  return "命令行有误：" + english;
}

}  // namespace

Text usage_error_text(const CLI::ParseError& error) {
  std::string english = error.what();
  return {in_chinese(english), english};
}

Text usage_error_hint() { return {"运行时加 --help 查看用法。", "Run with --help for more information."}; }

}  // namespace cityseceval::cli
