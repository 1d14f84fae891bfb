// shell/unknown-engine-var: `export VLLM_ROCM_USE_AITER_MAO=1` exports a setting the engine does not
// read (it reads VLLM_ROCM_USE_AITER_MOE): the server starts with the default and nothing says so.
//
// The known names are data (configs/shell_environment.json, per engine, with the registry commit
// they were copied from). Engines add settings in every release, so a name missing from the list is
// only reported when it is a near miss of a listed one: a new setting is never mistaken for a typo.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "lint/near_miss.h"
#include "lint/shell_rule.h"

namespace sweepc {
namespace {

// Assignments whose value reaches the processes the script starts.
bool reaches_environment(const shell::VariableAssignment& assignment, const shell::ScriptVariables& variables) {
    switch (assignment.kind) {
        case shell::AssignmentKind::exported:
        case shell::AssignmentKind::command_prefix: return true;
        case shell::AssignmentKind::plain: return variables.exports_everything || variables.exported.count(assignment.name) > 0;
        default: return false;
    }
}

}  // namespace

void check_unknown_engine_var(const ShellRuleContext& context, ShellRuleReport& report) {
    NearMissBudget budget(context.file.text().size());
    std::set<std::string> reported;
    for (const shell::VariableAssignment& assignment : context.variables.assignments) {
        const std::string& name = assignment.name;
        const shell::EngineVariables* engine = context.environment.engine_for(name);
        if (engine == nullptr || reported.count(name) || !reaches_environment(assignment, context.variables) ||
            std::binary_search(engine->variables.begin(), engine->variables.end(), name)) {
            continue;
        }
        std::optional<std::string> known = closest_near_miss(name, engine->variables, budget);
        if (!known) continue;
        reported.insert(name);
        report.add(context.location(assignment.name_node),
                   fmt::format("{} reads no setting `{}`, so this export has no effect; did you mean `{}`? (the {} "
                               "settings known from {})",
                               engine->engine, name, *known, engine->engine, engine->source),
                   *known);
    }
}

}  // namespace sweepc
