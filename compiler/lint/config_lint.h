#pragma once
#include <map>
#include <string>
#include <vector>

#include "lint/suite_files.h"
#include "model/config.h"
#include "plan/run.h"
#include "plan/script_conventions.h"
#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

struct ConfigLintInputs {
    const Config& config;
    // Every run of the config (the full sweep with default options), in plan order.
    const std::vector<Run>& runs;
    const ScriptConventions& conventions;
    SuiteFiles& suite;
};

// Runs every config rule (lint/config_rules.cpp) and reports into `diagnostics`. Findings
// suppressed by a `# sweepc disable=RULE` comment in the YAML (see lint/yaml_suppressions.h)
// are dropped. `sources` must hold the config files, for the comments.
void lint_config(const ConfigLintInputs& inputs, const SourceMap& sources, Diagnostics& diagnostics);

// Rule id -> one-line description of every config and shell rule and of every other id a
// diagnostic carries (schema, budget, emit/…, migrate, …), for SARIF's tool.driver.rules; the
// changelog rules have their own table (lint/changelog_lint.h).
std::map<std::string, std::string> all_rule_descriptions();

}  // namespace sweepc
