#pragma once
#include <string>
#include <vector>

#include "load/yaml_node.h"
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

// The 2026-08 validation rules (FORMAT.md §3) that a valid 2026-03 master config can break,
// checked on the configs that migration rewrites (those with `seq-len-configs`):
//  - a single-node config with `disagg: true` (2026-08 allows only false there): error;
//  - a multi-node `disagg: true` config without `kv-p2p-transfer`, which 2026-08 requires and
//    2026-03 cannot hold: an insertion when a --kv-p2p-transfer rule matches, an error otherwise;
//  - an empty `seq-len-configs` (2026-08 needs a non-empty scenario): error.
// Errors are located in the 2026-03 file and say what to do. `rules_used[i]` is set when rule i
// supplied a backend.
std::vector<KvTransferInsertion> check_master_config_compatibility(const yaml::Document& document,
                                                                   const std::vector<KvTransferRule>& rules,
                                                                   std::vector<bool>& rules_used,
                                                                   Diagnostics& diagnostics);

// What keeps its meaning but changes under 2026-08 and is worth knowing before a sweep runs:
// fixed-seq-len blocks at isl 1024 / osl 8192 get runs named `<prefix>_1024_8192` (2026-03:
// `<prefix>_1k8k`). One note per file, at the first such block of `document` (either form).
void note_renamed_sequence_lengths(const yaml::Document& document, Diagnostics& diagnostics);

}  // namespace sweepc::migrate
