#include "review/changelog_sweeps.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "emit/matrix_entry.h"
#include "lint/changelog_lint.h"
#include "plan/run_budget.h"
#include "plan/sweep.h"
#include "review/append_only_delta.h"
#include "review/recipe_fingerprint.h"
#include "review/trim_concurrency.h"
#include "source/did_you_mean.h"

namespace sweepc {
namespace {

// Resolves an entry's config-keys as the processor does: patterns in the order written (`*` any
// run of characters, everything else literal), each pattern's matches in config order, each
// config once, where first seen. A pattern that matches nothing is an error.
std::vector<const MasterEntry*> resolve_config_keys(const ChangelogEntry& entry, const Config& config,
                                                    Diagnostics& diagnostics) {
    std::vector<const MasterEntry*> resolved;
    std::vector<std::string> names;
    for (const MasterEntry& master : config.entries) names.push_back(master.key);
    for (std::size_t i = 0; i < entry.config_keys.size(); ++i) {
        const std::string& pattern = entry.config_keys[i];
        std::vector<const MasterEntry*> matches = configs_matching_pattern(config, pattern);
        if (matches.empty()) {
            std::string message =
                pattern.find('*') != std::string::npos
                    ? fmt::format("no config key matches the wildcard pattern '{}' in the master configs", pattern)
                    : fmt::format("config key '{}' is not in the master configs", pattern);
            if (auto suggestion = closest_match(pattern, names)) message += fmt::format("; did you mean '{}'?", *suggestion);
            diagnostics.error("changelog/unknown-config-key", entry.config_key_locations[i], message);
        }
        for (const MasterEntry* match : matches) {
            if (std::find(resolved.begin(), resolved.end(), match) == resolved.end()) resolved.push_back(match);
        }
    }
    return resolved;
}

// The run budget over the whole change, before any sweep is expanded: every config the entries
// name, once, as test-config expands it (ranges by 2, on its runner label alone). Eval sweeps
// select among the same runs and append-only entries compare the same sweep of the base, so a
// change within this count stays within a small multiple of it; a change that names a config of
// millions of runs is refused here rather than after a sweep has made them.
bool scheduled_configs_within_budget(const std::vector<std::vector<const MasterEntry*>>& resolved,
                                     std::int64_t max_runs, Diagnostics& diagnostics) {
    std::vector<ConfigRunCount> counts;
    std::set<const MasterEntry*> counted;
    for (const std::vector<const MasterEntry*>& configs : resolved) {
        for (const MasterEntry* config : configs) {
            if (counted.insert(config).second) counts.push_back({config, config_run_bound(*config, 2, 1)});
        }
    }
    return within_run_budget(counts, max_runs, diagnostics);
}

std::vector<ChangelogRow> rows_of(const Config& config, const SweepOptions& options, Diagnostics& diagnostics) {
    std::vector<ChangelogRow> rows;
    for (Run& run : resolve_sweep(config, options, diagnostics)) {
        nlohmann::ordered_json entry = matrix_entry(run);
        rows.push_back({std::move(run), std::move(entry)});
    }
    return rows;
}

// 2026-03: one test-config sweep per entry, evals marked in its runs; configs in master-config
// order (the suite's processor used a Python set, whose order changed from run to run), each
// config under the first entry that names it.
std::optional<ChangelogSweep> one_sweep_per_entry(const AddedChangelog& added, const Config& config,
                                                  std::int64_t max_runs, Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    std::vector<std::vector<const MasterEntry*>> resolved;
    for (const ChangelogEntry& entry : added.entries) resolved.push_back(resolve_config_keys(entry, config, diagnostics));
    if (!scheduled_configs_within_budget(resolved, max_runs, diagnostics)) return std::nullopt;
    ChangelogSweep sweep;
    std::set<const MasterEntry*> scheduled;
    for (std::size_t i = 0; i < added.entries.size(); ++i) {
        const ChangelogEntry& entry = added.entries[i];
        const std::vector<const MasterEntry*>& named = resolved[i];
        SweepOptions options;
        options.mode = SweepMode::test_config;
        options.max_runs = max_runs;
        options.evals = entry.evals_only ? EvalMode::evals_only : EvalMode::run_evals;
        for (const MasterEntry& master : config.entries) {
            const bool is_named = std::find(named.begin(), named.end(), &master) != named.end();
            if (is_named && scheduled.insert(&master).second) options.config_keys.push_back(master.key);
        }
        if (options.config_keys.empty()) continue;
        for (ChangelogRow& row : rows_of(config, options, diagnostics)) sweep.throughput.push_back(std::move(row));
    }
    if (diagnostics.error_count() != errors_before) return std::nullopt;
    return sweep;
}

// The scenarios of the edition, in the processor's order (fixed-sequence-length, agentic).
std::vector<std::string> scenario_names(const Edition& edition) {
    std::vector<std::string> names;
    for (const auto* path : {&edition.fixed_blocks_path, &edition.agentic_blocks_path}) {
        if (!path->empty()) names.emplace_back(path->back());
    }
    return names;
}

// Configs grouped by the scenarios of `wanted` that no earlier entry ran for them (`seen`, which
// this updates), groups in first-seen order: one generator call per group.
using ScenarioGroups = std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>>;
ScenarioGroups group_unseen_scenarios(const std::vector<const MasterEntry*>& configs,
                                      const std::vector<std::string>& all_scenarios,
                                      const std::vector<std::string>& wanted,
                                      std::map<std::string, std::set<std::string>>& seen) {
    ScenarioGroups groups;
    for (const MasterEntry* config : configs) {
        std::vector<std::string> unseen;
        for (const std::string& scenario : all_scenarios) {
            const bool is_wanted = std::find(wanted.begin(), wanted.end(), scenario) != wanted.end();
            if (is_wanted && !seen[config->key].contains(scenario)) unseen.push_back(scenario);
        }
        if (unseen.empty()) continue;
        seen[config->key].insert(unseen.begin(), unseen.end());
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& item) { return item.first == unseen; });
        if (group == groups.end()) group = groups.insert(groups.end(), {unseen, {}});
        group->second.push_back(config->key);
    }
    return groups;
}

