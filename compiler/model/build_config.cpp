#include "model/build_config.h"

#include <fmt/format.h>

#include "edition/edition.h"
#include "model/config_checks.h"

namespace sweepc {
namespace {

std::string string_field(const yaml::Node& mapping, std::string_view name) {
    const yaml::Node* value = mapping.find(name);
    return value != nullptr ? value->text : std::string();
}

std::int64_t integer_field(const yaml::Node& mapping, std::string_view name, std::int64_t absent = 0) {
    const yaml::Node* value = mapping.find(name);
    return value != nullptr && value->kind == yaml::Kind::integer ? value->integer : absent;
}

std::optional<std::int64_t> optional_integer(const yaml::Node& mapping, std::string_view name) {
    const yaml::Node* value = mapping.find(name);
    if (value == nullptr || value->kind != yaml::Kind::integer) return std::nullopt;
    return value->integer;
}

std::optional<bool> optional_boolean(const yaml::Node& mapping, std::string_view name) {
    const yaml::Node* value = mapping.find(name);
    if (value == nullptr || value->kind != yaml::Kind::boolean) return std::nullopt;
    return value->boolean;
}

// The node at a path of mapping keys, or nullptr.
const yaml::Node* find_path(const yaml::Node& mapping, const std::vector<std::string_view>& path) {
    const yaml::Node* node = &mapping;
    for (std::string_view key : path) {
        if (node->kind != yaml::Kind::mapping) return nullptr;
        node = node->find(key);
        if (node == nullptr) return nullptr;
    }
    return node;
}

// Component metadata of a row: a value written in the row wins, `null` there opts out, and
// otherwise the config's own value applies (null counts as none).
const yaml::Node* component(const yaml::Node& row, const yaml::Node& config, std::string_view name) {
    const yaml::Node* value = row.find(name);
    if (value == nullptr) value = config.find(name);
    return value != nullptr && value->kind != yaml::Kind::null ? value : nullptr;
}

Worker build_worker(const yaml::Node& node) {
    Worker worker;
    worker.node = &node;
    worker.num_worker = integer_field(node, "num-worker");
    worker.tp = integer_field(node, "tp");
    worker.ep = integer_field(node, "ep");
    worker.dp_attn = optional_boolean(node, "dp-attn").value_or(false);
    worker.pp = integer_field(node, "pp", 1);
    worker.dcp_size = integer_field(node, "dcp-size", 1);
    worker.pcp_size = integer_field(node, "pcp-size", 1);
    if (const yaml::Node* settings = node.find("additional-settings")) {
        for (const yaml::Node* item : settings->items) worker.additional_settings.push_back(item->text);
    }
    return worker;
}

// The concurrency rules of a row, with the same meaning as the suite's validator: a range needs
// both ends, a list must be non-empty (an empty one counts as absent), and a row has exactly one
// of the two.
void read_concurrency(const yaml::Node& row, SearchSpaceRow& out, Diagnostics& diagnostics) {
    const yaml::Node* start = row.find("conc-start");
    const yaml::Node* end = row.find("conc-end");
    const yaml::Node* list = row.find("conc-list");
    // Values of the wrong type are schema errors reported elsewhere; judge only what is typed.
    auto typed = [](const yaml::Node* node, yaml::Kind kind) { return node == nullptr || node->kind == kind; };
    if (!typed(start, yaml::Kind::integer) || !typed(end, yaml::Kind::integer) || !typed(list, yaml::Kind::sequence)) {
        return;
    }
    const bool has_range = start != nullptr && end != nullptr;
    const bool has_list = list != nullptr && !list->items.empty();
    if (has_range && has_list) {
        diagnostics.error("schema", list->location,
                          "search-space row gives both 'conc-list' and 'conc-start'/'conc-end'; use either a list "
                          "or a range, not both");
        return;
    }
    if (!has_range && !has_list) {
        const yaml::Node* lone = start != nullptr ? start : end;
        std::string message =
            lone != nullptr
                ? fmt::format("search-space row has '{}' without '{}'; give both ends of the range, or a 'conc-list'",
                              lone == start ? "conc-start" : "conc-end", lone == start ? "conc-end" : "conc-start")
                : list != nullptr ? std::string("search-space row has an empty 'conc-list'; list at least one "
                                                "concurrency, or give 'conc-start' and 'conc-end'")
                                  : std::string("search-space row has no concurrency; give 'conc-start' and "
                                                "'conc-end', or a 'conc-list'");
        diagnostics.error("schema", lone != nullptr ? lone->location : list != nullptr ? list->location : row.location,
                          message);
        return;
    }
    if (has_range) {
        if (start->integer > end->integer) {
            diagnostics.error("schema", start->location,
                              fmt::format("'conc-start' ({}) is above 'conc-end' ({}); conc-start must be <= "
                                          "conc-end", start->integer, end->integer),
                              fmt::format("conc-start: {}, conc-end: {}", end->integer, start->integer));
        }
        out.conc_range = ConcurrencyRange{start->integer, end->integer};
        return;
    }
    for (const yaml::Node* item : list->items) out.conc_list.push_back(item->integer);
}

SearchSpaceRow build_row(const yaml::Node& row_node, const yaml::Node& body, bool agentic, Diagnostics& diagnostics) {
    SearchSpaceRow row;
    row.node = &row_node;
    row.location = row_node.location;
    row.tp = integer_field(row_node, "tp");
    row.ep = optional_integer(row_node, "ep");
    row.dp_attn = optional_boolean(row_node, "dp-attn");
    row.pp = integer_field(row_node, "pp", 1);
    row.dcp_size = integer_field(row_node, "dcp-size", 1);
    row.pcp_size = integer_field(row_node, "pcp-size", 1);
    if (const yaml::Node* spec = row_node.find("spec-decoding")) row.spec_decoding = spec->text;
    if (const yaml::Node* prefill = row_node.find("prefill"); prefill != nullptr && prefill->kind == yaml::Kind::mapping) {
        row.prefill = build_worker(*prefill);
    }
    if (const yaml::Node* decode = row_node.find("decode"); decode != nullptr && decode->kind == yaml::Kind::mapping) {
        row.decode = build_worker(*decode);
    }
    row.router = component(row_node, body, "router");
    row.kv_p2p_transfer = component(row_node, body, "kv-p2p-transfer");
    if (agentic) {
        // Multi-node agentic rows default to no offloading; single-node ones must say (schema).
        const yaml::Node* offloading = row_node.find("kv-offloading");
        row.kv_offloading = offloading != nullptr ? offloading->text : "none";
        const yaml::Node* backend = row_node.find("kv-offload-backend");
        if (backend != nullptr && backend->kind == yaml::Kind::mapping) row.kv_offload_backend = backend;
    }
    read_concurrency(row_node, row, diagnostics);
    return row;
}

// The rows of a `search-space` list that are mappings (others are schema errors).
template <typename Block>
void build_rows(const yaml::Node& block_node, const yaml::Node& body, bool agentic, Block& block,
                Diagnostics& diagnostics) {
    const yaml::Node* search_space = block_node.find("search-space");
    if (search_space == nullptr) return;
    for (const yaml::Node* row_node : search_space->items) {
        if (row_node->kind == yaml::Kind::mapping) {
            block.search_space.push_back(build_row(*row_node, body, agentic, diagnostics));
        }
    }
}

}  // namespace

void build_master_entries(const yaml::Document& document, Config& config, Diagnostics& diagnostics) {
    const Edition& edition = *config.edition;
    if (document.root == nullptr) return;
    for (const yaml::MappingEntry& top : document.root->entries) {
        if (top.value == nullptr) continue;
        const yaml::Node& body = *top.value;
        MasterEntry entry;
        entry.key = top.key->text;
        entry.location = top.key->location;
        entry.node = &body;
        if (body.kind != yaml::Kind::mapping) continue;
        entry.image = string_field(body, "image");
        entry.model = string_field(body, "model");
        entry.model_prefix = string_field(body, "model-prefix");
        entry.precision = string_field(body, "precision");
        entry.framework = string_field(body, "framework");
        entry.runner = string_field(body, "runner");
        entry.multinode = optional_boolean(body, "multinode").value_or(false);
        entry.disagg = optional_boolean(body, "disagg").value_or(false);
        if (const yaml::Node* blocks = find_path(body, edition.fixed_blocks_path)) {
            for (const yaml::Node* block_node : blocks->items) {
                if (block_node->kind != yaml::Kind::mapping) continue;
                SeqLenConfig block;
                block.location = block_node->location;
                block.isl = integer_field(*block_node, "isl");
                block.osl = integer_field(*block_node, "osl");
                build_rows(*block_node, body, false, block, diagnostics);
                entry.seq_len_configs.push_back(std::move(block));
            }
        }
        if (!edition.agentic_blocks_path.empty()) {
            if (const yaml::Node* blocks = find_path(body, edition.agentic_blocks_path)) {
                for (const yaml::Node* block_node : blocks->items) {
                    if (block_node->kind != yaml::Kind::mapping) continue;
                    AgenticBlock block;
                    block.location = block_node->location;
                    if (const yaml::Node* share = block_node->find("dram-utilization")) {
                        if (share->kind == yaml::Kind::floating) block.dram_utilization = share->floating;
                        if (share->kind == yaml::Kind::integer) {
                            block.dram_utilization = static_cast<double>(share->integer);
                        }
                    }
                    build_rows(*block_node, body, true, block, diagnostics);
                    entry.agentic_blocks.push_back(std::move(block));
                }
            }
        }
        check_entry(entry, config, diagnostics);
        config.entries.push_back(std::move(entry));
    }
}

void build_runner_types(const yaml::Document& document, Config& config) {
    const Edition& edition = *config.edition;
    config.runner_file = document.path;
    if (document.root == nullptr || document.root->kind != yaml::Kind::mapping) return;
    const yaml::Node* labels = document.root;
    if (!edition.runner_labels_key.empty()) labels = document.root->find(edition.runner_labels_key);
    if (labels != nullptr && labels->kind == yaml::Kind::mapping) {
        for (const yaml::MappingEntry& top : labels->entries) {
            if (top.value == nullptr) continue;
            RunnerType runner;
            runner.name = top.key->text;
            runner.location = top.key->location;
            for (const yaml::Node* item : top.value->items) runner.nodes.push_back(item->text);
            config.runner_types.push_back(std::move(runner));
        }
    }
    if (edition.runner_hardware_key.empty()) return;
    const yaml::Node* hardware = document.root->find(edition.runner_hardware_key);
    if (hardware == nullptr || hardware->kind != yaml::Kind::mapping) return;
    for (const yaml::MappingEntry& top : hardware->entries) {
        if (top.value == nullptr || top.value->kind != yaml::Kind::mapping) continue;
        RunnerHardware entry;
        entry.label = top.key->text;
        entry.location = top.key->location;
        entry.available_cpu_dram_mib = optional_integer(*top.value, "available-cpu-dram-mib");
        entry.gpus_per_node = optional_integer(*top.value, "gpus-per-node");
        config.hardware.push_back(std::move(entry));
    }
}

}  // namespace sweepc
