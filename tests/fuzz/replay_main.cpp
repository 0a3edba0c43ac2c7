// Runs a fuzz target on given inputs without libFuzzer, as libFuzzer's
// StandaloneFuzzTargetMain does: every file named, and every regular file in
// the directories named (sorted, not recursive), is read and handed to
// LLVMFuzzerTestOneInput once. This is how the regressions in
// tests/data/fuzz/<target>/ and each target's seeds run in every build
// (ctest fuzz_replay_<target>), fuzzing or not: a target that finds its
// invariant broken aborts, and the test fails naming the file it was given.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

// A structure-aware target's mutator may call libFuzzer's own; nothing
// mutates here, so this stand-in (weak: libFuzzer's wins when it is linked)
// is never called.
extern "C" __attribute__((weak)) std::size_t LLVMFuzzerMutate(std::uint8_t*, std::size_t size, std::size_t) {
  return size;
}

namespace {

namespace fs = std::filesystem;

// The files to run: those named, and each directory's regular files.
bool collect(const char* argument, std::vector<fs::path>& files) {
  std::error_code error;
  const fs::path path(argument);
  if (fs::is_directory(path, error)) {
    std::vector<fs::path> inside;
    for (const fs::directory_entry& entry : fs::directory_iterator(path, error)) {
      if (entry.is_regular_file()) inside.push_back(entry.path());
    }
    std::sort(inside.begin(), inside.end());
    files.insert(files.end(), inside.begin(), inside.end());
    return !error;
  }
  if (fs::is_regular_file(path, error)) {
    files.push_back(path);
    return true;
  }
  return false;
}

bool run(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::fprintf(stderr, "Running: %s (%zu bytes)\n", file.c_str(), bytes.size());
  // A copy of exactly the input's size, as libFuzzer gives it: a read past
  // its end is caught by AddressSanitizer in a sanitizer build.
  std::vector<std::uint8_t> input(bytes.begin(), bytes.end());
  LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE_OR_DIRECTORY...\n", argv[0]);
    return 2;
  }
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    if (!collect(argv[i], files)) {
      std::fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[i]);
      return 1;
    }
  }
  for (const fs::path& file : files) {
    if (!run(file)) {
      std::fprintf(stderr, "%s: cannot read %s\n", argv[0], file.c_str());
      return 1;
    }
  }
  std::fprintf(stderr, "Executed %zu inputs\n", files.size());
  return 0;
}
