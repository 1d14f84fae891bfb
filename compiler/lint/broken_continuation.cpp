// shell/broken-continuation: a line shaped like the continuation of the command above (an option
// such as `--block-size=64`, or an argument indented like the lines before it) that runs as a
// command of its own, because the `\` that should join it is missing, escapes a trailing blank, or
// is followed by a blank line or a comment. Its options silently never reach the command.
//
// A `\` that continues into a blank line, a comment or the end of the file is not reported on its
// own: when nothing that looks like a continuation follows, the command above is complete and the
// script runs as written.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/shell_rule.h"

namespace sweepc {
namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

bool is_comment_line(std::string_view line) {
    std::size_t first = line.find_first_not_of(" \t");
    return first != std::string_view::npos && line[first] == '#';
}

std::size_t indentation(std::string_view line) {
    std::size_t first = line.find_first_not_of(" \t");
    return first == std::string_view::npos ? line.size() : first;
}

// Byte ranges of text in which a `\` is not a line continuation: strings, heredocs, comments.
class LiteralText {
public:
    explicit LiteralText(const shell::SyntaxTree& tree) {
        shell::walk_preorder(tree.root(), [&](const shell::WalkStep& step) {
            std::string_view type = step.node.type();
            if (type == "comment") comments_.emplace_back(step.node.start_byte(), step.node.end_byte());
            if (type == "comment" || type == "string" || type == "raw_string" || type == "heredoc_body" ||
                type == "ansi_c_string" || type == "translated_string") {
                ranges_.emplace_back(step.node.start_byte(), step.node.end_byte());
                return shell::WalkAction::skip_children;
            }
            return shell::WalkAction::descend;
        });
    }
    // Ranges come in source order and do not overlap (children of a range are skipped).
    bool contains(std::size_t byte) const { return in(ranges_, byte); }
    bool in_comment(std::size_t byte) const { return in(comments_, byte); }

private:
    using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;
    static bool in(const Ranges& ranges, std::size_t byte) {
        auto after = std::upper_bound(ranges.begin(), ranges.end(), byte,
                                      [](std::size_t b, const auto& range) { return b < range.first; });
        return after != ranges.begin() && byte < std::prev(after)->second;
    }
    Ranges ranges_;
    Ranges comments_;
};

enum class LineEnd { plain, continuation, continuation_then_blanks };

struct LineShape {
    LineEnd end = LineEnd::plain;
    std::size_t last = 0;  // offset in the line of its last non-blank character
};

class Lines {
public:
    Lines(const SourceFile& file, const LiteralText& literal) : file_(file), literal_(literal) {}

    std::string_view text(int line) const { return file_.line(line); }
    std::size_t start_byte(int line) const { return static_cast<std::size_t>(text(line).data() - file_.text().data()); }

