// The changelog rules of `sweepc check`, each shown firing and staying quiet.
#include <catch2/catch.hpp>

#include "review/git_repo_fixture.h"

using namespace sweepc::test;

namespace {

CommandResult check(GitRepoFixture& repo) { return repo.sweepc({"check", "--format", "json"}); }

bool has_rule(const CommandResult& result, const std::string& rule) {
    return result.out.find("\"" + rule + "\"") != std::string::npos;
}

}  // namespace

TEST_CASE("changelog/pr-link: placeholders are findings, PR URLs are not", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    CHECK_FALSE(has_rule(check(repo), "changelog/pr-link"));
    for (const char* link : {"https://github.com/org/suite/pull/XXX", "TBD", "https://github.com/org/suite/pull/"}) {
        repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                              changelog_entry("    - demo-fp8-h200-vllm\n", link) + "\n");
        CommandResult result = check(repo);
        INFO(link);
        CHECK(has_rule(result, "changelog/pr-link"));
        CHECK(result.exit_code == 1);
        repo.git({"checkout", "perf-changelog.yaml"});
    }
}

TEST_CASE("changelog/duplicate-pr-link: a link used twice is a finding", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                          changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/2"));
    CHECK_FALSE(has_rule(check(repo), "changelog/duplicate-pr-link"));
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") + "\n" +
                                          changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/1"));
    CommandResult result = check(repo);
    CHECK(has_rule(result, "changelog/duplicate-pr-link"));
    CHECK_THAT(result.out, Catch::Contains("also the link of the entry at line 1"));
}

TEST_CASE("changelog/unknown-config-key: error on a new entry, warning on an old one", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    CHECK_FALSE(has_rule(check(repo), "changelog/unknown-config-key"));
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                          changelog_entry("    - demo-fp8-h200-vlm\n", "https://github.com/org/suite/pull/2"));
    CommandResult added = check(repo);
    CHECK(has_rule(added, "changelog/unknown-config-key"));
    CHECK_THAT(added.out, Catch::Contains("did you mean 'demo-fp8-h200-vllm'?"));
    CHECK(added.exit_code == 1);
    // Once committed, the entry is history: the config may simply have been removed since.
    repo.commit("later");
    CommandResult old = check(repo);
    CHECK(has_rule(old, "changelog/unknown-config-key"));
    CHECK(old.exit_code == 0);
}

TEST_CASE("changelog/append-only: entries go at the end, old ones stay", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    const std::string entry = changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/2") + "\n";
    const std::string base = repo.read("perf-changelog.yaml");
    repo.write("perf-changelog.yaml", base + entry);
    CHECK_FALSE(has_rule(check(repo), "changelog/append-only"));
    repo.write("perf-changelog.yaml", entry + base);
    CommandResult inserted = check(repo);
    CHECK(has_rule(inserted, "changelog/append-only"));
    CHECK_THAT(inserted.out, Catch::Contains("line 2 differs from HEAD"));
}

TEST_CASE("changelog/final-newline: the file must end with a newline", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    std::string text = repo.read("perf-changelog.yaml") +
                       changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/2");
    repo.write("perf-changelog.yaml", text);
    CHECK_FALSE(has_rule(check(repo), "changelog/final-newline"));
    text.pop_back();
    repo.write("perf-changelog.yaml", text);
    CommandResult result = check(repo);
    CHECK(has_rule(result, "changelog/final-newline"));
    CHECK(result.exit_code == 1);
}

TEST_CASE("changelog shape errors are schema findings located in the file", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                          "- config-keys: [demo-fp8-h200-vllm]\n  description: []\n  pr-link: "
                                          "https://github.com/org/suite/pull/2\n  evals-only: maybe\n");
    CommandResult result = check(repo);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("perf-changelog.yaml"));
    CHECK_THAT(result.out, Catch::Contains("description"));
    CHECK_THAT(result.out, Catch::Contains("evals-only"));
}
