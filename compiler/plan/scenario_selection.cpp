#include "plan/scenario_selection.h"

#include "plan/config_filters.h"
#include "plan/run_builder.h"

namespace sweepc {

ScenarioSelection select_scenarios(const Edition& edition, const SweepOptions& options) {
    if (options.scenario_types.empty()) return {};
    auto chosen = [&](const std::vector<std::string_view>& path) {
        return !path.empty() && list_contains(options.scenario_types, std::string(path.back()));
    };
    return {chosen(edition.fixed_blocks_path), chosen(edition.agentic_blocks_path)};
}

void append_agentic_runs(const Edition& edition, const MasterEntry& entry, const SearchSpaceRow& row,
                         const std::vector<std::string>& runners, const std::vector<std::int64_t>& concs,
                         std::vector<Run>& runs) {
    if (entry.multinode) {
        for (const std::string& runner : runners) {
            for (std::int64_t conc : concs) runs.push_back(make_agentic_run(edition, entry, row, runner, conc));
        }
        return;
    }
    for (std::int64_t conc : concs) {
        for (const std::string& runner : runners) runs.push_back(make_agentic_run(edition, entry, row, runner, conc));
    }
}

}  // namespace sweepc
