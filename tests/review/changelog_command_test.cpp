// sweepc changelog: the suite processor's contract, on small repositories built per test.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "review/git_repo_fixture.h"

using namespace sweepc::test;

namespace {

const std::vector<std::string> changelog_args = {"changelog", "--base-ref", "base", "--head-ref", "head",
                                                 "--changelog-file", "perf-changelog.yaml"};

std::vector<std::string> config_keys_of(const nlohmann::json& bucket) {
    std::vector<std::string> keys;
    for (const auto& [sequence, entries] : bucket.items()) {
        for (const auto& entry : entries) keys.push_back(entry["framework"].get<std::string>() + "/" + sequence);
    }
    return keys;
}

}  // namespace

TEST_CASE("changelog output is byte-identical to the suite processor's on the real change", "[review]") {
    GitRepoFixture repo;
    const auto shared = shared_inferencex_dir();
    for (const char* name : {"amd-master.yaml", "nvidia-master.yaml", "runners.yaml"}) {
        repo.write(std::string(".github/configs/") + name, read_file(shared / "configs" / name));
    }
    repo.write("perf-changelog.yaml", read_file(shared / "golden/changelog/perf-changelog.base.yaml"));
    repo.commit("base");
    repo.write("perf-changelog.yaml", read_file(shared / "golden/changelog/perf-changelog.head.yaml"));
    repo.commit("head");

    CommandResult result = repo.sweepc(changelog_args);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out == read_file(shared / "golden/changelog/expected.json"));
}

TEST_CASE("changelog: a deleted non-blank line is an error, a deleted blank line is not", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    const std::string added = changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/2");

    SECTION("deleted description line") {
        std::string text = repo.read("perf-changelog.yaml");
        text.replace(text.find("    - \"A change\"\n"), 17, "");
        repo.write("perf-changelog.yaml", text + added);
        repo.commit("head");
        CommandResult result = repo.sweepc(changelog_args);
        CHECK(result.exit_code == 1);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::Contains("changelog/deleted-line"));
        CHECK_THAT(result.err, Catch::Contains("\"A change\""));
    }
    SECTION("deleted blank line") {
        std::string text = repo.read("perf-changelog.yaml");
        text.pop_back();  // the blank line after the entry
        repo.write("perf-changelog.yaml", text + added);
        repo.commit("head");
        CommandResult result = repo.sweepc(changelog_args);
        INFO(result.err);
        CHECK(result.exit_code == 0);
    }
}

TEST_CASE("changelog: wildcards resolve against the master configs, in config order", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    SECTION("a wildcard that matches") {
        repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                              changelog_entry("    - demo-*-h200-*\n", "https://github.com/org/suite/pull/2"));
        repo.commit("head");
        CommandResult result = repo.sweepc(changelog_args);
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        auto plan = nlohmann::json::parse(result.out);
        // Both configs, vllm first as in the master config; 1k1k before 1k8k as first seen.
        CHECK(config_keys_of(plan["single_node"]).front() == "vllm/1k1k");
        CHECK(plan["single_node"]["1k1k"].size() == 6);
        CHECK(plan["single_node"]["1k8k"].size() == 12);
        CHECK(plan["changelog_metadata"]["entries"][0]["config-keys"][0] == "demo-*-h200-*");
    }
    SECTION("a wildcard that matches nothing") {
        repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                              changelog_entry("    - nope-*\n", "https://github.com/org/suite/pull/2"));
        repo.commit("head");
        CommandResult result = repo.sweepc(changelog_args);
        CHECK(result.exit_code == 1);
        CHECK_THAT(result.err, Catch::Contains("no config key matches the wildcard pattern 'nope-*'"));
        // Located on the head file's line of the pattern, not on the added text.
        CHECK_THAT(result.err, Catch::Contains("perf-changelog.yaml:8:7"));
    }
}

TEST_CASE("changelog: a config named again by a later entry runs once", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write("perf-changelog.yaml",
               repo.read("perf-changelog.yaml") +
                   changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/2") + "\n" +
                   changelog_entry("    - demo-fp8-h200-vllm\n    - demo-fp8-h200-sglang\n",
                                   "https://github.com/org/suite/pull/3"));
    repo.commit("head");
    CommandResult result = repo.sweepc(changelog_args);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    auto plan = nlohmann::json::parse(result.out);
    CHECK(plan["single_node"]["1k1k"].size() == 6);  // 3 concurrencies x 2 configs, not 3 configs
    CHECK(plan["changelog_metadata"]["entries"].size() == 2);
}

TEST_CASE("changelog: evals-only keeps only the eval runs; otherwise evals are marked", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    const bool evals_only = GENERATE(true, false);
    repo.write("perf-changelog.yaml",
               repo.read("perf-changelog.yaml") +
                   changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/2",
                                   evals_only ? "  evals-only: true\n" : ""));
    repo.commit("head");
    CommandResult result = repo.sweepc(changelog_args);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    auto plan = nlohmann::json::parse(result.out);
    CHECK(plan["changelog_metadata"]["entries"][0]["evals-only"] == evals_only);
    if (evals_only) {
        CHECK_FALSE(plan["single_node"].contains("1k1k"));
        REQUIRE(plan["single_node"]["1k8k"].size() == 2);  // highest conc at the highest and lowest TP
        for (const auto& entry : plan["single_node"]["1k8k"]) {
            CHECK(entry["run-eval"] == true);
            CHECK(entry["conc"] == 16);
        }
    } else {
        CHECK(plan["single_node"]["1k1k"].size() == 3);
        CHECK(plan["single_node"]["1k8k"].size() == 6);
    }
}

TEST_CASE("changelog: entries are validated", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    SECTION("empty config-keys") {
        repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                              "- config-keys: []\n  description: [x]\n  pr-link: https://github.com/o/r/pull/2\n");
    }
    SECTION("description not a list") {
        repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                              "- config-keys: [demo-fp8-h200-vllm]\n  description: x\n  pr-link: https://github.com/o/r/pull/2\n");
    }
    SECTION("no pr-link") {
        repo.write("perf-changelog.yaml",
                   repo.read("perf-changelog.yaml") + "- config-keys: [demo-fp8-h200-vllm]\n  description: [x]\n");
    }
    SECTION("nothing added") {}
    repo.commit("head");
    CommandResult result = repo.sweepc(changelog_args);
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
}
