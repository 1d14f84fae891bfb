#include <fmt/format.h>

#include "lint/changelog_lint.h"

namespace sweepc {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

void check_changelog_append_only(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings) {
    if (!inputs.context.base_text) return;
    const std::vector<std::string_view> base = split_lines(*inputs.context.base_text);
    const std::vector<std::string_view> head = split_lines(inputs.file.text());
    // Everything up to the base's last non-blank line must be unchanged; blank lines may differ
    // in whitespace, as the suite's processor allows.
    const std::size_t kept = static_cast<std::size_t>(first_new_line(inputs.context.base_text) - 1);
    for (std::size_t i = 0; i < kept; ++i) {
        if (i < head.size() && (head[i] == base[i] || (is_blank(head[i]) && is_blank(base[i])))) continue;
        const int line = static_cast<int>(std::min(i + 1, std::max<std::size_t>(head.size(), 1)));
        std::string message =
            i < head.size()
                ? fmt::format("line {} differs from {} (\"{}\" there); the changelog is append-only: entries "
                              "already in it stay as they are, and new entries go after the last one",
                              i + 1, inputs.context.base_label, base[i])
                : fmt::format("the changelog is shorter than in {}: lines from {} on were deleted; the changelog "
                              "is append-only",
                              inputs.context.base_label, i + 1);
        findings.push_back({"changelog/append-only", Severity::error, SourceLocation::point(inputs.file.path(), line, 1),
                            std::move(message),
                            fmt::format("restore lines 1-{} as in {} and add the new entry at the end", kept,
                                        inputs.context.base_label)});
        return;  // one finding: every later line is shifted too
    }
}

}  // namespace sweepc
