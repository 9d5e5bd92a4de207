# CPack builds the .deb (tests/packaging/check-deb.sh builds, unpacks and lints it in the suite).
# Its dependencies come from the binary (dpkg-shlibdeps), never from a hand-kept list.
set(CPACK_PACKAGE_NAME "opsdeck")
set(CPACK_PACKAGE_VENDOR "OpsDeck")
set(CPACK_PACKAGE_CONTACT "${OPSDECK_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operations console for the people who run production")
set(CPACK_PACKAGE_DESCRIPTION
    "OpsDeck shows the live health of every server and service of a fleet, lets\n"
    "an operator restart a service with one guarded click and roll back a release\n"
    "with one guarded command, lets leads sign off a deployment checklist, lists\n"
    "and verifies the backups on each server and keeps one incident timeline of\n"
    "everything that happened. It talks to servers over SSH and to their HTTP\n"
    "health endpoints, and keeps its state in SQLite or, for a team, in\n"
    "PostgreSQL.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Qt's own strings (standard buttons, file dialogs) in the user's language; the program runs without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, postgresql-client-15 (>= 15.14)")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
