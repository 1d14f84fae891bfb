#include "source/relative_path.h"

#include <filesystem>

namespace sweepc {

namespace fs = std::filesystem;

std::string path_relative_to(std::string_view file, const std::string& root) {
    std::error_code error;
    const fs::path absolute_file = fs::absolute(fs::path(file), error).lexically_normal();
    const fs::path absolute_root = fs::absolute(fs::path(root.empty() ? "." : root), error).lexically_normal();
    const fs::path relative = absolute_file.lexically_relative(absolute_root);
    if (error || relative.empty()) return fs::path(file).lexically_normal().generic_string();
    return relative.generic_string();
}

}  // namespace sweepc
