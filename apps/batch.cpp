#include "batch.h"

#include <sched.h>

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include "cityseceval/limits.h"
#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cli.h"

namespace cityseceval::cli {

namespace fs = std::filesystem;

namespace {

bool has_assessment_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".yaml" || extension == ".yml" || extension == ".csv" || extension == ".xlsx";
}

// False, after reporting it at the directory, once the scan has gone past
// the run's limits (limits.h): more assessment files than --max-files, or
// more entries of any kind than ten times that. Checked as the scan goes, so
// a huge tree is never walked to its end.
bool within_limits(const std::string& directory, std::size_t files, std::size_t entries, Diagnostics& diagnostics) {
  const Limits& limits = input_limits();
  const std::size_t most_entries = limits.directory_files * limits.directory_entries_per_file;
  if (files > limits.directory_files) {
    diagnostics.error({directory, 1, 1},
                      message(MessageId::too_many_files_in_directory, {directory, limits.directory_files}),
                      RuleId::file_unreadable);
    return false;
  }
  if (entries > most_entries) {
    diagnostics.error({directory, 1, 1}, message(MessageId::too_many_entries_in_directory, {directory, most_entries}),
                      RuleId::file_unreadable);
    return false;
  }
  return true;
}

// The assessment files under `directory`, sorted; false after reporting why not.
bool scan_directory(const std::string& directory, std::vector<InputPath>& inputs, Diagnostics& diagnostics) {
  std::vector<std::string> found;
  std::size_t entries = 0;
  std::error_code error;
  fs::recursive_directory_iterator it(directory, fs::directory_options::none, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (!within_limits(directory, found.size(), ++entries, diagnostics)) return false;
    const fs::path& path = it->path();
    if (path.filename().string().starts_with('.')) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    // Links to files are followed; links to directories are not entered (no loops).
    // Pipes, sockets and devices are never read (is_regular_file follows links).
    if (it->is_regular_file(error) && has_assessment_extension(path)) found.push_back(path.string());
  }
  if (!error && !within_limits(directory, found.size(), entries, diagnostics)) return false;
  if (error) {
    diagnostics.error({directory, 1, 1}, message(MessageId::directory_unreadable, {directory, error.message()}),
                      RuleId::file_unreadable);
    return false;
  }
  if (found.empty()) {
    diagnostics.error({directory, 1, 1}, message(MessageId::no_assessments_in_directory, {directory}),
                      RuleId::file_unreadable);
    return false;
  }
  std::sort(found.begin(), found.end());
  for (std::string& path : found) inputs.push_back({std::move(path), true});
  return true;
}

// The processors this process may run on (taskset and cgroups may allow
// fewer than the machine has).
unsigned processors() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return static_cast<unsigned>(std::max(1, CPU_COUNT(&set)));
  return std::max(1u, std::thread::hardware_concurrency());
}

// A file found in a directory is scored only if it is an assessment: a
// directory of a city's files may hold its tree, plan or weight profile too.
bool is_assessment(std::string_view text, const std::string& name) {
  InputKind kind = detect_input_kind(text, name);
  return kind == InputKind::assessment_yaml || kind == InputKind::assessment_csv || kind == InputKind::assessment_xlsx;
}

