#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edition/edition.h"
#include "model/config.h"

namespace sweepc {

// One job of the resolved sweep plan: a single-node run at one concurrency, or a multi-node run
// with its list of concurrencies (one value for multi-node agentic runs).
struct Run {
    const Edition* edition = nullptr;  // the edition the plan was resolved under
    const MasterEntry* entry = nullptr;
    const SearchSpaceRow* row = nullptr;
    std::string runner;  // runner type, or a node name when nodes were expanded
    std::int64_t isl = 0;  // fixed-sequence-length runs
    std::int64_t osl = 0;
    // Single-node fields.
    std::int64_t tp = 0;
    std::int64_t pp = 1;
    std::int64_t dcp_size = 1;
    std::int64_t pcp_size = 1;
    std::int64_t ep = 1;
    // Both.
    std::string spec_decoding = "none";
    std::vector<std::int64_t> conc;  // one value for single-node runs
    // Multi-node fields.
    const Worker* prefill = nullptr;
    const Worker* decode = nullptr;
    std::int64_t max_model_len = 0;
    std::string exp_name;
    // Agentic fields.
    std::string_view kv_offloading;  // the row's, which outlives the run
    std::int64_t total_cpu_dram_gb = 0;
    std::int64_t duration = 0;
    // Component metadata, as written in the config (nullptr: none).
    const yaml::Node* router = nullptr;
    const yaml::Node* kv_p2p_transfer = nullptr;
    const yaml::Node* kv_offload_backend = nullptr;
    // Evals. Fixed runs always carry run-eval; agentic runs only once evals were considered.
    std::optional<std::int64_t> eval_conc;
    std::optional<bool> run_eval;
    bool eval_only = false;
    bool eval_all_concs = false;
    // Kind (small fields last, packed together).
    bool multinode = false;
    bool agentic = false;
    bool dp_attn = false;
    bool disagg = false;
    EntryKind kind = EntryKind::single_node_fixed;

    bool marked_for_eval() const { return run_eval.value_or(false); }
};

}  // namespace sweepc
