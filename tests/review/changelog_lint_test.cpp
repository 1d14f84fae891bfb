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

TEST_CASE("changelog/unknown-config-key: an old entry of a config retired to deprecated/ is history", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                          changelog_entry("    - retired-fp8-h200-*\n", "https://github.com/org/suite/pull/2"));
    repo.commit("retired-entry");
    REQUIRE(has_rule(check(repo), "changelog/unknown-config-key"));
    // The suite keeps retired configs beside the master configs; the old entry names one of them.
    repo.write(".github/configs/deprecated/retired-master.yaml", "retired-fp8-h200-vllm:\n  image: x\n");
    CHECK_FALSE(has_rule(check(repo), "changelog/unknown-config-key"));
    // A new entry for a retired config schedules nothing: still an error.
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") + "\n" +
                                          changelog_entry("    - retired-fp8-h200-vllm\n", "https://github.com/org/suite/pull/3"));
    CommandResult added = check(repo);
    CHECK(has_rule(added, "changelog/unknown-config-key"));
    CHECK(added.exit_code == 1);
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

namespace {

const char* const link7 = "https://github.com/org/suite/pull/7";
const char* const link8 = "https://github.com/org/suite/pull/8";

std::string entry_for(const char* config, const char* link, const char* description = "A change") {
    return std::string("- config-keys:\n    - ") + config + "\n  description:\n    - \"" + description +
           "\"\n  pr-link: " + link + "\n";
}

std::size_t count_rule(const CommandResult& result, const std::string& rule) {
    std::size_t count = 0;
    for (std::size_t at = result.out.find("\"" + rule + "\""); at != std::string::npos;
         at = result.out.find("\"" + rule + "\"", at + 1)) {
        ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("changelog/duplicate-pr-link: entries one commit added may share a link", "[review][changelog]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    // One PR adds two entries with its link, another PR's entry lies between them: git blame
    // shows one commit wrote both, so neither is reported.
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") + entry_for("demo-fp8-h200-sglang", link7) +
                                          "\n" + entry_for("demo-fp8-h200-vllm", link8) + "\n" +
                                          entry_for("demo-fp8-h200-vllm", link7));
    repo.commit("one-change");
    CHECK(count_rule(check(repo), "changelog/duplicate-pr-link") == 0);
    // Uncommitted additions are one change too.
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") + "\n" +
                                          entry_for("demo-fp8-h200-sglang", "https://github.com/org/suite/pull/9") +
                                          "\n" + entry_for("demo-fp8-h200-vllm", "https://github.com/org/suite/pull/9"));
    CHECK(count_rule(check(repo), "changelog/duplicate-pr-link") == 0);
    repo.commit("two");
    // A later commit that reuses #8, even right after its entry, is another change.
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") + "\n" +
                                          entry_for("demo-fp8-h200-sglang", link8, "Another change"));
    repo.commit("three");
    CommandResult result = check(repo);
    CHECK(count_rule(result, "changelog/duplicate-pr-link") == 1);
    CHECK_THAT(result.out, Catch::Contains("pr-link https://github.com/org/suite/pull/8 is also the link of the entry "
                                           "at line 13, which commit "));
}

TEST_CASE("changelog/duplicate-pr-link: without git history, only a link that comes back is reported",
          "[review][changelog]") {
    TempDir dir;
    write_file(dir / ".github/configs/demo-master.yaml", demo_master());
    write_file(dir / ".github/configs/runners.yaml", demo_runners);
    SECTION("entries next to each other are one change") {
        write_file(dir / "perf-changelog.yaml", entry_for("demo-fp8-h200-sglang", link7) + "\n" +
                                                    entry_for("demo-fp8-h200-vllm", link7) + "\n" +
                                                    entry_for("demo-fp8-h200-vllm", link8));
        CHECK(count_rule(run_sweepc({"check", "--format", "json"}, dir.path()), "changelog/duplicate-pr-link") == 0);
    }
    SECTION("a link after other entries is reported once, at its entry") {
        write_file(dir / "perf-changelog.yaml", entry_for("demo-fp8-h200-sglang", link7) + "\n" +
                                                    entry_for("demo-fp8-h200-vllm", link8) + "\n" +
                                                    entry_for("demo-fp8-h200-vllm", link7) + "\n" +
                                                    entry_for("demo-fp8-h200-sglang", link7, "Same PR, next entry"));
        CommandResult result = run_sweepc({"check"}, dir.path());
        CHECK_THAT(result.out, Catch::Contains("perf-changelog.yaml:17:12: warning: pr-link "
                                               "https://github.com/org/suite/pull/7 is also the link of the entry at "
                                               "line 1, and entries with other links stand between them"));
        CHECK(count_rule(run_sweepc({"check", "--format", "json"}, dir.path()), "changelog/duplicate-pr-link") == 1);
    }
    SECTION("a word-for-word copy is reported even next to its original") {
        write_file(dir / "perf-changelog.yaml",
                   entry_for("demo-fp8-h200-sglang", link7) + "\n" + entry_for("demo-fp8-h200-sglang", link7));
        CommandResult result = run_sweepc({"check"}, dir.path());
        CHECK_THAT(result.out, Catch::Contains("perf-changelog.yaml:7:3: warning: this entry repeats the entry at line "
                                               "1 word for word"));
    }
}

TEST_CASE("changelog/pr-link: links must point at the suite's own repository", "[review][changelog]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                          entry_for("demo-fp8-h200-vllm", "https://github.com/vllm-project/vllm/pull/41"));
    const std::string other = "pr-link 'https://github.com/vllm-project/vllm/pull/41' is a pull request of "
                              "'vllm-project/vllm', not of the suite's repository";
    SECTION("unknown repository: not checked") {
        CommandResult result = check(repo);
        CHECK_THAT(result.out, !Catch::Contains(other));
        CHECK(result.exit_code == 0);
    }
    SECTION("--repository") {
        CommandResult result = repo.sweepc({"check", "--repository", "org/suite"});
        CHECK_THAT(result.out, Catch::Contains("perf-changelog.yaml:11:12: error: " + other +
                                               " (--repository: org/suite)"));
        CHECK_THAT(result.out, Catch::Contains("fix: link the suite's pull request, https://github.com/org/suite/pull/<number>"));
        CHECK(result.exit_code == 1);
        // GitHub names are case-insensitive; the suite's own links are fine either way.
        CHECK(count_rule(repo.sweepc({"check", "--repository", "ORG/Suite", "--format", "json"}), "changelog/pr-link") == 1);
        CommandResult bad = repo.sweepc({"check", "--repository", "https://github.com/org/suite"});
        CHECK(bad.exit_code == 2);
        CHECK_THAT(bad.out + bad.err, Catch::Contains("--repository 'https://github.com/org/suite' is not a GitHub "
                                                      "repository name; write it owner/name"));
    }
    SECTION("the checkout's git remotes, a fork and its upstream") {
        repo.git({"remote", "add", "origin", "git@github.com:someone/suite.git"});
        repo.git({"remote", "add", "upstream", "https://github.com/org/suite.git"});
        CommandResult result = check(repo);
        CHECK(count_rule(result, "changelog/pr-link") == 1);
        CHECK_THAT(result.out, Catch::Contains("(the git remotes of the suite's checkout: someone/suite, org/suite)"));
        // A link to the suite itself is not reported.
        repo.git({"checkout", "perf-changelog.yaml"});
        CHECK(count_rule(check(repo), "changelog/pr-link") == 0);
    }
}
