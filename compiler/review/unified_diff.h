#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sweepc {

// One added or deleted line of a `git diff` (context lines are dropped).
struct DiffLine {
    bool added = false;  // false: deleted
    std::string text;    // without the leading '+' / '-'
    // Added: its line in the new file. Deleted: the line of the new file that now stands where it
    // was (one past the end when it was at the end), so a deletion can be placed on the new file.
    int new_line = 0;
    int old_line = 0;  // deleted: its line in the old file
    bool hunk_adds_lines = false;  // deleted: false when the hunk only removes lines
};

struct FileDiff {
    std::string old_path;  // "" when the file is new
    std::string new_path;  // "" when the file was deleted
    std::vector<DiffLine> lines;
};

// Parses `git diff` output (any --unified) file by file, using the hunk headers for line numbers
// rather than guessing from a line's first character, so content that starts with "++" or "--"
// is read correctly. Paths lose git's a/ and b/ prefixes.
std::vector<FileDiff> parse_unified_diff(std::string_view text);

}  // namespace sweepc
