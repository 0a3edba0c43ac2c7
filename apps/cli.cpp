#include "cli.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>

#include <fmt/format.h>

#include "cityseceval/load.h"
#include "cityseceval/messages.h"

namespace cityseceval::cli {

namespace {

// A language with the script of its Chinese: what one --lang tag names.
struct RunLanguage {
  Language language = Language::zh;
  ChineseScript script = ChineseScript::own;
};

// `text` with A-Z as a-z: what is matched ignoring case (a --lang tag, an extension).
std::string ascii_lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The tags --lang and CITYSECEVAL_LANG take, ignoring case (BCP 47).
std::optional<RunLanguage> parse_run_language(std::string_view tag) {
  std::string lower = ascii_lowercase(std::string(tag));
  if (lower == "zh-hans") return RunLanguage{Language::zh, ChineseScript::simplified};
  if (lower == "zh-hant") return RunLanguage{Language::zh, ChineseScript::traditional};
  if (std::optional<Language> language = parse_language(lower)) return RunLanguage{*language, ChineseScript::own};
  return std::nullopt;
}

// The language chosen with --lang, once the command line is read.
std::optional<RunLanguage>& chosen_language() {
  static std::optional<RunLanguage> language;
  return language;
}

RunLanguage environment_language() {
  const char* value = std::getenv("CITYSECEVAL_LANG");
  return parse_run_language(value ? value : "").value_or(RunLanguage{});
}

RunLanguage run_language() { return chosen_language().value_or(environment_language()); }

// What in_run_script leaves as it is. Batches register names from their
// worker threads, so it is guarded.
struct KeptInRun {
  std::mutex mutex;
  KeptTexts texts;
};

KeptInRun& kept_in_run() {
  static KeptInRun kept;
  return kept;
}

std::map<std::string, std::string>& sources() {
  static std::map<std::string, std::string> texts;
  return texts;
}

bool write_all(int fd, std::string_view text) {
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    ssize_t written = ::write(fd, data, left);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  return true;
}

// The file a write to `path` lands on: `path` itself or, when it is a
// symbolic link, the file the link points to, followed link by link as open(2)
// does, so that the rename replaces that file and the link stays a link (a
// dangling link gives the file it would create). nullopt when the links loop.
std::optional<std::string> follow_links(std::string path) {
  namespace fs = std::filesystem;
  for (int links = 0; links < 40; ++links) {  // the kernel's own limit
    std::error_code not_a_link;
    fs::path points_to = fs::read_symlink(path, not_a_link);
    if (not_a_link) return path;
    path = (fs::path(path).parent_path() / points_to).string();  // a relative link is read from its directory
  }
  return std::nullopt;
}

// The new file takes the place of `old` (null when there was none): its
// permission bits and, for root (only root may give a file away), its owner
// and group. A new file gets what a plain create would give it.
void take_place_of(int fd, const struct stat* old) {
  if (!old) {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    return;
  }
  if (::geteuid() == 0 && ::fchown(fd, old->st_uid, old->st_gid) != 0) {
    // Best effort (a file system without owners): the content is what matters.
  }
  ::fchmod(fd, old->st_mode & 07777);  // after fchown, which may clear the set-user-ID bit
}

}  // namespace

void remember_source(const std::string& file, const std::string& text) {
  keep_file_name(file);
  sources()[file] = text_as_read(text, file);
}

void forget_source(const std::string& file) { sources().erase(file); }

// The text is read again from disk only for a tree file that was not remembered.
std::string_view source_of(const std::string& file) {
  if (auto it = sources().find(file); it != sources().end()) return it->second;
  for (const BuiltinScheme& scheme : builtin_schemes()) {
    if (scheme.path == file) return scheme.text;
  }
  Diagnostics ignored;
  auto text = file == "<stdin>" ? std::nullopt : read_input_file(file, ignored);
  return sources().emplace(file, text_as_read(text.value_or(""), file)).first->second;
}

// The diagnostic's own line is in the run's script, the file's line quoted
// under it as the file has it.
void print_diagnostics(Diagnostics diagnostics) {
  diagnostics.sort_by_location();
  for (const Diagnostic& d : diagnostics.all()) {
    keep_file_name(d.location.file);
    std::string line = format_diagnostic(d, language());
    std::string quoted = format_diagnostic_with_source(d, source_of(d.location.file), language()).substr(line.size());
    std::fputs((in_run_script(line) + quoted + "\n").c_str(), stderr);
  }
  if (diagnostics.dropped() > 0) {
    print_note(message(MessageId::more_not_shown, {diagnostics.dropped(), Diagnostics::default_limit}));
  }
}

namespace {

// "cityseceval: KIND: MESSAGE" on stderr, in the run's language and script.
void print_line(std::string_view kind, const Text& text) {
  std::fputs(in_run_script(fmt::format("cityseceval: {}{}\n", kind, text.in(language()))).c_str(), stderr);
}

}  // namespace

void print_error(const Text& text) { print_line("error: ", text); }

void print_warning(const Text& text) { print_line("warning: ", text); }

void print_note(const Text& text) { print_line("", text); }

Language use_language(const std::string& option) {
  chosen_language() = parse_run_language(option).value_or(environment_language());
  return chosen_language()->language;
}

Language language() { return run_language().language; }

ChineseScript script() { return run_language().script; }

std::string in_run_script(std::string_view text) {
  if (script() == ChineseScript::own) return std::string(text);
  std::lock_guard lock(kept_in_run().mutex);
  return in_script(text, script(), kept_in_run().texts);
}

void keep_file_name(const std::string& name) {
  if (script() == ChineseScript::own || name.empty()) return;
  std::lock_guard lock(kept_in_run().mutex);
  kept_in_run().texts.add_file_name(name);
}

void keep_quoted(std::string_view text) {
  if (script() == ChineseScript::own) return;
  std::lock_guard lock(kept_in_run().mutex);
  kept_in_run().texts.add(text);
}

Output::Output(std::string path, Existing existing, Content content)
    : path_(path == "-" ? "" : std::move(path)), existing_(existing), content_(content) {
  keep_file_name(path_);
}

Output::~Output() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) std::remove(temporary_.c_str());
}

