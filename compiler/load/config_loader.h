#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/config.h"
#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

struct ConfigInputs {
    std::vector<std::string> config_files;
    std::string runner_file;
    std::size_t max_input_bytes = default_max_input_bytes;
};

// Reads, parses and schema-checks every master config file and the runners file, merges the
// master configs in file order, and builds the typed Config. Errors of all files are reported in
// one go; duplicate config names across files and names containing '*' are errors naming both
// places. Returns nothing when any error was reported.
std::optional<Config> load_config(const ConfigInputs& inputs, SourceMap& sources, Diagnostics& diagnostics);

}  // namespace sweepc