    LineShape shape(int line) const {
        std::string_view content = text(line);
        LineShape out;
        std::size_t last = content.find_last_not_of(" \t\r");
        if (last == std::string_view::npos) return out;
        out.last = last;
        if (content[last] != '\\') return out;
        std::size_t backslashes = 0;
        for (std::size_t i = last + 1; i-- > 0 && content[i] == '\\';) ++backslashes;
        if (backslashes % 2 == 0 || literal_.contains(start_byte(line) + last)) return out;  // `\\`, or text
        bool blanks_after = content.find_first_not_of('\r', last + 1) != std::string_view::npos;
        out.end = blanks_after ? LineEnd::continuation_then_blanks : LineEnd::continuation;
        return out;
    }
    bool ends_in_comment(int line) const {
        LineShape s = shape(line);
        return !is_blank(text(line)) && literal_.in_comment(start_byte(line) + s.last);
    }

private:
    const SourceFile& file_;
    const LiteralText& literal_;
};

// An argument line indented like the continued lines before it: `    EP_SIZE \` after
// `    RESULT_FILENAME` that closed a `check_env_vars \` list.
bool continues_an_argument_list(const Lines& lines, int line, int previous) {
    if (previous < 2 || lines.shape(previous - 1).end != LineEnd::continuation) return false;
    std::size_t indent = indentation(lines.text(line));
    if (indent == 0 || indent != indentation(lines.text(previous))) return false;
    int first = previous - 1;
    while (first > 1 && lines.shape(first - 1).end == LineEnd::continuation) --first;
    return indent > indentation(lines.text(first));
}

bool is_keyword(std::string_view word) {
    for (std::string_view keyword : {"then", "do", "else", "elif", "fi", "done", "esac", "in", "if", "while", "until",
                                     "for", "case", "function", "select"}) {
        if (word == keyword) return true;
    }
    return false;
}

bool ends_a_construct(std::string_view line) {
    std::size_t last = line.find_last_not_of(" \t\r");
    if (last == std::string_view::npos || std::string_view(";&|{}()").find(line[last]) != std::string_view::npos) return true;
    std::size_t word_start = line.find_last_of(" \t;", last);
    std::string_view last_word = line.substr(word_start == std::string_view::npos ? 0 : word_start + 1,
                                             last + 1 - (word_start == std::string_view::npos ? 0 : word_start + 1));
    std::size_t first = indentation(line);
    std::size_t first_end = line.find_first_of(" \t;", first);
    std::string_view first_word = line.substr(first, first_end == std::string_view::npos ? std::string_view::npos : first_end - first);
    return is_keyword(last_word) || is_keyword(first_word);
}

void report_orphan(const ShellRuleContext& context, const Lines& lines, ShellRuleReport& report,
                   const shell::SyntaxNode& name_node, int previous) {
    const SourceFile& file = context.file;
    int line = name_node.line();
    std::string_view shown = name_node.text();
    LineShape shape = lines.shape(previous);
    std::string consequence =
        fmt::format("so `{}` on line {} runs as a command of its own and never reaches the command above", shown, line);
    if (shape.end == LineEnd::continuation_then_blanks) {
        int column = static_cast<int>(shape.last) + 2;
        int end = static_cast<int>(lines.text(previous).find_last_not_of('\r')) + 2;
        report.add({file.path(), previous, column, previous, end},
                   fmt::format("blanks after the `\\` on line {} make it escape a blank instead of the newline, {}; "
                               "delete the trailing blanks",
                               previous, consequence),
                   std::string());
        return;
    }
    if (shape.end == LineEnd::continuation) {
        bool comment = false;
        for (int between = previous + 1; between < line; ++between) comment = comment || is_comment_line(lines.text(between));
        if (comment) {
            int first_comment = previous + 1;
            while (!is_comment_line(lines.text(first_comment))) ++first_comment;
            int column = static_cast<int>(indentation(lines.text(first_comment))) + 1;
            report.add({file.path(), first_comment, column, first_comment,
                        static_cast<int>(lines.text(first_comment).size()) + 1},
                       fmt::format("the `\\` on line {} continues the command into this comment, which ends it, {}; "
                                   "move the comment above the command",
                                   previous, consequence));
            return;
        }
        report.add({file.path(), previous + 1, 1, line, 1},
                   fmt::format("the `\\` on line {} continues the command into a blank line, which ends it, {}; "
                               "delete the blank line",
                               previous, consequence),
                   std::string());
        return;
    }
    int column = static_cast<int>(shape.last) + 2;
    SourceLocation where{file.path(), previous, column, previous, column};
    std::string message = fmt::format("line {} does not end with `\\`, {}; end line {} with ` \\`", previous,
                                      consequence, previous);
    if (lines.ends_in_comment(previous)) {
        // A `\` after a trailing comment would be part of the comment.
        report.add(where, message + " (before its comment)");
    } else {
        report.add(where, message, std::string(" \\"));
    }
}

}  // namespace

void check_broken_continuation(const ShellRuleContext& context, ShellRuleReport& report) {
    LiteralText literal(context.tree);
    Lines lines(context.file, literal);
    shell::walk_preorder(context.tree.root(), [&](const shell::WalkStep& step) {
        const shell::SyntaxNode& node = step.node;
        if (!node.is("command")) return;
        shell::SyntaxNode name_node = node.field("name");
        if (name_node.is_null()) return;
        int line = name_node.line();
        std::string_view text = lines.text(line);
        // Only a command that starts its line can be a stray continuation line.
        if (static_cast<std::size_t>(name_node.span().column - 1) != indentation(text)) return;
        int previous = line - 1;
        while (previous > 0 && (is_blank(lines.text(previous)) || is_comment_line(lines.text(previous)))) --previous;
        if (previous < 1) return;
        std::string_view name = shell::command_name(node);
        bool option_line = name.starts_with("-") && name.size() > 1;
        if (!option_line && !continues_an_argument_list(lines, line, previous)) return;
        LineEnd above_end = lines.shape(previous).end;
        // A continued line directly above joins this one (`a && \` then `b`): nothing is broken.
        if (above_end == LineEnd::continuation && previous == line - 1) return;
        // A plain line above that closes a command taking no more arguments (`; then`, `fi`, `{`,
        // `|| true;`) is not a missing continuation.
        if (above_end == LineEnd::plain && ends_a_construct(lines.text(previous))) return;
        report_orphan(context, lines, report, name_node, previous);
    });
}

}  // namespace sweepc
