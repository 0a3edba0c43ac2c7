# libFuzzer builds (docs/reliability.md, "Fuzzing"; tests/fuzz/).
#
# CITYSECEVAL_FUZZ=ON (clang only) instruments every target of the project
# for coverage (-fsanitize=fuzzer-no-link) and links the fuzz executables
# cityseceval_fuzz_<name> with libFuzzer (-fsanitize=fuzzer). The replay
# drivers cityseceval_replay_<name> and the test suite link the coverage
# runtime without libFuzzer's main, so with CITYSECEVAL_SANITIZE too one
# clang build runs the whole suite under the sanitizers and fuzzes from the
# same objects. scripts/fuzz.sh configures and runs it.
option(CITYSECEVAL_FUZZ "Build the libFuzzer targets (clang only): coverage on every target" OFF)

if(CITYSECEVAL_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "CITYSECEVAL_FUZZ needs clang's libFuzzer, but the C++ compiler is "
                      "${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}: configure a separate build with "
                      "-DCMAKE_CXX_COMPILER=clang++ (scripts/deps.sh fuzz installs clang and libclang-rt-14-dev), "
                      "or run scripts/fuzz.sh, which does")
endif()

# Coverage instrumentation on every target built in `directory` and below:
# called once, at the end of the top CMakeLists.txt, so this file need not
# come before the targets it instruments.
function(cityseceval_fuzz_coverage directory)
  get_property(targets DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(type MATCHES "^(STATIC_LIBRARY|OBJECT_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|EXECUTABLE)$")
      target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
    if(type MATCHES "^(SHARED_LIBRARY|MODULE_LIBRARY|EXECUTABLE)$")
      # The coverage callbacks, without libFuzzer's main.
      target_link_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
  endforeach()
  get_property(subdirectories DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
  foreach(subdirectory IN LISTS subdirectories)
    cityseceval_fuzz_coverage(${subdirectory})
  endforeach()
endfunction()
