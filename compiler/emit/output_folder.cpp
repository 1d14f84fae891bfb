#include "emit/output_folder.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sweepc {

std::optional<OutputFolder> OutputFolder::open(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    return OutputFolder(fd);
}

OutputFolder::~OutputFolder() {
    if (fd_ >= 0) ::close(fd_);
}

OutputFolder::OutputFolder(OutputFolder&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

std::pair<int, std::string> OutputFolder::parent_of(std::string_view relative) const {
    int dir = ::dup(fd_);
    std::size_t start = 0;
    for (std::size_t slash = relative.find('/'); slash != std::string_view::npos && dir >= 0;
         slash = relative.find('/', start)) {
        const std::string part(relative.substr(start, slash - start));
        start = slash + 1;
        if (part.empty() || part == ".") continue;
        const int next = part == ".." ? -1 : ::openat(dir, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        ::close(dir);
        dir = next;
    }
    return {dir, std::string(relative.substr(start))};
}

OutputFolder::Entry OutputFolder::entry(std::string_view relative) const {
    auto [dir, name] = parent_of(relative);
    Entry found;
    if (dir < 0) return found;
    struct stat info {};
    if (name != ".." && ::fstatat(dir, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0) {
        found.kind = S_ISREG(info.st_mode) ? Entry::Kind::regular : Entry::Kind::other;
        found.bytes = static_cast<std::uint64_t>(info.st_size);
        found.executable = (info.st_mode & S_IXUSR) != 0;
    }
    ::close(dir);
    return found;
}

std::optional<std::string> OutputFolder::read(std::string_view relative, std::uint64_t max_bytes) const {
    auto [dir, name] = parent_of(relative);
    if (dir < 0) return std::nullopt;
    // O_NONBLOCK: opening a FIFO returns at once; it is then refused as not a regular file.
    const int fd = name == ".." ? -1 : ::openat(dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    ::close(dir);
    if (fd < 0) return std::nullopt;
    struct stat info {};
    std::optional<std::string> content;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) <= max_bytes) {
        content.emplace();
        content->resize(static_cast<std::size_t>(info.st_size));
        std::size_t got = 0;
        while (got < content->size()) {
            const ssize_t count = ::read(fd, content->data() + got, content->size() - got);
            if (count < 0 && errno == EINTR) continue;
            if (count <= 0) break;
            got += static_cast<std::size_t>(count);
        }
        // A file that shrank while being read is what it is now; one that grew is read no further.
        content->resize(got);
    }
    ::close(fd);
    return content;
}

}  // namespace sweepc
