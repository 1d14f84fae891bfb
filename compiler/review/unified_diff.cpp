#include "review/unified_diff.h"

#include <charconv>

namespace sweepc {
namespace {

// "a/path" -> "path"; "/dev/null" -> "". Quoted names (unusual characters) are kept as written.
std::string strip_prefix(std::string_view path) {
    if (path == "/dev/null") return "";
    if (path.starts_with("a/") || path.starts_with("b/")) path.remove_prefix(2);
    return std::string(path);
}

// Reads "<start>[,<count>]" at `at`; count defaults to 1.
bool read_range(std::string_view text, std::size_t& at, int& start, int& count) {
    auto begin = text.data() + at;
    auto [end, error] = std::from_chars(begin, text.data() + text.size(), start);
    if (error != std::errc()) return false;
    at += static_cast<std::size_t>(end - begin);
    count = 1;
    if (at < text.size() && text[at] == ',') {
        ++at;
        begin = text.data() + at;
        auto [count_end, count_error] = std::from_chars(begin, text.data() + text.size(), count);
        if (count_error != std::errc()) return false;
        at += static_cast<std::size_t>(count_end - begin);
    }
    return true;
}

}  // namespace

std::vector<FileDiff> parse_unified_diff(std::string_view text) {
    std::vector<FileDiff> files;
    int old_line = 0, new_line = 0;
    int old_left = 0, new_left = 0;  // lines still to come in the current hunk
    bool hunk_adds = false;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        const bool in_hunk = old_left > 0 || new_left > 0;
        if (in_hunk && !line.empty() && (line[0] == '+' || line[0] == '-' || line[0] == ' ')) {
            if (line[0] == '+') {
                files.back().lines.push_back({true, std::string(line.substr(1)), new_line++, 0});
                --new_left;
            } else if (line[0] == '-') {
                files.back().lines.push_back({false, std::string(line.substr(1)), new_line, old_line++, hunk_adds});
                --old_left;
            } else {
                ++old_line;
                ++new_line;
                --old_left;
                --new_left;
            }
            continue;
        }
        if (line.starts_with("diff --git ")) {
            files.push_back({});
            old_left = new_left = 0;
        } else if (line.starts_with("--- ") && !files.empty()) {
            files.back().old_path = strip_prefix(line.substr(4));
        } else if (line.starts_with("+++ ") && !files.empty()) {
            files.back().new_path = strip_prefix(line.substr(4));
        } else if (line.starts_with("@@ -") && !files.empty()) {
            std::size_t at = 4;
            int old_count = 0, new_count = 0;
            if (!read_range(line, at, old_line, old_count)) continue;
            if (line.substr(at, 2) != " +") continue;
            at += 2;
            if (!read_range(line, at, new_line, new_count)) continue;
            // A zero count names the line before the hunk; the hunk's lines start after it.
            if (old_count == 0) ++old_line;
            if (new_count == 0) ++new_line;
            old_left = old_count;
            new_left = new_count;
            hunk_adds = new_count > 0;
        }
        // Anything else ("\ No newline at end of file", index lines, mode lines) carries no content.
    }
    return files;
}

}  // namespace sweepc
