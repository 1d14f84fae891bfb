#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sweepc {

// An edition is one generation of the suite's format and its generator's contract, named by the
// month it describes (`2026-03`, `2026-08`). Everything that differs between generations is a
// field of this struct, filled in one file per edition (edition_2026_03.cpp, …); the stages take
// the Edition as input and never ask which one it is. Fields and types of the files themselves
// live in the edition's schemas (schemas/<name>/), not here.

// The kinds of matrix entries a generator prints. Each kind an edition has is laid out by one
// definition of its matrix-entry schema: the definition's `properties` order is the key order.
enum class EntryKind : std::uint8_t {
    single_node_fixed,    // one run at one concurrency, fixed sequence lengths
    multi_node_fixed,     // prefill/decode workers, a list of concurrencies
    single_node_agentic,  // agentic-coding trace replay on one node
    multi_node_agentic,   // agentic-coding on prefill/decode workers, one concurrency per entry
    single_node_smoke,    // runner-model-sweep's short run on every node
    multi_node_smoke,
};

// How evals are chosen; each policy is one function in plan/eval_selection.
enum class EvalPolicy {
    // Among single-node 1k8k runs per group: the highest concurrency of the highest and of the
    // lowest TP. Off unless asked for (--run-evals / --evals-only).
    extremes_of_tp_at_1k8k,
    // Fixed runs at 8k1k: the top and upper-median concurrency per group (single-node, from 16),
    // the largest eligible concurrency per parallelism (multi-node, `eval-conc`); agentic runs
    // opt in. On by default (--no-evals), with --all-evals expanding to every run.
    median_and_max_at_8k1k,
};

// How the suite's changelog processor turns the entries a change adds into sweeps; each is one
// function of review/changelog_sweeps.
enum class ChangelogProcessor {
    // One test-config sweep per entry with evals marked in its runs (--run-evals, or
    // --evals-only for an evals-only entry); a config named again by a later entry runs once.
    one_sweep_per_entry,
    // Per entry, a throughput sweep (--no-evals) and an eval sweep (--evals-only, --all-evals)
    // of the scenarios no earlier entry ran for each config; all-evals entries first;
    // append-only entries keep only the points added since the base revision; eval runs in
    // their own buckets; --trim-conc; throughput runs carry a recipe fingerprint.
    throughput_and_eval_sweeps,
};

// The changelog processor's contract in an edition.
struct ChangelogContract {
    std::string_view entry_schema;   // the changelog's entries, and their order in changelog_metadata
    std::string_view matrix_schema;  // the output: buckets, and each row kind's key order
    ChangelogProcessor processor = ChangelogProcessor::one_sweep_per_entry;
    // The processor's options beyond --base-ref/--head-ref/--changelog-file (long names).
    std::vector<std::string_view> options;
    // The bucket key of agentic throughput runs (fixed runs are keyed by sequence length).
    std::string_view agentic_bucket;
};

struct NamedSequenceLength {
    std::string_view name;  // 1k1k
    std::int64_t isl;
    std::int64_t osl;
};

// A sweep mode and the generator options it takes in an edition (long names, with "--").
// Options that are sweepc's own (--format, --edition, --github-output, …) are not listed: every
// edition has them.
struct SweepModeSpec {
    std::string_view name;  // the sub-command: full-sweep
    std::vector<std::string_view> options;
};

// A construct that belongs to another edition, and how this edition says it.
struct ReplacedConstruct {
    std::string_view construct;  // a field name, option or sub-command
    std::string_view instead;    // what to write in this edition
};

struct Edition {
    std::string_view name;  // "2026-08"
    std::string_view describes;  // what the edition is, for --help and messages

    // Schemas, as names under schemas/ (compiled in).
    std::string_view master_config_schema;
    std::string_view runners_schema;
    std::string_view matrix_entry_schema;
    // The matrix-entry schema definition that lays out each entry kind this edition has.
    std::vector<std::pair<EntryKind, std::string_view>> entry_definitions;

    // Where the suite keeps its files, relative to a checkout's root.
    std::string_view config_folder;          // .github/configs, configs
    std::string_view default_runner_config;  // --runner-config's default, relative to the cwd

    // The master config's layout: the field whose presence in a config entry marks the edition,
    // and where the fixed-sequence-length and agentic blocks are (a path of mapping keys; empty
    // when the edition has no such blocks).
    std::string_view master_marker;
    std::vector<std::string_view> fixed_blocks_path;
    std::vector<std::string_view> agentic_blocks_path;
    // The runners file's layout: empty for a flat `runner type: [nodes]` mapping, or the key of
    // the label mapping (and of the optional hardware mapping).
    std::string_view runner_labels_key;
    std::string_view runner_hardware_key;

    // Generation.
    std::vector<SweepModeSpec> modes;
    std::vector<NamedSequenceLength> sequence_lengths;  // --seq-lens choices and exp-name names
    std::int64_t max_model_len_margin = 0;              // isl + osl + margin
    EvalPolicy eval_policy = EvalPolicy::extremes_of_tp_at_1k8k;
    bool evals_on_by_default = false;  // off: --run-evals asks for them; on: --no-evals turns them off
    std::int64_t agentic_duration_seconds = 0;
    std::int64_t dram_cap_mib = 0;  // the most CPU DRAM an agentic KV offload budget counts
    std::string_view agentic_runner_prefix;  // agentic configs run on runners named so

    // Behaviour switches: rules that changed meaning between generations.
    // `disagg: true` needs a kv-p2p-transfer backend (at the top or in every row).
    bool disagg_requires_kv_p2p_transfer = false;
    // `conc-list: []` beside a range: the generator's test-config ran nothing for such a fixed
    // row while full-sweep ran the range, so it is refused instead of guessed at.
    bool empty_conc_list_beside_range_is_error = false;

    // What sweepc implements for this edition beyond matrices. A command that needs a missing
    // piece says so (a note, or an error when it is the whole command) instead of guessing.
    bool resolves_benchmark_scripts = false;  // check: configs/script-conventions.yaml applies
    bool writes_run_scripts = false;          // emit: each run's benchmark job environment

    // The changelog processor's contract (sweepc changelog, the changelog rules, diff's schedule).
    ChangelogContract changelog;

    // Constructs of other editions this one replaced, for messages that say what to write.
    std::vector<ReplacedConstruct> replaced;

    const SweepModeSpec* find_mode(std::string_view mode_name) const;
    std::optional<std::string_view> entry_definition(EntryKind kind) const;
    const NamedSequenceLength* find_sequence_length(std::string_view sequence_name) const;
    std::optional<std::string_view> replacement_of(std::string_view construct) const;
};

// Every edition sweepc knows, oldest first.
std::span<const Edition* const> all_editions();
const Edition* find_edition(std::string_view name);
const Edition& newest_edition();
// "2026-03, 2026-08" (or another separator), for messages and --help.
std::string edition_names(std::string_view separator = ", ");

const Edition& edition_2026_03();
const Edition& edition_2026_08();

}  // namespace sweepc
