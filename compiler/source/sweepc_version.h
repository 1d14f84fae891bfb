#pragma once
#include <string_view>

namespace sweepc {

// "0.2.0": the version set by project(sweepc VERSION ...) in CMakeLists.txt, compiled in from a
// source file CMake generates (compiler/source/sweepc_version.cpp.in).
extern const std::string_view sweepc_version;

}  // namespace sweepc
