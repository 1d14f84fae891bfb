// shell/unexported-engine-var: `SGLANG_ENABLE_SPEC_V2=1` sets a shell variable only; the server
// process started later never sees it unless it is exported.
#include <set>

#include <fmt/format.h>

#include "lint/shell_rule.h"

namespace sweepc {

void check_unexported_engine_var(const ShellRuleContext& context, ShellRuleReport& report) {
    const shell::ScriptVariables& variables = context.variables;
    if (variables.exports_everything) return;  // `set -a` exports every assignment
    std::set<std::string> reported;
    for (const shell::VariableAssignment& assignment : variables.assignments) {
        if (assignment.kind != shell::AssignmentKind::plain) continue;
        const std::string& name = assignment.name;
        if (!context.environment.is_engine_setting(name) || variables.exported.count(name) ||
            variables.reads_variable(name) || !reported.insert(name).second || !assignment.statement.is("variable_assignment")) {
            continue;
        }
        std::string fix = fmt::format("export {}", assignment.statement.text());
        // The fix replaces the whole assignment.
        report.add(context.location(assignment.statement),
                   fmt::format("`{}` is an engine setting, but it is never exported or read, so the server "
                               "never sees it; export it: `{}`",
                               name, fix),
                   fix);
    }
}

}  // namespace sweepc
