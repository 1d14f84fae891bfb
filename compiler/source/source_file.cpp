#include "source/source_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace sweepc {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
    }
}

std::string_view SourceFile::line(int line_number) const {
    if (line_number < 1 || line_number > line_count()) return {};
    std::size_t start = line_starts_[static_cast<std::size_t>(line_number - 1)];
    std::size_t end = text_.find('\n', start);
    if (end == std::string::npos) end = text_.size();
    if (end > start && text_[end - 1] == '\r') --end;
    return std::string_view(text_).substr(start, end - start);
}

std::optional<SourceFile> read_source_file(const std::string& path, Diagnostics& diagnostics,
                                           std::size_t max_bytes) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        diagnostics.error("io", SourceLocation::whole_file(path),
                          fmt::format("cannot open file: {}", std::strerror(errno)));
        return std::nullopt;
    }
    if (S_ISDIR(info.st_mode)) {
        diagnostics.error("io", SourceLocation::whole_file(path), "is a directory, expected a YAML or shell file");
        return std::nullopt;
    }
    if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_bytes) {
        diagnostics.error("io", SourceLocation::whole_file(path),
                          fmt::format("file is {} bytes, over the input limit of {} bytes; raise it with "
                                      "--max-input-size if this is intended",
                                      info.st_size, max_bytes));
        return std::nullopt;
    }
    // O_NONBLOCK so that opening a FIFO nobody writes to returns at once (its read then sees end of
    // file) instead of blocking forever; reads below are blocking again.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        diagnostics.error("io", SourceLocation::whole_file(path),
                          fmt::format("cannot read file: {}", std::strerror(errno)));
        return std::nullopt;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::string text;
    char buffer[65536];
    for (;;) {
        ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            diagnostics.error("io", SourceLocation::whole_file(path),
                              fmt::format("cannot read file: {}", std::strerror(errno)));
            ::close(fd);
            return std::nullopt;
        }
        if (got == 0) break;
        text.append(buffer, static_cast<std::size_t>(got));
        if (text.size() > max_bytes) {  // pipes and devices have no size up front
            diagnostics.error("io", SourceLocation::whole_file(path),
                              fmt::format("input is over the limit of {} bytes; raise it with --max-input-size "
                                          "if this is intended", max_bytes));
            ::close(fd);
            return std::nullopt;
        }
    }
    ::close(fd);
    return SourceFile(path, std::move(text));
}

}  // namespace sweepc
