#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "source/source_location.h"

namespace sweepc::migrate {

// The lines of a file as byte offsets, so edits can be made at the places the YAML tree's
// line/column locations name. Line numbers are 1-based like SourceLocation's.
class LineTable {
public:
    explicit LineTable(std::string_view text);

    int line_count() const { return static_cast<int>(starts_.size()); }
    std::size_t line_start(int line) const;
    // Offset just past the line's content: its '\r\n' or '\n', or the end of the file.
    std::size_t content_end(int line) const;
    // Offset of the next line's start (or the end of the file).
    std::size_t next_line_start(int line) const;
    std::string_view content(int line) const;
    int line_of(std::size_t offset) const;
    std::size_t offset_of(const SourceLocation& location) const;

    // Leading spaces of a line.
    int indentation(int line) const;
    // Nothing but spaces and tabs.
    bool is_blank(int line) const;
    // A line whose first non-blank character starts a comment.
    bool is_comment(int line) const;
    bool is_content(int line) const { return !is_blank(line) && !is_comment(line); }
    // The file's line ending: "\r\n" when its first line ends so, else "\n".
    std::string_view newline() const { return newline_; }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
    std::string_view newline_ = "\n";
};

}  // namespace sweepc::migrate
