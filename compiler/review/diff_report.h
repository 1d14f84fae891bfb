#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "review/script_changes.h"
#include "review/sweep_diff.h"
#include "source/diagnostic.h"

#include <nlohmann/json.hpp>

namespace sweepc {

// What the changelog entries a change adds schedule, counted as `sweepc changelog` plans them.
struct ChangelogSchedule {
    enum class State { scheduled, no_entries, deleted_lines, invalid, configs_do_not_load };
    State state = State::scheduled;
    std::size_t entries = 0;
    std::size_t jobs = 0;
    std::int64_t gpus = 0;
    // One kind of job: "single-node 1k1k", "multi-node agentic", "single-node 8k1k evals".
    struct Bucket {
        std::string name;
        std::size_t jobs = 0;
        std::int64_t gpus = 0;
    };
    // In the order the plan lists them: throughput buckets, then eval buckets.
    std::vector<Bucket> buckets;
};

// Everything a PR comment says about a change.
struct DiffReport {
    SweepDiff diff;
    // Whether both sides loaded, so `diff` means something; otherwise the findings say why.
    bool compared = true;
    // Uncovered changes, deleted changelog lines, configs that do not load: paths relative to the
    // working directory, without a `REV:` prefix.
    std::vector<Diagnostic> findings;
    std::optional<ChangelogSchedule> changelog;  // nothing when the suite keeps no changelog
    std::vector<TouchedScript> scripts;
};

// A change as a PR comment: totals table, what the new changelog entries schedule, the findings
// (folded in <details>), the scripts and launchers touched and which configs run them, then one
// section per changed config with its field changes ("image v0.16.0 -> v0.18.0 affects 35 runs")
// and the runs added and removed (in <details> when long).
std::string render_diff_markdown(const DiffReport& report);

// The same as JSON (documented in docs/review.md), pretty-printed, ending with a newline.
std::string render_diff_json(const DiffReport& report);

// "v0.16.0 -> v0.18.0" for two images of one repository, else both values in full.
std::string describe_value_change(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after);

}  // namespace sweepc
