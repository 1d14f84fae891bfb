#include <algorithm>
#include <set>

#include "plan/concurrency.h"
#include "plan/config_filters.h"
#include "plan/config_key_glob.h"
#include "plan/run_builder.h"
#include "plan/run_budget.h"
#include "plan/scenario_selection.h"
#include "plan/sequence_length.h"
#include "plan/sweep.h"

namespace sweepc {
namespace {

// test-config's --runner-node-filter (2026-08): the config's runner label itself when it contains
// the text, then the label's nodes that do, each once. Without a filter, the label.
std::vector<std::string> test_config_runners(const Config& config, const MasterEntry& entry,
                                             const SweepOptions& options) {
    if (!options.runner_node_filter) return {entry.runner};
    const std::string& text = *options.runner_node_filter;
    std::vector<std::string> runners;
    if (entry.runner.find(text) != std::string::npos) runners.push_back(entry.runner);
    if (const RunnerType* runner = config.find_runner(entry.runner)) {
        for (const std::string& node : runner->nodes) {
            if (node.find(text) != std::string::npos && !list_contains(runners, node)) runners.push_back(node);
        }
    }
    return runners;
}

// A row's concurrencies, always stepping ranges by 2 whatever --step-size says (as the suite's
// generator does), kept to --conc when given.
std::vector<std::int64_t> test_concurrencies(const SearchSpaceRow& row, const SweepOptions& options) {
    std::vector<std::int64_t> concs =
        row.conc_range ? expand_concurrency_range(row.conc_range->start, row.conc_range->end, 2) : row.conc_list;
    if (!options.conc.empty()) {
        std::erase_if(concs, [&](std::int64_t c) {
            return std::find(options.conc.begin(), options.conc.end(), c) == options.conc.end();
        });
    }
    return concs;
}

}  // namespace

// Every run of the selected configs, in the order the keys were given, filtered only by --conc,
// --seq-lens, --scenario-type and --runner-node-filter.
std::vector<Run> resolve_test_config(const Config& config, const SweepOptions& options, Diagnostics& diagnostics) {
    const Edition& edition = *config.edition;
    std::vector<Run> runs;
    std::vector<const MasterEntry*> selected = select_config_keys(config, options.config_keys, diagnostics);
    if (diagnostics.has_errors()) return runs;
    std::set<std::pair<std::int64_t, std::int64_t>> seq_len_filter;
    for (const std::string& name : options.seq_lens) {
        if (auto pair = parse_sequence_length(edition, name)) seq_len_filter.insert(*pair);
    }
    const ScenarioSelection scenarios = select_scenarios(edition, options);
    // Counted against the budget before expanding; ranges step by 2 here (test_concurrencies).
    std::vector<std::vector<std::string>> runners_of;
    std::vector<ConfigRunCount> counts;
    for (const MasterEntry* entry : selected) {
        runners_of.push_back(test_config_runners(config, *entry, options));
        counts.push_back({entry, config_run_bound(*entry, 2, static_cast<std::int64_t>(runners_of.back().size()))});
    }
    if (!within_run_budget(counts, options.max_runs, diagnostics)) return runs;

    for (std::size_t i = 0; i < selected.size(); ++i) {
        const MasterEntry* entry = selected[i];
        const std::vector<std::string>& runners = runners_of[i];
        if (runners.empty()) continue;
        if (scenarios.fixed) {
            for (const SeqLenConfig& seq_len : entry->seq_len_configs) {
                if (!seq_len_filter.empty() && !seq_len_filter.count({seq_len.isl, seq_len.osl})) continue;
                for (const SearchSpaceRow& row : seq_len.search_space) {
                    std::vector<std::int64_t> concs = test_concurrencies(row, options);
                    if (concs.empty()) continue;
                    if (entry->multinode) {
                        for (const std::string& runner : runners) {
                            Run run = make_run(edition, *entry, seq_len, row, runner);
                            run.conc = concs;
                            runs.push_back(std::move(run));
                        }
                        continue;
                    }
                    for (std::int64_t conc : concs) {
                        for (const std::string& runner : runners) {
                            Run run = make_run(edition, *entry, seq_len, row, runner);
                            run.conc = {conc};
                            runs.push_back(std::move(run));
                        }
                    }
                }
            }
        }
        if (scenarios.agentic) {
            for (const AgenticBlock& block : entry->agentic_blocks) {
                for (const SearchSpaceRow& row : block.search_space) {
                    append_agentic_runs(edition, *entry, row, runners, test_concurrencies(row, options), runs);
                }
            }
        }
    }
    return runs;
}

}  // namespace sweepc
