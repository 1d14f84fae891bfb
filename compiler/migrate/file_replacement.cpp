#include "migrate/file_replacement.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace sweepc::migrate {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view temp_marker = ".sweepc-migrate-";

struct Staged {
    const FileReplacement* replacement;
    fs::path target;
    fs::path temp;
};

void report(Diagnostics& diagnostics, const std::string& path, const std::string& message) {
    diagnostics.error("io", SourceLocation::whole_file(path), message);
}

// `.<name>.sweepc-migrate-<pid>` beside the target; the pid lets a later run tell a leftover of a
// dead process from a file another run is writing right now.
fs::path temp_path(const fs::path& target, long pid) {
    return target.parent_path() / fmt::format(".{}{}{}", target.filename().string(), temp_marker, pid);
}

void remove_leftovers(const fs::path& target) {
    const std::string prefix = fmt::format(".{}{}", target.filename().string(), temp_marker);
    std::error_code error;
    fs::directory_iterator it(target.parent_path().empty() ? fs::path(".") : target.parent_path(), error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        const std::string pid_text = name.substr(prefix.size());
        if (pid_text.empty() || pid_text.find_first_not_of("0123456789") != std::string::npos) continue;
        const long pid = std::strtol(pid_text.c_str(), nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

bool write_all(int fd, const std::string& text) {
    std::size_t written = 0;
    while (written < text.size()) {
        ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        written += static_cast<std::size_t>(n);
    }
    return true;
}

bool still_reads(const fs::path& target, const std::string& expected) {
    int fd = ::open(target.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    std::string text;
    char buffer[65536];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0) text.append(buffer, static_cast<std::size_t>(n));
        if (text.size() > expected.size()) break;
    }
    ::close(fd);
    return n >= 0 && text == expected;
}

// Writes the temporary file of one replacement; reports and returns false on failure.
bool stage(Staged& staged, Diagnostics& diagnostics) {
    const FileReplacement& replacement = *staged.replacement;
    std::error_code error;
    staged.target = fs::canonical(replacement.path, error);
    if (error) {
        report(diagnostics, replacement.path, fmt::format("cannot resolve the file's path: {}", error.message()));
        return false;
    }
    struct stat info {};
    if (::stat(staged.target.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
        report(diagnostics, replacement.path, "is not a regular file, so it cannot be rewritten in place");
        return false;
    }
    remove_leftovers(staged.target);
    staged.temp = temp_path(staged.target, static_cast<long>(::getpid()));
    int fd = ::open(staged.temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        report(diagnostics, replacement.path,
               fmt::format("cannot create a temporary file beside it: {}", std::strerror(errno)));
        staged.temp.clear();
        return false;
    }
    const bool ok = write_all(fd, replacement.text) && ::fchmod(fd, info.st_mode & 07777) == 0 && ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    if (!ok) {
        report(diagnostics, replacement.path, fmt::format("cannot write its new text: {}", std::strerror(saved)));
        return false;
    }
    return true;
}

}  // namespace

bool replace_files(const std::vector<FileReplacement>& replacements, Diagnostics& diagnostics) {
    std::vector<Staged> staged;
    staged.reserve(replacements.size());
    bool ok = true;
    for (const FileReplacement& replacement : replacements) {
        staged.push_back({&replacement, {}, {}});
        ok = stage(staged.back(), diagnostics) && ok;
    }
    for (const Staged& file : staged) {
        if (ok && !still_reads(file.target, file.replacement->original)) {
            report(diagnostics, file.replacement->path,
                   "changed on disk while it was being migrated; run the migration again");
            ok = false;
        }
    }
    if (!ok) {
        for (const Staged& file : staged) {
            if (!file.temp.empty()) ::unlink(file.temp.c_str());
        }
        return false;
    }
    for (std::size_t i = 0; i < staged.size(); ++i) {
        if (std::rename(staged[i].temp.c_str(), staged[i].target.c_str()) == 0) continue;
        const int saved = errno;
        for (std::size_t rest = i; rest < staged.size(); ++rest) ::unlink(staged[rest].temp.c_str());
        std::string replaced;
        for (std::size_t before = 0; before < i; ++before) {
            replaced += (before == 0 ? "" : ", ") + staged[before].replacement->path;
        }
        report(diagnostics, staged[i].replacement->path,
               fmt::format("cannot replace the file: {}; {}", std::strerror(saved),
                           i == 0 ? std::string("no file was rewritten")
                                  : fmt::format("these were rewritten already: {}", replaced)));
        return false;
    }
    return true;
}

}  // namespace sweepc::migrate
