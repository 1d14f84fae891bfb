#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "source/diagnostic.h"

namespace sweepc {

// The lines of some files that a change touched since a git revision: lines added or modified,
// and the lines on either side of a deletion (a removed field is a change to its neighbours).
// A file that did not exist at the revision is touched on every line.
class ChangedLines {
public:
    // `file` as a diagnostic names it (relative to the working directory, or absolute).
    bool touches(const std::string& file, int first_line, int last_line) const;

    // The first touched line in [first_line, last_line], if any.
    std::optional<int> first_touched(const std::string& file, int first_line, int last_line) const;

    void add_line(const std::string& absolute_path, int line) { lines_[absolute_path].insert(line); }
    void add_new_file(const std::string& absolute_path) { new_files_.insert(absolute_path); }

private:
    std::map<std::string, std::set<int>> lines_;
    std::set<std::string> new_files_;
};

// The canonical absolute form used as the key above.
std::string changed_lines_key(const std::string& file);

// Asks git (`git diff --unified=0 REV -- FILES`, against the working tree) which lines of
// `files` changed since `revision`. Reports a usage error and returns nothing when the revision
// is unknown or the working directory is not inside a git repository.
std::optional<ChangedLines> changed_lines_since(const std::string& revision, const std::vector<std::string>& files,
                                                Diagnostics& diagnostics);

// Review mode: keeps the findings on touched lines, plus those that concern a whole file
// (no line) or stop it from being read at all (yaml-syntax, io, usage), since those hide
// every other finding of the file.
void keep_findings_on_changed_lines(Diagnostics& diagnostics, const ChangedLines& changed);

}  // namespace sweepc
