#pragma once
#include <string>
#include <utility>
#include <vector>

#include "plan/run.h"
#include "plan/script_conventions.h"

namespace sweepc {

// One variable a benchmark job exports, with the value a run gives it.
struct JobVariable {
    std::string name;
    std::string value;
};

// The variables the benchmark job sets from its matrix entry, in the suite's template order,
// without RUNNER_NAME (the node the job lands on, known only when it runs) and RESULT_FILENAME
// (built from the others and RUNNER_NAME). Single-node runs get exactly the template's list;
// multi-node runs replace TP, EP_SIZE, DP_ATTENTION and CONC with PREFILL_* / DECODE_* worker
// variables and CONC_LIST (see docs/emit.md).
std::vector<JobVariable> job_variables(const Run& run);

// The shell expression of RESULT_FILENAME over the exported variables, as the job template has it.
std::string result_filename_expression(const Run& run);

// A name for the run, unique within its config for distinct runs: sequence length, parallelism,
// spec-decoding and concurrency, e.g. 1k1k_tp8-ep1-dpafalse_spec-none_conc4. Safe as a file name.
std::string run_id(const Run& run);

// The text of runs/<config>/<run-id>.sh: `set -euo pipefail`, the job's exports (values single-
// quoted), RUNNER_NAME from the environment when set, then the benchmark script the run resolves
// to, run from SUITE_ROOT (or the current folder). The header names the config file, line and key,
// the search-space row and the matrix entry the script stands for.
std::string run_script_text(const Run& run, const ScriptResolution& resolution);

}  // namespace sweepc
