#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "plan/concurrency.h"
#include "plan/config_filters.h"
#include "plan/run_builder.h"
#include "plan/run_budget.h"
#include "plan/scenario_selection.h"
#include "plan/sequence_length.h"
#include "plan/sweep.h"

namespace sweepc {
namespace {

// A listed set of concurrencies under --min-conc and --max-conc.
std::vector<std::int64_t> filter_listed_concurrencies(std::vector<std::int64_t> values, const SweepOptions& options) {
    if (options.min_conc) {
        std::erase_if(values, [&](std::int64_t c) { return c < *options.min_conc; });
        if (values.empty()) return values;
    }
    if (options.max_conc) {
        std::vector<std::int64_t> kept;
        for (std::int64_t c : values) {
            if (c <= *options.max_conc) kept.push_back(c);
        }
        if (kept.empty()) kept.push_back(*options.max_conc);
        values = std::move(kept);
    }
    return values;
}

// The concurrencies of a fixed row under --step-size, --min-conc and --max-conc. Ranges are
// clamped before expansion (so a clamped end is still emitted); lists are filtered, and when
// --max-conc removes every value it stands in for them. The suite's generator applied the list
// rule to multi-node rows only and crashed on single-node lists (until 2026-06); here both kinds
// mean the same.
std::vector<std::int64_t> row_concurrencies(const SearchSpaceRow& row, const SweepOptions& options) {
    if (row.conc_range) {
        std::int64_t start = row.conc_range->start;
        std::int64_t end = row.conc_range->end;
        if (!row.prefill) {
            if (options.min_conc) {
                if (end < *options.min_conc) return {};
                start = std::max(start, *options.min_conc);
            }
            if (options.max_conc) {
                if (start > *options.max_conc) start = end = *options.max_conc;
                else end = std::min(end, *options.max_conc);
            }
            return expand_concurrency_range(start, end, options.step_size);
        }
        return filter_listed_concurrencies(expand_concurrency_range(start, end, options.step_size), options);
    }
    return filter_listed_concurrencies(row.conc_list, options);
}

// An agentic row's concurrencies: expanded first, then only those within --min-conc..--max-conc
// (no stand-in value).
std::vector<std::int64_t> agentic_concurrencies(const SearchSpaceRow& row, const SweepOptions& options) {
    std::vector<std::int64_t> values =
        row.conc_range ? expand_concurrency_range(row.conc_range->start, row.conc_range->end, options.step_size)
                       : row.conc_list;
    std::erase_if(values, [&](std::int64_t c) {
        return (options.min_conc && c < *options.min_conc) || (options.max_conc && c > *options.max_conc);
    });
    return values;
}

}  // namespace

std::vector<Run> resolve_full_sweep(const Config& config, const SweepOptions& options, Diagnostics& diagnostics) {
    const Edition& edition = *config.edition;
    std::vector<Run> runs;
    for (const std::string& runner_type : options.runner_types) {
        if (config.find_runner(runner_type) == nullptr) report_unknown_runner_type(config, runner_type, diagnostics);
    }
    if (diagnostics.has_errors()) return runs;

    std::set<std::pair<std::int64_t, std::int64_t>> seq_len_filter;
    for (const std::string& name : options.seq_lens) {
        if (auto pair = parse_sequence_length(edition, name)) seq_len_filter.insert(*pair);
    }
    const bool want_single = options.node_kinds != NodeKinds::multi_node;
    const bool want_multi = options.node_kinds != NodeKinds::single_node;
    const ScenarioSelection scenarios = select_scenarios(edition, options);

    // The configs the filters select, each with the runners its runs are repeated on (with a node
    // filter, every matching node of its runner type), counted against the budget before expanding.
    std::vector<std::pair<const MasterEntry*, std::vector<std::string>>> selected;
    std::vector<ConfigRunCount> counts;
    for (const MasterEntry& entry : config.entries) {
        if (!options.model_prefixes.empty() && !key_starts_with_any(entry.key, options.model_prefixes)) continue;
        if (!options.precisions.empty() && !list_contains(options.precisions, entry.precision)) continue;
        if (!options.frameworks.empty() && !list_contains(options.frameworks, entry.framework)) continue;
        if (!options.runner_types.empty() && !list_contains(options.runner_types, entry.runner)) continue;
        if (entry.multinode ? !want_multi : !want_single) continue;
        std::vector<std::string> runners{entry.runner};
        if (options.runner_node_filter) {
            runners.clear();
            if (const RunnerType* runner = config.find_runner(entry.runner)) {
                for (const std::string& node : runner->nodes) {
                    if (node.find(*options.runner_node_filter) != std::string::npos) runners.push_back(node);
                }
            }
            if (runners.empty()) continue;
        }
        counts.push_back(
            {&entry, config_run_bound(entry, options.step_size, static_cast<std::int64_t>(runners.size()))});
        selected.emplace_back(&entry, std::move(runners));
    }
    if (!within_run_budget(counts, options.max_runs, diagnostics)) return runs;

    for (const auto& [selected_entry, runners] : selected) {
        const MasterEntry& entry = *selected_entry;
        if (scenarios.fixed) {
            for (const SeqLenConfig& seq_len : entry.seq_len_configs) {
                if (!seq_len_filter.empty() && !seq_len_filter.count({seq_len.isl, seq_len.osl})) continue;
                for (const SearchSpaceRow& row : seq_len.search_space) {
                    if (entry.multinode) {
                        std::vector<std::int64_t> concs = row_concurrencies(row, options);
                        if (concs.empty()) continue;
                        for (const std::string& runner : runners) {
                            Run run = make_run(edition, entry, seq_len, row, runner);
                            run.conc = concs;
                            runs.push_back(std::move(run));
                        }
                        continue;
                    }
                    if (options.max_tp && row.tp > *options.max_tp) continue;
                    for (std::int64_t conc : row_concurrencies(row, options)) {
                        for (const std::string& runner : runners) {
                            Run run = make_run(edition, entry, seq_len, row, runner);
                            if (options.max_ep && row.ep && *row.ep > *options.max_ep) run.ep = *options.max_ep;
                            run.conc = {conc};
                            runs.push_back(std::move(run));
                        }
                    }
                }
            }
        }
        if (scenarios.agentic) {
            for (const AgenticBlock& block : entry.agentic_blocks) {
                for (const SearchSpaceRow& row : block.search_space) {
                    append_agentic_runs(edition, entry, row, runners, agentic_concurrencies(row, options), runs);
                }
            }
        }
    }
    return runs;
}

}  // namespace sweepc
