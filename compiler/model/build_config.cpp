#include "model/build_config.h"

#include <fmt/format.h>

namespace sweepc {
namespace {

std::string string_field(const yaml::Node& mapping, std::string_view name) {
    const yaml::Node* value = mapping.find(name);
    return value != nullptr ? value->text : std::string();
}

std::int64_t integer_field(const yaml::Node& mapping, std::string_view name) {
    const yaml::Node* value = mapping.find(name);
    return value != nullptr ? value->integer : 0;
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

Worker build_worker(const yaml::Node& node) {
    Worker worker;
    worker.node = &node;
    worker.num_worker = integer_field(node, "num-worker");
    worker.tp = integer_field(node, "tp");
    worker.ep = integer_field(node, "ep");
    worker.dp_attn = optional_boolean(node, "dp-attn").value_or(false);
    if (const yaml::Node* settings = node.find("additional-settings")) {
        for (const yaml::Node* item : settings->items) worker.additional_settings.push_back(item->text);
    }
    return worker;
}

// The concurrency rules of a row, with the same meaning as the suite's validator: a range needs
// both ends, a list must be non-empty, and a row has exactly one of the two.
void check_concurrency(const yaml::Node& row, SearchSpaceRow& out, Diagnostics& diagnostics) {
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

}  // namespace

void build_master_entries(const yaml::Document& document, Config& config, Diagnostics& diagnostics) {
    for (const yaml::MappingEntry& top : document.root->entries) {
        if (top.value == nullptr) continue;
        const yaml::Node& body = *top.value;
        MasterEntry entry;
        entry.key = top.key->text;
        entry.location = top.key->location;
        entry.node = &body;
        entry.image = string_field(body, "image");
        entry.model = string_field(body, "model");
        entry.model_prefix = string_field(body, "model-prefix");
        entry.precision = string_field(body, "precision");
        entry.framework = string_field(body, "framework");
        entry.runner = string_field(body, "runner");
        entry.multinode = optional_boolean(body, "multinode").value_or(false);
        entry.disagg = optional_boolean(body, "disagg").value_or(false);
        if (body.kind != yaml::Kind::mapping) continue;
        const yaml::Node* seq_len_configs = body.find("seq-len-configs");
        if (seq_len_configs == nullptr) continue;
        for (const yaml::Node* seq : seq_len_configs->items) {
            if (seq->kind != yaml::Kind::mapping) continue;
            SeqLenConfig seq_len;
            seq_len.location = seq->location;
            seq_len.isl = integer_field(*seq, "isl");
            seq_len.osl = integer_field(*seq, "osl");
            const yaml::Node* search_space = seq->find("search-space");
            if (search_space == nullptr) continue;
            for (const yaml::Node* row_node : search_space->items) {
                if (row_node->kind != yaml::Kind::mapping) continue;
                SearchSpaceRow row;
                row.node = row_node;
                row.location = row_node->location;
                row.tp = integer_field(*row_node, "tp");
                row.ep = optional_integer(*row_node, "ep");
                row.dp_attn = optional_boolean(*row_node, "dp-attn");
                if (const yaml::Node* spec = row_node->find("spec-decoding")) row.spec_decoding = spec->text;
                if (const yaml::Node* prefill = row_node->find("prefill")) row.prefill = build_worker(*prefill);
                if (const yaml::Node* decode = row_node->find("decode")) row.decode = build_worker(*decode);
                check_concurrency(*row_node, row, diagnostics);
                seq_len.search_space.push_back(std::move(row));
            }
            entry.seq_len_configs.push_back(std::move(seq_len));
        }
        config.entries.push_back(std::move(entry));
    }
}

void build_runner_types(const yaml::Document& document, Config& config) {
    config.runner_file = document.path;
    for (const yaml::MappingEntry& top : document.root->entries) {
        if (top.value == nullptr) continue;
        RunnerType runner;
        runner.name = top.key->text;
        runner.location = top.key->location;
        for (const yaml::Node* item : top.value->items) runner.nodes.push_back(item->text);
        config.runner_types.push_back(std::move(runner));
    }
}

}  // namespace sweepc
