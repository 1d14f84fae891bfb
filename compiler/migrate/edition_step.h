#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edition/edition.h"

namespace sweepc::migrate {

// What a migration from one edition to another changes, read from the two editions' definitions
// (edition/) and schemas, so the rewrite names no edition itself.
struct EditionStep {
    const Edition* from = nullptr;
    const Edition* to = nullptr;
    // Master configs: `<old_blocks_key>: X` becomes `<new_blocks_key>: {<new_blocks_inner_key>: X}`.
    std::string_view old_blocks_key;        // seq-len-configs
    std::string_view new_blocks_key;        // scenarios
    std::string_view new_blocks_inner_key;  // fixed-seq-len
    // Runners files: the flat mapping goes under this key.
    std::string_view labels_key;  // labels
    // Rules the target has and the source had not.
    bool requires_kv_transfer = false;        // `disagg: true` needs `kv-p2p-transfer`
    bool rejects_single_node_disagg = false;  // single-node configs must say `disagg: false`
    // Sequence lengths the source names (`1k8k`) and the target does not: their runs are renamed.
    std::vector<NamedSequenceLength> unnamed_sequence_lengths;
};

// The step from `from` to `to`; nothing, with the reason in `why_not`, when sweepc has no
// rewrite for it (the target is not newer, or the layouts differ in a way it cannot express).
std::optional<EditionStep> edition_step(const Edition& from, const Edition& to, std::string& why_not);

// The editions `sweepc migrate --to` accepts: every one that has an older edition to come from.
std::vector<std::string> migration_targets();

}  // namespace sweepc::migrate
