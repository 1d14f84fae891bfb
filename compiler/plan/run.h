#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/config.h"

namespace sweepc {

// The key order of a matrix entry. The suite's workflows do not care, but byte-identical output
// does: the sweep modes and runner-model-sweep wrote their fields in different orders.
enum class EntryLayout { sweep, runner_model };

// One job of the resolved sweep plan: a single-node run at one concurrency, or a multi-node run
// with its list of concurrencies.
struct Run {
    const MasterEntry* entry = nullptr;
    const SearchSpaceRow* row = nullptr;
    EntryLayout layout = EntryLayout::sweep;
    std::string runner;  // runner type, or a node name when nodes were expanded
    std::int64_t isl = 0;
    std::int64_t osl = 0;
    bool multinode = false;
    // Single-node fields.
    std::int64_t tp = 0;
    std::int64_t ep = 1;
    bool dp_attn = false;
    // Both.
    std::string spec_decoding = "none";
    std::vector<std::int64_t> conc;  // one value for single-node runs
    // Multi-node fields.
    const Worker* prefill = nullptr;
    const Worker* decode = nullptr;
    std::int64_t max_model_len = 0;
    std::string exp_name;
    bool disagg = false;
    bool run_eval = false;
};

}  // namespace sweepc
