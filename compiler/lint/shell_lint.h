#pragma once
#include <string>
#include <vector>

#include "source/diagnostic.h"
#include "source/source_file.h"

namespace sweepc {

struct ShellLintOptions {
    // Commands that exit when any listed variable is empty. Empty means the defaults from
    // configs/shell_environment.json (check_env_vars).
    std::vector<std::string> guard_commands;
};

// Parses `file` as bash and runs every shell rule on it, reporting into `diagnostics`. Findings
// suppressed by a `# sweepc disable=RULE` comment (on their line or the line above) are dropped.
void lint_shell_script(const SourceFile& file, const ShellLintOptions& options, Diagnostics& diagnostics);

}  // namespace sweepc
