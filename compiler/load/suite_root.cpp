#include "load/suite_root.h"

#include <string>

#include "edition/suite_layout.h"

namespace sweepc {
namespace fs = std::filesystem;

bool is_suite_root(const fs::path& folder) {
    // .github/ itself holds configs/*-master.yaml in the 2026-03 layout; its parent is the root.
    if (folder.filename() == ".github") return false;
    return find_suite_config_files(folder.generic_string()).has_value();
}

std::optional<std::string> find_suite_root(const fs::path& start) {
    std::error_code error;
    fs::path folder = fs::weakly_canonical(fs::absolute(start, error), error);
    if (error) return std::nullopt;
    fs::path relative = ".";
    while (true) {
        if (is_suite_root(folder)) return relative.lexically_normal().generic_string();
        if (!folder.has_relative_path()) return std::nullopt;  // the file-system root
        folder = folder.parent_path();
        relative /= "..";
    }
}

}  // namespace sweepc
