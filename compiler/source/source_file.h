#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/diagnostic.h"

namespace sweepc {

// Inputs larger than this are refused before parsing (see --max-input-size).
inline constexpr std::size_t default_max_input_bytes = 64u * 1024u * 1024u;

// A file's bytes, kept for the whole run so diagnostics can quote the offending line.
class SourceFile {
public:
    SourceFile(std::string path, std::string text);

    const std::string& path() const { return path_; }
    const std::string& text() const { return text_; }
    // The text of a 1-based line, without its newline; empty when out of range.
    std::string_view line(int line_number) const;
    int line_count() const { return static_cast<int>(line_starts_.size()); }

private:
    std::string path_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
};

// Reads a whole file. On failure (missing, a directory, unreadable, over the size limit) reports a
// located error under rule "io" and returns nothing.
std::optional<SourceFile> read_source_file(const std::string& path, Diagnostics& diagnostics,
                                           std::size_t max_bytes = default_max_input_bytes);

}  // namespace sweepc
