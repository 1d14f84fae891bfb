#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "source/diagnostic.h"

namespace sweepc {

struct OutputFile {
    std::string content;
    bool executable = false;
};

// Everything one compile produces, by path relative to the output folder ('/'-separated). Built
// fully in memory first, so a compile that fails writes nothing; ordered, so writing and comparing
// are deterministic.
using OutputTree = std::map<std::string, OutputFile>;

// What differs between `tree` and the folder on disk, one line each, sorted by path:
// "missing: P" (to be created), "differs: P" (content), "mode: P" (executable bit), "stale: P"
// (on disk but no longer produced). Empty when the folder is up to date.
std::vector<std::string> compare_output_tree(const OutputTree& tree, const std::filesystem::path& folder);

// Replaces `target` with exactly `tree`: the files are written to a new folder beside the target,
// which is then swapped in with one rename (renameat2 RENAME_EXCHANGE, falling back to two
// renames where the file system lacks it), and the old folder removed. Files that no longer
// belong disappear with it. On any failure the new folder is removed, `target` is left as it was,
// and an "io" error is reported. A target that exists but is neither empty nor an earlier output
// (no matrix/index.json) is refused, so a mistyped --out never deletes someone's folder.
bool replace_folder_atomically(const OutputTree& tree, const std::filesystem::path& target, Diagnostics& diagnostics);

}  // namespace sweepc
