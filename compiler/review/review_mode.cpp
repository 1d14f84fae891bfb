#include "review/review_mode.h"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <set>

#include <fmt/format.h>

#include "lint/changelog_lint.h"
#include "lint/retired_configs.h"
#include "review/changed_lines.h"
#include "review/changelog_plan.h"
#include "review/config_version.h"
#include "review/git.h"
#include "review/git_blame.h"
#include "review/sweep_diff.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

std::string suite_changelog_path(const std::string& suite_root) {
    return (fs::path(suite_root) / default_changelog_file).lexically_normal().generic_string();
}

// The changelog entries added since `revision` in the working tree; empty when there is no
// changelog or nothing was added. Problems with the additions are the changelog rules' to report.
std::vector<ChangelogEntry> added_entries_since(const std::string& revision, const std::string& changelog,
                                                const Edition& edition, std::optional<AddedChangelog>& storage) {
    Diagnostics ignored;
    SourceMap scratch;
    std::optional<ChangelogAdditions> additions = read_changelog_additions(revision, "", changelog, ignored);
    if (!additions || additions->text.find_first_not_of(" \t\r\n") == std::string::npos) return {};
    storage = parse_changelog_additions(*additions, edition, scratch, ignored);
    return storage ? storage->entries : std::vector<ChangelogEntry>{};
}

// The lines of a config entry: from its key to the line before the next entry of its file.
std::pair<int, int> entry_extent(const Config& config, const MasterEntry& entry) {
    int last = std::numeric_limits<int>::max();
    for (const MasterEntry& other : config.entries) {
        if (other.location.file == entry.location.file && other.location.line > entry.location.line) {
            last = std::min(last, other.location.line - 1);
        }
    }
    return {entry.location.line, last};
}

void add_uncovered_changes(const ReviewModeInputs& inputs, const ChangedLines& changed, Diagnostics& diagnostics) {
    const std::string changelog = suite_changelog_path(inputs.suite_root);
    std::error_code error;
    if (!fs::exists(changelog, error)) return;  // a suite without a changelog has nothing to cover
    Diagnostics load_problems;
    SourceMap sources;
    std::optional<std::string> runner_file;
    if (!inputs.runner_file.empty()) runner_file = inputs.runner_file;
    ConfigVersionSpec base_spec{inputs.revision, inputs.config_files, runner_file, inputs.suite_root, inputs.edition,
                                inputs.max_runs};
    ConfigVersionSpec head_spec{std::nullopt, inputs.config_files, runner_file, inputs.suite_root, inputs.edition,
                                inputs.max_runs};
    std::unique_ptr<ConfigVersion> base = load_config_version(base_spec, sources, load_problems);
    std::unique_ptr<ConfigVersion> head = load_config_version(head_spec, sources, load_problems);
    if (!head->ok()) return;  // the check reports why
    if (!base->ok()) {
        diagnostics.add({"changelog/uncovered-change", Severity::note, SourceLocation::whole_file(changelog),
                         fmt::format("the configs at '{}' do not load, so changes since then were not checked for "
                                     "changelog entries",
                                     inputs.revision),
                         std::nullopt});
        return;
    }
    std::optional<AddedChangelog> storage;
    const std::vector<ChangelogEntry> added = added_entries_since(inputs.revision, changelog, *head->config->edition, storage);
    for (Diagnostic& finding : find_uncovered_changes(diff_sweeps(*base, *head), added, changelog)) {
        // A review comment must sit on a line of the PR's diff: the first changed line of the
        // config entry (an image bump, a new row), else its key.
        for (const MasterEntry& entry : head->config->entries) {
            if (entry.location.file != finding.location.file || entry.location.line != finding.location.line) continue;
            auto [first, last] = entry_extent(*head->config, entry);
            if (auto line = changed.first_touched(entry.location.file, first, last); line && *line != first) {
                finding.location = SourceLocation::point(entry.location.file, *line, 1);
            }
        }
        diagnostics.add(std::move(finding));
    }
}

}  // namespace

void lint_suite_changelog(const SuiteChangelog& suite_changelog, const Config* config, SourceMap& sources,
                          Diagnostics& diagnostics) {
    const std::string changelog = suite_changelog_path(suite_changelog.suite_root);
    std::error_code error;
    if (!fs::is_regular_file(changelog, error)) return;
    const std::string& base = suite_changelog.base_revision;
    ChangelogContext context;
    context.base_label = base;
    context.repository = suite_changelog.repository;
    if (git_revision_exists(base, ".")) {
        std::string ignored;
        // A changelog the base lacks is new: every entry in it counts as added.
        context.base_text = git_show_file(base, suite_changelog.git_path.value_or(changelog), ".", ignored).value_or("");
    }
    if (suite_changelog.git_path) {
        // A revision's tree: the file is the revision's, and so are the commits of its lines.
        context.line_commits = git_blame_commits(*suite_changelog.git_path, ".", base);
    } else {
        const fs::path path(changelog);
        context.line_commits = git_blame_commits(path.filename().string(), path.parent_path().empty() ? "." : path.parent_path().string());
    }
    // Without configs, the newest edition's schema: every edition's entries are valid in it.
    const Edition& edition = config != nullptr ? *config->edition : newest_edition();
    context.retired_config_names = retired_config_names(suite_changelog.suite_root, edition);
    lint_changelog_file(changelog, edition, config, context, sources, diagnostics);
}

std::optional<ChangedLines> apply_review_mode(const ReviewModeInputs& inputs, Diagnostics& diagnostics) {
    std::set<std::string> files(inputs.config_files.begin(), inputs.config_files.end());
    for (const Diagnostic& diagnostic : diagnostics.all()) files.insert(diagnostic.location.file);
    std::erase_if(files, [](const std::string& file) {
        std::error_code error;
        return file.empty() || !fs::is_regular_file(file, error);
    });
    std::optional<ChangedLines> changed =
        changed_lines_since(inputs.revision, std::vector<std::string>(files.begin(), files.end()), diagnostics);
    if (!changed) return changed;
    if (inputs.keep_only_changed_lines) keep_findings_on_changed_lines(diagnostics, *changed);
    add_uncovered_changes(inputs, *changed, diagnostics);
    return changed;
}

}  // namespace sweepc
