#include "review/changelog_plan.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "load/yaml_loader.h"
#include "plan/sequence_length.h"
#include "plan/sweep.h"
#include "review/git.h"
#include "review/unified_diff.h"
#include "schema/schema_validator.h"
#include "source/did_you_mean.h"

namespace sweepc {
namespace {

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// Moves a location in the added text onto the head version of the file.
SourceLocation to_head(SourceLocation location, const ChangelogAdditions& additions, const std::string& added_path) {
    if (location.file != added_path) return location;
    auto map_line = [&](int line) {
        if (line <= 0 || additions.head_lines.empty()) return line;
        const std::size_t index = std::min(static_cast<std::size_t>(line), additions.head_lines.size()) - 1;
        return additions.head_lines[index];
    };
    location.file = additions.file;
    location.line = map_line(location.line);
    location.end_line = map_line(location.end_line);
    return location;
}

nlohmann::ordered_json worker_entry(const Worker& worker) {
    nlohmann::ordered_json out;
    out["num-worker"] = worker.num_worker;
    out["tp"] = worker.tp;
    out["ep"] = worker.ep;
    out["dp-attn"] = worker.dp_attn;
    out["additional-settings"] = worker.additional_settings;
    return out;
}

nlohmann::ordered_json metadata_entry(const ChangelogEntry& entry) {
    nlohmann::ordered_json out;
    out["config-keys"] = entry.config_keys;
    out["description"] = entry.description;
    out["pr-link"] = entry.pr_link;
    out["evals-only"] = entry.evals_only;
    return out;
}

// Resolves one entry's patterns; reports patterns that select nothing.
std::vector<const MasterEntry*> resolve_entry_keys(const ChangelogEntry& entry, const Config& config,
                                                   Diagnostics& diagnostics) {
    std::set<const MasterEntry*> selected;
    std::vector<std::string> names;
    for (const MasterEntry& master : config.entries) names.push_back(master.key);
    for (std::size_t i = 0; i < entry.config_keys.size(); ++i) {
        const std::string& pattern = entry.config_keys[i];
        std::vector<const MasterEntry*> matches = configs_matching_pattern(config, pattern);
        if (matches.empty()) {
            std::string message =
                pattern.find('*') != std::string::npos
                    ? fmt::format("no config key matches the wildcard pattern '{}' in the master configs", pattern)
                    : fmt::format("config key '{}' is not in the master configs", pattern);
            if (auto suggestion = closest_match(pattern, names)) message += fmt::format("; did you mean '{}'?", *suggestion);
            diagnostics.error("changelog/unknown-config-key", entry.config_key_locations[i], message);
        }
        selected.insert(matches.begin(), matches.end());
    }
    // Config order, whatever order the patterns were written in.
    std::vector<const MasterEntry*> ordered;
    for (const MasterEntry& master : config.entries) {
        if (selected.contains(&master)) ordered.push_back(&master);
    }
    return ordered;
}

}  // namespace

std::optional<ChangelogAdditions> read_changelog_additions(const std::string& base_ref, const std::string& head_ref,
                                                           const std::string& file, Diagnostics& diagnostics) {
    for (const std::string& ref : {base_ref, head_ref}) {
        if (!ref.empty() && !git_revision_exists(ref, ".")) {
            diagnostics.error("usage", SourceLocation::whole_file(ref),
                              fmt::format("'{}' is not a revision of the git repository here", ref));
        }
    }
    if (diagnostics.has_errors()) return std::nullopt;
    std::vector<std::string> args = {"diff", "--no-ext-diff", "--no-textconv", "--no-renames", base_ref};
    if (!head_ref.empty()) args.push_back(head_ref);
    args.insert(args.end(), {"--", file});
    GitResult diff = run_git(args);
    if (diff.status != 0) {
        diagnostics.error("io", SourceLocation::whole_file(file),
                          fmt::format("git diff {} {} -- {} failed: {}", base_ref, head_ref, file, diff.err));
        return std::nullopt;
    }
    ChangelogAdditions additions;
    additions.file = file;
    std::vector<std::string> added;
    for (const FileDiff& changed : parse_unified_diff(diff.out)) {
        for (const DiffLine& line : changed.lines) {
            if (line.added) {
                added.push_back(line.text);
                additions.head_lines.push_back(line.new_line);
                continue;
            }
            if (is_blank(line.text)) continue;
            additions.deleted_lines = true;
            diagnostics.error("changelog/deleted-line", SourceLocation::point(file, std::max(line.new_line, 1), 1),
                              fmt::format("line {} of {} as of {} was deleted or changed: \"{}\"; the changelog is "
                                          "a running log, so only additions are allowed",
                                          line.old_line, file, base_ref, line.text),
                              "restore the line as it was and add a new entry at the end instead");
        }
    }
    for (std::size_t i = 0; i < added.size(); ++i) {
        if (i > 0) additions.text += '\n';
        additions.text += added[i];
    }
    return additions;
}

std::optional<AddedChangelog> parse_changelog_additions(const ChangelogAdditions& additions, SourceMap& sources,
                                                        Diagnostics& diagnostics) {
    const SourceLocation whole_file = SourceLocation::whole_file(additions.file);
    if (std::all_of(additions.text.begin(), additions.text.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; })) {
        diagnostics.error("changelog/no-additions", whole_file,
                          "the change adds no lines to the changelog, so it schedules no benchmarks",
                          "append an entry naming the changed config-keys, with a description and the pr-link");
        return std::nullopt;
    }
    const std::string added_path = additions.file + " (added lines)";
    const SourceFile& added_file = sources.add(SourceFile(added_path, additions.text));
    Diagnostics local;
    AddedChangelog result;
    std::optional<yaml::Document> document = yaml::load_yaml(added_file, local);
    bool ok = document.has_value();
    if (document && (document->root == nullptr || document->root->kind == yaml::Kind::null ||
                     (document->root->kind == yaml::Kind::sequence && document->root->items.empty()))) {
        local.error("changelog/no-additions", whole_file, "the lines added to the changelog hold no entries");
        ok = false;
    }
    if (ok) {
        ok = SchemaValidator("changelog.schema.json").validate(*document, local);
        result.documents.push_back(std::move(*document));
        for (ChangelogEntry entry : read_changelog_entries(result.documents.back())) {
            entry.location = to_head(entry.location, additions, added_path);
            entry.pr_link_location = to_head(entry.pr_link_location, additions, added_path);
            for (SourceLocation& location : entry.config_key_locations) location = to_head(location, additions, added_path);
            result.entries.push_back(std::move(entry));
        }
    }
    for (Diagnostic diagnostic : local.all()) {
        diagnostic.location = to_head(diagnostic.location, additions, added_path);
        diagnostics.add(std::move(diagnostic));
    }
    if (!ok) return std::nullopt;
    return result;
}

