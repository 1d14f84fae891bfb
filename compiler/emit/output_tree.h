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
// are deterministic. The folder also gets a manifest of it (emit/output_manifest.h), which
// replace_folder_atomically and compare_output_tree add themselves.
using OutputTree = std::map<std::string, OutputFile>;

// What differs between `tree` (with its manifest) and the folder on disk, one line each, sorted by
// path: "missing: P" (to be created), "differs: P" (content, or not a regular file), "mode: P"
// (executable bit), "stale: P" (written by an earlier emit, no longer produced), "not written by
// sweepc: P" (a file the manifest does not list). Empty when the folder is up to date. Looks
// without following symbolic links, never blocks on a FIFO, and reads no file past the size it
// expects.
std::vector<std::string> compare_output_tree(const OutputTree& tree, const std::filesystem::path& folder);

struct ReplaceOptions {
    // Also replace files changed since sweepc wrote them, delete files it did not write, and
    // replace a folder without a manifest.
    bool force = false;
};

// Replaces `target` with `tree` and its manifest. The files are written to a staging folder
// beside the target (".<name>.sweepc-new-<pid>"), which is then swapped in with one rename
// (renameat2 RENAME_EXCHANGE, falling back to two renames where the file system lacks it), and the
// old folder removed. Only what the old folder's manifest lists, unchanged, is replaced: without
// --force, a folder that holds files but no manifest is refused, as is one where a listed file
// was changed or a file sweepc did not write stands where it would write; other files it did not
// write are moved into the new folder and reported. Staging folders of interrupted runs for the
// same target are removed first. On any failure `target` is left as it was and an "io" error is
// reported.
bool replace_folder_atomically(const OutputTree& tree, const std::filesystem::path& target, const ReplaceOptions& options,
                               Diagnostics& diagnostics);

}  // namespace sweepc
