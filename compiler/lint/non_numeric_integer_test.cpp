// shell/non-numeric-integer-test: `version=$(tool | awk …)` then `[[ $version -lt 177 ]]`. When the
// tool prints `N/A` the comparison errors out and is false, so the guarded branch (often a crash
// workaround) is skipped exactly when the value is unknown.
#include <fmt/format.h>

#include "lint/shell_rule.h"

namespace sweepc {
namespace {

std::string_view origin_phrase(shell::ValueOrigin origin) {
    return origin == shell::ValueOrigin::read_input ? "input from read" : "command output";
}

}  // namespace

void check_non_numeric_integer_test(const ShellRuleContext& context, ShellRuleReport& report) {
    for (const shell::IntegerComparison& comparison : context.comparisons) {
        for (const shell::ComparedVariable& variable : comparison.variables) {
            if (!variable.unvalidated_external) continue;
            std::string digits_check = fmt::format("! \"${}\" =~ ^[0-9]+$", variable.name);
            std::string fix;
            SourceLocation where;
            if (comparison.syntax == shell::TestSyntax::double_bracket) {
                // Inside `[[ A && B ]]` the guarded form needs parentheses to keep its meaning.
                fix = fmt::format("{} || {}", digits_check, comparison.comparison.text());
                if (comparison.inside_test_operator) fix = "( " + fix + " )";
                where = context.location(comparison.comparison);
            } else {
                // Inside `A && [ ... ]` or `! [ ... ]` the guarded form needs braces.
                fix = fmt::format("[[ {} ]] || {}", digits_check, comparison.test.text());
                if (comparison.test_in_command_list) fix = "{ " + fix + "; }";
                where = context.location(comparison.test);
            }
            report.add(where,
                       fmt::format("`{}` holds {} (line {}) that is never checked to be a number; when it is "
                                   "not (e.g. `N/A`), `{}` fails, the test is false and the branch is skipped. "
                                   "Test the digits first so a non-number takes the safe branch",
                                   variable.operand.text(), origin_phrase(variable.external_origin),
                                   variable.external_line, comparison.op),
                       fix);
        }
    }
}

}  // namespace sweepc
