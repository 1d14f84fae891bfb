#include "lint/retired_configs.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "load/yaml_loader.h"
#include "source/source_file.h"

namespace sweepc {

namespace fs = std::filesystem;

std::vector<std::string> retired_config_names(const std::string& suite_root, const Edition& edition) {
    const fs::path folder = fs::path(suite_root) / std::string(edition.config_folder) / "deprecated";
    std::error_code error;
    std::vector<std::string> files;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const fs::path& path = it->path();
        if (path.extension() == ".yaml" && it->is_regular_file(error)) files.push_back(path.string());
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> names;
    for (const std::string& path : files) {
        Diagnostics ignored;
        std::optional<SourceFile> file = read_source_file(path, ignored);
        if (!file) continue;
        std::optional<yaml::Document> document = yaml::load_yaml(*file, ignored);
        if (!document || document->root == nullptr || document->root->kind != yaml::Kind::mapping) continue;
        for (const yaml::MappingEntry& entry : document->root->entries) names.push_back(entry.key->text);
    }
    return names;
}

}  // namespace sweepc
