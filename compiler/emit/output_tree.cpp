#include "emit/output_tree.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <system_error>
#include <unistd.h>

#include <fmt/format.h>

namespace sweepc {
namespace fs = std::filesystem;
namespace {

// The file that marks a folder as sweepc output (see replace_folder_atomically).
constexpr const char* output_marker = "matrix/index.json";

std::optional<std::string> read_whole_file(const fs::path& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return std::nullopt;
    std::string text;
    char buffer[65536];
    std::size_t count = 0;
    while ((count = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, count);
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) return std::nullopt;
    return text;
}

bool write_whole_file(const fs::path& path, const OutputFile& file, std::string& error) {
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (out == nullptr) {
        error = fmt::format("cannot create {}: {}", path.string(), std::strerror(errno));
        return false;
    }
    const bool written = std::fwrite(file.content.data(), 1, file.content.size(), out) == file.content.size();
    const int write_errno = errno;
    const bool closed = std::fclose(out) == 0;
    if (!written || !closed) {
        error = fmt::format("cannot write {}: {}", path.string(), std::strerror(written ? errno : write_errno));
        return false;
    }
    std::error_code code;
    const auto mode = file.executable ? fs::perms(0755) : fs::perms(0644);
    fs::permissions(path, mode, fs::perm_options::replace, code);
    if (code) {
        error = fmt::format("cannot set the mode of {}: {}", path.string(), code.message());
        return false;
    }
    return true;
}

// The regular files under `folder`, relative and '/'-separated; anything else (links, devices)
// is listed too, so it shows up as stale rather than being silently kept.
std::set<std::string> files_on_disk(const fs::path& folder) {
    std::set<std::string> files;
    std::error_code code;
    if (!fs::is_directory(folder, code)) return files;
    for (auto it = fs::recursive_directory_iterator(folder, code); !code && it != fs::recursive_directory_iterator();
         it.increment(code)) {
        if (it->is_directory(code) && !it->is_symlink(code)) continue;
        files.insert(it->path().lexically_relative(folder).generic_string());
    }
    return files;
}

bool is_executable(const fs::path& path) {
    std::error_code code;
    return (fs::status(path, code).permissions() & fs::perms::owner_exec) != fs::perms::none;
}

// Checks the target may be replaced; reports why not.
bool may_replace(const fs::path& target, Diagnostics& diagnostics) {
    std::error_code code;
    const fs::file_status status = fs::symlink_status(target, code);
    if (status.type() == fs::file_type::not_found) return true;
    auto refuse = [&](const std::string& why) {
        diagnostics.error("io", SourceLocation::whole_file(target.string()),
                          fmt::format("refusing to replace {}: {}; remove it or choose another --out", target.string(),
                                      why));
        return false;
    };
    if (status.type() != fs::file_type::directory) return refuse("it is not a folder");
    if (fs::is_empty(target, code) || fs::is_regular_file(target / output_marker, code)) return true;
    return refuse(fmt::format("it is not empty and not an earlier sweepc output (no {})", output_marker));
}

// Swaps two existing paths in one step where the kernel and file system can.
bool exchange_paths(const fs::path& a, const fs::path& b) {
#ifdef RENAME_EXCHANGE
    if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) return true;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) return false;
#endif
    // Fallback: move the old folder aside, move the new one in, put the old one back on failure.
    const fs::path aside = b.parent_path() / ("." + b.filename().string() + ".sweepc-old-" + std::to_string(::getpid()));
    if (std::rename(b.c_str(), aside.c_str()) != 0) return false;
    if (std::rename(a.c_str(), b.c_str()) != 0) {
        std::rename(aside.c_str(), b.c_str());
        return false;
    }
    return std::rename(aside.c_str(), a.c_str()) == 0;
}

}  // namespace

std::vector<std::string> compare_output_tree(const OutputTree& tree, const fs::path& folder) {
    std::vector<std::string> differences;
    std::set<std::string> on_disk = files_on_disk(folder);
    std::set<std::string> all = on_disk;
    for (const auto& [path, file] : tree) all.insert(path);
    for (const std::string& path : all) {
        auto produced = tree.find(path);
        if (produced == tree.end()) {
            differences.push_back("stale: " + path);
            continue;
        }
        if (!on_disk.contains(path)) {
            differences.push_back("missing: " + path);
            continue;
        }
        std::optional<std::string> content = read_whole_file(folder / path);
        if (!content || *content != produced->second.content) {
            differences.push_back("differs: " + path);
        } else if (is_executable(folder / path) != produced->second.executable) {
            differences.push_back("mode: " + path);
        }
    }
    return differences;
}

bool replace_folder_atomically(const OutputTree& tree, const fs::path& requested, Diagnostics& diagnostics) {
    fs::path target = requested.lexically_normal();
    if (!target.has_filename()) target = target.parent_path();  // "generated/" -> "generated"
    const std::string name = target.filename().string();
    if (name.empty() || name == "." || name == "..") {
        diagnostics.error("io", SourceLocation::whole_file(requested.string()),
                          "the output folder must be named (not '.', '..' or '/'): it is replaced as a whole");
        return false;
    }
    if (!may_replace(target, diagnostics)) return false;

    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const fs::path staging = parent / ("." + name + ".sweepc-new-" + std::to_string(::getpid()));
    auto fail = [&](const std::string& message) {
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        diagnostics.error("io", SourceLocation::whole_file(target.string()),
                          fmt::format("{}; {} was left unchanged", message, target.string()));
        return false;
    };

    std::error_code code;
    fs::remove_all(staging, code);  // left over from a process with the same id that was killed
    if (!fs::create_directories(staging, code) || code) {
        return fail(fmt::format("cannot create {}: {}", staging.string(), code.message()));
    }
    for (const auto& [path, file] : tree) {
        const fs::path destination = staging / fs::path(path);
        fs::create_directories(destination.parent_path(), code);
        if (code) return fail(fmt::format("cannot create {}: {}", destination.parent_path().string(), code.message()));
        std::string error;
        if (!write_whole_file(destination, file, error)) return fail(error);
    }

    const bool target_exists = fs::exists(fs::symlink_status(target, code));
    if (target_exists) {
        if (!exchange_paths(staging, target)) {
            return fail(fmt::format("cannot swap {} into place: {}", staging.string(), std::strerror(errno)));
        }
        fs::remove_all(staging, code);  // now the previous output
        if (code) {
            diagnostics.warning("io", SourceLocation::whole_file(staging.string()),
                                fmt::format("the previous output could not be removed: {}", code.message()));
        }
        return true;
    }
    if (std::rename(staging.c_str(), target.c_str()) != 0) {
        return fail(fmt::format("cannot move {} into place: {}", staging.string(), std::strerror(errno)));
    }
    return true;
}

}  // namespace sweepc
