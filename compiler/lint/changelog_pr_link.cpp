#include <regex>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "lint/changelog_lint.h"

namespace sweepc {
namespace {

const std::regex& pull_request_pattern() {
    // A real PR number, not a placeholder: pull/XXX, pull/TBD, pull/0 are what people type
    // before the PR exists, and they never get fixed afterwards.
    static const std::regex pattern(R"(https://github\.com/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)/pull/([1-9][0-9]*))");
    return pattern;
}

}  // namespace

bool is_pull_request_url(const std::string& link) { return std::regex_match(link, pull_request_pattern()); }

void check_changelog_pr_link(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings) {
    const std::optional<SuiteRepository>& repository = inputs.context.repository;
    for (const ChangelogEntry& entry : inputs.entries) {
        if (entry.node == nullptr || entry.node->find("pr-link") == nullptr) continue;  // the schema reports it
        std::smatch match;
        static const std::regex page_of_pull_request(
            R"((https://github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/pull/[1-9][0-9]*)[/?#].*)");
        if (std::regex_match(entry.pr_link, match, page_of_pull_request)) {
            // .../pull/2305/changes, .../pull/12#issuecomment-…: the PR is right, the link is not its URL.
            findings.push_back({"changelog/pr-link", Severity::error, entry.pr_link_location,
                                fmt::format("pr-link '{}' links a page of a pull request, not the pull request; "
                                            "write the pull request's own URL, which is what identifies the change",
                                            entry.pr_link),
                                match[1].str()});
            continue;
        }
        if (!std::regex_match(entry.pr_link, match, pull_request_pattern())) {
            findings.push_back({"changelog/pr-link", Severity::error, entry.pr_link_location,
                                fmt::format("pr-link '{}' is not a pull-request URL; a placeholder leaves the "
                                            "benchmark results without the change that caused them",
                                            entry.pr_link),
                                "use the PR's URL, https://github.com/<owner>/<repo>/pull/<number>"});
            continue;
        }
        const std::string linked = match[1].str();
        if (!repository || repository->contains(linked)) continue;
        findings.push_back(
            {"changelog/pr-link", Severity::error, entry.pr_link_location,
             fmt::format("pr-link '{}' is a pull request of '{}', not of the suite's repository ({}: {}); the "
                         "results would be credited to a change the suite never made",
                         entry.pr_link, linked, repository->source, fmt::join(repository->names, ", ")),
             fmt::format("link the suite's pull request, https://github.com/{}/pull/<number>; a change made "
                         "elsewhere first (an engine fix) belongs in the description",
                         repository->names.front())});
    }
}

}  // namespace sweepc
