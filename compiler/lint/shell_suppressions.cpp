#include "lint/shell_suppressions.h"

namespace sweepc {
namespace {

constexpr std::string_view directive = "sweepc disable=";

bool is_separator(char c) { return c == ',' || c == ' ' || c == '\t'; }

}  // namespace

bool ShellSuppressions::suppresses(std::string_view rule, int line) const {
    for (int comment_line : {line, line - 1}) {
        auto found = rules_by_line_.find(comment_line);
        if (found == rules_by_line_.end()) continue;
        if (found->second.count(rule) > 0 || found->second.count(std::string_view("all")) > 0) return true;
    }
    return false;
}

ShellSuppressions collect_shell_suppressions(const shell::SyntaxTree& tree) {
    ShellSuppressions suppressions;
    shell::walk_preorder(tree.root(), [&](const shell::WalkStep& step) {
        const shell::SyntaxNode& node = step.node;
        if (!node.is("comment")) return;
        std::string_view text = node.text();
        std::size_t at = text.find(directive);
        if (at == std::string_view::npos) return;
        std::string_view list = text.substr(at + directive.size());
        std::size_t i = 0;
        while (i < list.size()) {
            while (i < list.size() && is_separator(list[i])) ++i;
            std::size_t start = i;
            // A rule list ends at the first space not followed by another rule id (free text after it).
            while (i < list.size() && !is_separator(list[i])) ++i;
            if (i > start) suppressions.add(node.line(), std::string(list.substr(start, i - start)));
            if (i < list.size() && list[i] != ',') break;
        }
    });
    return suppressions;
}

}  // namespace sweepc
