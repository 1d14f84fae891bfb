#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sweepc {

// The most runs one command expands configs into, unless --max-runs says otherwise. The suite's
// real full sweeps have a few thousand runs; a config written (or aliased) into millions would
// take gigabytes of memory, or write as many files, before anything could be said about it.
inline constexpr std::int64_t default_max_runs = 100'000;

enum class SweepMode { full_sweep, runner_model_sweep, test_config };

// Which node kinds a sweep includes. The suite's generator took `--single-node` or `--multi-node`;
// with neither, both kinds are included.
enum class NodeKinds { both, single_node, multi_node };

// none: no eval marking (2026-03's default, 2026-08's --no-evals); run_evals: mark the edition's
// eval subset and print every run (2026-03's --run-evals, 2026-08's default); evals_only: print
// only the eval subset.
enum class EvalMode { none, run_evals, evals_only };

// Every option of the suite's generators, with their defaults; which ones a run may use depends on
// its edition (edition/edition.h: modes). Validated by the CLI before use.
struct SweepOptions {
    SweepMode mode = SweepMode::full_sweep;
    NodeKinds node_kinds = NodeKinds::both;
    EvalMode evals = EvalMode::none;
    bool all_evals = false;                  // 2026-08: every fixed 8k1k run and agentic run is an eval
    std::vector<std::string> scenario_types; // 2026-08: fixed-seq-len, agentic-coding; empty: both
    std::optional<std::string> runner_node_filter;
    std::vector<std::string> model_prefixes;
    std::vector<std::string> precisions;
    std::vector<std::string> frameworks;
    std::vector<std::string> runner_types;  // full-sweep: any of; runner-model-sweep: exactly one
    std::vector<std::string> seq_lens;      // the edition's named sequence lengths (1k1k, 8k1k, …)
    std::int64_t step_size = 2;
    std::optional<std::int64_t> min_conc;
    std::optional<std::int64_t> max_conc;
    std::optional<std::int64_t> max_tp;
    std::optional<std::int64_t> max_ep;
    std::vector<std::int64_t> conc;         // runner-model-sweep: one override; test-config: filter
    std::vector<std::string> config_keys;   // test-config; `*`, `?` and `[...]` globs
    std::int64_t max_runs = default_max_runs;  // --max-runs (plan/run_budget.h)
};

}  // namespace sweepc
