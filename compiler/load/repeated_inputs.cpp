#include "load/repeated_inputs.h"

#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "source/escape.h"

namespace sweepc {

bool check_distinct_inputs(const std::vector<std::string>& files, Diagnostics& diagnostics) {
    std::map<std::pair<dev_t, ino_t>, const std::string*> by_identity;
    std::map<std::string, const std::string*> by_path;
    bool distinct = true;
    for (const std::string& file : files) {
        const std::string* first = nullptr;
        struct stat info {};
        if (::stat(file.c_str(), &info) == 0) {
            first = by_identity.try_emplace({info.st_dev, info.st_ino}, &file).first->second;
        } else {  // missing files are reported when read; still, the same missing path twice is one
            const std::string normal = std::filesystem::path(file).lexically_normal().generic_string();
            first = by_path.try_emplace(normal, &file).first->second;
        }
        if (first == &file) continue;
        distinct = false;
        diagnostics.error("usage", SourceLocation::whole_file("--config-files"),
                          fmt::format("{} is given twice in --config-files{}; each config file is read once, or "
                                      "every one of its runs would be planned twice",
                                      quoted_value(file),
                                      *first == file ? "" : fmt::format(" (also as {})", quoted_value(*first))));
    }
    return distinct;
}

}  // namespace sweepc
