// shell/broken-continuation: a `\` that does not continue the command (followed by a blank line, a
// comment, the end of the file, or trailing blanks), and an option line such as `--block-size=64`
// that runs as a command of its own because the line above lacks its `\`. Either way server flags
// are silently dropped.
#include <fmt/format.h>

#include "lint/shell_rule.h"

namespace sweepc {
namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

bool is_comment_line(std::string_view line) {
    std::size_t first = line.find_first_not_of(" \t");
    return first != std::string_view::npos && line[first] == '#';
}

// A backslash inside quotes, a heredoc or a comment is text, not a line continuation.
bool is_in_literal_text(const shell::SyntaxTree& tree, std::size_t byte) {
    for (shell::SyntaxNode node = tree.root().descendant_for_bytes(byte, byte + 1); !node.is_null();
         node = node.parent()) {
        std::string_view type = node.type();
        if (type == "comment" || type == "string" || type == "raw_string" || type == "heredoc_body" ||
            type == "ansi_c_string" || type == "translated_string") {
            return true;
        }
    }
    return false;
}

std::size_t line_start_byte(const SourceFile& file, int line) {
    std::string_view text = file.line(line);
    return static_cast<std::size_t>(text.data() - file.text().data());
}

void check_backslashes(const ShellRuleContext& context, ShellRuleReport& report) {
    const SourceFile& file = context.file;
    for (int line = 1; line <= file.line_count(); ++line) {
        std::string_view text = file.line(line);
        std::size_t last = text.find_last_not_of(" \t\r");
        if (last == std::string_view::npos || text[last] != '\\') continue;
        std::size_t backslashes = 0;
        for (std::size_t i = last + 1; i-- > 0 && text[i] == '\\';) ++backslashes;
        if (backslashes % 2 == 0) continue;  // `\\` is an escaped backslash
        if (is_in_literal_text(context.tree, line_start_byte(file, line) + last)) continue;
        int column = static_cast<int>(last) + 1;
        SourceLocation where{file.path(), line, column, line, column + 1};
        bool trailing_blanks = last + 1 < text.size() && text.find_first_not_of("\r", last + 1) != std::string_view::npos;
        if (trailing_blanks) {
            report.add(where,
                       "blanks after this `\\` make it escape a space instead of the newline, so the command ends "
                       "here and the next line runs as a command of its own; delete the trailing blanks",
                       std::string("\\"));
            continue;
        }
        std::string_view reason;
        std::string fix;
        if (line == file.line_count()) {
            reason = "the end of the file";
            fix = "remove the `\\`";
        } else if (is_blank(file.line(line + 1))) {
            reason = "a blank line";
            fix = fmt::format("remove the blank line {}, or the `\\` if the command ends here", line + 1);
        } else if (is_comment_line(file.line(line + 1))) {
            reason = "a comment";
            fix = fmt::format("move the comment on line {} above the command", line + 1);
        } else {
            continue;
        }
        report.add(where,
                   fmt::format("this `\\` continues the command into {}, which ends it: the lines after it run as "
                               "separate commands and their options never reach this one; {}",
                               reason, fix),
                   fix);
    }
}

void check_option_commands(const ShellRuleContext& context, ShellRuleReport& report) {
    shell::visit_preorder(context.tree.root(), [&](const shell::SyntaxNode& node) {
        if (!node.is("command")) return;
        std::string_view name = shell::command_name(node);
        if (!name.starts_with("-")) return;
        shell::SyntaxNode name_node = node.field("name");
        int previous = name_node.line() - 1;
        while (previous > 0 && (is_blank(context.file.line(previous)) || is_comment_line(context.file.line(previous)))) {
            --previous;
        }
        std::string message = previous > 0
            ? fmt::format("`{}` runs as a command of its own because line {} does not end with `\\`; the option "
                          "never reaches the command above. End line {} with ` \\`",
                          name, previous, previous)
            : fmt::format("`{}` runs as a command of its own; it looks like an option of a command that is "
                          "missing a `\\` line continuation",
                          name);
        std::optional<std::string> fix;
        if (previous > 0) fix = fmt::format("{} \\", context.file.line(previous));
        report.add(context.location(name_node), message, fix);
    });
}

}  // namespace

void check_broken_continuation(const ShellRuleContext& context, ShellRuleReport& report) {
    check_backslashes(context, report);
    check_option_commands(context, report);
}

}  // namespace sweepc
