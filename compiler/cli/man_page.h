#pragma once
#include <string>

#include <CLI/CLI.hpp>

namespace sweepc {

// sweepc(1) in roff (man macros), written from the registered commands and options: the same
// descriptions `sweepc help` prints, so the man page cannot fall behind the program.
std::string man_page(const CLI::App& root);

}  // namespace sweepc
