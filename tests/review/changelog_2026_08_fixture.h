#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "review/git_repo_fixture.h"

namespace sweepc::test {

// A repository holding the tiny 2026-08 suite of tests/fixtures/changelog/2026-08 at configs/,
// with a one-entry changelog committed as `base`.
inline void make_2026_08_suite(GitRepoFixture& repo) {
    const auto fixtures = source_dir() / "tests/fixtures/changelog/2026-08";
    repo.write("configs/demo-master.yaml", read_file(fixtures / "demo-master.yaml"));
    repo.write("configs/runners.yaml", read_file(fixtures / "runners.yaml"));
    repo.write("perf-changelog.yaml",
               changelog_entry("    - demo-fp8-mi355x-sglang\n", "https://github.com/org/suite/pull/1") + "\n");
    repo.commit("base");
}

inline const std::vector<std::string> changelog_2026_08_args = {
    "changelog", "--base-ref", "base", "--head-ref", "head", "--changelog-file", "perf-changelog.yaml",
    "--config-files", "configs/demo-master.yaml"};

// Appends `entries` to the changelog, commits them as `head` and runs sweepc changelog with `extra`.
inline CommandResult add_entries_and_run(GitRepoFixture& repo, const std::string& entries,
                                         const std::vector<std::string>& extra = {}) {
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") + entries);
    repo.commit("head");
    std::vector<std::string> args = changelog_2026_08_args;
    args.insert(args.end(), extra.begin(), extra.end());
    return repo.sweepc(args);
}

// "exp-name@conc" of each row of a bucket, for compact expectations.
inline std::vector<std::string> points_of(const nlohmann::ordered_json& rows) {
    std::vector<std::string> points;
    for (const auto& row : rows) points.push_back(row["framework"].get<std::string>() + "@" + row["conc"].dump());
    return points;
}

}  // namespace sweepc::test
