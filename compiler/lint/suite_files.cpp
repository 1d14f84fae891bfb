#include "lint/suite_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "plan/script_conventions.h"
#include "shell/script_variables.h"

namespace sweepc {

namespace fs = std::filesystem;

std::string launcher_for_node(std::string_view node) {
    return fmt::format("runners/launch_{}.sh", launcher_of_node(node));
}

SuiteFiles::SuiteFiles(std::string root, SourceMap& sources, Diagnostics& diagnostics)
    : root_(std::move(root)), sources_(sources), diagnostics_(diagnostics) {}

std::string SuiteFiles::path_of(std::string_view relative) const {
    return (fs::path(root_) / fs::path(relative)).lexically_normal().generic_string();
}

bool SuiteFiles::has_folder(std::string_view relative) const {
    std::error_code error;
    return fs::is_directory(path_of(relative), error);
}

bool SuiteFiles::has_file(std::string_view relative) const {
    std::error_code error;
    return fs::is_regular_file(path_of(relative), error);
}

std::vector<std::string> SuiteFiles::file_names_in(std::string_view relative_folder) const {
    std::vector<std::string> names;
    std::error_code error;
    for (fs::directory_iterator it(path_of(relative_folder), error), end; !error && it != end; it.increment(error)) {
        std::error_code type_error;
        if (it->is_regular_file(type_error)) names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

const SourceFile* SuiteFiles::script(std::string_view relative) {
    auto found = scripts_.find(relative);
    if (found != scripts_.end()) return found->second;
    const SourceFile* kept = nullptr;
    if (has_file(relative)) {
        std::optional<SourceFile> file = read_source_file(path_of(relative), diagnostics_);
        if (file) kept = &sources_.add(std::move(*file));
    }
    scripts_.emplace(std::string(relative), kept);
    return kept;
}

const std::set<std::string>& SuiteFiles::variables_read(std::string_view relative) {
    auto found = variables_.find(relative);
    if (found != variables_.end()) return found->second;
    std::set<std::string> names;
    if (const SourceFile* file = script(relative)) names = shell::variables_read_by_script(file->text());
    return variables_.emplace(std::string(relative), std::move(names)).first->second;
}

}  // namespace sweepc
