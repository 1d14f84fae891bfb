// sweepc check --changed-since: findings only where the change touched, and the
// uncovered-change finding.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "review/git_repo_fixture.h"

using namespace sweepc::test;

namespace {

std::vector<std::string> rules_in(const std::string& review_comments) {
    std::vector<std::string> rules;
    const nlohmann::json review = nlohmann::json::parse(review_comments);
    for (const auto& comment : review["comments"]) {
        std::string body = comment["body"];
        const auto start = body.find('`') + 1;
        rules.push_back(body.substr(start, body.find('`', start) - start) + "@" + std::to_string(comment["line"].get<int>()));
    }
    return rules;
}

}  // namespace

TEST_CASE("check --changed-since keeps only findings on changed lines", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    // An unpinned image already in the base: a finding, but not this change's.
    std::string master = demo_master();
    master.replace(master.find("lmsysorg/sglang:v0.5.9"), 22, "lmsysorg/sglang:latest");
    repo.write(".github/configs/demo-master.yaml", master);
    repo.commit("with-old-finding");
    // The change: a second unpinned image, on another line.
    master.replace(master.find("vllm/vllm-openai:v0.16.0"), 24, "vllm/vllm-openai:latest");
    repo.write(".github/configs/demo-master.yaml", master);
    repo.write("perf-changelog.yaml",
               repo.read("perf-changelog.yaml") +
                   changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/2"));

    CommandResult full = repo.sweepc({"check", "--format", "json"});
    CHECK(std::count(full.out.begin(), full.out.end(), '\n') > 0);
    CHECK_THAT(full.out, Catch::Contains("sglang:latest"));

    CommandResult review = repo.sweepc({"check", "--changed-since", "with-old-finding", "--format", "github",
                                        "--review-comments", "comments.json"});
    INFO(review.out << review.err);
    CHECK_THAT(review.out, Catch::Contains("vllm-openai:latest"));
    CHECK_THAT(review.out, !Catch::Contains("sglang:latest"));
    CHECK(rules_in(repo.read("comments.json")) == std::vector<std::string>{"config/unpinned-image@2"});
}

TEST_CASE("check --changed-since reports a changed config without a changelog entry on its changed line", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write(".github/configs/demo-master.yaml", demo_master("vllm/vllm-openai:v0.18.0"));
    CommandResult uncovered = repo.sweepc({"check", "--changed-since", "base", "--review-comments", "comments.json"});
    CHECK(uncovered.exit_code == 1);
    // The image line (2), where a review comment can sit, not the config's key (1).
    CHECK(rules_in(repo.read("comments.json")) == std::vector<std::string>{"changelog/uncovered-change@2"});

    // A wildcard entry covers it.
    repo.write("perf-changelog.yaml",
               repo.read("perf-changelog.yaml") + changelog_entry("    - demo-*-vllm\n", "https://github.com/org/suite/pull/2"));
    CommandResult covered = repo.sweepc({"check", "--changed-since", "base", "--review-comments", "comments.json"});
    INFO(covered.out << covered.err);
    CHECK(covered.exit_code == 0);
    CHECK(rules_in(repo.read("comments.json")).empty());
}

TEST_CASE("check --changed-since keeps findings of a file new since the revision", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    std::string extra = demo_config("demo-fp8-h200-trt", "nvcr.io/trt:latest", demo_rows);
    repo.write(".github/configs/extra-master.yaml", extra);
    repo.write("perf-changelog.yaml",
               repo.read("perf-changelog.yaml") + changelog_entry("    - demo-fp8-h200-trt\n", "https://github.com/org/suite/pull/2"));
    CommandResult review = repo.sweepc({"check", "--changed-since", "base", "--format", "github"});
    INFO(review.err);
    CHECK_THAT(review.out, Catch::Contains("extra-master.yaml"));
    CHECK_THAT(review.out, Catch::Contains("config/unpinned-image"));
}

TEST_CASE("check --changed-since with an unknown revision is a usage error", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    CommandResult result = repo.sweepc({"check", "--changed-since", "nope"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.out + result.err, Catch::Contains("'nope' is not a revision"));
}
