#include "review/changelog_plan.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "load/yaml_loader.h"
#include "plan/sequence_length.h"
#include "review/changelog_layout.h"
#include "review/git.h"
#include "review/unified_diff.h"
#include "schema/schema_validator.h"
#include "schema/yaml_to_json.h"

namespace sweepc {
namespace {

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
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

std::optional<AddedChangelog> parse_changelog_additions(const ChangelogAdditions& additions, const Edition& edition,
                                                        SourceMap& sources, Diagnostics& diagnostics) {
    const SourceLocation whole_file = SourceLocation::whole_file(additions.file);
    if (std::all_of(additions.text.begin(), additions.text.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; })) {
        diagnostics.error("changelog/no-additions", whole_file,
                          "the change adds no lines to the changelog, so it schedules no benchmarks",
                          "append an entry naming the changed config-keys, with a description and the pr-link");
        return std::nullopt;
    }
    AddedChangelog result;
    result.file = additions.file;
    result.added_path = additions.file + " (added lines)";
    result.head_lines = additions.head_lines;
    const SourceFile& added_file = sources.add(SourceFile(result.added_path, additions.text));
    Diagnostics local;
    std::optional<yaml::Document> document = yaml::load_yaml(added_file, local);
    bool ok = document.has_value();
    if (document && (document->root == nullptr || document->root->kind == yaml::Kind::null ||
                     (document->root->kind == yaml::Kind::sequence && document->root->items.empty()))) {
        local.error("changelog/no-additions", whole_file, "the lines added to the changelog hold no entries");
        ok = false;
    }
    if (ok) {
        ok = SchemaValidator(std::string(edition.changelog.entry_schema)).validate(*document, local);
        result.documents.push_back(std::move(*document));
        for (ChangelogEntry entry : read_changelog_entries(result.documents.back())) {
            entry.location = result.to_head(entry.location);
            entry.pr_link_location = result.to_head(entry.pr_link_location);
            for (SourceLocation& location : entry.config_key_locations) location = result.to_head(location);
            for (auto& [field, location] : entry.field_locations) location = result.to_head(location);
            result.entries.push_back(std::move(entry));
        }
    }
    for (Diagnostic diagnostic : local.all()) {
        diagnostic.location = result.to_head(diagnostic.location);
        diagnostics.add(std::move(diagnostic));
    }
    if (!ok) return std::nullopt;
    return result;
}

nlohmann::ordered_json render_changelog_plan(const ChangelogSweep& sweep, const AddedChangelog& added,
                                             const std::string& base_ref, const std::string& head_ref,
                                             const Edition& edition) {
    const ChangelogLayout& layout = ChangelogLayout::of(edition);
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [name, bucket] : layout.buckets()) {
        switch (bucket) {
            case ChangelogLayout::Bucket::throughput_map: out[name] = nlohmann::ordered_json::object(); break;
            case ChangelogLayout::Bucket::eval_list: out[name] = nlohmann::ordered_json::array(); break;
            case ChangelogLayout::Bucket::metadata: {
                nlohmann::ordered_json metadata;
                metadata["base_ref"] = base_ref;
                metadata["head_ref"] = head_ref;
                metadata["entries"] = nlohmann::ordered_json::array();
                for (const ChangelogEntry& entry : added.entries) {
                    metadata["entries"].push_back(layout.metadata_entry(yaml_to_json<nlohmann::ordered_json>(*entry.node)));
                }
                out[name] = std::move(metadata);
                break;
            }
        }
    }
    for (const ChangelogRow& row : sweep.throughput) {
        // Fixed runs by their exp-name's sequence length, agentic runs in a bucket of their own.
        const std::string key = row.run.agentic ? std::string(edition.changelog.agentic_bucket)
                                                : sequence_length_name(edition, row.run.isl, row.run.osl);
        nlohmann::ordered_json& bucket = out[layout.throughput_bucket(row.run.kind)];
        if (!bucket.contains(key)) bucket[key] = nlohmann::ordered_json::array();
        bucket[key].push_back(layout.row(row.run.kind, row.entry));
    }
    for (const ChangelogRow& row : sweep.evals) {
        const std::optional<std::string> bucket = layout.eval_bucket(row.run.kind);
        if (!bucket) throw std::logic_error("an eval row of a kind the changelog output has no bucket for");
        out[*bucket].push_back(layout.row(row.run.kind, row.entry));
    }
    return out;
}

}  // namespace sweepc
