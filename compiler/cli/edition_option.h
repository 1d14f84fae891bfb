#pragma once
#include <string>

#include <CLI/CLI.hpp>

#include "edition/edition.h"

namespace sweepc {

// `--edition NAME` on a command that reads configs: read the inputs as that edition of the suite's
// format instead of detecting it from them. Only the editions sweepc knows are accepted.
void add_edition_option(CLI::App& command, std::string& edition_name);

// The edition named by --edition, or nullptr when it was not given.
const Edition* chosen_edition(const std::string& edition_name);

}  // namespace sweepc
