#include "lint/misspelt_variable.h"

#include <algorithm>
#include <set>

namespace sweepc {
namespace {

bool has_lower_case(std::string_view name) {
    return std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

bool is_handled_input(const ShellRuleContext& context, const std::string& name) {
    const shell::ScriptVariables& variables = context.variables;
    return variables.assigned.count(name) > 0 || variables.exported.count(name) > 0 ||
           variables.guarded.count(name) > 0 || variables.tested.count(name) > 0 ||
           variables.defaulted.count(name) > 0 || context.environment.is_job_variable(name) ||
           context.environment.is_external(name) || context.environment.is_launcher_variable(name);
}

MisspeltVariables::MisspeltVariables(const ShellRuleContext& context) : budget_(context.file.text().size()) {
    std::set<std::string> names(context.environment.job_variables.begin(), context.environment.job_variables.end());
    names.insert(context.variables.assigned.begin(), context.variables.assigned.end());
    for (const std::string& name : names) {
        candidates_.push_back(name);
        if (!has_lower_case(name)) upper_candidates_.push_back(name);
    }
}

const std::optional<std::string>& MisspeltVariables::suggestion_for(const std::string& name) {
    auto found = cache_.find(name);
    if (found != cache_.end()) return found->second;
    const std::vector<std::string>& candidates = has_lower_case(name) ? candidates_ : upper_candidates_;
    return cache_.emplace(name, closest_near_miss(name, candidates, budget_)).first->second;
}

}  // namespace sweepc
