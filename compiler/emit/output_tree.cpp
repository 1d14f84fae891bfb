#include "emit/output_tree.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sys/file.h>
#include <system_error>
#include <unistd.h>

#include <fmt/format.h>

#include "emit/output_folder.h"
#include "emit/output_manifest.h"
#include "source/escape.h"
#include "source/path_containment.h"
#include "source/sha256.h"

namespace sweepc {
namespace fs = std::filesystem;
namespace {

// A manifest lists every file of an output: about 150 bytes per file, so this is far above any
// real one (170,000 runs give 25 MB) and still bounds what a hostile one can make sweepc read.
constexpr std::uint64_t manifest_max_bytes = 256u * 1024u * 1024u;
// How many paths a message names before it only counts the rest.
constexpr std::size_t paths_named = 10;

// `tree` with its manifest, looked up by path without copying the tree.
class ProducedFiles {
public:
    explicit ProducedFiles(const OutputTree& tree) : tree_(tree), manifest_{output_manifest_text(tree), false} {}

    const OutputFile* find(std::string_view path) const {
        if (path == output_manifest_name) return &manifest_;
        auto found = tree_.find(std::string(path));
        return found == tree_.end() ? nullptr : &found->second;
    }
    template <typename Visit>
    void for_each(Visit visit) const {
        visit(std::string(output_manifest_name), manifest_);
        for (const auto& [path, file] : tree_) visit(path, file);
    }
    std::size_t size() const { return tree_.size() + 1; }

private:
    const OutputTree& tree_;
    OutputFile manifest_;
};

std::string path_list(const std::vector<std::string>& paths) {
    std::string out;
    for (std::size_t i = 0; i < paths.size() && i < paths_named; ++i) {
        out += (i == 0 ? "" : ", ") + visible_text(paths[i]);
    }
    if (paths.size() > paths_named) out += fmt::format(" and {} more", paths.size() - paths_named);
    return out;
}

bool write_whole_file(const fs::path& path, const OutputFile& file, std::string& error) {
    std::FILE* out = std::fopen(path.c_str(), "wbx");  // x: never through a file or link already there
    if (out == nullptr) {
        error = fmt::format("cannot create {}: {}", visible_text(path.string()), std::strerror(errno));
        return false;
    }
    const bool written = std::fwrite(file.content.data(), 1, file.content.size(), out) == file.content.size();
    const int write_errno = errno;
    const bool closed = std::fclose(out) == 0;
    if (!written || !closed) {
        error = fmt::format("cannot write {}: {}", visible_text(path.string()),
                            std::strerror(written ? errno : write_errno));
        return false;
    }
    std::error_code code;
    const auto mode = file.executable ? fs::perms(0755) : fs::perms(0644);
    fs::permissions(path, mode, fs::perm_options::replace, code);
    if (code) {
        error = fmt::format("cannot set the mode of {}: {}", visible_text(path.string()), code.message());
        return false;
    }
    return true;
}

// Everything under `folder` that is not a folder (files, links, FIFOs, ...), relative and
// '/'-separated. Links to folders are listed, never entered.
std::set<std::string> entries_on_disk(const fs::path& folder) {
    std::set<std::string> entries;
    std::error_code code;
    for (auto it = fs::recursive_directory_iterator(folder, code); !code && it != fs::recursive_directory_iterator();
         it.increment(code)) {
        std::error_code type_code;
        if (it->symlink_status(type_code).type() == fs::file_type::directory) continue;
        entries.insert(it->path().lexically_relative(folder).generic_string());
    }
    return entries;
}

bool unchanged_since_written(const OutputFolder& folder, const std::string& path, const ManifestEntry& listed) {
    const OutputFolder::Entry entry = folder.entry(path);
    if (entry.kind != OutputFolder::Entry::Kind::regular || entry.bytes != listed.bytes) return false;
    std::optional<std::string> content = folder.read(path, listed.bytes);
    return content && sha256_hex(*content) == listed.sha256;
}

// Holds an exclusive lock on the folder that will hold the output, so two emits next to each other
// never take each other's staging folder for a leftover.
class ParentLock {
public:
    explicit ParentLock(const fs::path& parent) : fd_(::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
        locked_ = fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
    }
    ~ParentLock() {
        if (fd_ >= 0) ::close(fd_);
    }
    ParentLock(const ParentLock&) = delete;
    ParentLock& operator=(const ParentLock&) = delete;
    bool locked() const { return locked_; }

private:
    int fd_;
    bool locked_ = false;
};

// ".<name>.sweepc-new-<pid>" and ".<name>.sweepc-old-<pid>" of runs that were killed: with the lock
// held no other emit is using them, whatever their process id.
void remove_leftover_staging(const fs::path& parent, const std::string& name) {
    std::error_code code;
    std::vector<fs::path> leftovers;
    for (fs::directory_iterator it(parent, code), end; !code && it != end; it.increment(code)) {
        const std::string entry = it->path().filename().string();
        for (const char* kind : {".sweepc-new-", ".sweepc-old-"}) {
            const std::string prefix = "." + name + kind;
            if (entry.size() > prefix.size() && entry.starts_with(prefix) &&
                entry.find_first_not_of("0123456789", prefix.size()) == std::string::npos) {
                leftovers.push_back(it->path());
            }
        }
    }
    for (const fs::path& leftover : leftovers) fs::remove_all(leftover, code);  // never follows links
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

// What replacing an existing output folder does to the files in it.
struct Replacement {
    bool allowed = true;
    std::vector<std::string> kept;  // not written by sweepc: moved into the new folder
};

// A path whose place the new output needs: a file it writes, a folder of one, or a path inside one.
bool needed_by_output(const std::string& path, const ProducedFiles& produced, const std::set<std::string>& folders) {
    if (produced.find(path) != nullptr || folders.contains(path)) return true;
    for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
        if (produced.find(std::string_view(path).substr(0, slash)) != nullptr) return true;
    }
    return false;
}

Replacement plan_replacement(const ProducedFiles& produced, const fs::path& target, const ReplaceOptions& options,
                             Diagnostics& diagnostics) {
    Replacement plan;
    const std::string shown_target = visible_text(target.string());
    auto refuse = [&](const std::string& why) {
        diagnostics.error("io", SourceLocation::whole_file(target.string()),
                          fmt::format("refusing to replace {}: {}", shown_target, why));
        plan.allowed = false;
        return plan;
    };
    std::optional<OutputFolder> folder = OutputFolder::open(target);
    if (!folder) return refuse("it cannot be opened as a folder");
    const std::set<std::string> on_disk = entries_on_disk(target);
    if (on_disk.empty()) return plan;

    std::optional<OutputManifest> manifest;
    if (std::optional<std::string> text = folder->read(output_manifest_name, manifest_max_bytes)) {
        manifest = parse_output_manifest(*text);
    }
    if (!manifest) {
        const std::vector<std::string> files(on_disk.begin(), on_disk.end());
        if (!options.force) {
            return refuse(fmt::format("it holds {} file(s) ({}) but no {} from an earlier `sweepc emit`, so they may "
                                      "be someone's; remove it, choose another --out, or pass --force to replace it "
                                      "and delete them",
                                      files.size(), path_list(files), output_manifest_name));
        }
        diagnostics.warning("io", SourceLocation::whole_file(target.string()),
                            fmt::format("--force: {} had no {}; its {} file(s) were deleted: {}", shown_target,
                                        output_manifest_name, files.size(), path_list(files)));
        return plan;
    }

    std::set<std::string> folders;  // every folder the new output has
    produced.for_each([&](const std::string& path, const OutputFile&) {
        for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
            folders.insert(path.substr(0, slash));
        }
    });
    std::vector<std::string> changed;
    std::vector<std::string> in_the_way;
    std::vector<std::string> foreign;
    for (const std::string& path : on_disk) {
        if (path == output_manifest_name) continue;
        auto listed = manifest->find(path);
        if (listed != manifest->end()) {
            if (!unchanged_since_written(*folder, path, listed->second)) changed.push_back(path);
        } else if (needed_by_output(path, produced, folders)) {
            in_the_way.push_back(path);
        } else {
            foreign.push_back(path);
        }
    }
    if (options.force) {
        std::vector<std::string> lost = changed;
        lost.insert(lost.end(), in_the_way.begin(), in_the_way.end());
        lost.insert(lost.end(), foreign.begin(), foreign.end());
        if (!lost.empty()) {
            diagnostics.warning("io", SourceLocation::whole_file(target.string()),
                                fmt::format("--force: {} file(s) in {} that sweepc did not write as they are were "
                                            "overwritten or deleted: {}",
                                            lost.size(), shown_target, path_list(lost)));
        }
        return plan;
    }
    if (!changed.empty() || !in_the_way.empty()) {
        std::string why;
        if (!changed.empty()) {
            why += fmt::format("{} file(s) were changed after sweepc wrote them ({})", changed.size(), path_list(changed));
        }
        if (!in_the_way.empty()) {
            why += fmt::format("{}{} file(s) that sweepc did not write stand where it writes ({})", why.empty() ? "" : "; ",
                               in_the_way.size(), path_list(in_the_way));
        }
        return refuse(why + "; nothing was changed. Move them away (or put the change into the config), or pass "
                            "--force to overwrite them");
    }
    if (!foreign.empty()) {
        diagnostics.warning("io", SourceLocation::whole_file(target.string()),
                            fmt::format("kept {} file(s) in {} that sweepc did not write: {}; `sweepc emit --check` "
                                        "reports them until they are removed (--force deletes them)",
                                        foreign.size(), shown_target, path_list(foreign)));
        plan.kept = std::move(foreign);
    }
    return plan;
}

}  // namespace

