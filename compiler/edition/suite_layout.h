#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "edition/edition.h"

namespace sweepc {

// Where a checkout of the suite keeps its master configs: `<folder>/*-master.yaml` in the config
// folder of some edition (configs/ in 2026-08, .github/configs/ in 2026-03), newest edition first.
// Sub-folders (configs/deprecated/) and other files (ci-priority.yaml) are not master configs.
struct SuiteConfigFiles {
    const Edition* layout = nullptr;        // the edition whose folder holds them
    std::vector<std::string> master_files;  // <root>/<folder>/<name>, in name order
    std::string runner_file;                // that folder's runners.yaml
};

// Lists the file names in a folder (relative to the root it is given under); a git revision's
// tree can be listed as well as the working tree.
using ListFolder = std::function<std::vector<std::string>(const std::string& folder)>;

std::optional<SuiteConfigFiles> find_suite_config_files(const std::string& root, const ListFolder& list_folder);
// The same in the working tree.
std::optional<SuiteConfigFiles> find_suite_config_files(const std::string& root);

// "configs/*-master.yaml or .github/configs/*-master.yaml", for messages.
std::string suite_config_patterns();

}  // namespace sweepc