nlohmann::ordered_json changelog_matrix_entry(const Run& run) {
    const MasterEntry& entry = *run.entry;
    nlohmann::ordered_json out;
    out["image"] = entry.image;
    out["model"] = entry.model;
    out["model-prefix"] = entry.model_prefix;
    out["precision"] = entry.precision;
    out["framework"] = entry.framework;
    out["spec-decoding"] = run.spec_decoding;
    out["runner"] = run.runner;
    out["isl"] = run.isl;
    out["osl"] = run.osl;
    if (run.multinode) {
        out["prefill"] = worker_entry(*run.prefill);
        out["decode"] = worker_entry(*run.decode);
        out["conc"] = run.conc;
    } else {
        out["tp"] = run.tp;
        out["ep"] = run.ep;
        out["dp-attn"] = run.dp_attn;
        out["conc"] = run.conc.front();
    }
    out["max-model-len"] = run.max_model_len;
    out["exp-name"] = run.exp_name;
    out["disagg"] = run.disagg;
    out["run-eval"] = run.marked_for_eval();
    return out;
}

std::optional<std::vector<Run>> changelog_runs(const AddedChangelog& added, const Config& config,
                                               Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    std::vector<Run> runs;
    std::set<std::string> scheduled;
    for (const ChangelogEntry& entry : added.entries) {
        std::vector<const MasterEntry*> configs = resolve_entry_keys(entry, config, diagnostics);
        SweepOptions options;
        options.mode = SweepMode::test_config;
        options.evals = entry.evals_only ? EvalMode::evals_only : EvalMode::run_evals;
        for (const MasterEntry* master : configs) {
            // A config named by two entries of one change runs once, under the first entry.
            if (scheduled.insert(master->key).second) options.config_keys.push_back(master->key);
        }
        if (options.config_keys.empty()) continue;
        for (Run& run : resolve_sweep(config, options, diagnostics)) runs.push_back(std::move(run));
    }
    if (diagnostics.error_count() != errors_before) return std::nullopt;
    return runs;
}

std::optional<nlohmann::ordered_json> plan_changelog(const AddedChangelog& added, const std::string& base_ref,
                                                     const std::string& head_ref, const Config& config,
                                                     Diagnostics& diagnostics) {
    std::optional<std::vector<Run>> runs = changelog_runs(added, config, diagnostics);
    if (!runs) return std::nullopt;
    nlohmann::ordered_json single_node = nlohmann::ordered_json::object();
    nlohmann::ordered_json multi_node = nlohmann::ordered_json::object();
    for (const Run& run : *runs) {
        nlohmann::ordered_json& bucket = run.multinode ? multi_node : single_node;
        std::string sequence = sequence_length_name(*run.edition, run.isl, run.osl);
        if (!bucket.contains(sequence)) bucket[sequence] = nlohmann::ordered_json::array();
        bucket[sequence].push_back(changelog_matrix_entry(run));
    }
    nlohmann::ordered_json out;
    out["single_node"] = std::move(single_node);
    out["multi_node"] = std::move(multi_node);
    nlohmann::ordered_json metadata;
    metadata["base_ref"] = base_ref;
    metadata["head_ref"] = head_ref;
    metadata["entries"] = nlohmann::ordered_json::array();
    for (const ChangelogEntry& entry : added.entries) metadata["entries"].push_back(metadata_entry(entry));
    out["changelog_metadata"] = std::move(metadata);
    return out;
}

}  // namespace sweepc