std::vector<std::string> compare_output_tree(const OutputTree& tree, const fs::path& folder) {
    const ProducedFiles produced(tree);
    std::vector<std::string> differences;
    std::optional<OutputFolder> opened = OutputFolder::open(folder);
    std::error_code code;
    if (!opened) {
        if (fs::symlink_status(folder, code).type() != fs::file_type::not_found) {
            return {fmt::format("differs: {} is not a folder (a file or a symbolic link)", visible_text(folder.string()))};
        }
        produced.for_each([&](const std::string& path, const OutputFile&) {
            differences.push_back("missing: " + visible_text(path));
        });
        std::sort(differences.begin(), differences.end());
        return differences;
    }
    const std::set<std::string> on_disk = entries_on_disk(folder);
    std::optional<OutputManifest> old_manifest;
    if (std::optional<std::string> text = opened->read(output_manifest_name, manifest_max_bytes)) {
        old_manifest = parse_output_manifest(*text);
    }
    std::set<std::string> all = on_disk;
    produced.for_each([&](const std::string& path, const OutputFile&) { all.insert(path); });
    for (const std::string& path : all) {
        const std::string shown = visible_text(path);
        const OutputFile* expected = produced.find(path);
        if (expected == nullptr) {
            const bool earlier_output = !old_manifest || old_manifest->contains(path);
            differences.push_back((earlier_output ? "stale: " : "not written by sweepc: ") + shown);
            continue;
        }
        const OutputFolder::Entry entry = opened->entry(path);
        if (entry.kind == OutputFolder::Entry::Kind::missing) {
            differences.push_back("missing: " + shown);
        } else if (entry.kind != OutputFolder::Entry::Kind::regular) {
            differences.push_back("differs: " + shown + " (not a regular file)");
        } else if (entry.bytes != expected->content.size() ||
                   opened->read(path, expected->content.size()) != expected->content) {
            differences.push_back("differs: " + shown);
        } else if (entry.executable != expected->executable) {
            differences.push_back("mode: " + shown);
        }
    }
    return differences;
}

