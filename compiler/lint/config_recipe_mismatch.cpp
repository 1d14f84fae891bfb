// config/recipe-mismatch: srtctl runs the recipe as written; the row only labels the results
// (worker counts, tp, ep, dp-attn and concurrencies go into the result file names and the
// dashboard). When they disagree, the results say one deployment and measure another. Only fields
// whose mapping is certain are compared: resources.prefill_workers / decode_workers,
// benchmark.isl / osl / concurrencies, and the per-worker sizes of SGLang and TensorRT-LLM recipes
// (vLLM recipes express data-parallel attention as data-parallel-size over tp 1, which does not map
// one to one). A recipe with variants or a base (zip_override_*, base) is not judged, nor a row
// that selects a variant with `:suffix`.
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "lint/config_rule.h"
#include "lint/recipe_reference.h"
#include "lint/run_scripts.h"
#include "load/yaml_loader.h"

namespace sweepc {
namespace {

const yaml::Node* at_path(const yaml::Node* node, std::initializer_list<std::string_view> keys) {
    for (std::string_view key : keys) {
        if (node == nullptr || node->kind != yaml::Kind::mapping) return nullptr;
        node = node->find(key);
    }
    return node;
}

// The concurrencies a recipe's benchmark runs: "64", "32x64x128", 64 or [32, 64]; none when unclear.
std::optional<std::set<std::int64_t>> recipe_concurrencies(const yaml::Node* node) {
    if (node == nullptr) return std::nullopt;
    std::set<std::int64_t> values;
    if (node->kind == yaml::Kind::integer) return std::set<std::int64_t>{node->integer};
    if (node->kind == yaml::Kind::sequence) {
        for (const yaml::Node* item : node->items) {
            if (item->kind != yaml::Kind::integer) return std::nullopt;
            values.insert(item->integer);
        }
        return values;
    }
    if (node->kind != yaml::Kind::string) return std::nullopt;
    std::string_view text = node->text;
    while (!text.empty()) {
        std::size_t cut = text.find('x');
        std::string_view part = text.substr(0, cut);
        if (part.empty() || part.size() > 12 || part.find_first_not_of("0123456789") != std::string_view::npos) {
            return std::nullopt;
        }
        values.insert(std::stoll(std::string(part)));
        if (cut == std::string_view::npos) break;
        text.remove_prefix(cut + 1);
    }
    return values.empty() ? std::nullopt : std::optional(values);
}

struct Comparison {
    const yaml::Node* row_mapping;  // where the row writes the field
    std::string_view row_field;     // as the row names it
    std::string row_value;
    const yaml::Node* recipe_node;  // the recipe's value
    std::string recipe_field;       // its path in the recipe
};

std::string describe(const yaml::Node* node) {
    return node->kind == yaml::Kind::boolean ? (node->boolean ? "true" : "false") : node->text;
}

// Integer or boolean fields of a worker as an engine's per-worker config writes them.
struct EngineKeys {
    std::string_view config;  // backend.<config>
    std::string_view tp, ep, dp_attn;
};
constexpr EngineKeys engine_keys[] = {
    {"sglang_config", "tensor-parallel-size", "expert-parallel-size", "enable-dp-attention"},
    {"trtllm_config", "tensor_parallel_size", "moe_expert_parallel_size", "enable_attention_dp"},
};

void compare_worker(const Worker* worker, std::string_view role, const yaml::Node* recipe,
                    std::vector<Comparison>& out) {
    if (worker == nullptr) return;
    const std::string resources_key = fmt::format("{}_workers", role);
    if (const yaml::Node* workers = at_path(recipe, {"resources", resources_key});
        workers != nullptr && workers->kind == yaml::Kind::integer && workers->integer != worker->num_worker) {
        out.push_back({worker->node, "num-worker", std::to_string(worker->num_worker), workers,
                       fmt::format("resources.{}", resources_key)});
    }
    for (const EngineKeys& keys : engine_keys) {
        const yaml::Node* engine = at_path(recipe, {"backend", keys.config, role});
        if (engine == nullptr || engine->kind != yaml::Kind::mapping) continue;
        auto prefix = fmt::format("backend.{}.{}.", keys.config, role);
        if (const yaml::Node* tp = engine->find(keys.tp); tp != nullptr && tp->kind == yaml::Kind::integer &&
                                                           tp->integer != worker->tp) {
            out.push_back({worker->node, "tp", std::to_string(worker->tp), tp, prefix + std::string(keys.tp)});
        }
        if (const yaml::Node* ep = engine->find(keys.ep); ep != nullptr && ep->kind == yaml::Kind::integer &&
                                                           ep->integer != worker->ep) {
            out.push_back({worker->node, "ep", std::to_string(worker->ep), ep, prefix + std::string(keys.ep)});
        }
        if (const yaml::Node* dp = engine->find(keys.dp_attn);
            dp != nullptr && dp->kind == yaml::Kind::boolean && dp->boolean != worker->dp_attn) {
            out.push_back({worker->node, "dp-attn", worker->dp_attn ? "true" : "false", dp,
                           prefix + std::string(keys.dp_attn)});
        }
    }
}

bool has_variants(const yaml::Node* recipe) {
    for (const yaml::MappingEntry& entry : recipe->entries) {
        if (entry.key->text == "base" || entry.key->text.starts_with("zip_override")) return true;
    }
    return false;
}

}  // namespace

void check_recipe_mismatch(ConfigRuleContext& context, ConfigRuleReport& report) {
    if (!context.config.edition->resolves_benchmark_scripts) return;
    // Which runs submit recipes is the launchers' doing; without them nothing is judged.
    if (!context.suite.has_folder("runners")) return;
    std::map<std::string, std::optional<yaml::Document>> recipes_read;
    std::set<std::tuple<const SearchSpaceRow*, const yaml::Node*, std::string_view>> reported;
    for (const Run& run : context.runs) {
        if (!run.multinode) continue;
        const EditionScriptConventions* conventions = context.conventions.for_edition(run.edition->name);
        if (conventions == nullptr || !conventions->recipes) continue;
        const auto resolutions = resolve_run_scripts(run, context.config, context.conventions, context.suite);
        if (std::none_of(resolutions.begin(), resolutions.end(), [](const auto& r) { return r.recipe; })) continue;
        std::optional<RecipeReference> reference = recipe_reference(run, *conventions->recipes);
        if (!reference || reference->variant || !reference->in_repo) continue;
        auto [slot, fresh] = recipes_read.try_emplace(*reference->in_repo);
        if (fresh) {
            if (const SourceFile* file = context.suite.script(*reference->in_repo)) {
                // A recipe that does not parse is srtctl's to report; it is not judged here.
                Diagnostics ignored;
                slot->second = yaml::load_yaml(*file, ignored);
            }
        }
        const std::optional<yaml::Document>& recipe = slot->second;
        if (!recipe || recipe->root == nullptr || recipe->root->kind != yaml::Kind::mapping) continue;
        if (has_variants(recipe->root)) continue;

        std::vector<Comparison> differences;
        compare_worker(run.prefill, "prefill", recipe->root, differences);
        compare_worker(run.decode, "decode", recipe->root, differences);
        if (!run.agentic) {
            for (auto [field, value] : {std::pair<std::string_view, std::int64_t>{"isl", run.isl}, {"osl", run.osl}}) {
                const yaml::Node* node = at_path(recipe->root, {"benchmark", field});
                if (node != nullptr && node->kind == yaml::Kind::integer && node->integer != value) {
                    differences.push_back({nullptr, field, std::to_string(value), node,
                                           fmt::format("benchmark.{}", field)});
                }
            }
        }
        // The matrix may track some of the recipe's concurrencies (say its highest); one the recipe
        // never runs has no result at all.
        const yaml::Node* concurrencies = at_path(recipe->root, {"benchmark", "concurrencies"});
        if (auto runs = recipe_concurrencies(concurrencies)) {
            std::string missing;
            for (std::int64_t conc : run.conc) {
                if (runs->count(conc) == 0) missing += (missing.empty() ? "" : ", ") + std::to_string(conc);
            }
            if (!missing.empty()) {
                differences.push_back({run.row->node, "conc-list", missing, concurrencies, "benchmark.concurrencies"});
            }
        }
        for (const Comparison& difference : differences) {
            if (!reported.insert({run.row, difference.row_mapping, difference.row_field}).second) continue;
            SourceLocation where = difference.row_mapping != nullptr ? field_span(difference.row_mapping, difference.row_field)
                                                                     : run.row->location;
            std::string row_says = difference.row_field == "conc-list"
                                       ? fmt::format("concurrency {}, which the recipe never runs", difference.row_value)
                                       : fmt::format("{} {}", difference.row_field, difference.row_value);
            report.add(where, fmt::format("this row of config '{}' says {}, but the recipe it submits, {}, sets {}: {} "
                                          "(line {}); srtctl runs the recipe as written, so the results are labelled "
                                          "with the row's values while the recipe's were measured; make the two agree",
                                          run.entry->key, row_says, context.suite.path_of(*reference->in_repo),
                                          difference.recipe_field, describe(difference.recipe_node),
                                          difference.recipe_node->location.line));
        }
    }
}

}  // namespace sweepc
