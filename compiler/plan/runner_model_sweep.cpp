#include <algorithm>

#include <fmt/format.h>

#include "plan/config_filters.h"
#include "plan/run_builder.h"
#include "plan/run_budget.h"
#include "plan/sweep.h"

namespace sweepc {
namespace {

// The smallest listed concurrency of a row; rows with a range sort last, as in the suite.
std::int64_t lowest_listed(const SearchSpaceRow& row) {
    if (row.conc_list.empty()) return INT64_MAX;
    return *std::min_element(row.conc_list.begin(), row.conc_list.end());
}

}  // namespace

std::vector<Run> resolve_runner_model_sweep(const Config& config, const SweepOptions& options,
                                            Diagnostics& diagnostics) {
    std::vector<Run> runs;
    const std::string& runner_type = options.runner_types.front();
    const RunnerType* runner = config.find_runner(runner_type);
    if (runner == nullptr) {
        report_unknown_runner_type(config, runner_type, diagnostics);
        return runs;
    }
    std::vector<std::string> nodes = runner->nodes;
    if (options.runner_node_filter) {
        std::erase_if(nodes, [&](const std::string& node) {
            return node.find(*options.runner_node_filter) == std::string::npos;
        });
        if (nodes.empty()) {
            diagnostics.error("usage", SourceLocation{"--runner-node-filter", 0, 0, 0, 0},
                              fmt::format("no node of runner type '{}' contains '{}'", runner_type,
                                          *options.runner_node_filter));
            return runs;
        }
    }

    // One smoke run per selected config and node, counted against the budget before expanding.
    std::vector<const MasterEntry*> selected;
    std::vector<ConfigRunCount> counts;
    for (const MasterEntry& entry : config.entries) {
        if (entry.runner != runner_type) continue;
        if (!options.model_prefixes.empty() && !key_starts_with_any(entry.key, options.model_prefixes)) continue;
        if (!options.precisions.empty() && !list_contains(options.precisions, entry.precision)) continue;
        if (!options.frameworks.empty() && !list_contains(options.frameworks, entry.framework)) continue;
        if (options.node_kinds == NodeKinds::single_node && entry.multinode) continue;
        if (options.node_kinds == NodeKinds::multi_node && !entry.multinode) continue;
        selected.push_back(&entry);
        counts.push_back({&entry, static_cast<std::int64_t>(nodes.size())});
    }
    if (!within_run_budget(counts, options.max_runs, diagnostics)) return runs;

    for (const MasterEntry* selected_entry : selected) {
        const MasterEntry& entry = *selected_entry;

        // One short smoke run per node: the 1k1k search space only.
        auto seq_len = std::find_if(entry.seq_len_configs.begin(), entry.seq_len_configs.end(),
                                    [](const SeqLenConfig& s) { return s.isl == 1024 && s.osl == 1024; });
        if (seq_len == entry.seq_len_configs.end()) continue;
        const auto& rows = seq_len->search_space;

        const SearchSpaceRow* chosen = nullptr;
        std::int64_t conc = 1;
        if (entry.multinode) {
            // The row with the lowest listed concurrency (the first on ties).
            chosen = &*std::min_element(rows.begin(), rows.end(), [](const SearchSpaceRow& a, const SearchSpaceRow& b) {
                return lowest_listed(a) < lowest_listed(b);
            });
            conc = !chosen->conc_list.empty() ? lowest_listed(*chosen)
                   : chosen->conc_range      ? chosen->conc_range->start
                                             : 1;
        } else {
            // The row with the highest TP (the first on ties), at its lowest concurrency.
            chosen = &*std::max_element(rows.begin(), rows.end(),
                                        [](const SearchSpaceRow& a, const SearchSpaceRow& b) { return a.tp < b.tp; });
            conc = chosen->conc_range ? chosen->conc_range->start : lowest_listed(*chosen);
        }
        if (!options.conc.empty()) conc = options.conc.front();

        for (const std::string& node : nodes) {
            Run run = make_run(*config.edition, entry, *seq_len, *chosen, node);
            run.kind = entry.multinode ? EntryKind::multi_node_smoke : EntryKind::single_node_smoke;
            run.isl = 1024;
            run.osl = 1024;
            run.max_model_len = 2048;
            run.exp_name = entry.model_prefix + "_test";
            run.conc = {conc};
            runs.push_back(std::move(run));
        }
    }
    return runs;
}

}  // namespace sweepc
