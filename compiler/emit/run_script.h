#pragma once
#include <optional>
#include <string>
#include <vector>

#include "plan/run.h"
#include "plan/script_conventions.h"

namespace sweepc {

// A name for the run, unique within its config for distinct runs: sequence length (or `agentic`
// and its KV offloading), parallelism, spec-decoding and concurrency, e.g.
// 1k1k_tp8-ep1-dpafalse_spec-none_conc4 or agentic_kv-dram_tp8-pp2-ep1-dpafalse_spec-none_conc16
// (pp, dcp and pcp only when not 1). Safe as a file name.
std::string run_id(const Run& run);

// What a run executes, as emit resolved it: a benchmark script (with the candidates the launcher
// tries before it, first to last), or an srt-slurm recipe.
struct RunTarget {
    ScriptResolution resolution;
    std::vector<std::string> scripts;         // candidates in the order the launcher tries them
    std::optional<std::string> recipe;        // CONFIG_FILE as the workers' settings give it
    std::optional<std::string> recipe_in_repo;  // where the suite's in-repo recipe folder holds it
};

// The text of runs/<config>/<run-id>.sh: `set -euo pipefail`, the job's environment as the
// suite's workflow template of the run's edition exports it (configs/job-environment.json; values
// single-quoted), RUNNER_NAME from the environment when set, then the benchmark script the run
// resolves to (the first candidate that exists), run from SUITE_ROOT (or the current folder). The
// header names the config file, line and key, the search-space row, the script or recipe and the
// matrix entry the script stands for.
std::string run_script_text(const Run& run, const RunTarget& target);

}  // namespace sweepc
