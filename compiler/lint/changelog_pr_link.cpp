#include <regex>

#include <fmt/format.h>

#include "lint/changelog_lint.h"

namespace sweepc {

bool is_pull_request_url(const std::string& link) {
    // A real PR number, not a placeholder: pull/XXX, pull/TBD, pull/0 are what people type
    // before the PR exists, and they never get fixed afterwards.
    static const std::regex pattern(R"(https://github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/pull/[1-9][0-9]*)");
    return std::regex_match(link, pattern);
}

void check_changelog_pr_link(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings) {
    for (const ChangelogEntry& entry : inputs.entries) {
        if (entry.node == nullptr || entry.node->find("pr-link") == nullptr) continue;  // the schema reports it
        if (is_pull_request_url(entry.pr_link)) continue;
        findings.push_back({"changelog/pr-link", Severity::error, entry.pr_link_location,
                            fmt::format("pr-link '{}' is not a pull-request URL; a placeholder leaves the benchmark "
                                        "results without the change that caused them",
                                        entry.pr_link),
                            "use the PR's URL, https://github.com/<owner>/<repo>/pull/<number>"});
    }
}

}  // namespace sweepc
