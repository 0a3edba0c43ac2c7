# What `cmake --install` and the .deb (cmake/package.cmake) put in place, laid
# out as Debian's command-line tools are (docs/install.md):
#
#   bin/cityseceval
#   share/man/man1/cityseceval.1.gz                      cityseceval manpage --lang en
#   share/man/zh_CN/man1/cityseceval.1.gz                cityseceval manpage --lang zh
#   share/bash-completion/completions/cityseceval        cityseceval completion bash
#   share/zsh/vendor-completions/_cityseceval            cityseceval completion zsh
#   share/fish/vendor_completions.d/cityseceval.fish     cityseceval completion fish
#   share/doc/cityseceval/                               README.md, copyright, changelog.gz,
#     schema/*.schema.json, examples/, indicators/ID.md and ID.en.md (cityseceval docs)
#
# The man pages, completions and indicator docs are written by the built
# binary at build time (cmake/generate_file.cmake), so they describe exactly
# the program installed beside them; `cmake --build` makes them (the target
# cityseceval_installed_files is part of ALL) and `cmake --install` only copies.
include(GNUInstallDirs)

find_program(CITYSECEVAL_GZIP gzip REQUIRED)
set(CITYSECEVAL_ZSH_COMPLETION_DIR ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions CACHE STRING
    "Where the zsh completion _cityseceval is installed, relative to the prefix (Debian's zsh looks in share/zsh/vendor-completions under /usr)")
# Whoever answers for the package: the .deb's Maintainer and the changelog's
# signature. A placeholder until the owners name one (docs/install.md).
set(CITYSECEVAL_MAINTAINER "cityseceval maintainers <maintainers@cityseceval.invalid>" CACHE STRING
    "Name <e-mail> of the maintainer written into the .deb and its changelog")

set(CITYSECEVAL_STAGE ${PROJECT_BINARY_DIR}/installed)
set(CITYSECEVAL_INSTALLED_FILES "")

# cityseceval_generate(OUTPUT [GZIP] ARGS...): OUTPUT, under the stage
# directory, is what `cityseceval ARGS...` prints (gzip'd with GZIP).
function(cityseceval_generate output)
  cmake_parse_arguments(PARSE_ARGV 1 generate "GZIP" "" "")
  set(gzip "")
  if(generate_GZIP)
    set(gzip -DGZIP=${CITYSECEVAL_GZIP})
  endif()
  string(REPLACE ";" " " words "${generate_UNPARSED_ARGUMENTS}")
  add_custom_command(
    OUTPUT ${CITYSECEVAL_STAGE}/${output}
    COMMAND ${CMAKE_COMMAND} -DBINARY=$<TARGET_FILE:cityseceval> "-DARGS=${generate_UNPARSED_ARGUMENTS}"
            -DOUTPUT=${CITYSECEVAL_STAGE}/${output} ${gzip} -P ${PROJECT_SOURCE_DIR}/cmake/generate_file.cmake
    DEPENDS cityseceval ${PROJECT_SOURCE_DIR}/cmake/generate_file.cmake
    COMMENT "Writing ${output} (cityseceval ${words})"
    VERBATIM)
  set(CITYSECEVAL_INSTALLED_FILES ${CITYSECEVAL_INSTALLED_FILES} ${CITYSECEVAL_STAGE}/${output} PARENT_SCOPE)
endfunction()

cityseceval_generate(man/man1/cityseceval.1.gz GZIP manpage --lang en)
cityseceval_generate(man/zh_CN/man1/cityseceval.1.gz GZIP manpage --lang zh)
cityseceval_generate(completion/cityseceval completion bash)
cityseceval_generate(completion/_cityseceval completion zsh)
cityseceval_generate(completion/cityseceval.fish completion fish)
# One page per built-in scheme and language, as scripts/gen-docs.sh writes
# docs/indicators/: a built-in scheme's id is its tree file's name.
set(CITYSECEVAL_INDICATOR_DOCS "")
foreach(tree IN LISTS CITYSECEVAL_TREE_FILES)
  get_filename_component(scheme ${tree} NAME_WE)
  cityseceval_generate(indicators/${scheme}.md docs --scheme ${scheme} --lang zh)
  cityseceval_generate(indicators/${scheme}.en.md docs --scheme ${scheme} --lang en)
  list(APPEND CITYSECEVAL_INDICATOR_DOCS ${CITYSECEVAL_STAGE}/indicators/${scheme}.md
              ${CITYSECEVAL_STAGE}/indicators/${scheme}.en.md)
endforeach()
add_custom_target(cityseceval_installed_files ALL DEPENDS ${CITYSECEVAL_INSTALLED_FILES})

# The Debian changelog: one entry for this version. The package's version has
# no Debian revision (it is the project's), which makes it a native package,
# whose changelog Debian names changelog.gz. Dated by SOURCE_DATE_EPOCH
# when it is set (scripts/package.sh sets it to the last commit's time), so a
# rebuild of the same source writes the same file.
string(TIMESTAMP CITYSECEVAL_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in ${CITYSECEVAL_STAGE}/changelog @ONLY)
execute_process(COMMAND ${CITYSECEVAL_GZIP} -9nf ${CITYSECEVAL_STAGE}/changelog
                RESULT_VARIABLE CITYSECEVAL_GZIP_STATUS)
if(NOT CITYSECEVAL_GZIP_STATUS EQUAL 0)
  message(FATAL_ERROR "gzip -9n ${CITYSECEVAL_STAGE}/changelog failed")
endif()

install(TARGETS cityseceval RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CITYSECEVAL_STAGE}/man/man1/cityseceval.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CITYSECEVAL_STAGE}/man/zh_CN/man1/cityseceval.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/zh_CN/man1)
install(FILES ${CITYSECEVAL_STAGE}/completion/cityseceval
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${CITYSECEVAL_STAGE}/completion/_cityseceval DESTINATION ${CITYSECEVAL_ZSH_COMPLETION_DIR})
install(FILES ${CITYSECEVAL_STAGE}/completion/cityseceval.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/packaging/copyright
              ${CITYSECEVAL_STAGE}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${CITYSECEVAL_SCHEMA_FILES} DESTINATION ${CMAKE_INSTALL_DOCDIR}/schema)
install(FILES ${CITYSECEVAL_INDICATOR_DOCS} DESTINATION ${CMAKE_INSTALL_DOCDIR}/indicators)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
