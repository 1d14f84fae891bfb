#include "lint/suite_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "plan/script_conventions.h"
#include "shell/script_variables.h"
#include "source/path_containment.h"

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

const std::optional<std::string>& SuiteFiles::inside(std::string_view relative) const {
    // Rules ask about the same few scripts for every run; resolving links costs a system call per
    // path component, so each path is judged once.
    auto found = inside_.find(relative);
    if (found == inside_.end()) found = inside_.emplace(std::string(relative), join_inside(root_, relative)).first;
    return found->second;
}

bool SuiteFiles::contains(std::string_view relative) const { return inside(relative).has_value(); }

bool SuiteFiles::has_folder(std::string_view relative) const {
    const std::optional<std::string>& path = inside(relative);
    std::error_code error;
    return path && fs::is_directory(*path, error);
}

bool SuiteFiles::has_file(std::string_view relative) const {
    const std::optional<std::string>& path = inside(relative);
    std::error_code error;
    return path && fs::is_regular_file(*path, error);
}

std::vector<std::string> SuiteFiles::file_names_in(std::string_view relative_folder) const {
    std::vector<std::string> names;
    const std::optional<std::string>& folder = inside(relative_folder);
    if (!folder) return names;
    std::error_code error;
    for (fs::directory_iterator it(*folder, error), end; !error && it != end; it.increment(error)) {
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
    if (has_file(relative)) {  // never anything outside the suite root
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
