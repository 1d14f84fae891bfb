#pragma once
#include <memory>
#include <optional>
#include <string>

#include "review/scratch_folder.h"
#include "source/diagnostic.h"

namespace sweepc {

// The files of the suite at a git revision, written to a private temporary folder, so a whole
// check can run on them as on a checkout (`check --new-since`). Only the suite root's subtree is
// written. git runs with a private index file: the repository, its index and the working tree
// are left as they are. The folder is removed when the object goes away.
class RevisionTree {
public:
    // Reports usage errors (no git repository, unknown revision) and I/O errors, returning nothing.
    static std::unique_ptr<RevisionTree> materialise(const std::string& revision, const std::string& suite_root,
                                                     Diagnostics& diagnostics);

    // The suite root inside the materialised tree.
    const std::string& suite_root() const { return suite_root_; }

    // Where a file of the working tree (as the user names it) is in the materialised tree; a file
    // outside the repository is the same file on both sides and keeps its path.
    std::string path_at_revision(const std::string& working_path) const;

private:
    RevisionTree() = default;

    ScratchFolder scratch_;
    std::string repository_root_;  // the working tree's top folder, canonical
    std::string tree_root_;        // the repository's top folder at the revision
    std::string suite_root_;
};

}  // namespace sweepc
