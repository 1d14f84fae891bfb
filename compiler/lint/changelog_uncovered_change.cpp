#include <fmt/format.h>

#include "lint/changelog_lint.h"

namespace sweepc {

std::vector<Diagnostic> find_uncovered_changes(const SweepDiff& diff, const std::vector<ChangelogEntry>& added_entries,
                                               const std::string& changelog_file) {
    std::vector<Diagnostic> findings;
    for (const ConfigChange& change : diff.configs) {
        // A removed config cannot be named (its key no longer exists); nothing to benchmark.
        if (change.kind == ConfigChange::Kind::removed) continue;
        bool covered = false;
        for (const ChangelogEntry& entry : added_entries) {
            for (const std::string& pattern : entry.config_keys) covered = covered || changelog_pattern_matches(pattern, change.key);
        }
        if (covered) continue;
        std::string what = change.kind == ConfigChange::Kind::added
                               ? fmt::format("config '{}' is new ({} jobs)", change.key, change.jobs_after)
                               : fmt::format("the runs of '{}' change ({} added, {} removed, {} changed)", change.key,
                                             change.runs_added, change.runs_removed, change.runs_changed);
        findings.push_back({"changelog/uncovered-change", Severity::error, change.location,
                            fmt::format("{}, but no entry added to {} names it, so the changelog-driven sweep "
                                        "will not benchmark the change",
                                        what, changelog_file),
                            fmt::format("append an entry to {} with config-keys: [{}], a description and the pr-link",
                                        changelog_file, change.key)});
    }
    return findings;
}

}  // namespace sweepc
