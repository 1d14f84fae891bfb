#include "source/path_containment.h"

#include <filesystem>
#include <system_error>

namespace sweepc {

namespace fs = std::filesystem;

bool stays_inside(std::string_view relative) {
    if (relative.empty() || relative.front() == '/' || relative.find('\0') != std::string_view::npos) return false;
    long depth = 0;
    std::size_t start = 0;
    while (start <= relative.size()) {
        std::size_t end = relative.find('/', start);
        if (end == std::string_view::npos) end = relative.size();
        const std::string_view part = relative.substr(start, end - start);
        if (part == "..") {
            if (--depth < 0) return false;
        } else if (!part.empty() && part != ".") {
            ++depth;
        }
        start = end + 1;
    }
    return true;
}

std::optional<std::string> join_inside(std::string_view root, std::string_view relative) {
    if (!stays_inside(relative)) return std::nullopt;
    const fs::path joined = (fs::path(root) / fs::path(relative)).lexically_normal();
    std::error_code error;
    const fs::path real_root = fs::weakly_canonical(fs::absolute(fs::path(root), error), error);
    if (error) return std::nullopt;
    const fs::path real_joined = fs::weakly_canonical(fs::absolute(joined, error), error);
    if (error) return std::nullopt;
    const fs::path inside = real_joined.lexically_relative(real_root);
    if (inside.empty() || !stays_inside(inside.generic_string())) {
        // The root itself ("." relative to itself) is inside; anything reached by climbing is not.
        if (inside != fs::path(".")) return std::nullopt;
    }
    return joined.generic_string();
}

}  // namespace sweepc
