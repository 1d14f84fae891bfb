#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "plan/run.h"
#include "review/config_version.h"
#include "source/source_location.h"

namespace sweepc {

// What sets one run apart from the other runs of its config: sequence lengths, parallelism,
// spec-decoding and concurrency. A run with the same identity in both versions is the same
// run, "changed" when any other field of its matrix entry differs.
std::string run_identity(const Run& run);

// GPUs one job occupies: tp x pp x pcp-size for a single-node run; num-worker x tp x pp x
// pcp-size of the prefill and of the decode workers for a multi-node run.
std::int64_t run_gpus(const Run& run);

// A run as a reader names it, without the config key: "1k8k tp 4 ep 4 dp-attn mtp" or, for a
// multi-node run, "8k1k prefill 1x tp 8 ep 8 dp-attn / decode 2x tp 16 ep 16".
std::string run_shape(const Run& run);

// One field of the matrix entries that moved from `before` to `after`, and on how many runs.
struct FieldChange {
    std::string field;  // matrix-entry field; nested worker fields as prefill.additional-settings
    nlohmann::ordered_json before;
    nlohmann::ordered_json after;
    std::size_t runs = 0;
};

// Runs of one shape, added or removed together.
struct RunGroup {
    std::string shape;
    std::vector<std::int64_t> conc;  // every concurrency, in plan order
    std::size_t jobs = 0;
    std::int64_t gpus = 0;
    std::size_t evals = 0;  // jobs that also run evals
};

// Jobs, GPUs and eval jobs of one kind of run ("single-node agentic-coding", emit/run_kind.h) on
// each side.
struct KindChange {
    std::string kind;
    std::size_t jobs_before = 0;
    std::size_t jobs_after = 0;
    std::int64_t gpus_before = 0;
    std::int64_t gpus_after = 0;
    std::size_t evals_before = 0;
    std::size_t evals_after = 0;
};

struct ConfigChange {
    enum class Kind { added, removed, changed };
    Kind kind = Kind::changed;
    std::string key;
    SourceLocation location;  // the key in head, or in base for a removed config
    std::size_t jobs_before = 0;
    std::size_t jobs_after = 0;
    std::int64_t gpus_before = 0;
    std::int64_t gpus_after = 0;
    std::size_t runs_added = 0;
    std::size_t runs_removed = 0;
    std::size_t runs_changed = 0;
    std::vector<RunGroup> added;
    std::vector<RunGroup> removed;
    std::vector<FieldChange> field_changes;
    // Editions with scenario types (2026-08): the config's scenario types (head, else base) and
    // its jobs, GPUs and eval jobs per kind; empty otherwise.
    std::vector<std::string> scenario_types;
    std::vector<KindChange> kinds;
};

const char* config_change_kind_name(ConfigChange::Kind kind);

struct SweepTotals {
    std::size_t configs = 0;
    std::size_t jobs = 0;
    std::int64_t gpus = 0;
};

// The difference between the full sweeps of two versions of the configs. Configs are listed in
// head's order, then the removed ones in base's order; configs whose runs are identical are left out.
struct SweepDiff {
    std::string base_label;
    std::string head_label;
    SweepTotals base;
    SweepTotals head;
    std::vector<KindChange> kinds;  // editions with scenario types: every kind either side has
    std::vector<ConfigChange> configs;

    bool empty() const { return configs.empty(); }
};

SweepDiff diff_sweeps(const ConfigVersion& base, const ConfigVersion& head);

}  // namespace sweepc
