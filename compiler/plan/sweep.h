#pragma once
#include <vector>

#include "model/config.h"
#include "plan/run.h"
#include "plan/sweep_options.h"
#include "source/diagnostic.h"

namespace sweepc {

// Resolves a sweep mode over a loaded config into the ordered list of runs the suite's generator
// would print. Problems with the request (unknown runner type, config key matching nothing, a
// node filter matching no node) are reported under rule "usage".
std::vector<Run> resolve_sweep(const Config& config, const SweepOptions& options, Diagnostics& diagnostics);

std::vector<Run> resolve_full_sweep(const Config& config, const SweepOptions& options, Diagnostics& diagnostics);
std::vector<Run> resolve_runner_model_sweep(const Config& config, const SweepOptions& options,
                                            Diagnostics& diagnostics);
std::vector<Run> resolve_test_config(const Config& config, const SweepOptions& options, Diagnostics& diagnostics);

// Marks the eval subset: among single-node 1k8k runs grouped by model, runner, framework,
// precision, isl, osl, spec-decoding and dp-attn, the highest concurrency of the highest TP and of
// the lowest TP. Every run's run_eval is set (true or false).
void mark_eval_runs(std::vector<Run>& runs);

}  // namespace sweepc
