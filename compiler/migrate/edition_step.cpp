#include "migrate/edition_step.h"

#include <fmt/format.h>

#include "schema/schema_validator.h"

namespace sweepc::migrate {
namespace {

std::size_t edition_index(const Edition& edition) {
    std::span<const Edition* const> editions = all_editions();
    for (std::size_t i = 0; i < editions.size(); ++i) {
        if (editions[i] == &edition) return i;
    }
    return editions.size();
}

// Whether an edition's master config schema lets a single-node config say `disagg: true`: the
// schema, not C++, is where fields and their allowed values live.
bool allows_single_node_disagg(const Edition& edition) {
    const SchemaValidator validator(std::string(edition.master_config_schema));
    const nlohmann::ordered_json& schema = validator.schema_json();
    const nlohmann::ordered_json::json_pointer pointer("/definitions/single-node-entry/properties/disagg");
    if (!schema.contains(pointer)) return false;
    const nlohmann::ordered_json& disagg = schema.at(pointer);
    return !(disagg.contains("const") && disagg.at("const") == false);
}

bool names_sequence_length(const Edition& edition, const NamedSequenceLength& wanted) {
    for (const NamedSequenceLength& named : edition.sequence_lengths) {
        if (named.isl == wanted.isl && named.osl == wanted.osl) return true;
    }
    return false;
}

}  // namespace

std::optional<EditionStep> edition_step(const Edition& from, const Edition& to, std::string& why_not) {
    if (edition_index(from) >= edition_index(to)) {
        why_not = fmt::format("migration goes to a newer edition, and {} is not newer than {}", to.name, from.name);
        return std::nullopt;
    }
    // The one layout change sweepc rewrites: the blocks' single key becomes a key with an inner key;
    // the runners' flat mapping goes under a key.
    if (from.fixed_blocks_path.size() != 1 || to.fixed_blocks_path.size() != 2 || !from.runner_labels_key.empty() ||
        to.runner_labels_key.empty()) {
        why_not = fmt::format("sweepc has no rewrite from the {} layout to the {} layout", from.name, to.name);
        return std::nullopt;
    }
    EditionStep step;
    step.from = &from;
    step.to = &to;
    step.old_blocks_key = from.fixed_blocks_path[0];
    step.new_blocks_key = to.fixed_blocks_path[0];
    step.new_blocks_inner_key = to.fixed_blocks_path[1];
    step.labels_key = to.runner_labels_key;
    step.requires_kv_transfer = to.disagg_requires_kv_p2p_transfer && !from.disagg_requires_kv_p2p_transfer;
    step.rejects_single_node_disagg = allows_single_node_disagg(from) && !allows_single_node_disagg(to);
    for (const NamedSequenceLength& named : from.sequence_lengths) {
        if (!names_sequence_length(to, named)) step.unnamed_sequence_lengths.push_back(named);
    }
    return step;
}

std::vector<std::string> migration_targets() {
    std::vector<std::string> names;
    std::span<const Edition* const> editions = all_editions();
    for (std::size_t i = 1; i < editions.size(); ++i) names.emplace_back(editions[i]->name);
    return names;
}

}  // namespace sweepc::migrate
