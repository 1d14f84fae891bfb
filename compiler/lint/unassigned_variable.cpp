// shell/unassigned-variable: `$model_path` read where nothing ever assigns `model_path`: not the
// script (no assignment, `local`, `read`, `for`, `printf -v`, `getopts`, arithmetic), not the job,
// not the launcher. It expands to an empty string and the command runs with a missing value.
//
// Only names with a lower-case letter are reported: by convention they are the script's own, so a
// read that nothing assigns is a bug, while an UPPER_CASE name may come from any environment the
// script is started in (shell/unknown-env reports those when they misspell a known name). A name
// read with a default, tested for being set, or listed in a guard is handled by its author, and a
// name shell/unknown-env already explains (a near miss of one that is set) is left to it.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "lint/misspelt_variable.h"
#include "lint/shell_rule.h"

namespace sweepc {

void check_unassigned_variable(const ShellRuleContext& context, ShellRuleReport& report) {
    MisspeltVariables misspellings(context);
    std::set<std::string> reported;
    for (const shell::VariableReference& read : context.variables.reads) {
        const std::string& name = read.name;
        bool lower = std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (!lower || reported.count(name) || is_handled_input(context, name)) continue;
        if (misspellings.suggestion_for(name)) continue;  // shell/unknown-env's finding
        reported.insert(name);
        report.add(context.location(read.name_node),
                   fmt::format("`{}` is read here but never assigned: not by this script (no assignment, `local`, "
                               "`read`, `for`, `printf -v`), not by the benchmark job or its launcher; it expands "
                               "to an empty string. Assign it before use, or write `${{{}:-DEFAULT}}` if it is an "
                               "optional input",
                               name, name));
    }
}

}  // namespace sweepc
