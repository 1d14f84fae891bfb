#include "source/review_comments.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "source/escape.h"

namespace sweepc {
namespace {

// A finding off the diff, as lines of the review body's code block.
void append_plain_lines(const Diagnostic& d, std::vector<std::string>& lines) {
    std::string where = review_comment_path(d.location.file);
    if (d.location.line > 0) where += fmt::format(":{}", d.location.line);
    lines.push_back(fmt::format("{}: {}: {} [{}]", where, severity_name(d.severity), d.message, d.rule));
    if (d.fix) lines.push_back(fmt::format("  fix: {}", *d.fix));
}

}  // namespace

std::string review_comment_path(std::string_view file) {
    std::string path(file);
    for (char& c : path) {
        if (c == '\\') c = '/';
    }
    while (path.rfind("./", 0) == 0) path.erase(0, 2);
    return path;
}

std::string render_review_comments(const Diagnostics& diagnostics, const OnDiff& on_diff) {
    nlohmann::ordered_json comments = nlohmann::ordered_json::array();
    std::vector<std::string> off_diff;
    std::size_t off_diff_count = 0;
    for (const Diagnostic& d : diagnostics.all()) {
        const bool located = d.location.line > 0 && !d.location.file.empty();
        if (located && (!on_diff || on_diff(d))) {
            // The message quotes the input (keys, values, script text): in a code block, none of it
            // is read as markdown (no mention, link, heading or hidden comment), and its control
            // characters are shown, not sent (source/escape.h).
            std::vector<std::string> lines{d.message};
            if (d.fix) lines.push_back(fmt::format("fix: {}", *d.fix));
            std::string body = fmt::format("**{}** {}\n\n{}", severity_name(d.severity), markdown_code(d.rule),
                                           markdown_code_block(lines));
            nlohmann::ordered_json comment;
            comment["path"] = review_comment_path(d.location.file);
            comment["line"] = d.location.line;
            comment["side"] = "RIGHT";
            comment["body"] = std::move(body);
            comments.push_back(std::move(comment));
        } else {
            append_plain_lines(d, off_diff);
            ++off_diff_count;
        }
    }
    nlohmann::ordered_json review;
    review["body"] = off_diff.empty()
                         ? std::string()
                         : fmt::format("sweepc: {} finding(s) this change causes outside the lines it touched:\n\n{}",
                                       off_diff_count, markdown_code_block(off_diff));
    review["comments"] = std::move(comments);
    return review.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace sweepc
