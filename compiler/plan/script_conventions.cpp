#include "plan/script_conventions.h"

#include <algorithm>

#include "load/yaml_loader.h"
#include "schema/embedded_schemas.h"
#include "schema/schema_validator.h"

namespace sweepc {
namespace {

std::vector<ScriptConvention> build_conventions(const yaml::Node* list) {
    std::vector<ScriptConvention> conventions;
    if (list == nullptr) return conventions;
    for (const yaml::Node* item : list->items) {
        ScriptConvention convention;
        for (const yaml::Node* gpu : item->find("gpus")->items) convention.gpus.push_back(gpu->text);
        convention.script = item->find("script")->text;
        if (const yaml::Node* suffixes = item->find("suffixes"); suffixes != nullptr) {
            for (const yaml::Node* suffix : suffixes->items) {
                convention.suffixes.push_back(
                    {suffix->find("field")->text, suffix->find("equals")->text, suffix->find("append")->text});
            }
        }
        conventions.push_back(std::move(convention));
    }
    return conventions;
}

std::string field_value(const Run& run, std::string_view field) {
    if (field == "framework") return run.entry->framework;
    if (field == "spec-decoding") return run.spec_decoding;
    if (field == "precision") return run.entry->precision;
    if (field == "model-prefix") return run.entry->model_prefix;
    return {};
}

void replace_all(std::string& text, std::string_view placeholder, const std::string& value) {
    for (std::size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size())) {
        text.replace(at, placeholder.size(), value);
    }
}

}  // namespace

std::optional<ScriptConventions> load_script_conventions(const std::optional<std::string>& path, SourceMap& sources,
                                                         Diagnostics& diagnostics) {
    std::optional<SourceFile> file;
    if (path) {
        file = read_source_file(*path, diagnostics);
    } else {
        const auto& embedded = embedded_schemas();
        file = SourceFile("<built-in>/script-conventions.yaml", std::string(embedded.at("script-conventions.yaml")));
    }
    if (!file) return std::nullopt;
    const SourceFile& kept = sources.add(std::move(*file));
    const std::size_t errors_before = diagnostics.error_count();
    std::optional<yaml::Document> document = yaml::load_yaml(kept, diagnostics);
    if (!document) return std::nullopt;
    SchemaValidator schema("script-conventions.schema.json");
    if (!schema.validate(*document, diagnostics) || diagnostics.error_count() != errors_before) return std::nullopt;
    ScriptConventions conventions;
    conventions.source = kept.path();
    conventions.single_node = build_conventions(document->root->find("single-node"));
    conventions.multi_node = build_conventions(document->root->find("multi-node"));
    return conventions;
}

std::string gpu_of(std::string_view node_or_runner_type) {
    // A scoped label names its GPU after the scope: cluster:mi355x-amds -> mi355x.
    if (auto scope = node_or_runner_type.rfind(':'); scope != std::string_view::npos) {
        node_or_runner_type.remove_prefix(scope + 1);
    }
    return std::string(node_or_runner_type.substr(0, node_or_runner_type.find('-')));
}

ScriptResolution resolve_benchmark_script(const Run& run, const ScriptConventions& conventions) {
    ScriptResolution resolution;
    resolution.gpu = gpu_of(run.runner);
    const auto& candidates = run.multinode ? conventions.multi_node : conventions.single_node;
    for (const ScriptConvention& convention : candidates) {
        if (std::find(convention.gpus.begin(), convention.gpus.end(), resolution.gpu) == convention.gpus.end()) {
            continue;
        }
        std::string suffixes;
        for (const ScriptSuffix& suffix : convention.suffixes) {
            if (field_value(run, suffix.field) == suffix.equals) {
                suffixes += suffix.append;
                resolution.chosen_by.push_back(suffix.field);
            }
        }
        std::string script = convention.script;
        replace_all(script, "{model-prefix}", run.entry->model_prefix);
        replace_all(script, "{precision}", run.entry->precision);
        replace_all(script, "{framework}", run.entry->framework);
        replace_all(script, "{gpu}", resolution.gpu);
        replace_all(script, "{suffixes}", suffixes);
        resolution.script = std::move(script);
        return resolution;
    }
    return resolution;
}

}  // namespace sweepc
