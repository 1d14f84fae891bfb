#pragma once
#include <string>
#include <vector>

#include "source/diagnostic.h"

namespace sweepc::migrate {

// New contents for a file that was read as `original`.
struct FileReplacement {
    std::string path;
    std::string original;
    std::string text;
};

// Replaces every file's contents, all or none as far as a file system allows: each new text is
// first written in full to a temporary file beside its target (same folder, same permissions,
// flushed to disk), and only when all of them are written are they renamed over their targets,
// each rename atomic. A file that changed since it was read is not replaced. A symbolic link is
// followed, so the file it points to is rewritten and the link stays. Temporary files left by an
// interrupted run are removed. Failures are reported under rule "io"; returns false when any
// file was not replaced, and says which ones were.
bool replace_files(const std::vector<FileReplacement>& replacements, Diagnostics& diagnostics);

}  // namespace sweepc::migrate
