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

# An npm integrity string is `sha512-` and the base64 of the digest; CMake's file(SHA512) gives hex.
# Decoding here keeps the check independent of npm, which fetched the file being checked.
function(sweepc_integrity_to_hex integrity out_var)
  if(NOT integrity MATCHES "^sha512-([A-Za-z0-9+/]+=*)$")
    message(FATAL_ERROR "Pinned tree-sitter-bash integrity '${integrity}' is not a sha512 SRI string")
  endif()
  string(REGEX REPLACE "=+$" "" base64 "${CMAKE_MATCH_1}")
  set(alphabet "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
  set(hex_digits "0123456789abcdef")
  set(bits 0)
  set(bit_count 0)
  set(hex "")
  string(LENGTH "${base64}" length)
  math(EXPR last "${length} - 1")
  foreach(index RANGE 0 ${last})
    string(SUBSTRING "${base64}" ${index} 1 char)
    string(FIND "${alphabet}" "${char}" value)
    math(EXPR bits "((${bits} << 6) | ${value}) & 0xFFFF")
    math(EXPR bit_count "${bit_count} + 6")
    # Emit whole hex digits (4 bits each) as soon as they are complete.
    while(bit_count GREATER_EQUAL 4)
      math(EXPR bit_count "${bit_count} - 4")
      math(EXPR nibble "(${bits} >> ${bit_count}) & 15")
      string(SUBSTRING "${hex_digits}" ${nibble} 1 digit)
      string(APPEND hex "${digit}")
    endwhile()
  endforeach()
  # A sha512 digest is 64 bytes = 128 hex digits; base64 padding leaves partial digits past that.
  string(SUBSTRING "${hex}" 0 128 hex)
  set(${out_var} "${hex}" PARENT_SCOPE)
endfunction()

set(_tsb_dir "${CMAKE_BINARY_DIR}/_deps/tree-sitter-bash-${SWEEPC_TREE_SITTER_BASH_VERSION}")
set(_tsb_tarball "${_tsb_dir}/tree-sitter-bash-${SWEEPC_TREE_SITTER_BASH_VERSION}.tgz")
set(_tsb_source "${_tsb_dir}/package/src")
sweepc_integrity_to_hex("${SWEEPC_TREE_SITTER_BASH_INTEGRITY}" _tsb_expected_sha512)
file(MAKE_DIRECTORY "${_tsb_dir}")

if(SWEEPC_TREE_SITTER_BASH_TARBALL)
  file(COPY_FILE "${SWEEPC_TREE_SITTER_BASH_TARBALL}" "${_tsb_tarball}" ONLY_IF_DIFFERENT)
elseif(NOT EXISTS "${_tsb_tarball}")
  find_program(SWEEPC_NPM_EXECUTABLE npm)
  if(NOT SWEEPC_NPM_EXECUTABLE)
    message(FATAL_ERROR
      "sweepc needs npm to fetch the bash grammar (tree-sitter-bash@${SWEEPC_TREE_SITTER_BASH_VERSION}). "
      "Install it (Debian: apt-get install nodejs npm libtree-sitter-dev) or pass "
      "-DSWEEPC_TREE_SITTER_BASH_TARBALL=<path to the .tgz>.")
  endif()
  message(STATUS "Fetching tree-sitter-bash@${SWEEPC_TREE_SITTER_BASH_VERSION} with npm pack")
  execute_process(
    COMMAND "${SWEEPC_NPM_EXECUTABLE}" pack "tree-sitter-bash@${SWEEPC_TREE_SITTER_BASH_VERSION}"
            --pack-destination "${_tsb_dir}" --silent
    WORKING_DIRECTORY "${_tsb_dir}"
    RESULT_VARIABLE _tsb_npm_result
    OUTPUT_VARIABLE _tsb_npm_output
    ERROR_VARIABLE _tsb_npm_output)
  if(NOT _tsb_npm_result EQUAL 0 OR NOT EXISTS "${_tsb_tarball}")
    message(FATAL_ERROR
      "npm pack tree-sitter-bash@${SWEEPC_TREE_SITTER_BASH_VERSION} failed (${_tsb_npm_result}):\n"
      "${_tsb_npm_output}\n"
      "Check network access to the npm registry, or pass -DSWEEPC_TREE_SITTER_BASH_TARBALL=<path>.")
  endif()
endif()

file(SHA512 "${_tsb_tarball}" _tsb_actual_sha512)
if(NOT _tsb_actual_sha512 STREQUAL _tsb_expected_sha512)
  # Remove the file so the next configure fetches afresh instead of failing on the same bytes.
  file(REMOVE "${_tsb_tarball}")
  file(REMOVE_RECURSE "${_tsb_dir}/package")
  message(FATAL_ERROR
    "tree-sitter-bash-${SWEEPC_TREE_SITTER_BASH_VERSION}.tgz does not match its pinned integrity hash.\n"
    "  expected sha512: ${_tsb_expected_sha512}\n"
    "  actual sha512:   ${_tsb_actual_sha512}\n"
    "The file was deleted and nothing from it was built. If the pin in cmake/TreeSitterBash.cmake is "
    "right, the download was corrupted or tampered with; re-run cmake to fetch it again.")
endif()

# Extract on every configure whose tarball changed; the stamp records which bytes were extracted.
set(_tsb_stamp "${_tsb_dir}/extracted.sha512")
set(_tsb_stamped "")
if(EXISTS "${_tsb_stamp}")
  file(READ "${_tsb_stamp}" _tsb_stamped)
endif()
if(NOT _tsb_stamped STREQUAL _tsb_actual_sha512 OR NOT EXISTS "${_tsb_source}/parser.c")
  file(REMOVE_RECURSE "${_tsb_dir}/package")
  file(ARCHIVE_EXTRACT INPUT "${_tsb_tarball}" DESTINATION "${_tsb_dir}"
       PATTERNS package/src/* package/LICENSE)
  file(WRITE "${_tsb_stamp}" "${_tsb_actual_sha512}")
endif()

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

# Third-party generated C: built without the project's warning flags or -Werror.
add_library(tree_sitter_bash STATIC "${_tsb_source}/parser.c" "${_tsb_source}/scanner.c")
set_target_properties(tree_sitter_bash PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
target_include_directories(tree_sitter_bash PRIVATE "${_tsb_source}")
target_compile_options(tree_sitter_bash PRIVATE -w)
target_link_libraries(tree_sitter_bash PUBLIC ${_tsb_runtime})

# The data the shell rules read (job variables, engine prefixes, guard names) rides along with the
# grammar: both exist only for the shell analysis.
include("${CMAKE_CURRENT_LIST_DIR}/EmbedShellEnvironment.cmake")
