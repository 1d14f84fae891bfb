#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "plan/script_conventions.h"
#include "review/config_version.h"
#include "source/diagnostic.h"

namespace sweepc {

// A benchmark script, launcher or helper a change touches, and who runs it.
struct TouchedScript {
    std::string path;      // relative to the suite root, as of head (base for a deleted file)
    std::string change;    // added, modified, deleted, renamed
    std::string old_path;  // renamed: where it was
    std::string kind;      // "benchmark script", "launcher" or "helper" (sourced by scripts, run by none)
    // Configs whose runs execute it (a benchmark script) or run on a node it launches (a
    // launcher), in config order: head's configs, or base's for a file the change removed.
    std::vector<std::string> configs;
    std::size_t jobs = 0;  // of those configs' runs that use it
};

// The files under <suite_root>/benchmarks and <suite_root>/runners that differ between `base`
// and `head` (nullopt: the working tree, untracked files included), from `git diff
// --name-status -M`, in path order. Which configs run a file follows the script conventions and
// the launcher naming of the runners (lint/suite_files.h). Reports an I/O error when git fails.
std::vector<TouchedScript> touched_scripts(const std::string& base, const std::optional<std::string>& head,
                                           const std::string& suite_root, const ConfigVersion& base_version,
                                           const ConfigVersion& head_version, const ScriptConventions& conventions,
                                           Diagnostics& diagnostics);

}  // namespace sweepc
