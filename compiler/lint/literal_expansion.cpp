// shell/literal-expansion: an expansion that was meant but does not happen, or happens wrong.
//  - `vllm serve ... --arg "\$MODEL_PATH"`: the backslash keeps `$MODEL_PATH` literal, and a
//    server reads its arguments without a shell, so it receives the text `$MODEL_PATH`.
//  - `"${CONFIG:-{"key": 1}}"`: bash ends `${...}` at the first `}`, so the default is
//    `{"key": 1` with its quotes removed, and when CONFIG is set its value gets a stray `}`.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lint/shell_rule.h"

namespace sweepc {
namespace {

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '{'; }

// A command that starts an inference server, whose arguments reach it without a shell.
bool is_server_command(const shell::SyntaxNode& command) {
    std::string_view name = shell::command_name(command);
    if (name == "vllm" || name == "trtllm-serve" || name == "sglang") return true;
    if (name != "python" && name != "python3") return false;
    std::vector<shell::SyntaxNode> arguments = command.fields("argument");
    for (std::size_t i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments[i].text() != "-m") continue;
        std::string_view module = arguments[i + 1].text();
        return module.starts_with("sglang.") || module.starts_with("vllm.") || module.starts_with("tensorrt_llm.");
    }
    return false;
}

// Byte ranges where `${` is not an expansion: comments, single quotes, quoted heredocs.
std::vector<std::pair<std::size_t, std::size_t>> unexpanded_ranges(const shell::SyntaxTree& tree) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    shell::walk_preorder(tree.root(), [&](const shell::WalkStep& step) {
        const shell::SyntaxNode& node = step.node;
        if (node.is("comment") || node.is("raw_string") || node.is("ansi_c_string")) {
            ranges.emplace_back(node.start_byte(), node.end_byte());
            return shell::WalkAction::skip_children;
        }
        if (node.is("heredoc_redirect")) {
            std::string_view start = node.first_named_child_of_type("heredoc_start").text();
            shell::SyntaxNode body = node.first_named_child_of_type("heredoc_body");
            if (!body.is_null() && start.find_first_of("'\"\\") != std::string_view::npos) {
                ranges.emplace_back(body.start_byte(), body.end_byte());
            }
        }
        return shell::WalkAction::descend;
    });
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

bool escaped(std::string_view text, std::size_t at) {
    std::size_t backslashes = 0;
    while (at > backslashes && text[at - backslashes - 1] == '\\') ++backslashes;
    return backslashes % 2 == 1;
}

void check_brace_defaults(const ShellRuleContext& context, ShellRuleReport& report) {
    std::string_view text = context.file.text();
    auto ranges = unexpanded_ranges(context.tree);
    std::size_t next_range = 0;
    for (std::size_t at = text.find("${"); at != std::string_view::npos; at = text.find("${", at + 2)) {
        while (next_range < ranges.size() && ranges[next_range].second <= at) ++next_range;
        if (next_range < ranges.size() && ranges[next_range].first <= at) continue;
        if (escaped(text, at)) continue;
        std::size_t name_end = at + 2;
        while (name_end < text.size() && (std::isalnum(static_cast<unsigned char>(text[name_end])) || text[name_end] == '_')) {
            ++name_end;
        }
        if (name_end == at + 2 || std::isdigit(static_cast<unsigned char>(text[at + 2]))) continue;
        std::size_t op_end = name_end;
        if (op_end < text.size() && text[op_end] == ':') ++op_end;
        if (op_end >= text.size() || std::string_view("-=+").find(text[op_end]) == std::string_view::npos) continue;
        ++op_end;
        if (op_end >= text.size() || text[op_end] != '{') continue;
        std::string_view name = text.substr(at + 2, name_end - at - 2);
        std::string_view op = text.substr(name_end, op_end - name_end);
        std::size_t line_start = text.rfind('\n', at);
        line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
        int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(line_start), '\n'));
        int column = static_cast<int>(at - line_start) + 1;
        report.add({context.file.path(), line, column, line, column + static_cast<int>(op_end + 1 - at)},
                   fmt::format("bash ends `${{{}{}...}}` at the first `}}`, so this default is cut short inside its "
                               "braces (and loses its double quotes), and when {} is set its value gets a stray `}}`; "
                               "put the default in a single-quoted variable first (`default='{{...}}'`) and write "
                               "`${{{}{}$default}}`",
                               name, op, name, name, op));
    }
}

void check_escaped_dollars(const ShellRuleContext& context, ShellRuleReport& report) {
    shell::walk_preorder(context.tree.root(), [&](const shell::WalkStep& step) {
        if (!step.node.is("command") || !is_server_command(step.node)) return shell::WalkAction::descend;
        for (const shell::SyntaxNode& argument : step.node.fields("argument")) {
            shell::walk_preorder(argument, [&](const shell::WalkStep& inner) {
                const shell::SyntaxNode& part = inner.node;
                if (part.is("raw_string") || part.is("command_substitution")) return shell::WalkAction::skip_children;
                if (!part.is("string_content") && !part.is("word")) return shell::WalkAction::descend;
                std::string_view text = part.text();
                for (std::size_t at = text.find("\\$"); at != std::string_view::npos; at = text.find("\\$", at + 2)) {
                    if (escaped(text, at) || at + 2 >= text.size() || !is_name_start(text[at + 2])) continue;
                    shell::TextSpan span = part.span();
                    std::string_view before = text.substr(0, at);
                    std::size_t newline = before.rfind('\n');
                    span.line += static_cast<int>(std::count(before.begin(), before.end(), '\n'));
                    span.column = newline == std::string_view::npos ? span.column + static_cast<int>(at)
                                                                    : static_cast<int>(at - newline);
                    span.end_line = span.line;
                    span.end_column = span.column + 1;
                    std::size_t name_end = at + 2;
                    while (name_end < text.size() && (std::isalnum(static_cast<unsigned char>(text[name_end])) ||
                                                      text[name_end] == '_' || text[name_end] == '{')) {
                        ++name_end;
                    }
                    std::string_view shown = text.substr(at + 1, name_end - at - 1);
                    // The fix deletes the backslash.
                    report.add(context.location(span),
                               fmt::format("`\\{}` passes the text `{}` to the server: the backslash stops the "
                                           "expansion and no shell expands it later; drop the backslash",
                                           shown, shown),
                               std::string());
                }
                return shell::WalkAction::descend;
            });
        }
        return shell::WalkAction::skip_children;
    });
}

}  // namespace

void check_literal_expansion(const ShellRuleContext& context, ShellRuleReport& report) {
    check_brace_defaults(context, report);
    check_escaped_dollars(context, report);
}

}  // namespace sweepc
