#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lint/near_miss.h"
#include "lint/shell_rule.h"

namespace sweepc {

// True when the script or its environment accounts for `name` being unset: assigned, exported or
// guarded anywhere, tested for being set, read with a default somewhere, or provided by the job,
// the launcher or the machine. Shared by shell/unknown-env and shell/unassigned-variable.
bool is_handled_input(const ShellRuleContext& context, const std::string& name);

// Did-you-mean for a variable nothing sets: the job or script variable it most plausibly misspells.
// An UPPER_CASE name is never matched to a lower-case script variable (PORT next to a local `port`
// is an input from the environment). Searches are cached per name and share one work budget
// proportional to the script, so a script of thousands of unknown names stays linear.
class MisspeltVariables {
public:
    explicit MisspeltVariables(const ShellRuleContext& context);
    const std::optional<std::string>& suggestion_for(const std::string& name);

private:
    std::vector<std::string> candidates_;        // job variables and every name the script sets
    std::vector<std::string> upper_candidates_;  // the same without names that have lower case
    NearMissBudget budget_;
    std::map<std::string, std::optional<std::string>> cache_;
};

}  // namespace sweepc