bool Output::open() {
  if (path_.empty()) return true;
  // "dir/" names a directory whether it exists or not.
  if (path_.back() == '/') {
    print_error(message(MessageId::output_is_directory, {path_}));
    return false;
  }
  std::optional<std::string> target = follow_links(path_);
  if (!target) {
    print_error(message(MessageId::cannot_write, {path_, system_error_text(ELOOP)}));
    return false;
  }
  target_ = *target;
  struct stat old {};
  const bool exists = ::stat(target_.c_str(), &old) == 0;
  if (exists && !may_replace(old)) return false;
  temporary_ = target_ + ".tmp.XXXXXX";  // beside the target: rename(2) works within one file system
  fd_ = ::mkstemp(temporary_.data());
  if (fd_ < 0) {
    print_error(message(MessageId::cannot_write, {path_, system_error_text(errno)}));
    temporary_.clear();
    return false;
  }
  take_place_of(fd_, exists ? &old : nullptr);
  return true;
}

bool Output::may_replace(const struct stat& old) const {
  if (S_ISDIR(old.st_mode)) {
    print_error(message(MessageId::output_is_directory, {path_}));
    return false;
  }
  // Renaming over a device (/dev/null) or a pipe would put a plain file in its place.
  if (!S_ISREG(old.st_mode)) {
    print_error(message(MessageId::output_not_regular, {path_}));
    return false;
  }
  if (existing_ == Existing::refuse) {
    print_error(message(MessageId::output_exists, {path_}));
    return false;
  }
  // rename(2) asks only for the directory's permission, but a file its owner
  // made read-only (or one of another user) is not ours to replace.
  if (::faccessat(AT_FDCWD, target_.c_str(), W_OK, AT_EACCESS) != 0) {
    print_error(message(MessageId::output_not_writable, {path_}));
    return false;
  }
  return true;
}

bool Output::write(std::string_view text) {
  std::string converted;
  if (content_ == Content::text && script() != ChineseScript::own) {
    converted = in_run_script(text);
    text = converted;
  }
  if (path_.empty()) return std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
  if (write_all(fd_, text)) return true;
  print_error(message(MessageId::cannot_write, {path_, system_error_text(errno)}));
  return false;
}

bool Output::commit() {
  if (path_.empty()) return std::fflush(stdout) == 0;
  bool ok = ::fsync(fd_) == 0;
  int error = ok ? 0 : errno;
  if (::close(fd_) != 0 && ok) {
    ok = false;
    error = errno;
  }
  fd_ = -1;
  if (ok && std::rename(temporary_.c_str(), target_.c_str()) != 0) {
    ok = false;
    error = errno;
  }
  if (ok) {
    temporary_.clear();
    return true;
  }
  print_error(message(MessageId::cannot_write, {path_, system_error_text(error)}));
  return false;
}

bool write_output(const std::string& path, const std::string& text, Existing existing, Content content) {
  Output output(path, existing, content);
  return output.open() && output.write(text) && output.commit();
}

std::optional<Scheme> load_chosen(const SchemeChoice& choice) {
  keep_file_name(choice.tree_file);
  Diagnostics diagnostics;
  std::optional<Scheme> scheme = load_chosen_scheme(choice, diagnostics);
  print_diagnostics(diagnostics);
  if (scheme) keep_file_name(scheme->file);
  return scheme;
}

bool preload_choice(const SchemeChoice& choice, SchemeCache& schemes) {
  if (choice.scheme_id.empty() && choice.tree_file.empty()) return true;
  keep_file_name(choice.tree_file);
  Diagnostics diagnostics;
  const Scheme* scheme = schemes.chosen(choice, diagnostics);
  print_diagnostics(diagnostics);
  return scheme != nullptr;
}

bool workbook_output_given(const std::string& output) {
  if (!output.empty() && output != "-") return true;
  print_error(message(MessageId::workbook_needs_output));
  return false;
}

