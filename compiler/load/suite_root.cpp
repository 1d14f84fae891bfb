#include "load/suite_root.h"

#include <string>

namespace sweepc {
namespace fs = std::filesystem;

namespace {

bool holds_master_config(const fs::path& folder) {
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.size() > 12 && name.ends_with("-master.yaml") && it->is_regular_file(error)) return true;
    }
    return false;
}

}  // namespace

bool is_suite_root(const fs::path& folder) {
    // .github/ itself holds configs/*-master.yaml in the 2026-03 layout; its parent is the root.
    if (folder.filename() == ".github") return false;
    return holds_master_config(folder / "configs") || holds_master_config(folder / ".github" / "configs");
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
