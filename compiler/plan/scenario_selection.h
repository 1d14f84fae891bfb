#pragma once
#include <string>
#include <vector>

#include "plan/run.h"
#include "plan/sweep_options.h"

namespace sweepc {

// Which scenarios' blocks a sweep reads (--scenario-type; both without it). The names are the keys
// the edition lists its blocks under (fixed-seq-len, agentic-coding).
struct ScenarioSelection {
    bool fixed = true;
    bool agentic = true;
};
ScenarioSelection select_scenarios(const Edition& edition, const SweepOptions& options);

// The runs of an agentic row at `concs` on `runners`, in the generator's order: single-node rows by
// concurrency then runner, multi-node rows by runner then concurrency (one entry per value).
void append_agentic_runs(const Edition& edition, const MasterEntry& entry, const SearchSpaceRow& row,
                         const std::vector<std::string>& runners, const std::vector<std::int64_t>& concs,
                         std::vector<Run>& runs);

}  // namespace sweepc
