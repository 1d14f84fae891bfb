# Compiles configs/shell_environment.json (job variables, engine prefixes, guard names used by the
# shell rules) into sweepc_core, so the lists stay data in one file and sweepc runs from any folder.
# Included by TreeSitterBash.cmake, which runs before the root CMakeLists.txt defines sweepc_core;
# the source is therefore attached with a deferred call once the whole root file has been read.

set(_sweepc_shell_env_json "${CMAKE_SOURCE_DIR}/configs/shell_environment.json")
set(_sweepc_shell_env_cpp "${CMAKE_BINARY_DIR}/generated/shell_environment_json.cpp")
set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_sweepc_shell_env_json}")
file(READ "${_sweepc_shell_env_json}" _sweepc_shell_env_text)
file(WRITE "${_sweepc_shell_env_cpp}.tmp"
"// Generated from configs/shell_environment.json by cmake/EmbedShellEnvironment.cmake. Do not edit.
#include \"shell/shell_environment_data.h\"

namespace sweepc::shell {

std::string_view shell_environment_json() {
  return R\"sweepc_data(${_sweepc_shell_env_text})sweepc_data\";
}

}  // namespace sweepc::shell
")
file(COPY_FILE "${_sweepc_shell_env_cpp}.tmp" "${_sweepc_shell_env_cpp}" ONLY_IF_DIFFERENT)

function(sweepc_attach_shell_environment)
  if(TARGET sweepc_core)
    target_sources(sweepc_core PRIVATE "${_sweepc_shell_env_cpp}")
  else()
    message(FATAL_ERROR "cmake/EmbedShellEnvironment.cmake: no sweepc_core target to attach ${_sweepc_shell_env_cpp} to")
  endif()
endfunction()
cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL sweepc_attach_shell_environment)