// The indicators a summary of an assessment of `scheme` keeps.
std::vector<std::string> summary_ids(const BatchOptions& options, const Scheme& scheme) {
  std::vector<std::string> ids;
  for (int level : options.summary_levels) {
    std::vector<std::string> at_level = indicator_ids_at_level(scheme, level);
    ids.insert(ids.end(), at_level.begin(), at_level.end());
  }
  for (const std::string& id : options.summary_ids) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

void score_one(const InputPath& input, const BatchOptions& options, SchemeCache& schemes, BatchEntry& entry) {
  entry.name = shown_name(input.path);
  std::optional<std::string> text = read_input_file(input.path, entry.diagnostics);
  if (!text) return;
  if (input.from_directory && !is_assessment(*text, entry.name)) {
    entry.skipped = true;
    return;
  }
  entry.loaded = load_assessment(*text, entry.name, options.scheme, schemes, entry.diagnostics, options.read);
  if (entry.loaded) {
    entry.result = score(*entry.loaded->scheme, entry.loaded->assessment);
    entry.summary = summarize(*entry.result, summary_ids(options, *entry.loaded->scheme));
  }
  if (!entry.diagnostics.empty()) entry.text = std::move(*text);
  if (options.prepare) options.prepare(entry);
}

// The inputs scored on `jobs` threads. Entry i lives in slot i % window
// from when a worker takes it until the caller has handed it on; a worker
// may take entry i only when i < handed_on + window, which bounds memory.
class ParallelBatch {
 public:
  ParallelBatch(const std::vector<InputPath>& inputs, const BatchOptions& options, SchemeCache& schemes)
      : inputs_(inputs), options_(options), schemes_(schemes), window_(4 * options.jobs), slots_(window_) {}

  bool run(const std::function<bool(BatchEntry&)>& each) {
    std::vector<std::jthread> workers;
    for (unsigned i = 0; i < options_.jobs; ++i) workers.emplace_back([this] { work(); });
    bool completed = true;
    for (std::size_t i = 0; i < inputs_.size(); ++i) {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [&] { return slots_[i % window_].done; });
      Slot& slot = slots_[i % window_];
      lock.unlock();
      if (slot.failure) {
        stop();
        std::rethrow_exception(slot.failure);  // after the workers stop: `workers` joins them
      }
      bool go_on = each(slot.entry);
      lock.lock();
      slot = Slot();
      ++handed_on_;
      if (!go_on) {
        stopped_ = true;
        completed = false;
      }
      room_.notify_all();
      if (!go_on) break;
    }
    return completed;  // the workers are joined as `workers` goes out of scope
  }

 private:
  struct Slot {
    BatchEntry entry;
    std::exception_ptr failure;  // rethrown on the caller's thread, where main() catches it
    bool done = false;
  };

  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    room_.notify_all();
  }

  void work() {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return stopped_ || next_ >= inputs_.size() || next_ < handed_on_ + window_; });
        if (stopped_ || next_ >= inputs_.size()) return;
        i = next_++;
      }
      BatchEntry entry;
      std::exception_ptr failure;
      try {
        score_one(inputs_[i], options_, schemes_, entry);
      } catch (...) {
        failure = std::current_exception();
      }
      std::lock_guard lock(mutex_);
      slots_[i % window_].entry = std::move(entry);
      slots_[i % window_].failure = failure;
      slots_[i % window_].done = true;
      ready_.notify_all();
    }
  }

  const std::vector<InputPath>& inputs_;
  const BatchOptions& options_;
  SchemeCache& schemes_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable ready_;  // a slot is done
  std::condition_variable room_;   // a slot was handed on (or the batch stopped)
  std::vector<Slot> slots_;
  std::size_t next_ = 0;       // the next entry a worker takes
  std::size_t handed_on_ = 0;  // entries the caller is done with
  bool stopped_ = false;
};

}  // namespace

std::vector<InputPath> expand_inputs(const std::vector<std::string>& paths, Diagnostics& diagnostics) {
  std::vector<InputPath> inputs;
  for (const std::string& path : paths) {
    std::error_code error;
    if (path != "-" && fs::is_directory(path, error)) {
      scan_directory(path, inputs, diagnostics);
    } else {
      inputs.push_back({path, false});
    }
  }
  return inputs;
}

std::optional<unsigned> parse_jobs(const std::string& text) {
  constexpr unsigned most = 256;
  if (text.empty()) return processors();
  unsigned jobs = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), jobs);
  if (error != std::errc() || end != text.data() + text.size() || jobs < 1 || jobs > most) {
    print_error(message(MessageId::jobs_value, {text, most}));
    return std::nullopt;
  }
  return jobs;
}

bool score_batch(const std::vector<InputPath>& inputs, const BatchOptions& options, SchemeCache& schemes,
                 const std::function<bool(BatchEntry&)>& each) {
  if (options.jobs > 1 && inputs.size() > 1) return ParallelBatch(inputs, options, schemes).run(each);
  // One thread: no threads at all, the simplest order there is.
  for (const InputPath& input : inputs) {
    BatchEntry entry;
    score_one(input, options, schemes, entry);
    if (!each(entry)) return false;
  }
  return true;
}

void report_problems(const BatchEntry& entry) {
  if (entry.diagnostics.empty()) return;
  // A broken tree's problems come with every file naming it (SchemeCache);
  // they are printed with the first of them in input order, once.
  static std::set<std::string> printed_elsewhere;
  Diagnostics shown;
  for (const Diagnostic& d : entry.diagnostics.all()) {
    if (d.location.file != entry.name && !printed_elsewhere.insert(format_diagnostic(d, Language::en)).second) continue;
    shown.add(d);
  }
  remember_source(entry.name, entry.text);
  print_diagnostics(shown);
  forget_source(entry.name);
}

CollectedSummaries collect_summaries(const std::vector<std::string>& paths, BatchOptions options,
                                     SchemeCache& schemes) {
  CollectedSummaries collected;
  Diagnostics expansion;
  std::vector<InputPath> inputs = expand_inputs(paths, expansion);
  print_diagnostics(expansion);
  collected.failed = expansion.has_errors();
  options.prepare = [](BatchEntry& entry) {
    entry.result.reset();  // only the summary is kept
    entry.loaded.reset();
  };
  score_batch(inputs, options, schemes, [&](BatchEntry& entry) {
    report_problems(entry);
    collected.failed = collected.failed || entry.failed();
    if (entry.summary) collected.summaries.push_back(std::move(*entry.summary));
    return true;
  });
  return collected;
}

}  // namespace cityseceval::cli
