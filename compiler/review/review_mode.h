#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/config.h"
#include "review/changed_lines.h"
#include "review/suite_repository.h"
#include "plan/sweep_options.h"
#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

// The suite's changelog and the revision its new entries are counted from.
struct SuiteChangelog {
    std::string suite_root;
    // HEAD (what a pre-commit hook is about to commit), or the review base (--changed-since).
    std::string base_revision = "HEAD";
    // The changelog's path for git when <suite_root>/perf-changelog.yaml is not inside the
    // repository (a revision's tree in a temporary folder).
    std::optional<std::string> git_path;
    // The repository its pr-links must point at (review/suite_repository); nullopt: unknown.
    std::optional<SuiteRepository> repository;
};

// Lints <suite_root>/perf-changelog.yaml when the suite keeps one (lint/changelog_*.cpp). New
// entries are those past the end of the file as of the base revision. Outside git the
// append-only rule is skipped and duplicate pr-links are judged without the commits that wrote
// them (git blame of the working tree, or of the base revision for a revision's tree).
void lint_suite_changelog(const SuiteChangelog& changelog, const Config* config, SourceMap& sources,
                          Diagnostics& diagnostics);

struct Edition;

struct ReviewModeInputs {
    std::string revision;  // --changed-since, or --new-since
    std::string suite_root;
    std::vector<std::string> config_files;
    std::string runner_file;
    // --changed-since: keep only the findings on lines changed since the revision.
    bool keep_only_changed_lines = true;
    const Edition* edition = nullptr;  // --edition; nullptr: detected
    std::int64_t max_runs = default_max_runs;  // --max-runs (plan/run_budget.h)
};

// Review mode (`sweepc check --changed-since REV` or `--new-since REV`): with
// keep_only_changed_lines, keeps only the findings on lines changed since REV (see
// keep_findings_on_changed_lines); then adds changelog/uncovered-change findings for configs
// whose runs changed since REV without a new changelog entry, on the first changed line of the
// config. Returns the lines changed since REV in the files of the findings (where a review
// comment can sit), or nothing when git could not tell (the reason is reported).
std::optional<ChangedLines> apply_review_mode(const ReviewModeInputs& inputs, Diagnostics& diagnostics);

}  // namespace sweepc
