#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "load/yaml_node.h"
#include "source/source_location.h"

namespace sweepc {

struct Edition;

// A prefill or decode worker group of a multi-node row. `node` is the mapping as written: the
// sweep modes copy it into the matrix (key order included), as the suite's generator did.
struct Worker {
    const yaml::Node* node = nullptr;
    std::int64_t num_worker = 0;
    std::int64_t tp = 0;
    std::int64_t ep = 0;
    bool dp_attn = false;
    std::int64_t pp = 1;        // 2026-08 on
    std::int64_t dcp_size = 1;  // 2026-08 on
    std::int64_t pcp_size = 1;  // 2026-08 on
    std::vector<std::string> additional_settings;
};

struct ConcurrencyRange {
    std::int64_t start = 0;
    std::int64_t end = 0;
};

// One row of a search space. Single-node rows have tp (and optional ep / dp-attn); multi-node rows
// have prefill and decode workers. Concurrency is a range or a list, never both.
struct SearchSpaceRow {
    const yaml::Node* node = nullptr;
    SourceLocation location;
    std::int64_t tp = 0;
    std::optional<std::int64_t> ep;
    std::optional<bool> dp_attn;
    std::int64_t pp = 1;        // 2026-08 on, single-node rows
    std::int64_t dcp_size = 1;  // 2026-08 on, single-node rows
    std::int64_t pcp_size = 1;  // 2026-08 on, single-node rows
    std::string spec_decoding = "none";
    std::optional<ConcurrencyRange> conc_range;
    std::vector<std::int64_t> conc_list;  // empty when the row uses a range
    std::optional<Worker> prefill;
    std::optional<Worker> decode;
    // Component metadata (2026-08 on), copied into entries as written: the row's own value, else
    // the config's; nullptr when neither gives one (a row's `router: null` opts out).
    const yaml::Node* router = nullptr;
    const yaml::Node* kv_p2p_transfer = nullptr;
    // Agentic rows: `none` or `dram`, the offload backend mapping, and the CPU DRAM budget the
    // row's KV offload may use (0 without offloading).
    std::string kv_offloading;
    const yaml::Node* kv_offload_backend = nullptr;
    std::int64_t total_cpu_dram_gb = 0;
};

// A fixed-sequence-length block: `seq-len-configs` items (2026-03), `scenarios.fixed-seq-len`
// items (2026-08).
struct SeqLenConfig {
    SourceLocation location;
    std::int64_t isl = 0;
    std::int64_t osl = 0;
    std::vector<SearchSpaceRow> search_space;
};

// A `scenarios.agentic-coding` block (2026-08 on): trace replay rows and the share of the node's
// CPU DRAM their KV offload may use.
struct AgenticBlock {
    SourceLocation location;
    std::optional<double> dram_utilization;
    std::vector<SearchSpaceRow> search_space;
};

// One top-level entry of a master config, e.g. `kimik2.5-fp4-mi355x-vllm`.
struct MasterEntry {
    std::string key;
    SourceLocation location;  // of the key
    const yaml::Node* node = nullptr;
    std::string image;
    std::string model;
    std::string model_prefix;
    std::string precision;
    std::string framework;
    std::string runner;
    bool multinode = false;
    bool disagg = false;
    std::vector<SeqLenConfig> seq_len_configs;  // the fixed-sequence-length blocks
    std::vector<AgenticBlock> agentic_blocks;

    // Where a field's value is written, for findings about it; the entry's key when absent.
    SourceLocation field_location(std::string_view field) const;
};

// A runner type (2026-03) or label (2026-08): the name a config's `runner` gives, and its nodes.
struct RunnerType {
    std::string name;
    SourceLocation location;
    std::vector<std::string> nodes;
};

// What the runners file says about the machines of a label (2026-08 `hardware:`).
struct RunnerHardware {
    std::string label;
    SourceLocation location;
    std::optional<std::int64_t> available_cpu_dram_mib;
    std::optional<std::int64_t> gpus_per_node;
};

// Everything loaded for one run: the edition the inputs are written in, the master entries of all
// config files in file order, the runners, and the parsed documents the entries point into.
struct Config {
    const Edition* edition = nullptr;  // never null once loaded
    std::string edition_reason;        // "--edition 2026-08", "detected from …", for messages
    std::deque<yaml::Document> documents;
    std::vector<MasterEntry> entries;
    // Entries set aside because they have errors of their own (only when loading with
    // ConfigInputs::set_aside_invalid_entries): their names exist, nothing else of them is used.
    std::vector<MasterEntry> invalid_entries;
    std::vector<RunnerType> runner_types;
    std::vector<RunnerHardware> hardware;
    std::string runner_file;

    const MasterEntry* find_entry(std::string_view key) const;
    const RunnerType* find_runner(std::string_view name) const;
    const RunnerHardware* find_hardware(std::string_view label) const;
};

}  // namespace sweepc
