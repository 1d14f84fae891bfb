#include "edition/suite_layout.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

namespace sweepc {
namespace {

namespace fs = std::filesystem;

std::string under_root(const std::string& root, std::string_view relative) {
    return (fs::path(root) / std::string(relative)).lexically_normal().generic_string();
}

}  // namespace

std::optional<SuiteConfigFiles> find_suite_config_files(const std::string& root, const ListFolder& list_folder) {
    auto editions = all_editions();
    for (auto edition = editions.rbegin(); edition != editions.rend(); ++edition) {
        const std::string folder = under_root(root, (*edition)->config_folder);
        SuiteConfigFiles found;
        found.layout = *edition;
        for (const std::string& name : list_folder(folder)) {
            if (name.ends_with("-master.yaml") && name.find('/') == std::string::npos) {
                found.master_files.push_back(under_root(folder, name));
            }
        }
        if (found.master_files.empty()) continue;
        std::sort(found.master_files.begin(), found.master_files.end());
        found.runner_file = under_root(root, (*edition)->default_runner_config);
        return found;
    }
    return std::nullopt;
}

std::optional<SuiteConfigFiles> find_suite_config_files(const std::string& root) {
    return find_suite_config_files(root, [](const std::string& folder) {
        std::vector<std::string> names;
        std::error_code error;
        for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
            if (it->is_regular_file(error)) names.push_back(it->path().filename().string());
        }
        return names;
    });
}

std::string suite_config_patterns() {
    std::string patterns;
    auto editions = all_editions();
    for (auto edition = editions.rbegin(); edition != editions.rend(); ++edition) {
        patterns += fmt::format("{}{}/*-master.yaml", patterns.empty() ? "" : " or ", (*edition)->config_folder);
    }
    return patterns;
}

}  // namespace sweepc
