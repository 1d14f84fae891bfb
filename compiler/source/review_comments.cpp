#include "source/review_comments.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace sweepc {
namespace {

std::string plain_line(const Diagnostic& d) {
    std::string where = review_comment_path(d.location.file);
    if (d.location.line > 0) where += fmt::format(":{}", d.location.line);
    std::string line = fmt::format("{}: {}: {} [{}]", where, severity_name(d.severity), d.message, d.rule);
    if (d.fix) line += fmt::format("\n  fix: {}", *d.fix);
    return line;
}

}  // namespace

std::string fenced_code_block(std::string_view text) {
    std::size_t longest = 0;
    std::size_t run = 0;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
    std::string block = fence + "\n" + std::string(text);
    if (!block.ends_with('\n')) block += '\n';
    return block + fence + "\n";
}

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
    std::string off_diff;
    std::size_t off_diff_count = 0;
    for (const Diagnostic& d : diagnostics.all()) {
        const bool located = d.location.line > 0 && !d.location.file.empty();
        if (located && (!on_diff || on_diff(d))) {
            // The message quotes the input (keys, values, script text): in a code block, none of it
            // is read as markdown (no mention, link, heading or hidden comment).
            std::string text = d.message;
            if (d.fix) text += fmt::format("\nfix: {}", *d.fix);
            std::string body = fmt::format("**{}** `{}`\n\n{}", severity_name(d.severity), d.rule, fenced_code_block(text));
            nlohmann::ordered_json comment;
            comment["path"] = review_comment_path(d.location.file);
            comment["line"] = d.location.line;
            comment["side"] = "RIGHT";
            comment["body"] = std::move(body);
            comments.push_back(std::move(comment));
        } else {
            off_diff += plain_line(d) + "\n";
            ++off_diff_count;
        }
    }
    nlohmann::ordered_json review;
    review["body"] = off_diff.empty()
                         ? std::string()
                         : fmt::format("sweepc: {} finding(s) this change causes outside the lines it touched:\n\n{}",
                                       off_diff_count, fenced_code_block(off_diff));
    review["comments"] = std::move(comments);
    return review.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace sweepc
