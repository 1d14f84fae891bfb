#include "plan/sweep.h"

namespace sweepc {

std::vector<Run> resolve_sweep(const Config& config, const SweepOptions& options, Diagnostics& diagnostics) {
    std::vector<Run> runs;
    switch (options.mode) {
        case SweepMode::full_sweep: runs = resolve_full_sweep(config, options, diagnostics); break;
        case SweepMode::runner_model_sweep: runs = resolve_runner_model_sweep(config, options, diagnostics); break;
        case SweepMode::test_config: runs = resolve_test_config(config, options, diagnostics); break;
    }
    select_evals(runs, *config.edition, options);
    return runs;
}

}  // namespace sweepc
