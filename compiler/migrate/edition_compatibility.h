#pragma once
#include <string>
#include <vector>

#include "load/yaml_node.h"
#include "migrate/edition_step.h"
#include "migrate/kv_transfer_rules.h"
#include "source/diagnostic.h"

namespace sweepc::migrate {

// A `kv-p2p-transfer` declaration to add to a disaggregated config while migrating it.
struct KvTransferInsertion {
    const yaml::Node* config_key = nullptr;  // the config's name
    const yaml::Node* config = nullptr;      // the config's mapping
    std::string config_name;
    std::string backend;
};

// The validation rules of the target edition that a valid file of the source edition can break
// (for 2026-03 to 2026-08, FORMAT.md §3), checked on the configs that migration rewrites:
//  - a single-node config with `disagg: true`, when the target's schema allows only false: error;
//  - a multi-node `disagg: true` config without `kv-p2p-transfer`, when the target requires one
//    and the source cannot hold it: an insertion when a --kv-p2p-transfer rule matches, an error
//    otherwise;
//  - an empty list of blocks (the target needs a non-empty scenario): error.
// Errors are located in the source file and say what to do. `rules_used[i]` is set when rule i
// supplied a backend.
std::vector<KvTransferInsertion> check_master_config_compatibility(const yaml::Document& document,
                                                                   const EditionStep& step,
                                                                   const std::vector<KvTransferRule>& rules,
                                                                   std::vector<bool>& rules_used,
                                                                   Diagnostics& diagnostics);

// What keeps its meaning but changes its name: fixed-seq-len blocks at a sequence length the
// source edition names (`1k8k`) and the target does not get runs named `<prefix>_<isl>_<osl>`
// there. One note per file and name, at the first such block of `document` (either form).
void note_renamed_sequence_lengths(const yaml::Document& document, const EditionStep& step, Diagnostics& diagnostics);

}  // namespace sweepc::migrate
