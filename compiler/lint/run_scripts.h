#pragma once
#include <vector>

#include "lint/suite_files.h"
#include "model/config.h"
#include "plan/run.h"
#include "plan/script_conventions.h"

namespace sweepc {

// What a run executes, as each launcher that can take its jobs resolves it against the suite's
// files (a candidate script is taken when it exists). Launchers without their runners/launch_*.sh
// are left out: config/missing-launcher reports them. Launchers that resolve the run alike are
// reported once; none for a runner type runners.yaml does not list.
std::vector<ScriptResolution> resolve_run_scripts(const Run& run, const Config& config,
                                                  const ScriptConventions& conventions, SuiteFiles& suite);

}  // namespace sweepc
