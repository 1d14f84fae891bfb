#include "model/config_checks.h"

#include <algorithm>

#include <fmt/format.h>

#include "edition/edition.h"
#include "model/dram_budget.h"

namespace sweepc {
namespace {

// Every row of an entry, fixed blocks first, with whether it is agentic.
template <typename Visit>
void for_each_row(MasterEntry& entry, Visit visit) {
    for (SeqLenConfig& block : entry.seq_len_configs) {
        for (SearchSpaceRow& row : block.search_space) visit(row, false);
    }
    for (AgenticBlock& block : entry.agentic_blocks) {
        for (SearchSpaceRow& row : block.search_space) visit(row, true);
    }
}

const yaml::Node* key_node(const yaml::Node* mapping, std::string_view key) {
    if (mapping == nullptr) return nullptr;
    for (const yaml::MappingEntry& entry : mapping->entries) {
        if (entry.key->text == key) return entry.key;
    }
    return nullptr;
}

bool has_value(const yaml::Node* mapping, std::string_view key) {
    const yaml::Node* value = mapping != nullptr ? mapping->find(key) : nullptr;
    return value != nullptr && value->kind != yaml::Kind::null;
}

// `a × b × c`, or nullopt past int64.
std::optional<std::int64_t> product(std::int64_t a, std::int64_t b, std::int64_t c) {
    std::int64_t ab = 0, abc = 0;
    if (__builtin_mul_overflow(a, b, &ab) || __builtin_mul_overflow(ab, c, &abc)) return std::nullopt;
    return abc;
}

void check_scenarios_present(const MasterEntry& entry, const Edition& edition, Diagnostics& diagnostics) {
    // Only an edition whose blocks sit in a container (scenarios) can have the container empty; a
    // missing container is a schema error already.
    if (edition.fixed_blocks_path.size() < 2) return;
    const yaml::Node* container = entry.node->find(edition.fixed_blocks_path.front());
    if (container == nullptr || container->kind != yaml::Kind::mapping) return;
    auto non_empty = [&](const std::vector<std::string_view>& path) {
        if (path.size() < 2) return false;
        const yaml::Node* list = container->find(path.back());
        return list != nullptr && list->kind == yaml::Kind::sequence && !list->items.empty();
    };
    if (non_empty(edition.fixed_blocks_path) || non_empty(edition.agentic_blocks_path)) return;
    diagnostics.error("schema", key_node(entry.node, edition.fixed_blocks_path.front())->location,
                      fmt::format("'{}' of config '{}' has nothing to run; give a non-empty '{}' or '{}' list",
                                  edition.fixed_blocks_path.front(), entry.key, edition.fixed_blocks_path.back(),
                                  edition.agentic_blocks_path.empty() ? "" : edition.agentic_blocks_path.back()));
}

void check_agentic_runner(const MasterEntry& entry, const Edition& edition, Diagnostics& diagnostics) {
    if (entry.agentic_blocks.empty() || edition.agentic_runner_prefix.empty() || entry.runner.starts_with(edition.agentic_runner_prefix)) {
        return;
    }
    diagnostics.error("schema", entry.field_location("runner"),
                      fmt::format("config '{}' has agentic-coding rows, which run on a whole cluster: its runner "
                                  "must be a '{}' label (got '{}')",
                                  entry.key, edition.agentic_runner_prefix, entry.runner));
}

void check_dcp_divides_tp(const yaml::Node* mapping, std::int64_t tp, std::int64_t dcp_size, Diagnostics& diagnostics) {
    if (dcp_size <= 0 || tp % dcp_size == 0) return;
    const yaml::Node* dcp = mapping->find("dcp-size");
    diagnostics.error("schema", dcp->location,
                      fmt::format("dcp-size {} does not divide tp {}; decode context parallelism splits the tensor "
                                  "parallel ranks, so tp must be a multiple of dcp-size",
                                  dcp_size, tp));
}

void check_hardware_pair(const SearchSpaceRow& row, Diagnostics& diagnostics) {
    if (!row.prefill || !row.decode) return;
    const bool prefill = has_value(row.prefill->node, "hardware");
    const bool decode = has_value(row.decode->node, "hardware");
    if (prefill == decode) return;
    const Worker& with = prefill ? *row.prefill : *row.decode;
    diagnostics.error("schema", key_node(with.node, "hardware")->location,
                      fmt::format("{} sets 'hardware' but {} does not; set it on both workers or on neither",
                                  prefill ? "prefill" : "decode", prefill ? "decode" : "prefill"));
}

// `router` and `kv-p2p-transfer` live at the top level or in rows, never both; a row's null
// does not count as declaring it.
void check_component_scope(MasterEntry& entry, std::string_view field, Diagnostics& diagnostics) {
    if (!has_value(entry.node, field)) return;
    const yaml::Node* in_row = nullptr;
    for_each_row(entry, [&](const SearchSpaceRow& row, bool) {
        if (in_row == nullptr && has_value(row.node, field)) in_row = key_node(row.node, field);
    });
    if (in_row == nullptr) return;
    diagnostics.error("schema", in_row->location,
                      fmt::format("'{}' of config '{}' is declared at the top level (line {}) and in search-space "
                                  "rows; declare it in one place: once at the top level for every row, or in each row",
                                  field, entry.key, key_node(entry.node, field)->location.line));
}

void check_disagg_transfer(MasterEntry& entry, Diagnostics& diagnostics) {
    if (!entry.disagg || has_value(entry.node, "kv-p2p-transfer")) return;
    const SearchSpaceRow* without = nullptr;
    bool any_row = false;
    for_each_row(entry, [&](const SearchSpaceRow& row, bool) {
        any_row = true;
        if (without == nullptr && !has_value(row.node, "kv-p2p-transfer")) without = &row;
    });
    if (any_row && without == nullptr) return;
    diagnostics.error("schema", entry.field_location("disagg"),
                      fmt::format("config '{}' is disaggregated (disagg: true) but {} no kv-p2p-transfer backend; "
                                  "set kv-p2p-transfer (nixl, mooncake, …) at the top level, or in every row",
                                  entry.key,
                                  without != nullptr ? fmt::format("its row at line {} has", without->location.line)
                                                     : std::string("it has no rows and")));
}

void check_version(const yaml::Node* component_node, std::string_view component, Diagnostics& diagnostics) {
    if (component_node == nullptr || component_node->kind != yaml::Kind::mapping) return;
    const yaml::Node* version = component_node->find("version");
    if (version == nullptr || version->kind != yaml::Kind::string || !version->text.starts_with("image:")) return;
    diagnostics.error("schema", version->location,
                      fmt::format("{} version '{}' names an image; give the component's own version (the image is "
                                  "the config's 'image')",
                                  component, version->text));
}

void check_offload_backend(const SearchSpaceRow& row, Diagnostics& diagnostics) {
    const yaml::Node* backend_key = key_node(row.node, "kv-offload-backend");
    if (row.kv_offloading == "dram" && backend_key == nullptr) {
        const yaml::Node* offloading = key_node(row.node, "kv-offloading");
        diagnostics.error("schema", offloading != nullptr ? offloading->location : row.location,
                          "kv-offloading: dram needs a kv-offload-backend ({name, version}) saying what offloads "
                          "the KV cache");
    } else if (row.kv_offloading != "dram" && backend_key != nullptr) {
        diagnostics.error("schema", backend_key->location,
                          fmt::format("kv-offload-backend is set but kv-offloading is '{}'; a backend only applies "
                                      "with kv-offloading: dram (remove it, or offload to dram)",
                                      row.kv_offloading));
    }
}

// The GPUs of one node an agentic row's KV offload budget counts, or nullopt after reporting why
// the row does not fit the runner's nodes.
std::optional<std::int64_t> budget_gpus(const SearchSpaceRow& row, const MasterEntry& entry,
                                        std::int64_t gpus_per_node, Diagnostics& diagnostics) {
    if (!row.prefill) {
        std::optional<std::int64_t> gpus = product(row.tp, row.pp, row.pcp_size);
        if (gpus && *gpus <= 0) return std::nullopt;  // a schema error, reported already
        if (gpus && *gpus <= gpus_per_node) return gpus;
        const yaml::Node* tp = row.node->find("tp");
        diagnostics.error("schema", tp != nullptr ? tp->location : row.location,
                          fmt::format("tp={} with pp={} and pcp-size={} needs {} GPUs, more than one node of runner "
                                      "'{}' has (gpus-per-node={}); a single-node agentic row must fit one node",
                                      row.tp, row.pp, row.pcp_size,
                                      gpus ? std::to_string(*gpus) : std::string("more than 2^63"), entry.runner,
                                      gpus_per_node));
        return std::nullopt;
    }
    const Worker& prefill = *row.prefill;
    std::optional<std::int64_t> replica = product(prefill.tp, prefill.pp, prefill.pcp_size);
    if (replica && *replica <= 0) return std::nullopt;  // a schema error, reported already
    if (replica && *replica > gpus_per_node && *replica % gpus_per_node == 0) return gpus_per_node;
    if (replica && *replica <= gpus_per_node && gpus_per_node % *replica == 0) return replica;
    const std::string size = replica ? std::to_string(*replica) : std::string("more than 2^63");
    diagnostics.error("schema", prefill.node->location,
                      replica && *replica <= gpus_per_node
                          ? fmt::format("prefill worker tp*pp*pcp-size={} does not divide gpus-per-node={} of runner "
                                        "'{}' evenly, so its KV offload budget has no per-node share",
                                        size, gpus_per_node, entry.runner)
                          : fmt::format("prefill worker tp*pp*pcp-size={} spans several nodes but is not a multiple "
                                        "of gpus-per-node={} of runner '{}'",
                                        size, gpus_per_node, entry.runner));
    return std::nullopt;
}

std::string hardware_labels(const Config& config) {
    std::vector<std::string> labels;
    for (const RunnerHardware& hardware : config.hardware) labels.push_back(hardware.label);
    std::sort(labels.begin(), labels.end());
    std::string joined;
    for (const std::string& label : labels) joined += (joined.empty() ? "" : ", ") + label;
    return joined.empty() ? std::string("none") : joined;
}

// kv-offloading: dram rows get their `total-cpu-dram-gb` from the block's dram-utilization and
// the config runner's hardware entry (never a node's).
void assign_dram_budgets(MasterEntry& entry, const Config& config, Diagnostics& diagnostics) {
    const Edition& edition = *config.edition;
    bool hardware_reported = false;
    for (AgenticBlock& block : entry.agentic_blocks) {
        const SearchSpaceRow* first_dram = nullptr;
        for (const SearchSpaceRow& row : block.search_space) {
            if (row.kv_offloading == "dram" && first_dram == nullptr) first_dram = &row;
        }
        if (first_dram == nullptr) continue;
        if (!block.dram_utilization) {
            diagnostics.error("schema", block.location,
                              fmt::format("agentic-coding block has rows with kv-offloading: dram (line {}) but no "
                                          "dram-utilization; set the share of the node's CPU DRAM (0 < share <= 1) "
                                          "their KV offload may use",
                                          first_dram->location.line));
            continue;
        }
        const RunnerHardware* hardware = config.find_hardware(entry.runner);
        // Values below 1 are schema errors of the runners file, reported there.
        if (hardware != nullptr && ((hardware->available_cpu_dram_mib && *hardware->available_cpu_dram_mib < 1) ||
                                    (hardware->gpus_per_node && *hardware->gpus_per_node < 1))) {
            continue;
        }
        if (hardware == nullptr || !hardware->available_cpu_dram_mib || !hardware->gpus_per_node) {
            if (!hardware_reported) {
                diagnostics.error("schema", entry.field_location("runner"),
                                  fmt::format("runner '{}' of config '{}' needs a hardware entry with "
                                              "available-cpu-dram-mib and gpus-per-node in {}: its row at line {} "
                                              "offloads the KV cache to dram, and the budget is a share of that "
                                              "memory; hardware entries: {}",
                                              entry.runner, entry.key, config.runner_file, first_dram->location.line,
                                              hardware_labels(config)));
            }
            hardware_reported = true;
            continue;
        }
        const std::int64_t available = std::min(*hardware->available_cpu_dram_mib, edition.dram_cap_mib);
        for (SearchSpaceRow& row : block.search_space) {
            if (row.kv_offloading != "dram") continue;
            std::optional<std::int64_t> gpus = budget_gpus(row, entry, *hardware->gpus_per_node, diagnostics);
            if (gpus) {
                row.total_cpu_dram_gb = dram_budget_gb(available, *block.dram_utilization, *gpus,
                                                       *hardware->gpus_per_node);
            }
        }
    }
}

void check_empty_list_beside_range(const SearchSpaceRow& row, Diagnostics& diagnostics) {
    const yaml::Node* list = row.node->find("conc-list");
    if (list == nullptr || list->kind != yaml::Kind::sequence || !list->items.empty() || !row.conc_range) return;
    diagnostics.error("schema", list->location,
                      "empty 'conc-list' beside 'conc-start'/'conc-end': the suite's generator runs the range in "
                      "full-sweep but nothing in test-config; remove the empty list (or list the concurrencies)");
}

}  // namespace

void check_entry(MasterEntry& entry, const Config& config, Diagnostics& diagnostics) {
    const Edition& edition = *config.edition;
    check_scenarios_present(entry, edition, diagnostics);
    check_agentic_runner(entry, edition, diagnostics);
    check_component_scope(entry, "router", diagnostics);
    check_component_scope(entry, "kv-p2p-transfer", diagnostics);
    if (edition.disagg_requires_kv_p2p_transfer) check_disagg_transfer(entry, diagnostics);
    check_version(entry.node->find("router"), "router", diagnostics);
    for_each_row(entry, [&](SearchSpaceRow& row, bool agentic) {
        if (row.node->find("dcp-size") != nullptr) check_dcp_divides_tp(row.node, row.tp, row.dcp_size, diagnostics);
        for (const std::optional<Worker>* worker : {&row.prefill, &row.decode}) {
            if (*worker && (*worker)->node->find("dcp-size") != nullptr) {
                check_dcp_divides_tp((*worker)->node, (*worker)->tp, (*worker)->dcp_size, diagnostics);
            }
        }
        check_hardware_pair(row, diagnostics);
        check_version(row.node->find("router"), "router", diagnostics);
        if (agentic) {
            check_offload_backend(row, diagnostics);
            check_version(row.kv_offload_backend, "kv-offload-backend", diagnostics);
        } else if (edition.empty_conc_list_beside_range_is_error) {
            check_empty_list_beside_range(row, diagnostics);
        }
    });
    assign_dram_budgets(entry, config, diagnostics);
}

}  // namespace sweepc
