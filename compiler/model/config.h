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

// A prefill or decode worker group of a multi-node row. `node` is the mapping as written: the
// sweep modes copy it into the matrix unchanged (key order included), as the suite's generator did.
struct Worker {
    const yaml::Node* node = nullptr;
    std::int64_t num_worker = 0;
    std::int64_t tp = 0;
    std::int64_t ep = 0;
    bool dp_attn = false;
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
    std::string spec_decoding = "none";
    std::optional<ConcurrencyRange> conc_range;
    std::vector<std::int64_t> conc_list;  // empty when the row uses a range
    std::optional<Worker> prefill;
    std::optional<Worker> decode;
};

struct SeqLenConfig {
    SourceLocation location;
    std::int64_t isl = 0;
    std::int64_t osl = 0;
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
    std::vector<SeqLenConfig> seq_len_configs;

    // Where a field's value is written, for findings about it; the entry's key when absent.
    SourceLocation field_location(std::string_view field) const;
};

struct RunnerType {
    std::string name;
    SourceLocation location;
    std::vector<std::string> nodes;
};

// Everything loaded for one run: the master entries of all config files in file order, the
// runners, and the parsed documents the entries point into.
struct Config {
    std::deque<yaml::Document> documents;
    std::vector<MasterEntry> entries;
    std::vector<RunnerType> runner_types;
    std::string runner_file;

    const MasterEntry* find_entry(std::string_view key) const;
    const RunnerType* find_runner(std::string_view name) const;
};

}  // namespace sweepc
