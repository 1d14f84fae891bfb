// shell/nesting-limit: a script nested deeper than the flow analysis goes (thousands of `$(`, `if`,
// `(` ...). Real scripts are far below the limit; such a script is refused with its location
// instead of exhausting the stack, and the rules that need no flow analysis still run on it.
#include <fmt/format.h>

#include "lint/shell_rule.h"

namespace sweepc {

void check_nesting_limit(const ShellRuleContext& context, ShellRuleReport& report) {
    if (context.too_deep.is_null()) return;
    shell::TextSpan span = context.too_deep.span();
    span.end_line = span.line;  // the node may run to the end of the file; point at where it starts
    span.end_column = span.column + 1;
    report.add(context.location(span),
               fmt::format("the script is nested deeper than {} levels here (commands, substitutions, tests or "
                           "expressions inside each other); sweepc does not follow its flow past this depth, so "
                           "shell/unset-integer-test and shell/non-numeric-integer-test were not run on it. "
                           "Flatten the nesting (a function, or a variable for an inner `$(...)`)",
                           shell::max_nesting_depth));
}

}  // namespace sweepc
