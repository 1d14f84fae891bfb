# SWEEPC_PORTABLE=ON links yaml-cpp and libtree-sitter from their static archives, fmt header-only
# and the C++ runtime statically, so the binary needs nothing but glibc: the release .tar.gz runs
# on any x86-64 Linux (GitHub's Ubuntu runners too), whatever yaml-cpp or fmt it has. The .deb is
# built without it and depends on Debian's shared libraries instead.
#
# Sets SWEEPC_YAML_CPP_LIBRARY, SWEEPC_FMT_LIBRARY and SWEEPC_TREE_SITTER_RUNTIME for the targets.
option(SWEEPC_PORTABLE "Link yaml-cpp, tree-sitter, fmt and the C++ runtime statically" OFF)

if(SWEEPC_PORTABLE)
  find_library(SWEEPC_YAML_CPP_STATIC NAMES libyaml-cpp.a)
  find_library(SWEEPC_TREE_SITTER_STATIC NAMES libtree-sitter.a)
  if(NOT SWEEPC_YAML_CPP_STATIC OR NOT SWEEPC_TREE_SITTER_STATIC)
    message(FATAL_ERROR "SWEEPC_PORTABLE needs libyaml-cpp.a and libtree-sitter.a "
                        "(Debian: libyaml-cpp-dev, libtree-sitter-dev)")
  endif()
  add_library(sweepc_yaml_cpp_static STATIC IMPORTED)
  set_target_properties(sweepc_yaml_cpp_static PROPERTIES
    IMPORTED_LOCATION "${SWEEPC_YAML_CPP_STATIC}"
    INTERFACE_INCLUDE_DIRECTORIES "$<TARGET_PROPERTY:yaml-cpp,INTERFACE_INCLUDE_DIRECTORIES>")
  set(SWEEPC_YAML_CPP_LIBRARY sweepc_yaml_cpp_static)
  set(SWEEPC_FMT_LIBRARY fmt::fmt-header-only)
  set(SWEEPC_TREE_SITTER_RUNTIME "${SWEEPC_TREE_SITTER_STATIC}")
  add_link_options(-static-libstdc++ -static-libgcc)
else()
  set(SWEEPC_YAML_CPP_LIBRARY yaml-cpp)
  set(SWEEPC_FMT_LIBRARY fmt::fmt)
  set(SWEEPC_TREE_SITTER_RUNTIME "")  # TreeSitterBash.cmake finds the shared library
endif()
