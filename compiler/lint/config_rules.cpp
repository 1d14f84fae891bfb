#include <fmt/format.h>

#include "lint/config_rule.h"
#include "lint/shell_rule.h"
#include "lint/yaml_suppressions.h"

namespace sweepc {

const std::vector<ConfigRule>& config_rules() {
    static const std::vector<ConfigRule> rules = {
        {"config/unknown-runner", Severity::error,
         "Config names a runner type that runners.yaml does not define", check_unknown_runner},
        {"config/missing-script", Severity::error,
         "The benchmark script a run resolves to does not exist, or no convention names one",
         check_missing_script},
        {"config/ignored-setting", Severity::warning,
         "Row sets ep, dp-attn or spec-decoding but its benchmark script never reads the variable",
         check_ignored_setting},
        {"config/missing-recipe", Severity::error,
         "A multi-node run submitted as an srt-slurm recipe names none, or a recipe of the suite's own folder "
         "that does not exist",
         check_missing_recipe},
        {"config/recipe-mismatch", Severity::error,
         "Worker counts, tp, ep, dp-attn, lengths or concurrencies of a multi-node row disagree with its recipe",
         check_recipe_mismatch},
        {"config/missing-launcher", Severity::error,
         "A runner node has no runners/launch_<node>.sh to start its jobs", check_missing_launcher},
        {"config/naming", Severity::warning,
         "Config name does not read <model-prefix>-<precision>-<gpu>-<framework>, or unknown precision",
         check_config_naming},
        {"config/duplicate-run", Severity::error, "Two search-space rows yield the same run", check_duplicate_run},
        {"config/parallelism", Severity::error,
         "ep above tp, or tp above the GPUs of one node of the runner", check_parallelism},
        {"config/unpinned-image", Severity::warning, "Image without a version tag, or with a moving tag such as latest",
         check_unpinned_image},
    };
    return rules;
}

SourceLocation field_span(const yaml::Node* mapping, std::string_view field) {
    if (mapping == nullptr) return {};
    for (const yaml::MappingEntry& entry : mapping->entries) {
        if (entry.key->text != field) continue;
        SourceLocation span = entry.key->location;
        if (entry.value != nullptr && entry.value->is_scalar() &&
            entry.value->location.file == span.file && entry.value->location.end_line > 0) {
            span.end_line = entry.value->location.end_line;
            span.end_column = entry.value->location.end_column;
        }
        return span;
    }
    return mapping->location;
}

SourceLocation entry_field_span(const MasterEntry& entry, std::string_view field) {
    if (entry.node != nullptr && entry.node->find(field) != nullptr) return field_span(entry.node, field);
    return entry.location;
}

std::string describe_place(const SourceLocation& place, const SourceLocation& from) {
    if (place.file == from.file) return fmt::format("line {}", place.line);
    return fmt::format("{}:{}", place.file, place.line);
}

void lint_config(const ConfigLintInputs& inputs, const SourceMap& sources, Diagnostics& diagnostics) {
    ConfigRuleContext context{inputs.config, inputs.runs, inputs.conventions, config_rule_data(), inputs.suite};
    std::vector<Diagnostic> findings;
    for (const ConfigRule& rule : config_rules()) {
        ConfigRuleReport report(rule.id, rule.severity, findings);
        rule.check(context, report);
    }
    std::map<std::string, YamlSuppressions> suppressions;
    for (const yaml::Document& document : inputs.config.documents) {
        if (const SourceFile* file = sources.find(document.path)) {
            suppressions.emplace(document.path, collect_yaml_suppressions(*file, document));
        }
    }
    for (Diagnostic& finding : findings) {
        auto in_file = suppressions.find(finding.location.file);
        if (in_file != suppressions.end() && in_file->second.suppresses(finding.rule, finding.location.line)) continue;
        diagnostics.add(std::move(finding));
    }
}

std::map<std::string, std::string> all_rule_descriptions() {
    // The ids reported outside the rule tables: by loading, planning, emitting, reviewing and
    // migrating. docs/rules.md has a section for each (tests/lint/rules_documentation_test.cpp).
    std::map<std::string, std::string> descriptions = {
        {"schema", "Config does not match the schema of the master config or runners file"},
        {"yaml-syntax", "File is not valid YAML, or has duplicate keys"},
        {"io", "A file could not be read"},
        {"usage", "Bad command line"},
        {"edition", "Inputs of two editions of the suite's format in one run, or a file of another edition than --edition"},
        {"budget", "A config or sweep expands into more runs than --max-runs, or emit into more files"},
        {"matrix-entry", "A run made a matrix entry that does not match the edition's matrix-entry schema"},
        {"emit/unsafe-value", "A value emit would write into run scripts, file names or workflow outputs is unsafe there"},
        {"emit/no-benchmark-script", "No script convention covers a run's GPU, so its run script can only say so"},
        {"changelog/uncovered-change", "A change alters a config's runs without a new changelog entry naming it"},
        {"changelog/deleted-line", "A line of the changelog at the base revision was deleted or changed"},
        {"changelog/no-additions", "The change adds no changelog entries, so it schedules no benchmarks"},
        {"baseline/fixed", "A finding recorded in the baseline is no longer reported"},
        {"migrate", "A file that migrate cannot rewrite into the target edition"},
    };
    for (const ConfigRule& rule : config_rules()) descriptions[std::string(rule.id)] = std::string(rule.summary);
    for (const ShellRule& rule : shell_rules()) descriptions[std::string(rule.id)] = std::string(rule.summary);
    return descriptions;
}

}  // namespace sweepc
