// What `sweepc diff` says a change's new 2026-08 changelog entries schedule: jobs and GPUs per
// kind of job, counted from the rows `sweepc changelog` prints.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "review/changelog_2026_08_fixture.h"

using namespace sweepc::test;

TEST_CASE("diff: jobs and GPUs per kind that new 2026-08 changelog entries schedule", "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    repo.write("perf-changelog.yaml",
               repo.read("perf-changelog.yaml") +
                   changelog_entry("    - demo-fp4-mi355x-vllm-agentic\n    - demo-fp8-mi355x-sglang-disagg\n",
                                   "https://github.com/org/suite/pull/2"));
    repo.commit("head");
    CommandResult result = repo.sweepc({"diff", "--base", "base", "--head", "head", "--format", "json"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    const nlohmann::json schedule = nlohmann::json::parse(result.out)["changelog"];
    CHECK(schedule["state"] == "scheduled");
    // Throughput: the agentic config's 8k1k tp 8 at 16 and 32 (8 GPUs each) and its agentic tp 8
    // at 1, 4 and 8; the disaggregated config's two rows, one job each with all their
    // concurrencies (1 + 1 and 1 + 2 workers of tp 8). Evals: the highest 8k1k and agentic
    // concurrency of the agentic config, and both disaggregated rows.
    const nlohmann::json jobs = {{"single-node 8k1k", 2},       {"single-node agentic", 3},
                                 {"multi-node 8k1k", 2},        {"single-node 8k1k evals", 1},
                                 {"single-node agentic evals", 1}, {"multi-node 8k1k evals", 2}};
    const nlohmann::json gpus = {{"single-node 8k1k", 16},       {"single-node agentic", 24},
                                 {"multi-node 8k1k", 40},        {"single-node 8k1k evals", 8},
                                 {"single-node agentic evals", 8}, {"multi-node 8k1k evals", 40}};
    CHECK(schedule["buckets"] == jobs);
    CHECK(schedule["bucket_gpus"] == gpus);
    CHECK(schedule["jobs"] == 11);
    CHECK(schedule["gpus"] == 136);

    // The same rows as the plan `sweepc changelog` prints for CI.
    const auto plan = nlohmann::json::parse(repo.sweepc({"changelog", "--base-ref", "base", "--head-ref", "head",
                                                         "--changelog-file", "perf-changelog.yaml"})
                                                .out);
    std::size_t planned = 0;
    for (const char* bucket : {"single_node", "multi_node"}) {
        for (const auto& rows : plan[bucket]) planned += rows.size();
    }
    for (const char* bucket : {"evals", "agentic_evals", "multinode_evals", "multinode_agentic_evals"}) {
        planned += plan[bucket].size();
    }
    CHECK(planned == 11);

    // The PR comment names each kind with its GPUs.
    CommandResult markdown = repo.sweepc({"diff", "--base", "base", "--head", "head"});
    CHECK_THAT(markdown.out, Catch::Contains("multi-node 8k1k 2 (40 GPUs)"));
    CHECK_THAT(markdown.out, Catch::Contains("single-node agentic evals 1 (8 GPUs)"));
}
