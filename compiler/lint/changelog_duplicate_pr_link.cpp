#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lint/changelog_lint.h"
#include "review/git_blame.h"
#include "schema/yaml_to_json.h"

namespace sweepc {
namespace {

constexpr std::string_view rule = "changelog/duplicate-pr-link";

// The commit that wrote an entry: the one that last wrote its pr-link line (git blame), or
// nothing without history.
std::optional<std::string> commit_of(const ChangelogEntry& entry, const ChangelogLintInputs& inputs) {
    const auto& commits = inputs.context.line_commits;
    const int line = entry.pr_link_location.line > 0 ? entry.pr_link_location.line : entry.location.line;
    if (!commits || line <= 0 || static_cast<std::size_t>(line) > commits->size()) return std::nullopt;
    return (*commits)[static_cast<std::size_t>(line) - 1];
}

std::string short_id(const std::string& commit) {
    return commit == uncommitted_lines_id ? "the uncommitted change" : "commit " + commit.substr(0, 12);
}

bool same_entry(const ChangelogEntry& a, const ChangelogEntry& b) {
    return a.node != nullptr && b.node != nullptr &&
           yaml_to_json<nlohmann::json>(*a.node) == yaml_to_json<nlohmann::json>(*b.node);
}

}  // namespace

// One pull request may add several entries (one per config family, say), so a shared link alone is
// no defect. An entry is reported when no earlier entry with its link was written by the same
// change: with git history, the commit that wrote its pr-link line differs from theirs; without,
// it is not part of an unbroken run of entries with that link. A word-for-word copy of an earlier
// entry is reported whatever wrote it.
void check_changelog_duplicate_pr_link(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings) {
    std::map<std::string, std::vector<const ChangelogEntry*>> earlier_with_link;
    const ChangelogEntry* previous = nullptr;
    for (const ChangelogEntry& entry : inputs.entries) {
        const ChangelogEntry* before = previous;
        previous = &entry;
        // Placeholders are changelog/pr-link findings already; repeating them here adds noise.
        if (!is_pull_request_url(entry.pr_link)) continue;
        std::vector<const ChangelogEntry*>& earlier = earlier_with_link[entry.pr_link];
        const std::vector<const ChangelogEntry*> others = earlier;
        earlier.push_back(&entry);
        if (others.empty()) continue;
        const ChangelogEntry& first = *others.front();
        const auto copy = std::find_if(others.begin(), others.end(), [&](const auto* other) { return same_entry(*other, entry); });
        if (copy != others.end()) {
            findings.push_back({std::string(rule), Severity::warning, entry.location,
                                fmt::format("this entry repeats the entry at line {} word for word (config-keys, "
                                            "description and pr-link {}); the second copy schedules nothing new",
                                            (*copy)->location.line, entry.pr_link),
                                "if the copy is new, remove it; an old copy stays, as the changelog is append-only"});
            continue;
        }
        const std::optional<std::string> commit = commit_of(entry, inputs);
        std::string why;
        if (commit) {
            const bool same_change = std::any_of(others.begin(), others.end(), [&](const ChangelogEntry* other) {
                return commit_of(*other, inputs) == commit;
            });
            if (same_change) continue;
            why = fmt::format("which {} wrote, while this one is from {}", short_id(*commit_of(first, inputs)),
                              short_id(*commit));
        } else {
            // No history: entries of one change sit together, so only a link that comes back after
            // other entries is reported.
            if (before != nullptr && before->pr_link == entry.pr_link) continue;
            why = fmt::format("and entries with other links stand between them");
        }
        findings.push_back({std::string(rule), Severity::warning, entry.pr_link_location,
                            fmt::format("pr-link {} is also the link of the entry at line {}, {}; usually an entry "
                                        "copied without updating its link, which credits these results to another "
                                        "change",
                                        entry.pr_link, first.location.line, why),
                            "link this entry's own PR; entries one PR adds belong together, next to each other"});
    }
}

}  // namespace sweepc
