#pragma once
#include <vector>

#include "model/config.h"
#include "plan/run.h"
#include "plan/sweep_options.h"
#include "source/diagnostic.h"

namespace sweepc {

// Resolves a sweep mode over a loaded config into the ordered list of runs the suite's generator
// of the config's edition would print. Problems with the request (unknown runner type, config key matching nothing, a
// node filter matching no node) are reported under rule "usage".
std::vector<Run> resolve_sweep(const Config& config, const SweepOptions& options, Diagnostics& diagnostics);

std::vector<Run> resolve_full_sweep(const Config& config, const SweepOptions& options, Diagnostics& diagnostics);
std::vector<Run> resolve_runner_model_sweep(const Config& config, const SweepOptions& options,
                                            Diagnostics& diagnostics);
std::vector<Run> resolve_test_config(const Config& config, const SweepOptions& options, Diagnostics& diagnostics);

// Chooses the eval runs by the edition's policy (edition/edition.h: EvalPolicy) as options.evals
// and options.all_evals ask, and with evals_only keeps only those.
void select_evals(std::vector<Run>& runs, const Edition& edition, const SweepOptions& options);

}  // namespace sweepc
