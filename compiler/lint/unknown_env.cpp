// shell/unknown-env: a read of a variable nothing sets, named like one the job or the script sets
// ($EP_SZIE, $DP_ATTN, $port for PORT). It expands to empty and the setting silently does nothing.
#include <set>

#include <fmt/format.h>

#include "lint/near_miss.h"
#include "lint/shell_rule.h"

namespace sweepc {

void check_unknown_env(const ShellRuleContext& context, ShellRuleReport& report) {
    std::vector<std::string> candidates = context.environment.job_variables;
    std::set<std::string> script_sets;
    for (const shell::VariableAssignment& assignment : context.variables.assignments) {
        if (script_sets.insert(assignment.name).second) candidates.push_back(assignment.name);
    }
    for (const shell::VariableReference& read : context.variables.reads) {
        const std::string& name = read.name;
        if (script_sets.count(name) || context.environment.is_job_variable(name) ||
            context.environment.is_external(name) || context.variables.guarded.count(name) ||
            context.variables.exported.count(name)) {
            continue;
        }
        std::optional<std::string> suggestion = closest_near_miss(name, candidates);
        if (!suggestion) continue;
        std::string_view who = script_sets.count(*suggestion) ? "this script sets" : "the benchmark job sets";
        report.add(context.location(read.name_node),
                   fmt::format("`{}` is never set by this script or the benchmark job, so it expands to an empty "
                               "string; did you mean `{}` ({})? Rename it, or set `{}` before use if it is "
                               "meant to be a separate variable",
                               name, *suggestion, who, name),
                   *suggestion);
    }
}

}  // namespace sweepc
