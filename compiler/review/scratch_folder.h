#pragma once
#include <cstdlib>
#include <filesystem>
#include <string>

namespace sweepc {

// A private folder under the system temp dir (mode 0700, from mkdtemp) for files a command
// materialises from git, removed with everything in it when the object goes away. `path()` is
// empty when the folder could not be made.
class ScratchFolder {
public:
    ScratchFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "sweepc-rev-XXXXXX").string();
        if (::mkdtemp(pattern.data()) != nullptr) path_ = pattern;
    }
    ~ScratchFolder() {
        std::error_code ignored;
        if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace sweepc
