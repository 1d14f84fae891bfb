#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/config.h"
#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

// Lints <suite_root>/perf-changelog.yaml when the suite keeps one (lint/changelog_*.cpp). New
// entries are those past the end of the file as of `changed_since`, or of HEAD without it (what
// a pre-commit hook is about to commit). Outside git the append-only rule is skipped.
void lint_suite_changelog(const std::string& suite_root, const Config* config,
                          const std::optional<std::string>& changed_since, SourceMap& sources,
                          Diagnostics& diagnostics);

struct ReviewModeInputs {
    std::string revision;  // --changed-since
    std::string suite_root;
    std::vector<std::string> config_files;
    std::string runner_file;
};

// `sweepc check --changed-since REV`: adds changelog/uncovered-change findings for configs whose
// runs changed since REV without a new changelog entry, then keeps only the findings on lines
// changed since REV (see keep_findings_on_changed_lines).
void apply_review_mode(const ReviewModeInputs& inputs, Diagnostics& diagnostics);

}  // namespace sweepc