bool stdin_at_most_once(const std::vector<std::string>& files) {
  if (std::count(files.begin(), files.end(), "-") <= 1) return true;
  print_error(message(MessageId::stdin_once));
  return false;
}

bool output_spares(const std::string& output, const std::string& input, MessageId id) {
  keep_file_name(output);
  keep_file_name(input);
  if (output.empty() || output == "-" || input.empty() || input == "-") return true;
  std::error_code error;
  if (!std::filesystem::equivalent(output, input, error) || error) return true;
  print_error(message(id, {output, input}));
  return false;
}

std::string extension_of(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return ascii_lowercase(path.substr(dot));
}

std::string shown_name(const std::string& path) {
  std::string name = path == "-" ? "<stdin>" : path;
  keep_file_name(name);
  return name;
}

std::optional<Plan> load_plan_file(const std::string& path, const SchemeChoice& choice, SchemeCache& schemes,
                                   Diagnostics& diagnostics) {
  auto text = read_input_file(path, diagnostics);
  if (!text) return std::nullopt;
  remember_source(shown_name(path), *text);
  return load_plan(*text, shown_name(path), choice, schemes, diagnostics);
}

std::optional<LoadedAssessment> load_stage_file(const std::string& path, const SchemeChoice& choice,
                                                const ReadOptions& read, SchemeCache& schemes,
                                                Diagnostics& diagnostics) {
  auto text = read_input_file(path, diagnostics);
  if (!text) return std::nullopt;
  remember_source(shown_name(path), *text);
  return load_assessment(*text, shown_name(path), choice, schemes, diagnostics, read);
}

bool use_color(const std::string& policy, bool writing_to_file) {
  if (policy == "always") return true;
  if (policy == "never" || writing_to_file) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

}  // namespace cityseceval::cli

#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

void add_language_option(CLI::App& command, std::string& language, const std::string& help) {
  one_of(command.add_option("--lang", language, help + said("（默认：CITYSECEVAL_LANG，否则 zh）", " (default: CITYSECEVAL_LANG, else zh)"))
             ->type_name("LANG"),
         {"zh", "en", "zh-Hans", "zh-Hant"}, true);
}

void add_report_options(CLI::App& command, std::string& format, std::string& language, std::string& output) {
  one_of(command.add_option("--format", format, said("输出格式", "Output format"))->type_name("FORMAT"), {"text", "json", "markdown"})
      ->capture_default_str();
  add_language_option(command, language, said("报告和消息的语言", "Language of the report and of messages"));
  add_output_option(command, output);
}

void add_output_option(CLI::App& command, std::string& output) {
  takes_file(command.add_option("-o,--output", output,
                                said("写入 FILE（原子写入），而不是标准输出", "Write to FILE (atomically) instead of standard output"))
                 ->type_name("FILE"),
             any_file());
}

void add_lenient_flag(CLI::App& command, ReadOptions& read) {
  command.add_flag("--lenient", read.lenient,
                   said("评估范围以外的记录作为警告（不计分），而不是错误",
                        "Records outside the assessment's scope are warnings (and not counted), not errors"));
}

void add_require_evidence_flag(CLI::App& command, ReadOptions& read, Severity severity) {
  std::string help = severity == Severity::warning
                         ? said("对每个得分却未注明证据的评分或事实给出警告",
                                "Warn about every rating or fact that claims points but names no evidence")
                         : said("拒绝（退出码 1，不计分）含有得分却未注明证据的评分或事实的文件",
                                "Refuse (exit 1, not scored) a file with a rating or fact that claims points but names no evidence");
  command.add_flag_callback("--require-evidence", [&read, severity] { read.require_evidence = severity; }, help);
}

void add_scheme_options(CLI::App& command, SchemeChoice& choice, const std::string& scheme_help,
                        const std::string& tree_help) {
  CLI::Option* scheme = offers(command.add_option("--scheme", choice.scheme_id, scheme_help)->type_name("ID"),
                               builtin_scheme_ids());
  CLI::Option* tree = takes_file(command.add_option("--tree", choice.tree_file, tree_help)->type_name("FILE"), yaml_files());
  scheme->excludes(tree);
  add_max_file_size_option(command);
  takes_file(command.add_option("--weights", choice.weights_file,
                                said("权重配置：本次运行使用的另一组权重（A.1-A.3），并在输出中注明",
                                     "Weight profile: other weights (A.1-A.3) for this run, named in the output"))
                 ->type_name("FILE"),
             yaml_files());
}

bool read_weights(SchemeChoice& choice) {
  if (choice.weights_file.empty()) return true;
  Diagnostics diagnostics;
  std::optional<WeightProfile> profile;
  keep_file_name(choice.weights_file);
  if (std::optional<std::string> text = read_input_file(choice.weights_file, diagnostics)) {
    remember_source(choice.weights_file, *text);
    profile = read_weight_profile(*text, choice.weights_file, diagnostics);
  }
  print_diagnostics(diagnostics);
  if (!profile) return false;
  choice.weights = std::make_shared<const WeightProfile>(std::move(*profile));
  return true;
}

}  // namespace cityseceval::cli