bool replace_folder_atomically(const OutputTree& tree, const fs::path& requested, const ReplaceOptions& options,
                               Diagnostics& diagnostics) {
    fs::path target = requested.lexically_normal();
    if (!target.has_filename()) target = target.parent_path();  // "generated/" -> "generated"
    const std::string name = target.filename().string();
    const std::string shown_target = visible_text(target.string());
    if (name.empty() || name == "." || name == "..") {
        diagnostics.error("io", SourceLocation::whole_file(requested.string()),
                          "the output folder must be named (not '.', '..' or '/'): it is replaced as a whole");
        return false;
    }
    std::error_code code;
    const fs::file_status status = fs::symlink_status(target, code);
    const bool target_exists = status.type() != fs::file_type::not_found;
    if (target_exists && status.type() != fs::file_type::directory) {
        diagnostics.error("io", SourceLocation::whole_file(target.string()),
                          fmt::format("refusing to replace {}: it is not a folder (a file or a symbolic link); remove "
                                      "it or choose another --out",
                                      shown_target));
        return false;
    }
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    ParentLock lock(parent);
    if (!lock.locked()) {
        diagnostics.error("io", SourceLocation::whole_file(target.string()),
                          fmt::format("cannot lock {} for writing {}: another `sweepc emit` may be writing there; run "
                                      "again when it has finished",
                                      visible_text(parent.string()), shown_target));
        return false;
    }
    remove_leftover_staging(parent, name);

    const ProducedFiles produced(tree);
    Replacement plan;
    if (target_exists) {
        plan = plan_replacement(produced, target, options, diagnostics);
        if (!plan.allowed) return false;
    }

    const fs::path staging = parent / ("." + name + ".sweepc-new-" + std::to_string(::getpid()));
    std::vector<std::string> moved;  // kept files already in the staging folder
    auto fail = [&](const std::string& message) {
        for (const std::string& path : moved) std::rename((staging / path).c_str(), (target / path).c_str());
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        diagnostics.error("io", SourceLocation::whole_file(target.string()),
                          fmt::format("{}; {} was left unchanged", message, shown_target));
        return false;
    };
    if (!fs::create_directory(staging, code) || code) {
        return fail(fmt::format("cannot create {}: {}", visible_text(staging.string()), code.message()));
    }
    bool written = true;
    std::string error;
    produced.for_each([&](const std::string& path, const OutputFile& file) {
        if (!written) return;
        if (!stays_inside(path)) {
            error = fmt::format("the output path {} would leave the output folder", quoted_value(path));
            written = false;
            return;
        }
        const fs::path destination = staging / fs::path(path);
        fs::create_directories(destination.parent_path(), code);
        if (code) {
            error = fmt::format("cannot create {}: {}", visible_text(destination.parent_path().string()), code.message());
            written = false;
            return;
        }
        written = write_whole_file(destination, file, error);
    });
    if (!written) return fail(error);
    for (const std::string& path : plan.kept) {
        fs::create_directories((staging / path).parent_path(), code);
        if (code || std::rename((target / path).c_str(), (staging / path).c_str()) != 0) {
            return fail(fmt::format("cannot move {}, which sweepc did not write, into the new output: {}",
                                    visible_text(path), code ? code.message() : std::strerror(errno)));
        }
        moved.push_back(path);
    }

    if (target_exists) {
        if (!exchange_paths(staging, target)) {
            return fail(fmt::format("cannot swap {} into place: {}", visible_text(staging.string()), std::strerror(errno)));
        }
        fs::remove_all(staging, code);  // now the previous output
        if (code) {
            diagnostics.warning("io", SourceLocation::whole_file(staging.string()),
                                fmt::format("the previous output could not be removed: {}", code.message()));
        }
        return true;
    }
    if (std::rename(staging.c_str(), target.c_str()) != 0) {
        return fail(fmt::format("cannot move {} into place: {}", visible_text(staging.string()), std::strerror(errno)));
    }
    return true;
}

}  // namespace sweepc
