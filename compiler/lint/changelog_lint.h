#pragma once
#include <optional>
#include <string>
#include <vector>

#include "load/yaml_node.h"
#include "edition/edition.h"
#include "model/config.h"
#include "review/changelog.h"
#include "review/suite_repository.h"
#include "review/sweep_diff.h"
#include "source/diagnostic.h"
#include "source/source_file.h"

namespace sweepc {

// What a changelog is checked against besides its text: its history and whose suite it is.
struct ChangelogContext {
    // The file as of the base revision (the review base, or HEAD before a commit); nullopt when
    // there is none (not in git, or a new file). Entries past its end count as new.
    std::optional<std::string> base_text;
    std::string base_label;  // "HEAD", "origin/main", for messages
    // The commit that wrote each line (git blame; element i is line i + 1); nullopt outside git.
    std::optional<std::vector<std::string>> line_commits;
    // The repository pr-links must point at; nullopt: not known, links are not checked for it.
    std::optional<SuiteRepository> repository;
    // Configs the suite retired to its config folder's deprecated/ sub-folder
    // (lint/retired_configs): an old entry that names one recorded a sweep that did run.
    std::vector<std::string> retired_config_names;
};

// What the changelog rules look at. The whole file is checked, not only what a change added.
struct ChangelogLintInputs {
    const Edition& edition;                     // whose changelog schema and processor rules apply
    const SourceFile& file;
    const yaml::Document& document;             // schema-checked by lint_changelog itself
    const std::vector<ChangelogEntry>& entries; // read from `document`
    const Config* config = nullptr;             // current configs; nullptr skips config-keys checks
    const ChangelogContext& context;
};

// A changelog rule: one check, one file under lint/ (see docs/review.md for each rule).
struct ChangelogRule {
    std::string_view id;
    Severity severity;
    std::string_view summary;
    void (*check)(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings);
};

const std::vector<ChangelogRule>& changelog_rules();

// Reads, parses and lints a changelog file: the edition's changelog schema, then every rule of
// changelog_rules(). The file is added to `sources`.
void lint_changelog_file(const std::string& path, const Edition& edition, const Config* config,
                         const ChangelogContext& context, SourceMap& sources, Diagnostics& diagnostics);

// The first line after the base version's content (trailing blank lines ignored): entries that
// start at or after it were added by the change. 1 when there is no base.
int first_new_line(const std::optional<std::string>& base_text);

// https://github.com/<owner>/<repo>/pull/<number>, the number not a placeholder.
bool is_pull_request_url(const std::string& link);

void check_changelog_pr_link(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings);
void check_changelog_duplicate_pr_link(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings);
void check_changelog_unknown_config_key(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings);
void check_changelog_append_only(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings);
void check_changelog_final_newline(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings);
void check_changelog_append_only_entry(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings);

// The processor's rules for append-only entries (2026-08), on the entries one change adds: an
// append-only entry runs only the concurrency points added since the base revision, so it
// cannot ask for evals (evals-only, all-evals, eval-min-prefill-ep), share the change with
// regular entries, or run under the processor's eval options (`eval_options`, e.g.
// "--all-evals"). Findings are changelog/append-only-entry errors.
void find_append_only_entry_problems(const std::vector<const ChangelogEntry*>& added,
                                     const std::vector<std::string>& eval_options, std::vector<Diagnostic>& findings);

// Review and diff mode: a config whose runs the change alters (added or changed config), named
// by no changelog entry the change added, is a changelog/uncovered-change finding at its key.
// Such changes are not benchmarked by the changelog-driven sweep, and have been reverted for it.
std::vector<Diagnostic> find_uncovered_changes(const SweepDiff& diff, const std::vector<ChangelogEntry>& added_entries,
                                               const std::string& changelog_file);

}  // namespace sweepc
