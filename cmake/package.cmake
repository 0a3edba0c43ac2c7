# The Debian package, cityseceval_VERSION_ARCH.deb, made by CPack from the
# install rules of cmake/install.cmake: `cmake --build B --target package`, or
# scripts/package.sh, which makes its own Release build (docs/install.md).
#
# The version is project(VERSION), the one `cityseceval --version` prints;
# Depends is computed by dpkg-shlibdeps (dpkg-dev) from the libraries the
# stripped binary links; Maintainer is CITYSECEVAL_MAINTAINER
# (cmake/install.cmake). There is no Homepage until the project has one.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cityseceval)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${CITYSECEVAL_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CITYSECEVAL_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "scoring engine for city cybersecurity evaluations")
# Debian's long description: what the tool does, for someone deciding whether
# to install it (CPack indents it and writes blank lines as " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "\
cityseceval scores city cybersecurity evaluations against an indicator
scheme: an assessor records in a YAML file, a CSV file or a filled Excel
workbook how far a city satisfies each evaluation item, and cityseceval
prints the composite score, the grade and a breakdown per indicator, in
Chinese or English, as text, JSON, CSV, Markdown or a workbook.

Scores are computed with exact rational arithmetic. Two schemes are built
in: the city cybersecurity evaluation standard (rated items, Table B.1's
100 points, Table B.2's grades) and a municipal information-security work
assessment sheet (rule-based points with floors, a capped bonus). It also
checks trees and assessments for CI, compares, ranks and trends
assessments, explains every number, lists improvement priorities and writes
a self-contained HTML evaluation report.

The package installs the man pages (English and Chinese), completions for
bash, zsh and fish, the JSON Schemas of its file formats, the indicator
documentation of the built-in schemes and example assessments.")

include(CPack)
