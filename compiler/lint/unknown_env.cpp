// shell/unknown-env: a read of a variable nothing sets, named like one the job or the script sets
// ($EP_SZIE, $DP_ATTN, $port for PORT). It expands to empty and the setting silently does nothing.
//
// A variable read with a default or an error (${X:-1}, ${X:?}), tested for being set ([ -n "$X" ],
// [[ -v X ]]) or listed in a guard call is an optional input the author handles, not a typo. An
// UPPER_CASE read is never matched to a lower-case script variable: PORT read next to a local
// `port` is an input from the environment, not a misspelling of the local.
#include <set>

#include <fmt/format.h>

#include "lint/misspelt_variable.h"
#include "lint/shell_rule.h"

namespace sweepc {

void check_unknown_env(const ShellRuleContext& context, ShellRuleReport& report) {
    MisspeltVariables misspellings(context);
    for (const shell::VariableReference& read : context.variables.reads) {
        const std::string& name = read.name;
        if (is_handled_input(context, name)) continue;
        const std::optional<std::string>& suggestion = misspellings.suggestion_for(name);
        if (!suggestion) continue;
        std::string_view who = context.variables.assigned.count(*suggestion) ? "this script sets" : "the benchmark job sets";
        report.add(context.location(read.name_node),
                   fmt::format("`{}` is never set by this script or the benchmark job, so it expands to an empty "
                               "string; did you mean `{}` ({})? Rename it, or set `{}` before use if it is "
                               "meant to be a separate variable",
                               name, *suggestion, who, name),
                   *suggestion);
    }
}

}  // namespace sweepc
