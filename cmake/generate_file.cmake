# Runs the built cityseceval and keeps what it prints on stdout as OUTPUT,
# gzip'd (gzip -9n, as Debian wants man pages and changelogs) when GZIP names
# the gzip program. Run with cmake -P at build time by cmake/install.cmake, for
# the man pages, the shell completions and the indicator docs the packages
# install:
#
#   BINARY   the built cityseceval
#   ARGS     its arguments (a ;-list), e.g. manpage;--lang;en
#   OUTPUT   the file to write
#   GZIP     optional: the gzip program; OUTPUT is then the compressed file
#
# CITYSECEVAL_LANG is unset, so what is installed never depends on the
# environment of whoever built it (every command that has words is also given
# --lang). A failing run fails the build, and leaves no OUTPUT behind, so the
# next build tries again.
foreach(variable BINARY OUTPUT)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "generate_file.cmake: ${variable} is not set")
  endif()
endforeach()
unset(ENV{CITYSECEVAL_LANG})
set(plain ${OUTPUT})
if(GZIP)
  string(REGEX REPLACE "\\.gz$" "" plain "${OUTPUT}")
endif()
file(REMOVE ${OUTPUT} ${plain})
get_filename_component(directory ${OUTPUT} DIRECTORY)
file(MAKE_DIRECTORY ${directory})
execute_process(COMMAND ${BINARY} ${ARGS}
                OUTPUT_FILE ${plain}
                ERROR_VARIABLE errors
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${plain})
  string(REPLACE ";" " " command "${ARGS}")
  message(FATAL_ERROR "cityseceval ${command} failed (${status}): ${errors}")
endif()
if(GZIP)
  # -n: no name or time stamp in the header, so the same page gives the same bytes.
  execute_process(COMMAND ${GZIP} -9nf ${plain} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    file(REMOVE ${plain} ${OUTPUT})
    message(FATAL_ERROR "gzip -9n ${plain} failed (${status})")
  endif()
endif()
