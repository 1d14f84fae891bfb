#include "plan/script_conventions.h"

#include <algorithm>

#include <fmt/format.h>

#include "load/yaml_loader.h"
#include "schema/embedded_schemas.h"
#include "schema/schema_validator.h"
#include "source/escape.h"
#include "source/path_containment.h"

namespace sweepc {
namespace {

std::vector<std::string> texts(const yaml::Node* list) {
    std::vector<std::string> values;
    if (list != nullptr) {
        for (const yaml::Node* item : list->items) values.push_back(item->text);
    }
    return values;
}

std::string text_of(const yaml::Node* mapping, std::string_view key) {
    const yaml::Node* value = mapping != nullptr ? mapping->find(key) : nullptr;
    return value != nullptr ? value->text : std::string();
}

ScriptCandidate build_candidate(const yaml::Node* item) {
    ScriptCandidate candidate{item->find("script")->text, {}};
    if (const yaml::Node* suffixes = item->find("suffixes"); suffixes != nullptr) {
        for (const yaml::Node* suffix : suffixes->items) {
            candidate.suffixes.push_back(
                {suffix->find("field")->text, suffix->find("equals")->text, suffix->find("append")->text});
        }
    }
    return candidate;
}

std::vector<ScriptConvention> build_conventions(const yaml::Node* list) {
    std::vector<ScriptConvention> conventions;
    if (list == nullptr) return conventions;
    for (const yaml::Node* item : list->items) {
        ScriptConvention convention;
        convention.gpus = texts(item->find("gpus"));
        convention.launchers = texts(item->find("launchers"));
        if (const yaml::Node* when = item->find("when"); when != nullptr) {
            convention.when = {texts(when->find("framework")), text_of(when, "scenario"),
                               text_of(when, "without-setting")};
        }
        if (item->find("script") != nullptr) convention.candidates.push_back(build_candidate(item));
        if (const yaml::Node* candidates = item->find("candidates"); candidates != nullptr) {
            for (const yaml::Node* candidate : candidates->items) {
                convention.candidates.push_back(build_candidate(candidate));
            }
        }
        convention.recipe = item->find("recipe") != nullptr;
        conventions.push_back(std::move(convention));
    }
    return conventions;
}

EditionScriptConventions build_edition(const yaml::Node* node) {
    EditionScriptConventions edition;
    if (const yaml::Node* dirs = node->find("scenario-dirs"); dirs != nullptr) {
        for (const yaml::MappingEntry& entry : dirs->entries) edition.scenario_dirs[entry.key->text] = entry.value->text;
    }
    edition.single_node = build_conventions(node->find("single-node"));
    edition.multi_node = build_conventions(node->find("multi-node"));
    if (const yaml::Node* recipes = node->find("recipes"); recipes != nullptr) {
        edition.recipes = RecipeConvention{text_of(recipes, "setting"), text_of(recipes, "folder"),
                                           text_of(recipes, "checkout-prefix")};
    }
    return edition;
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

bool contains(const std::vector<std::string>& values, std::string_view value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

std::string_view scenario_of(const Run& run) { return run.agentic ? "agentic-coding" : "fixed-seq-len"; }

// The GPU a convention names the run's scripts after, when it covers the run: the launcher's
// for a convention keyed by launcher, else the runner label's.
std::optional<std::string> covered_gpu(const ScriptConvention& convention, const Run& run, const ScriptSite& site) {
    if (!site.launcher.empty() && contains(convention.launchers, site.launcher)) return gpu_of(site.launcher);
    if (std::string gpu = gpu_of(run.runner); contains(convention.gpus, gpu)) return gpu;
    return std::nullopt;
}

bool applies(const ScriptConvention& convention, const Run& run) {
    const ConventionCondition& when = convention.when;
    if (!when.frameworks.empty() && !contains(when.frameworks, run.entry->framework)) return false;
    if (!when.scenario.empty() && when.scenario != scenario_of(run)) return false;
    if (!when.without_setting.empty() && worker_setting(run, when.without_setting)) return false;
    return true;
}

}  // namespace

const EditionScriptConventions* ScriptConventions::for_edition(std::string_view edition) const {
    auto found = editions.find(edition);
    return found != editions.end() ? &found->second : nullptr;
}

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
    if (document->root != nullptr) {
        for (const yaml::MappingEntry& entry : document->root->entries) {
            conventions.editions.emplace(entry.key->text, build_edition(entry.value));
        }
    }
    return conventions;
}

std::string gpu_of(std::string_view node_or_runner_type) {
    // A scoped label names its GPU after the scope: cluster:mi355x-amds -> mi355x.
    if (auto scope = node_or_runner_type.rfind(':'); scope != std::string_view::npos) {
        node_or_runner_type.remove_prefix(scope + 1);
    }
    return std::string(node_or_runner_type.substr(0, node_or_runner_type.find('-')));
}

std::string launcher_of_node(std::string_view node) { return std::string(node.substr(0, node.find('_'))); }

std::vector<std::string> launchers_of(const Run& run, const Config& config) {
    std::vector<std::string> launchers;
    const RunnerType* type = config.find_runner(run.runner);
    if (type == nullptr) return launchers;
    for (const std::string& node : type->nodes) {
        std::string launcher = launcher_of_node(node);
        if (!contains(launchers, launcher)) launchers.push_back(std::move(launcher));
    }
    return launchers;
}

std::optional<std::string> worker_setting(const Run& run, std::string_view setting) {
    // The multi-node template exports prefill's settings, then decode's: the later one wins.
    std::optional<std::string> value;
    for (const Worker* worker : {run.prefill, run.decode}) {
        if (worker == nullptr) continue;
        for (const std::string& assignment : worker->additional_settings) {
            if (assignment.size() > setting.size() && assignment.starts_with(setting) &&
                assignment[setting.size()] == '=') {
                value = assignment.substr(setting.size() + 1);
            }
        }
    }
    return value;
}

ScriptResolution resolve_benchmark_script(const Run& run, const ScriptConventions& conventions,
                                          const ScriptSite& site) {
    ScriptResolution resolution;
    resolution.launcher = site.launcher;
    resolution.gpu = site.launcher.empty() ? gpu_of(run.runner) : gpu_of(site.launcher);
    const EditionScriptConventions* edition = conventions.for_edition(run.edition->name);
    if (edition == nullptr) return resolution;
    const auto& candidates = run.multinode ? edition->multi_node : edition->single_node;
    for (const ScriptConvention& convention : candidates) {
        std::optional<std::string> gpu = covered_gpu(convention, run, site);
        if (!gpu || !applies(convention, run)) continue;
        resolution.gpu = *gpu;
        if (convention.recipe) {
            resolution.recipe = true;
            return resolution;
        }
        auto scenario_dir = edition->scenario_dirs.find(scenario_of(run));
        for (const ScriptCandidate& candidate : convention.candidates) {
            std::string suffixes;
            std::vector<std::string> chosen_by;
            for (const ScriptSuffix& suffix : candidate.suffixes) {
                if (field_value(run, suffix.field) == suffix.equals) {
                    suffixes += suffix.append;
                    chosen_by.push_back(suffix.field);
                }
            }
            std::string script = candidate.script;
            const std::string& prefix = run.entry->model_prefix;
            replace_all(script, "{model-prefix}", prefix);
            replace_all(script, "{model-code}", prefix.substr(0, prefix.find('_')));
            replace_all(script, "{precision}", run.entry->precision);
            replace_all(script, "{framework}", run.entry->framework);
            replace_all(script, "{gpu}", resolution.gpu);
            replace_all(script, "{scenario-dir}",
                        scenario_dir != edition->scenario_dirs.end() ? scenario_dir->second : std::string());
            replace_all(script, "{suffixes}", suffixes);
            resolution.chosen_by = std::move(chosen_by);
            if (!stays_inside(script)) {
                resolution.outside_suite = std::move(script);
                return resolution;
            }
            resolution.script = std::move(script);
            const bool last = &candidate == &convention.candidates.back();
            if (last || !site.file_exists || site.file_exists(*resolution.script)) return resolution;
            resolution.tried.push_back(*resolution.script);
        }
        return resolution;
    }
    return resolution;
}

std::string describe_script_outside_suite(const Run& run, const std::string& script) {
    return fmt::format("the benchmark script of {} resolves to {}, outside the suite root, so sweepc "
                                  "neither reads nor runs it; model-prefix, precision and framework must not make "
                                  "the path climb out with '..' or start with '/'",
                                  quoted_value(run.entry->key), quoted_value(script));
}

}  // namespace sweepc
