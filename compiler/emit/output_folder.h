#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sweepc {

// An output folder opened for looking at what is in it without ever leaving it: no symbolic link
// is followed, anywhere along a path (a committed `plan.md -> /dev/zero` or `runs -> /etc` is
// seen as what it is, a link); no FIFO or device is read (so nothing blocks); no file is read past
// the size the caller expects.
class OutputFolder {
public:
    // Nothing when `folder` does not exist, is not a folder, or is itself a symbolic link.
    static std::optional<OutputFolder> open(const std::filesystem::path& folder);
    ~OutputFolder();
    OutputFolder(OutputFolder&& other) noexcept;
    OutputFolder& operator=(OutputFolder&&) = delete;
    OutputFolder(const OutputFolder&) = delete;
    OutputFolder& operator=(const OutputFolder&) = delete;

    struct Entry {
        enum class Kind { missing, regular, other } kind = Kind::missing;  // other: link, folder, FIFO, ...
        std::uint64_t bytes = 0;
        bool executable = false;
    };
    Entry entry(std::string_view relative) const;

    // The content of the regular file at `relative` when it holds at most `max_bytes`; nothing when
    // it is missing, not a regular file, larger, or cannot be read.
    std::optional<std::string> read(std::string_view relative, std::uint64_t max_bytes) const;

private:
    explicit OutputFolder(int fd) : fd_(fd) {}
    // The folder holding `relative`'s last component, opened without following links, and that
    // component; fd -1 when a folder along the way is missing or not a real folder.
    std::pair<int, std::string> parent_of(std::string_view relative) const;

    int fd_ = -1;
};

}  // namespace sweepc
