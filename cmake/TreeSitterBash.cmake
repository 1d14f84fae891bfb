# Builds the bash grammar for tree-sitter as the static library `tree_sitter_bash`.
#
# The grammar is not kept in this repository: at configure time the pinned npm package is fetched
# with `npm pack` into the build folder, checked against the sha512 integrity hash pinned below
# (the `dist.integrity` the npm registry publishes for that version), and only then extracted and
# compiled. A mismatch stops the configure step before any downloaded code is built.
#
# 0.23.3 is pinned because it is tree-sitter ABI 14, which Debian's libtree-sitter 0.20.7 loads;
# 0.25.x is ABI 15 and does not load there.
#
# Offline builds: pass -DSWEEPC_TREE_SITTER_BASH_TARBALL=/path/to/tree-sitter-bash-0.23.3.tgz; the
# same integrity check applies to it.

set(SWEEPC_TREE_SITTER_BASH_VERSION "0.23.3")
set(SWEEPC_TREE_SITTER_BASH_INTEGRITY
    "sha512-36cg/GQ2YmIbeiBeqeuh4fBJ6i4kgVouDaqTxqih5ysPag+zHufyIaxMOFeM8CeplwAK/Luj1o5XHqgdAfoCZg==")
set(SWEEPC_TREE_SITTER_BASH_TARBALL "" CACHE FILEPATH
    "A local tree-sitter-bash-${SWEEPC_TREE_SITTER_BASH_VERSION}.tgz to use instead of fetching it with npm")

include("${CMAKE_CURRENT_LIST_DIR}/NpmPackage.cmake")
sweepc_fetch_npm_package(tree-sitter-bash "${SWEEPC_TREE_SITTER_BASH_VERSION}" "${SWEEPC_TREE_SITTER_BASH_INTEGRITY}"
                         "${SWEEPC_TREE_SITTER_BASH_TARBALL}" _tsb_tarball)
get_filename_component(_tsb_dir "${_tsb_tarball}" DIRECTORY)
set(_tsb_source "${_tsb_dir}/package/src")
# Its MIT notice goes into the copyright file of every package (cmake/CopyrightNotice.cmake).
set(SWEEPC_TREE_SITTER_BASH_LICENSE "${_tsb_dir}/package/LICENSE")
file(SHA512 "${_tsb_tarball}" _tsb_actual_sha512)

# Extract on every configure whose tarball changed; the stamp records which bytes were extracted.
set(_tsb_stamp "${_tsb_dir}/extracted.sha512")
set(_tsb_stamped "")
if(EXISTS "${_tsb_stamp}")
  file(READ "${_tsb_stamp}" _tsb_stamped)
endif()
if(NOT _tsb_stamped STREQUAL _tsb_actual_sha512 OR NOT EXISTS "${_tsb_source}/parser.c"
   OR NOT EXISTS "${SWEEPC_TREE_SITTER_BASH_LICENSE}")
  file(REMOVE_RECURSE "${_tsb_dir}/package")
  file(ARCHIVE_EXTRACT INPUT "${_tsb_tarball}" DESTINATION "${_tsb_dir}"
       PATTERNS package/src/* package/LICENSE)
  file(WRITE "${_tsb_stamp}" "${_tsb_actual_sha512}")
endif()

if(SWEEPC_TREE_SITTER_RUNTIME)
  # The static archive, for a portable binary (cmake/PortableLinking.cmake).
  set(_tsb_runtime "${SWEEPC_TREE_SITTER_RUNTIME}")
else()
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(SWEEPC_LIBTREE_SITTER QUIET IMPORTED_TARGET tree-sitter)
  endif()
  if(TARGET PkgConfig::SWEEPC_LIBTREE_SITTER)
    set(_tsb_runtime PkgConfig::SWEEPC_LIBTREE_SITTER)
  else()
    find_library(SWEEPC_LIBTREE_SITTER_LIBRARY NAMES tree-sitter)
    find_path(SWEEPC_LIBTREE_SITTER_INCLUDE_DIR tree_sitter/api.h)
    if(NOT SWEEPC_LIBTREE_SITTER_LIBRARY OR NOT SWEEPC_LIBTREE_SITTER_INCLUDE_DIR)
      message(FATAL_ERROR "libtree-sitter was not found (Debian: apt-get install libtree-sitter-dev)")
    endif()
    add_library(sweepc_libtree_sitter UNKNOWN IMPORTED)
    set_target_properties(sweepc_libtree_sitter PROPERTIES
      IMPORTED_LOCATION "${SWEEPC_LIBTREE_SITTER_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${SWEEPC_LIBTREE_SITTER_INCLUDE_DIR}")
    set(_tsb_runtime sweepc_libtree_sitter)
  endif()
endif()

# Third-party generated C: built without the project's warning flags or -Werror.
add_library(tree_sitter_bash STATIC "${_tsb_source}/parser.c" "${_tsb_source}/scanner.c")
set_target_properties(tree_sitter_bash PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
target_include_directories(tree_sitter_bash PRIVATE "${_tsb_source}")
target_compile_options(tree_sitter_bash PRIVATE -w)
target_link_libraries(tree_sitter_bash PUBLIC ${_tsb_runtime})

# The data the shell rules read (job variables, engine prefixes, guard names) rides along with the
# grammar: both exist only for the shell analysis.
include("${CMAKE_CURRENT_LIST_DIR}/EmbedShellEnvironment.cmake")
