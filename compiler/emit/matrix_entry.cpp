#include "emit/matrix_entry.h"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>
#include <string_view>

#include <fmt/format.h>

#include "schema/embedded_schemas.h"
#include "schema/yaml_to_json.h"

namespace sweepc {
namespace {

using ordered_json = nlohmann::ordered_json;

// What sweepc knows how to compute for an entry. Which of these an entry has, and in what order,
// is the schema's business; this is only how each named value is obtained from a run.
enum class Field {
    image, model, model_prefix, precision, framework, runner, isl, osl, tp, pp, dcp_size, pcp_size, ep, dp_attn,
    spec_decoding, prefill, decode, conc, max_model_len, exp_name, disagg, run_eval, router, kv_p2p_transfer,
    kv_offloading, kv_offload_backend, total_cpu_dram_gb, duration, scenario_type, eval_conc, eval_all_concs,
    eval_only,
};

constexpr std::array<std::pair<std::string_view, Field>, 32> field_names{{
    {"image", Field::image},
    {"model", Field::model},
    {"model-prefix", Field::model_prefix},
    {"precision", Field::precision},
    {"framework", Field::framework},
    {"runner", Field::runner},
    {"isl", Field::isl},
    {"osl", Field::osl},
    {"tp", Field::tp},
    {"pp", Field::pp},
    {"dcp-size", Field::dcp_size},
    {"pcp-size", Field::pcp_size},
    {"ep", Field::ep},
    {"dp-attn", Field::dp_attn},
    {"spec-decoding", Field::spec_decoding},
    {"prefill", Field::prefill},
    {"decode", Field::decode},
    {"conc", Field::conc},
    {"max-model-len", Field::max_model_len},
    {"exp-name", Field::exp_name},
    {"disagg", Field::disagg},
    {"run-eval", Field::run_eval},
    {"router", Field::router},
    {"kv-p2p-transfer", Field::kv_p2p_transfer},
    {"kv-offloading", Field::kv_offloading},
    {"kv-offload-backend", Field::kv_offload_backend},
    {"total-cpu-dram-gb", Field::total_cpu_dram_gb},
    {"duration", Field::duration},
    {"scenario-type", Field::scenario_type},
    {"eval-conc", Field::eval_conc},
    {"eval-all-concs", Field::eval_all_concs},
    {"eval-only", Field::eval_only},
}};

struct WorkerLayout {
    std::vector<std::string> properties;                          // in schema order
    std::vector<std::pair<std::string, ordered_json>> defaults;   // required fields with a default
};

struct EntryLayout {
    std::vector<std::pair<std::string, Field>> fields;
    WorkerLayout worker;
};

const ordered_json& follow_ref(const ordered_json& schema, const ordered_json& node) {
    auto ref = node.find("$ref");
    if (ref == node.end() || !ref->is_string() || !ref->get<std::string>().starts_with("#")) return node;
    return schema.at(ordered_json::json_pointer(ref->get<std::string>().substr(1)));
}

EntryLayout read_layout(const Edition& edition, EntryKind kind) {
    const std::optional<std::string_view> definition = edition.entry_definition(kind);
    const std::string schema_name(edition.matrix_entry_schema);
    if (!definition) {
        throw std::logic_error(fmt::format("the {} edition has no matrix entry kind {}", edition.name,
                                           static_cast<int>(kind)));
    }
    const ordered_json schema = ordered_json::parse(embedded_schemas().at(schema_name));
    const ordered_json& entry = schema.at("definitions").at(std::string(*definition));
    EntryLayout layout;
    for (const auto& property : entry.at("properties").items()) {
        auto named = std::find_if(field_names.begin(), field_names.end(),
                                  [&](const auto& pair) { return pair.first == property.key(); });
        if (named == field_names.end()) {
            throw std::logic_error(fmt::format("{} lists '{}' in {}, a field sweepc does not know how to compute",
                                               schema_name, property.key(), *definition));
        }
        layout.fields.emplace_back(property.key(), named->second);
        if (named->second != Field::prefill) continue;
        const ordered_json& worker = follow_ref(schema, property.value());
        const ordered_json required = worker.value("required", ordered_json::array());
        for (const auto& worker_property : worker.at("properties").items()) {
            layout.worker.properties.push_back(worker_property.key());
            const bool is_required = std::find(required.begin(), required.end(), worker_property.key()) != required.end();
            if (is_required && worker_property.value().contains("default")) {
                layout.worker.defaults.emplace_back(worker_property.key(), worker_property.value().at("default"));
            }
        }
    }
    return layout;
}

// Layouts are read from the schema once per edition and kind. Runs come in long stretches of one
// kind, so the last layout used is checked first.
const EntryLayout& entry_layout(const Edition& edition, EntryKind kind) {
    static std::map<std::pair<const Edition*, EntryKind>, EntryLayout> layouts;
    static std::pair<const Edition*, EntryKind> last_key{nullptr, EntryKind::single_node_fixed};
    static const EntryLayout* last = nullptr;
    if (last != nullptr && last_key.first == &edition && last_key.second == kind) return *last;
    auto found = layouts.find({&edition, kind});
    if (found == layouts.end()) found = layouts.emplace(std::pair{&edition, kind}, read_layout(edition, kind)).first;
    last_key = {&edition, kind};
    last = &found->second;
    return *last;
}

bool is_smoke(EntryKind kind) { return kind == EntryKind::single_node_smoke || kind == EntryKind::multi_node_smoke; }

ordered_json worker_json(const Worker& worker, const WorkerLayout& layout, bool rebuild) {
    if (!rebuild && worker.node != nullptr) {
        ordered_json out = yaml_to_json<ordered_json>(*worker.node);
        for (const auto& [name, value] : layout.defaults) {
            if (!out.contains(name)) out[name] = value;
        }
        return out;
    }
    // runner-model-sweep wrote every field of a worker, whatever the config left out.
    ordered_json out;
    for (const std::string& name : layout.properties) {
        if (name == "num-worker") out[name] = worker.num_worker;
        else if (name == "tp") out[name] = worker.tp;
        else if (name == "pp") out[name] = worker.pp;
        else if (name == "dcp-size") out[name] = worker.dcp_size;
        else if (name == "pcp-size") out[name] = worker.pcp_size;
        else if (name == "ep") out[name] = worker.ep;
        else if (name == "dp-attn") out[name] = worker.dp_attn;
        else if (name == "additional-settings") out[name] = worker.additional_settings;
    }
    return out;
}

ordered_json node_json(const yaml::Node* node) { return yaml_to_json<ordered_json>(*node); }

}  // namespace

nlohmann::ordered_json matrix_entry(const Run& run) {
    const MasterEntry& entry = *run.entry;
    const EntryLayout& layout = entry_layout(*run.edition, run.kind);
    const bool single_concurrency = run.kind == EntryKind::single_node_fixed ||
                                    run.kind == EntryKind::single_node_agentic ||
                                    run.kind == EntryKind::single_node_smoke;
    // Fields are appended to the object's member list directly: the layout names each field once,
    // and `out[name]` would search the members built so far and copy the name, which made building
    // entries cost more than printing them.
    ordered_json out = ordered_json::object();
    auto& members = out.get_ref<ordered_json::object_t&>();
    members.reserve(layout.fields.size());
    for (const auto& [name, field] : layout.fields) {
        switch (field) {
            case Field::image: members.emplace_back(name, entry.image); break;
            case Field::model: members.emplace_back(name, entry.model); break;
            case Field::model_prefix: members.emplace_back(name, entry.model_prefix); break;
            case Field::precision: members.emplace_back(name, entry.precision); break;
            case Field::framework: members.emplace_back(name, entry.framework); break;
            case Field::runner: members.emplace_back(name, run.runner); break;
            case Field::isl: members.emplace_back(name, run.isl); break;
            case Field::osl: members.emplace_back(name, run.osl); break;
            case Field::tp: members.emplace_back(name, run.tp); break;
            case Field::pp: members.emplace_back(name, run.pp); break;
            case Field::dcp_size: members.emplace_back(name, run.dcp_size); break;
            case Field::pcp_size: members.emplace_back(name, run.pcp_size); break;
            case Field::ep: members.emplace_back(name, run.ep); break;
            case Field::dp_attn: members.emplace_back(name, run.dp_attn); break;
            case Field::spec_decoding: members.emplace_back(name, run.spec_decoding); break;
            case Field::prefill:
                members.emplace_back(name, worker_json(*run.prefill, layout.worker, is_smoke(run.kind)));
                break;
            case Field::decode:
                members.emplace_back(name, worker_json(*run.decode, layout.worker, is_smoke(run.kind)));
                break;
            case Field::conc:
                if (single_concurrency) members.emplace_back(name, run.conc.front());
                else members.emplace_back(name, run.conc);
                break;
            case Field::max_model_len: members.emplace_back(name, run.max_model_len); break;
            case Field::exp_name: members.emplace_back(name, run.exp_name); break;
            case Field::disagg: members.emplace_back(name, run.disagg); break;
            case Field::run_eval:
                if (run.run_eval) members.emplace_back(name, *run.run_eval);
                break;
            case Field::router:
                if (run.router != nullptr) members.emplace_back(name, node_json(run.router));
                break;
            case Field::kv_p2p_transfer:
                if (run.kv_p2p_transfer != nullptr) members.emplace_back(name, node_json(run.kv_p2p_transfer));
                break;
            case Field::kv_offloading: members.emplace_back(name, std::string(run.kv_offloading)); break;
            case Field::kv_offload_backend:
                if (run.kv_offload_backend != nullptr) members.emplace_back(name, node_json(run.kv_offload_backend));
                break;
            case Field::total_cpu_dram_gb: members.emplace_back(name, run.total_cpu_dram_gb); break;
            case Field::duration: members.emplace_back(name, run.duration); break;
            case Field::scenario_type:
                // The scenario's name is the key its blocks are listed under.
                if (run.agentic) members.emplace_back(name, run.edition->agentic_blocks_path.back());
                break;
            case Field::eval_conc:
                if (run.eval_conc) members.emplace_back(name, *run.eval_conc);
                break;
            case Field::eval_all_concs:
                if (run.eval_all_concs) members.emplace_back(name, true);
                break;
            case Field::eval_only:
                if (run.eval_only) members.emplace_back(name, true);
                break;
        }
    }
    return out;
}

}  // namespace sweepc
