#include "review/suite_repository.h"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "review/git.h"

namespace sweepc {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

bool SuiteRepository::contains(std::string_view name) const {
    return std::any_of(names.begin(), names.end(), [&](const std::string& own) { return lower(own) == lower(name); });
}

bool is_repository_name(std::string_view text) {
    static const std::regex pattern(R"([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)");
    return std::regex_match(text.begin(), text.end(), pattern);
}

std::optional<std::string> github_repository_of_url(std::string_view url) {
    static const std::regex pattern(
        R"((?:https://|http://|ssh://git@|git://)?(?:git@)?github\.com[:/]([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+?)(?:\.git)?/?)");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_match(url.begin(), url.end(), match, pattern)) return std::nullopt;
    return match[1].str();
}

std::optional<SuiteRepository> suite_repository(const std::optional<std::string>& given, const std::string& suite_root,
                                                Diagnostics& diagnostics) {
    if (given) {
        if (!is_repository_name(*given)) {
            diagnostics.error("usage", SourceLocation::whole_file("--repository"),
                              fmt::format("--repository '{}' is not a GitHub repository name; write it owner/name, "
                                          "e.g. --repository SemiAnalysisAI/InferenceX",
                                          *given));
            return std::nullopt;
        }
        return SuiteRepository{{*given}, "--repository"};
    }
    // Only a checkout of the suite itself says whose the links are: a suite kept in a folder of
    // another repository (a test fixture, a vendored copy) has that repository's remotes.
    const std::optional<std::string> top = git_toplevel(suite_root);
    std::error_code error;
    if (!top || !std::filesystem::equivalent(*top, suite_root, error)) return std::nullopt;
    // `git remote -v`: "<remote>\t<url> (fetch|push)" per line.
    const GitResult remotes = run_git({"remote", "-v"}, suite_root);
    if (remotes.status != 0) return std::nullopt;
    SuiteRepository found{{}, "the git remotes of the suite's checkout"};
    std::istringstream lines(remotes.out);
    for (std::string line; std::getline(lines, line);) {
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        std::string url = line.substr(tab + 1);
        url = url.substr(0, url.find(' '));
        if (auto name = github_repository_of_url(url); name && !found.contains(*name)) found.names.push_back(*name);
    }
    if (found.names.empty()) return std::nullopt;
    return found;
}

}  // namespace sweepc
