#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/config.h"
#include "plan/run.h"
#include "plan/sweep_options.h"
#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

// Where one side of a comparison comes from: files on disk, or the same paths at a git revision.
struct ConfigVersionSpec {
    std::optional<std::string> revision;    // nullopt: the working tree
    std::vector<std::string> config_files;  // empty: the suite's layout (edition/suite_layout.h)
    std::optional<std::string> runner_file; // default: the runners.yaml beside the master configs found
    std::string suite_root = ".";
    const Edition* edition = nullptr;       // --edition; nullptr: detected
    std::int64_t max_runs = default_max_runs;  // --max-runs (plan/run_budget.h)
};

// One loaded version of the configs and its full sweep (default options), the plan CI runs.
struct ConfigVersion {
    std::string label;  // "working tree" or the revision, for reports
    std::optional<Config> config;
    std::vector<Run> runs;
    // Where each master config was found, as the user knows it (not where it was loaded from).
    std::vector<std::string> config_files;
    // Loaded path -> displayed path, for findings that point into a revision's files.
    std::map<std::string, std::string> display_paths;

    bool ok() const { return config.has_value(); }
    SourceLocation display(SourceLocation location) const;
};

// The suite's master configs under `suite_root`, in either edition's layout
// (edition/suite_layout.h), in name order.
std::vector<std::string> default_master_config_files(const std::string& suite_root);

// Loads a version and resolves its full sweep. A revision's files are written to a private
// temporary folder first (the loader reads paths); diagnostics name them `REV:path`.
// Problems are reported into `diagnostics`; `ok()` is false when the configs did not load.
std::unique_ptr<ConfigVersion> load_config_version(const ConfigVersionSpec& spec, SourceMap& sources,
                                                   Diagnostics& diagnostics);

}  // namespace sweepc
