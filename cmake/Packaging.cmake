# Everything a user installs: the binary, the documents generated from its command line (man page,
# shell completion), the JSON Schemas and the docs; and the packages CPack makes of them
# (`cpack` in the build folder: a .deb and a .tar.gz).
include(GNUInstallDirs)

# The man page and the completion scripts come from the registered commands and options, written
# by a small build-time tool that links the same command-line code as sweepc.
add_executable(sweepc_command_line_docs compiler/cli/command_line_docs_main.cpp)
target_compile_options(sweepc_command_line_docs PRIVATE ${SWEEPC_WARNINGS})
target_link_libraries(sweepc_command_line_docs PRIVATE sweepc_core)
set(SWEEPC_DOCS_DIR ${CMAKE_BINARY_DIR}/command-line-docs)
set(SWEEPC_COMMAND_LINE_DOCS ${SWEEPC_DOCS_DIR}/sweepc.1 ${SWEEPC_DOCS_DIR}/sweepc.bash ${SWEEPC_DOCS_DIR}/_sweepc
                             ${SWEEPC_DOCS_DIR}/sweepc.fish)
add_custom_command(
  OUTPUT ${SWEEPC_COMMAND_LINE_DOCS} ${SWEEPC_DOCS_DIR}/sweepc.1.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${SWEEPC_DOCS_DIR}
  COMMAND sweepc_command_line_docs ${SWEEPC_DOCS_DIR}
  # Debian installs man pages compressed with gzip -9n (no name or time stamp: reproducible).
  COMMAND gzip -9nkf ${SWEEPC_DOCS_DIR}/sweepc.1
  DEPENDS sweepc_command_line_docs
  COMMENT "Writing the man page and the shell completion scripts"
  VERBATIM)
add_custom_target(sweepc_command_line_docs_files ALL DEPENDS ${SWEEPC_COMMAND_LINE_DOCS})

install(TARGETS sweepc RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${SWEEPC_DOCS_DIR}/sweepc.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${SWEEPC_DOCS_DIR}/sweepc.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME sweepc)
# Debian's zsh reads completion functions from share/zsh/vendor-completions under /usr and from
# share/zsh/site-functions under /usr/local; the prefix is known only when installing (cpack
# installs the .deb under a staging folder that ends in /usr).
install(CODE "
  if(CMAKE_INSTALL_PREFIX MATCHES \"(^|/)usr$\")
    set(_sweepc_zsh_dir \"${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions\")
  else()
    set(_sweepc_zsh_dir \"${CMAKE_INSTALL_DATADIR}/zsh/site-functions\")
  endif()
  file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/\${_sweepc_zsh_dir}\" TYPE FILE
       FILES \"${SWEEPC_DOCS_DIR}/_sweepc\")")
install(FILES ${SWEEPC_DOCS_DIR}/sweepc.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
# The schemas are compiled into the binary; installed for editors (yaml-language-server) and tools.
install(DIRECTORY schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/sweepc/schemas FILES_MATCHING PATTERN "*.json")
# The built-in script conventions, as a starting point for --conventions FILE.
install(FILES configs/script-conventions.yaml DESTINATION ${CMAKE_INSTALL_DATADIR}/sweepc)
install(FILES README.md CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
include(${CMAKE_CURRENT_LIST_DIR}/CopyrightNotice.cmake)
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md" PATTERN "*.yml")

# Packages. The maintainer and homepage are the releasing repository's: pass them when
# configuring a release build (-DSWEEPC_PACKAGE_CONTACT=..., -DSWEEPC_HOMEPAGE=...).
set(SWEEPC_PACKAGE_CONTACT "sweepc maintainers <sweepc@users.noreply.github.com>" CACHE STRING
    "Maintainer field of the .deb")
set(SWEEPC_HOMEPAGE "" CACHE STRING "Homepage field of the .deb (the repository's URL)")
set(CPACK_PACKAGE_NAME sweepc)
set(CPACK_PACKAGE_VENDOR sweepc)
set(CPACK_PACKAGE_CONTACT "${SWEEPC_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "compiler and validator for LLM-inference benchmark matrices")
# One string: set() with several would make a list, and the ';' between them would show in the
# .deb's description.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "sweepc reads the master configs of an InferenceX-style benchmark suite and the benchmark scripts\n"
    "they run, resolves them into GitHub Actions job matrices, checks them with located diagnostics\n"
    "(schema, config rules, shell rules on a real bash parser) and reviews what a change does to the\n"
    "sweep.")
set(CPACK_GENERATOR "DEB;TGZ" CACHE STRING "Package formats cpack makes")
set(CPACK_PACKAGE_FILE_NAME "sweepc-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # sweepc_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
if(SWEEPC_HOMEPAGE)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SWEEPC_HOMEPAGE}")
endif()
# The runtime libraries (libyaml-cpp, libfmt, libtree-sitter, libstdc++, libc) are read off the
# binary by dpkg-shlibdeps, so the dependencies are the ones the binary really links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# git is run by `check --changed-since`, `diff --base` and `changelog`; the rest works without it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS git)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS pre-commit)
include(CPack)
