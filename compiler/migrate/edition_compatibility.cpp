#include "migrate/edition_compatibility.h"

#include <fmt/format.h>

namespace sweepc::migrate {
namespace {

constexpr const char* rule_id = "migrate";

bool is_true(const yaml::Node* node) {
    return node != nullptr && node->kind == yaml::Kind::boolean && node->boolean;
}

const yaml::MappingEntry* find_entry(const yaml::Node& mapping, std::string_view key) {
    for (const yaml::MappingEntry& entry : mapping.entries) {
        if (entry.key->text == key) return &entry;
    }
    return nullptr;
}

// The fixed-seq-len blocks of a config in either edition's form.
const yaml::Node* fixed_blocks(const yaml::Node& config, const EditionStep& step) {
    if (const yaml::Node* blocks = config.find(step.old_blocks_key)) return blocks;
    const yaml::Node* outer = config.find(step.new_blocks_key);
    return outer != nullptr && outer->kind == yaml::Kind::mapping ? outer->find(step.new_blocks_inner_key) : nullptr;
}

bool has_integer(const yaml::Node& block, std::string_view key, std::int64_t value) {
    const yaml::Node* node = block.find(key);
    return node != nullptr && node->kind == yaml::Kind::integer && node->integer == value;
}

}  // namespace

std::vector<KvTransferInsertion> check_master_config_compatibility(const yaml::Document& document,
                                                                   const EditionStep& step,
                                                                   const std::vector<KvTransferRule>& rules,
                                                                   std::vector<bool>& rules_used,
                                                                   Diagnostics& diagnostics) {
    std::vector<KvTransferInsertion> insertions;
    rules_used.resize(rules.size(), false);
    for (const yaml::MappingEntry& config_entry : document.root->entries) {
        const yaml::Node& config = *config_entry.value;
        const std::string& name = config_entry.key->text;
        if (config.kind != yaml::Kind::mapping) continue;
        const yaml::Node* blocks = config.find(step.old_blocks_key);
        if (blocks == nullptr) continue;

        if (blocks->kind == yaml::Kind::sequence && blocks->items.empty()) {
            diagnostics.error(rule_id, blocks->location,
                              fmt::format("config '{}' has no sequence-length blocks; {} requires at least one "
                                          "non-empty scenario, so add a block or remove the config before migrating",
                                          name, step.to->name));
        }
        const yaml::MappingEntry* disagg = find_entry(config, "disagg");
        if (disagg == nullptr || !is_true(disagg->value)) continue;
        if (!is_true(config.find("multinode"))) {
            if (!step.rejects_single_node_disagg) continue;
            diagnostics.error(rule_id, disagg->value->location,
                              fmt::format("config '{}' is single-node with 'disagg: true', which {} rejects (only "
                                          "multi-node configs can be disaggregated); set 'disagg: false' (its runs "
                                          "then say disagg false) or make it a multi-node config, then migrate",
                                          name, step.to->name),
                              "disagg: false");
            continue;
        }
        if (!step.requires_kv_transfer || config.find("kv-p2p-transfer") != nullptr) continue;
        if (const KvTransferRule* rule = find_kv_transfer_rule(rules, name)) {
            rules_used[static_cast<std::size_t>(rule - rules.data())] = true;
            insertions.push_back({config_entry.key, &config, name, rule->backend});
            continue;
        }
        diagnostics.error(
            rule_id, disagg->key->location,
            fmt::format("config '{}' is disaggregated ('disagg: true') but names no KV transfer backend, which {} "
                        "requires ('kv-p2p-transfer') and {} cannot hold, so migration cannot choose it; rerun with "
                        "--kv-p2p-transfer BACKEND (e.g. nixl, mooncake, mori), or with 'GLOB=BACKEND' for the "
                        "configs a glob matches",
                        name, step.to->name, step.from->name));
    }
    return insertions;
}

void note_renamed_sequence_lengths(const yaml::Document& document, const EditionStep& step, Diagnostics& diagnostics) {
    for (const NamedSequenceLength& named : step.unnamed_sequence_lengths) {
        const yaml::Node* first = nullptr;
        int count = 0;
        for (const yaml::MappingEntry& config_entry : document.root->entries) {
            if (config_entry.value->kind != yaml::Kind::mapping) continue;
            const yaml::Node* blocks = fixed_blocks(*config_entry.value, step);
            if (blocks == nullptr || blocks->kind != yaml::Kind::sequence) continue;
            for (const yaml::Node* block : blocks->items) {
                if (block->kind != yaml::Kind::mapping || !has_integer(*block, "isl", named.isl) ||
                    !has_integer(*block, "osl", named.osl)) {
                    continue;
                }
                if (first == nullptr) first = block->find("osl");
                ++count;
            }
        }
        if (first == nullptr) continue;
        const std::string which =
            count == 1 ? fmt::format("this fixed-seq-len block has isl {} and osl {}", named.isl, named.osl)
                       : fmt::format("{} fixed-seq-len blocks in this file have isl {} and osl {} (the first is here)",
                                     count, named.isl, named.osl);
        diagnostics.add(
            {rule_id, Severity::note, first->location,
             fmt::format("{}; {} names their runs '<model-prefix>_{}_{}' where {} said "
                         "'<model-prefix>_{}', and '--seq-lens {}' no longer selects them",
                         which, step.to->name, named.isl, named.osl, step.from->name, named.name, named.name),
             std::nullopt});
    }
}

}  // namespace sweepc::migrate
