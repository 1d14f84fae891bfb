#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/diagnostic.h"

namespace sweepc {

// The GitHub repository (or repositories) a suite's changelog links must point at, and where that
// came from, for messages. changelog/pr-link checks links against it.
struct SuiteRepository {
    std::vector<std::string> names;  // "owner/name"; several for a checkout whose remotes are a fork and its upstream
    std::string source;              // "--repository", "the git remotes of the checkout"

    // Whether `name` ("owner/name") is one of them; GitHub compares names without case.
    bool contains(std::string_view name) const;
};

// "owner/name" of a GitHub URL: https://github.com/owner/name(.git), git@github.com:owner/name.git,
// ssh://git@github.com/owner/name. Nothing for another host or another shape.
std::optional<std::string> github_repository_of_url(std::string_view url);

// Whether `text` is written "owner/name" with GitHub's characters.
bool is_repository_name(std::string_view text);

// `--repository owner/name` when given (a usage error when malformed), else the GitHub
// repositories of the git remotes when `suite_root` is the top folder of a git checkout, else
// nothing: links are then not checked for their repository.
std::optional<SuiteRepository> suite_repository(const std::optional<std::string>& given, const std::string& suite_root,
                                                Diagnostics& diagnostics);

}  // namespace sweepc
