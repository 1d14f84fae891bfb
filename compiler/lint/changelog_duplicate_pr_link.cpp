#include <map>

#include <fmt/format.h>

#include "lint/changelog_lint.h"

namespace sweepc {

void check_changelog_duplicate_pr_link(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings) {
    std::map<std::string, const ChangelogEntry*> first_entry;
    for (const ChangelogEntry& entry : inputs.entries) {
        // Placeholders are changelog/pr-link findings already; repeating them here adds noise.
        if (!is_pull_request_url(entry.pr_link)) continue;
        auto [it, inserted] = first_entry.emplace(entry.pr_link, &entry);
        if (inserted) continue;
        findings.push_back({"changelog/duplicate-pr-link", Severity::warning, entry.pr_link_location,
                            fmt::format("pr-link {} is also the link of the entry at line {}; usually a copied "
                                        "entry whose link was not updated",
                                        entry.pr_link, it->second->location.line),
                            "link this entry's own PR, or merge the two entries if one PR made both changes"});
    }
}

}  // namespace sweepc
