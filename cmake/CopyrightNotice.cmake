# Writes ${CMAKE_BINARY_DIR}/copyright, installed as share/doc/sweepc/copyright (where Debian
# policy wants a package's copyright file): the notices of the code compiled into this sweepc.
#
# Why it is needed: the bash grammar, valijson, CLI11 and nlohmann/json are compiled into every
# sweepc binary, and the portable build links yaml-cpp, fmt and the tree-sitter runtime statically.
# Their MIT and BSD licenses require their copyright notices to go with a binary distribution.
# The texts are taken from where they are on the build machine (the grammar's own LICENSE, Debian's
# /usr/share/doc/<package>/copyright), never copied into this repository.
#
# Needs: SWEEPC_TREE_SITTER_BASH_LICENSE (cmake/TreeSitterBash.cmake) and SWEEPC_PORTABLE.

# Component, what sweepc uses it for, and the Debian package whose copyright file holds its notice.
set(_compiled_in
    "valijson|JSON Schema validation (header-only)|libvalijson-dev"
    "CLI11|command-line parsing (header-only)|libcli11-dev"
    "nlohmann/json|JSON values (header-only)|nlohmann-json3-dev")
if(SWEEPC_PORTABLE)
  list(APPEND _compiled_in
       "yaml-cpp|YAML parsing (linked statically)|libyaml-cpp-dev"
       "fmt|formatting (header-only)|libfmt-dev"
       "tree-sitter|parser runtime (linked statically)|libtree-sitter-dev")
endif()

string(CONCAT _notice
  "sweepc ${PROJECT_VERSION}\n\n"
  "sweepc: Copyright the sweepc authors.\n\n"
  "This sweepc binary contains code of the components below. Their copyright notices and\n"
  "licenses follow, each as published by the component or by Debian's package of it.\n\n"
  "  tree-sitter-bash ${SWEEPC_TREE_SITTER_BASH_VERSION}: the bash grammar (compiled in)\n")
set(_texts "")
if(NOT EXISTS "${SWEEPC_TREE_SITTER_BASH_LICENSE}")
  message(FATAL_ERROR "the bash grammar's LICENSE is missing: ${SWEEPC_TREE_SITTER_BASH_LICENSE}")
endif()
file(READ "${SWEEPC_TREE_SITTER_BASH_LICENSE}" _text)
string(APPEND _texts "\n==== tree-sitter-bash ${SWEEPC_TREE_SITTER_BASH_VERSION}: LICENSE ====\n\n${_text}")
foreach(_entry IN LISTS _compiled_in)
  string(REPLACE "|" ";" _fields "${_entry}")
  list(GET _fields 0 _name)
  list(GET _fields 1 _use)
  list(GET _fields 2 _package)
  string(APPEND _notice "  ${_name}: ${_use}\n")
  set(_file "/usr/share/doc/${_package}/copyright")
  if(NOT EXISTS "${_file}")
    # Not a Debian machine: a package made here would lack a notice it must carry.
    message(WARNING "${_file} not found: the copyright file names ${_name} without its license text")
    string(APPEND _texts "\n==== ${_name}: license text not found on the build machine (${_file}) ====\n")
    continue()
  endif()
  file(READ "${_file}" _text)
  string(APPEND _texts "\n==== ${_name}: ${_file} ====\n\n${_text}")
endforeach()
if(SWEEPC_PORTABLE)
  string(APPEND _notice "  libstdc++, libgcc: the C++ runtime (linked statically; GPL-3 with the\n"
                        "    GCC Runtime Library Exception, which asks for no notice)\n")
endif()
file(WRITE "${CMAKE_BINARY_DIR}/copyright" "${_notice}${_texts}")
install(FILES "${CMAKE_BINARY_DIR}/copyright" DESTINATION ${CMAKE_INSTALL_DOCDIR})
