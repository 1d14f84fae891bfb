#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/config.h"
#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

struct Edition;

struct ConfigInputs {
    std::vector<std::string> config_files;
    // Empty: the edition's default (.github/configs/runners.yaml in 2026-03, configs/runners.yaml
    // in 2026-08); with no edition known yet, whichever of those exists.
    std::string runner_file;
    std::size_t max_input_bytes = default_max_input_bytes;
    // Forced with --edition; nullptr: detected from the files (edition/detect_edition.h).
    const Edition* edition = nullptr;
    // When every error lies inside master config entries, load anyway with those entries moved to
    // Config::invalid_entries, so the other entries can still be checked (sweepc check). Errors
    // elsewhere (the runners file, a file that does not parse as a whole) still load nothing.
    bool set_aside_invalid_entries = false;
};

// Reads and parses every master config file and the runners file, settles the edition they are
// written in, schema-checks them against that edition's schemas, merges the master configs in file
// order, and builds the typed Config. Errors of all files are reported in one go; duplicate config
// names across files and names containing '*' are errors naming both places; inputs of two
// editions are one error naming a place of each. Returns nothing when any error was reported
// (but see ConfigInputs::set_aside_invalid_entries).
std::optional<Config> load_config(const ConfigInputs& inputs, SourceMap& sources, Diagnostics& diagnostics);

// Which edition the inputs were read as, and why ("--edition 2026-08", "detected from 'scenarios'
// at amd-master.yaml:5:3"), for messages.
struct EditionChoice {
    const Edition* edition = nullptr;  // nullptr: inputs of two editions without --edition
    std::string reason;
};

// The same, also saying which edition the inputs were read as, even when loading failed: the CLI
// checks its options against it.
std::optional<Config> load_config(const ConfigInputs& inputs, SourceMap& sources, Diagnostics& diagnostics,
                                  EditionChoice& choice);

}  // namespace sweepc