// Multi-node eval rows whose prefill ep is below the entry's eval-min-prefill-ep are left out (a
// prefill ep that is not an integer, too, as the processor's int() refused it).
void drop_low_prefill_ep(std::vector<ChangelogRow>& rows, std::optional<std::int64_t> min_prefill_ep) {
    if (!min_prefill_ep) return;
    std::erase_if(rows, [&](const ChangelogRow& row) {
        auto prefill = row.entry.find("prefill");
        if (prefill == row.entry.end() || !prefill->is_object()) return false;
        auto ep = prefill->find("ep");
        if (ep == prefill->end()) return 1 < *min_prefill_ep;
        return !ep->is_number_integer() || ep->get<std::int64_t>() < *min_prefill_ep;
    });
}

// 2026-08: per entry, a throughput sweep and an eval sweep of the scenarios no earlier entry ran
// for each config (FORMAT §9 of the suite's 2026-08 description).
std::optional<ChangelogSweep> throughput_and_eval_sweeps(const AddedChangelog& added, const Config& config,
                                                         const Config* base, const ChangelogOptions& options,
                                                         Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    std::vector<const ChangelogEntry*> entries;
    for (const ChangelogEntry& entry : added.entries) entries.push_back(&entry);
    {
        std::vector<std::string> eval_options;
        if (options.all_evals) eval_options.emplace_back("--all-evals");
        if (options.evals_only) eval_options.emplace_back("--evals-only");
        std::vector<Diagnostic> problems;
        find_append_only_entry_problems(entries, eval_options, problems);
        for (Diagnostic& problem : problems) diagnostics.add(std::move(problem));
    }
    std::map<const ChangelogEntry*, std::vector<const MasterEntry*>> resolved;
    std::vector<std::vector<const MasterEntry*>> resolved_in_order;
    for (const ChangelogEntry* entry : entries) {
        resolved[entry] = resolve_config_keys(*entry, config, diagnostics);
        resolved_in_order.push_back(resolved[entry]);
    }
    if (!scheduled_configs_within_budget(resolved_in_order, options.max_runs, diagnostics)) return std::nullopt;
    if (has_append_only_entries(added)) {
        if (base == nullptr) {
            diagnostics.error("changelog/append-only-entry", added.entries.front().location,
                              "the configs at the base revision do not load, so the points an append-only entry "
                              "adds cannot be told apart (see the errors about them)");
        } else {
            for (const ChangelogEntry* entry : entries) {
                for (const MasterEntry* master : resolved[entry]) {
                    if (base->find_entry(master->key) != nullptr) continue;
                    diagnostics.error("changelog/append-only-entry", entry->field_location("config-keys"),
                                      fmt::format("config '{}' is not in the base revision's master configs: an "
                                                  "append-only entry can only add points to configs that exist",
                                                  master->key),
                                      std::string("drop append-only for a new config"));
                }
            }
        }
    }
    if (diagnostics.error_count() != errors_before) return std::nullopt;

    // all-evals entries first, so their wider eval sweep is the one a config gets.
    std::stable_partition(entries.begin(), entries.end(), [](const ChangelogEntry* entry) { return entry->all_evals; });
    const std::vector<std::string> all_scenarios = scenario_names(*config.edition);
    std::map<std::string, std::set<std::string>> throughput_seen, evals_seen;
    ChangelogSweep sweep;
    for (const ChangelogEntry* entry : entries) {
        const std::vector<std::string>& wanted = entry->scenario_types.empty() ? all_scenarios : entry->scenario_types;
        const bool throughput = !(options.evals_only || entry->evals_only || entry->all_evals);
        if (throughput) {
            for (const auto& [scenarios, keys] : group_unseen_scenarios(resolved[entry], all_scenarios, wanted, throughput_seen)) {
                SweepOptions sweep_options;
                sweep_options.mode = SweepMode::test_config;
                sweep_options.max_runs = options.max_runs;
                sweep_options.evals = EvalMode::none;
                sweep_options.config_keys = keys;
                if (scenarios != all_scenarios) sweep_options.scenario_types = scenarios;
                std::vector<ChangelogRow> rows = rows_of(config, sweep_options, diagnostics);
                if (entry->append_only) {
                    AppendOnlyDelta delta = append_only_delta(rows_of(*base, sweep_options, diagnostics), rows);
                    if (delta.problem) {
                        diagnostics.error("changelog/append-only-entry", entry->field_location("append-only"),
                                          fmt::format("the change is not append-only for {}: {}",
                                                      fmt::join(keys, ", "), *delta.problem),
                                          std::string("drop append-only to benchmark the configs in full"));
                    }
                    rows = std::move(delta.rows);
                }
                for (ChangelogRow& row : rows) sweep.throughput.push_back(std::move(row));
            }
        }
        if (entry->append_only) continue;
        for (const auto& [scenarios, keys] : group_unseen_scenarios(resolved[entry], all_scenarios, wanted, evals_seen)) {
            SweepOptions sweep_options;
            sweep_options.mode = SweepMode::test_config;
            sweep_options.max_runs = options.max_runs;
            sweep_options.evals = EvalMode::evals_only;
            sweep_options.all_evals = options.all_evals || entry->all_evals;
            sweep_options.config_keys = keys;
            sweep_options.scenario_types = scenarios;
            std::vector<ChangelogRow> rows = rows_of(config, sweep_options, diagnostics);
            drop_low_prefill_ep(rows, entry->eval_min_prefill_ep);
            for (ChangelogRow& row : rows) sweep.evals.push_back(std::move(row));
        }
    }
    if (diagnostics.error_count() != errors_before) return std::nullopt;
    if (options.trim_conc) trim_concurrency(sweep.throughput);
    for (ChangelogRow& row : sweep.throughput) row.entry["recipe-fingerprint"] = recipe_fingerprint(row.entry);
    return sweep;
}

}  // namespace

bool has_append_only_entries(const AddedChangelog& added) {
    return std::any_of(added.entries.begin(), added.entries.end(),
                       [](const ChangelogEntry& entry) { return entry.append_only; });
}

std::optional<ChangelogSweep> changelog_sweep(const AddedChangelog& added, const Config& head, const Config* base,
                                              const ChangelogOptions& options, Diagnostics& diagnostics) {
    switch (head.edition->changelog.processor) {
        case ChangelogProcessor::one_sweep_per_entry:
            return one_sweep_per_entry(added, head, options.max_runs, diagnostics);
        case ChangelogProcessor::throughput_and_eval_sweeps:
            return throughput_and_eval_sweeps(added, head, base, options, diagnostics);
    }
    return std::nullopt;
}

}  // namespace sweepc
