// shell/hardcoded-concurrency: `--max-concurrency 64` makes every concurrency of the sweep run at
// 64; the value has to come from $CONC, which the job sets per run.
#include <array>

#include <fmt/format.h>

#include "lint/shell_rule.h"

namespace sweepc {
namespace {

struct ConcurrencyFlag {
    std::string_view flag;
    std::string_view derived_value;
};

constexpr std::array<ConcurrencyFlag, 2> concurrency_flags = {{
    {"--max-concurrency", "\"$CONC\""},
    {"--num-prompts", "\"$((CONC * 10))\""},
}};

// Only a positive count is a load: `--num-prompts -1` means "every prompt of the dataset".
bool is_positive_count(std::string_view value) {
    return !value.empty() && value.find_first_not_of("0123456789") == std::string_view::npos &&
           value.find_first_not_of('0') != std::string_view::npos;
}

// The fix replaces the literal value only.
void report_literal(ShellRuleReport& report, const ConcurrencyFlag& flag,
                    std::string_view value, SourceLocation where, std::string_view separator) {
    if (!is_positive_count(value)) return;
    report.add(std::move(where),
               fmt::format("`{}` is given the literal `{}`, so every concurrency of the sweep runs the same "
                           "load; derive it from $CONC: `{}{}{}`",
                           flag.flag, value, flag.flag, separator, flag.derived_value),
               std::string(flag.derived_value));
}

}  // namespace

void check_hardcoded_concurrency(const ShellRuleContext& context, ShellRuleReport& report) {
    shell::walk_preorder(context.tree.root(), [&](const shell::WalkStep& step) {
        const shell::SyntaxNode& node = step.node;
        if (!node.is("command")) return;
        std::vector<shell::SyntaxNode> arguments = node.fields("argument");
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            std::string text;
            if (!shell::literal_text(arguments[i], text)) continue;
            for (const ConcurrencyFlag& flag : concurrency_flags) {
                std::string with_equals = std::string(flag.flag) + "=";
                if (text == flag.flag && i + 1 < arguments.size()) {
                    std::string value;
                    if (shell::literal_text(arguments[i + 1], value)) {
                        report_literal(report, flag, value, context.location(arguments[i + 1]), " ");
                    }
                } else if (text.starts_with(with_equals) && text.size() > with_equals.size()) {
                    SourceLocation where = context.location(arguments[i]);
                    where.column += static_cast<int>(with_equals.size());
                    report_literal(report, flag, std::string_view(text).substr(with_equals.size()), where,
                                   "=");
                }
            }
        }
    });
}

}  // namespace sweepc
