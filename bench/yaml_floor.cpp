// cityseceval_yaml_floor PATH...: the floor a batch is measured against.
//
// Reads every file named (a directory: every *.yaml file in it, in name
// order) and parses each with yaml-cpp's YAML::Load, in one process, doing
// nothing else. No program that reads these files with yaml-cpp can be
// faster, so bench/batch.sh gives the time of `cityseceval score` over the
// same files as a multiple of this one's (docs/performance.md, "Batches and
// start-up"). Prints the number of files and of top-level keys read, so the
// parse cannot be optimised away.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::string> files_of(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (!std::filesystem::is_directory(path)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(path)) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: cityseceval_yaml_floor FILE_OR_DIRECTORY...\n");
    return 2;
  }
  std::vector<std::string> files = files_of(std::vector<std::string>(argv + 1, argv + argc));
  std::size_t keys = 0;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::string text(std::istreambuf_iterator<char>(in), {});
    if (!in && !in.eof()) {
      std::fprintf(stderr, "cityseceval_yaml_floor: cannot read %s\n", file.c_str());
      return 1;
    }
    try {
      YAML::Node root = YAML::Load(text);
      keys += root.size();
    } catch (const YAML::Exception& error) {
      std::fprintf(stderr, "cityseceval_yaml_floor: %s: %s\n", file.c_str(), error.what());
      return 1;
    }
  }
  std::printf("%zu files, %zu top-level keys\n", files.size(), keys);
  return 0;
}
