// shell/unset-integer-test: `[ "$EP_SIZE" -gt 1 ]` when EP_SIZE may be empty. `[` and `test` then
// print "integer expression expected" and return false, so the script silently takes the other branch.
#include <fmt/format.h>

#include "lint/shell_rule.h"

namespace sweepc {

void check_unset_integer_test(const ShellRuleContext& context, ShellRuleReport& report) {
    for (const shell::IntegerComparison& comparison : context.comparisons) {
        if (comparison.syntax == shell::TestSyntax::double_bracket) continue;  // [[ treats empty as 0
        for (const shell::ComparedVariable& variable : comparison.variables) {
            if (variable.has_safe_default || !variable.may_be_empty) continue;
            std::string fix = fmt::format("\"${{{}:-0}}\"", variable.name);
            report.add(context.location(variable.operand),
                       fmt::format("`{}` may be unset or empty here (not assigned on every path before this test, "
                                   "not listed in {}, no default, no enclosing -n test); `{}` then fails with "
                                   "\"integer expression expected\" and the test is silently false. Give it a "
                                   "default: {}, or list {} in {} if the script requires it",
                                   variable.operand.text(), context.guard_commands.front(), comparison.op, fix,
                                   variable.name, context.guard_commands.front()),
                       fix);
        }
    }
}

}  // namespace sweepc
