// sweepc diff: sweeps of two revisions (or two sets of files) compared config by config.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "review/git_repo_fixture.h"

using namespace sweepc::test;

namespace {

// The PR-like change of the suite's Kimi-K2.5 MI355X update, in small: a new image and an
// expert-parallel row, with its changelog entry.
void make_image_and_row_change(GitRepoFixture& repo, bool with_changelog_entry) {
    make_demo_suite(repo);
    repo.write(".github/configs/demo-master.yaml",
               demo_master("vllm/vllm-openai:v0.18.0",
                           std::string(demo_rows) + "\n    - { tp: 4, ep: 4, conc-start: 4, conc-end: 16 }"));
    if (with_changelog_entry) {
        repo.write("perf-changelog.yaml",
                   repo.read("perf-changelog.yaml") +
                       changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/2"));
    }
}

}  // namespace

TEST_CASE("diff names field changes with the runs they affect, and counts jobs and GPUs", "[review]") {
    GitRepoFixture repo;
    make_image_and_row_change(repo, true);
    CommandResult result = repo.sweepc({"diff", "--base", "base"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("### sweepc diff: `base` -> `working tree`"));
    CHECK_THAT(result.out, Catch::Contains("| jobs | 18 | 21 | +3 |"));
    CHECK_THAT(result.out, Catch::Contains("| GPUs (sum over jobs) | 120 | 132 | +12 |"));
    CHECK_THAT(result.out, Catch::Contains("#### `demo-fp8-h200-vllm` (changed)"));
    CHECK_THAT(result.out, Catch::Contains("- `image` `v0.16.0 -> v0.18.0` affects 9 runs"));
    CHECK_THAT(result.out, Catch::Contains("| 3 | 12 | `1k8k tp 4 ep 4` | 4, 8, 16 |"));
    CHECK_THAT(result.out, !Catch::Contains("demo-fp8-h200-sglang"));  // unchanged configs are left out
    CHECK_THAT(result.out, !Catch::Contains("uncovered-change"));
}

TEST_CASE("diff in both directions: runs added one way are removed the other", "[review]") {
    GitRepoFixture repo;
    make_image_and_row_change(repo, true);
    repo.commit("head");
    auto forward = nlohmann::json::parse(repo.sweepc({"diff", "--base", "base", "--head", "head", "--format", "json"}).out);
    auto backward = nlohmann::json::parse(repo.sweepc({"diff", "--base", "head", "--head", "base", "--format", "json"}).out);
    REQUIRE(forward["configs"].size() == 1);
    REQUIRE(backward["configs"].size() == 1);
    CHECK(forward["configs"][0]["runs_added"] == 3);
    CHECK(forward["configs"][0]["runs_removed"] == 0);
    CHECK(backward["configs"][0]["runs_added"] == 0);
    CHECK(backward["configs"][0]["runs_removed"] == 3);
    CHECK(backward["configs"][0]["removed"] == forward["configs"][0]["added"]);
    CHECK(forward["configs"][0]["field_changes"][0]["head"] == "vllm/vllm-openai:v0.18.0");
    CHECK(backward["configs"][0]["field_changes"][0]["head"] == "vllm/vllm-openai:v0.16.0");
    CHECK(forward["totals"]["head"] == backward["totals"]["base"]);
}

TEST_CASE("diff reports configs added and removed", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write(".github/configs/demo-master.yaml",
               demo_config("demo-fp8-h200-vllm", "vllm/vllm-openai:v0.16.0", demo_rows) + "\n" +
                   demo_config("demo-fp8-h200-trt", "nvcr.io/trt:1.0", demo_rows));
    auto diff = nlohmann::json::parse(repo.sweepc({"diff", "--base", "base", "--format", "json"}).out);
    REQUIRE(diff["configs"].size() == 2);
    CHECK(diff["configs"][0]["key"] == "demo-fp8-h200-trt");
    CHECK(diff["configs"][0]["change"] == "added");
    CHECK(diff["configs"][1]["key"] == "demo-fp8-h200-sglang");
    CHECK(diff["configs"][1]["change"] == "removed");
    CHECK(diff["totals"]["base"]["configs"] == 2);
}

TEST_CASE("diff compares two sets of files without git", "[review]") {
    TempDir dir;
    write_file(dir / "old.yaml", demo_master());
    write_file(dir / "new.yaml", demo_master("vllm/vllm-openai:v0.18.0"));
    write_file(dir / "runners.yaml", demo_runners);
    CommandResult result = run_sweepc({"diff", "--base-files", "old.yaml", "--head-files", "new.yaml",
                                       "--runner-config", "runners.yaml"},
                                      dir.path());
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("`image` `v0.16.0 -> v0.18.0` affects 9 runs"));
    CHECK_THAT(result.out, Catch::Contains("| jobs | 18 | 18 | 0 |"));
}

TEST_CASE("diff of identical versions says so", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    CommandResult result = repo.sweepc({"diff", "--base", "base"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("No config changed"));
    CHECK_THAT(result.out, Catch::Contains("**Changelog:** the change adds no entries"));
}

TEST_CASE("diff folds long run lists into <details>", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    std::string rows = demo_rows;
    for (int tp : {1, 2, 3, 5, 6, 7}) rows += "\n    - { tp: " + std::to_string(tp) + ", conc-list: [1] }";
    repo.write(".github/configs/demo-master.yaml", demo_master("vllm/vllm-openai:v0.16.0", rows));
    CommandResult result = repo.sweepc({"diff", "--base", "base"});
    CHECK_THAT(result.out, Catch::Contains("<details><summary>6 runs added</summary>"));
}

TEST_CASE("diff: a changed config without a changelog entry is an uncovered change", "[review]") {
    GitRepoFixture repo;
    make_image_and_row_change(repo, false);
    CommandResult result = repo.sweepc({"diff", "--base", "base", "--format", "json", "--strict"});
    CHECK(result.exit_code == 1);
    auto diff = nlohmann::json::parse(result.out);
    REQUIRE(diff["findings"].size() == 1);
    CHECK(diff["findings"][0]["rule"] == "changelog/uncovered-change");
    CHECK(diff["findings"][0]["file"] == ".github/configs/demo-master.yaml");
    // Without --strict the report is still printed and the exit status is 0.
    CommandResult lenient = repo.sweepc({"diff", "--base", "base"});
    CHECK(lenient.exit_code == 0);
    CHECK_THAT(lenient.out, Catch::Contains("<details><summary>1 finding (1 error)</summary>"));
    CHECK_THAT(lenient.out, Catch::Contains(".github/configs/demo-master.yaml:1: error: the runs of 'demo-fp8-h200-vllm' change"));
    CHECK_THAT(lenient.out, Catch::Contains("[changelog/uncovered-change]"));
}

TEST_CASE("diff: an unknown revision is a usage error", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    CommandResult result = repo.sweepc({"diff", "--base", "no-such-rev"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("'no-such-rev' is not a revision"));
}

TEST_CASE("diff of a revert PR: exit 0, the deleted changelog lines in the report", "[review]") {
    GitRepoFixture repo;
    make_image_and_row_change(repo, true);
    repo.commit("feature");
    // The revert: configs and changelog back to base.
    repo.git({"revert", "--no-edit", "HEAD"});
    CommandResult result = repo.sweepc({"diff", "--base", "feature", "--head", "HEAD"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK_THAT(result.out, Catch::Contains("**Changelog:** the change deletes changelog lines"));
    CHECK_THAT(result.out, Catch::Contains("<details><summary>"));
    CHECK_THAT(result.out, Catch::Contains("[changelog/deleted-line]"));
    CHECK_THAT(result.out, Catch::Contains("perf-changelog.yaml as of feature was deleted or changed"));
    CHECK_THAT(result.out, !Catch::Contains("feature:"));  // paths without REV:
    CHECK_THAT(result.out, Catch::Contains("| jobs | 21 | 18 | -3 |"));
    CHECK(repo.sweepc({"diff", "--base", "feature", "--head", "HEAD", "--strict"}).exit_code == 1);
    const auto json = nlohmann::json::parse(repo.sweepc({"diff", "--base", "feature", "--head", "HEAD", "--format", "json"}).out);
    CHECK(json["changelog"]["state"] == "deleted-lines");
    bool deleted_line_reported = false;
    for (const auto& finding : json["findings"]) {
        if (finding["rule"] != "changelog/deleted-line") continue;
        deleted_line_reported = true;
        CHECK(finding["file"] == "perf-changelog.yaml");
    }
    CHECK(deleted_line_reported);
}

TEST_CASE("diff: what the new changelog entries schedule, even when no config changed", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    // A re-run of both configs: the changelog is all that changes.
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                          changelog_entry("    - demo-fp8-h200-*\n", "https://github.com/org/suite/pull/2"));
    repo.commit("rerun");
    CommandResult result = repo.sweepc({"diff", "--base", "base", "--head", "rerun"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("No config changed"));
    // Two configs, 9 runs each (1k1k tp 8: 3; 1k8k tp 8 and tp 4: 3 + 3), as `sweepc changelog` plans them.
    CHECK_THAT(result.out, Catch::Contains("**Changelog:** the new entry schedules **18 jobs** on **120 GPUs** "
                                           "(sum over jobs): single-node 1k1k 6 (48 GPUs), single-node 1k8k 12 (72 GPUs)."));
    // The same count as the plan `sweepc changelog` prints for CI.
    const auto plan = nlohmann::json::parse(
        repo.sweepc({"changelog", "--base-ref", "base", "--head-ref", "rerun", "--changelog-file", "perf-changelog.yaml"}).out);
    std::size_t planned = 0;
    for (const auto& bucket : plan["single_node"]) planned += bucket.size();
    for (const auto& bucket : plan["multi_node"]) planned += bucket.size();
    CHECK(planned == 18);
}

TEST_CASE("diff lists the scripts and launchers a change touches and the configs that run them", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write("benchmarks/single_node/demo_fp8_h200.sh", "#!/usr/bin/env bash\necho \"$MODEL\"\n");
    repo.write("benchmarks/benchmark_lib.sh", "run() { :; }\n");
    repo.write("runners/launch_h200-nb.sh", "#!/usr/bin/env bash\necho launch\n");
    repo.commit("scripts");
    repo.git({"mv", "benchmarks/single_node/demo_fp8_h200.sh", "benchmarks/single_node/demo_fp8_h200_v2.sh"});
    repo.write("runners/launch_h200-nb.sh", "#!/usr/bin/env bash\necho launch2\n");
    repo.write("benchmarks/benchmark_lib.sh", "run() { true; }\n");
    const auto report = nlohmann::json::parse(repo.sweepc({"diff", "--base", "scripts", "--format", "json"}).out);
    INFO(report.dump(2));
    REQUIRE(report["scripts"].size() == 3);
    CHECK(report["scripts"][0]["path"] == "benchmarks/benchmark_lib.sh");
    CHECK(report["scripts"][0]["kind"] == "helper");
    CHECK(report["scripts"][1]["path"] == "benchmarks/single_node/demo_fp8_h200_v2.sh");
    CHECK(report["scripts"][1]["change"] == "renamed");
    CHECK(report["scripts"][1]["old_path"] == "benchmarks/single_node/demo_fp8_h200.sh");
    CHECK(report["scripts"][1]["configs"] == nlohmann::json{"demo-fp8-h200-vllm", "demo-fp8-h200-sglang"});
    CHECK(report["scripts"][1]["jobs"] == 18);
    CHECK(report["scripts"][2]["path"] == "runners/launch_h200-nb.sh");
    CHECK(report["scripts"][2]["kind"] == "launcher");
    CHECK(report["scripts"][2]["configs"] == nlohmann::json{"demo-fp8-h200-vllm", "demo-fp8-h200-sglang"});

    CommandResult markdown = repo.sweepc({"diff", "--base", "scripts"});
    CHECK_THAT(markdown.out, Catch::Contains("**Scripts and launchers this change touches (3):**"));
    CHECK_THAT(markdown.out, Catch::Contains("| `benchmarks/single_node/demo_fp8_h200_v2.sh` | benchmark script renamed "
                                             "from `benchmarks/single_node/demo_fp8_h200.sh` | `demo-fp8-h200-vllm`, "
                                             "`demo-fp8-h200-sglang` (18 jobs) |"));
}

TEST_CASE("diff: configs that do not load are findings of the report, named without REV:", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    std::string master = demo_master();
    master.replace(master.find("  model: org/Demo\n"), 17, "  model: org/Demo\n  modle: typo\n");
    repo.write(".github/configs/demo-master.yaml", master);
    repo.commit("broken");
    CommandResult result = repo.sweepc({"diff", "--base", "base", "--head", "broken"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("could not be compared"));
    CHECK_THAT(result.out, Catch::Contains(".github/configs/demo-master.yaml:4: error: unknown field 'modle'"));
    CHECK_THAT(result.out, !Catch::Contains("broken:.github"));
    CHECK(repo.sweepc({"diff", "--base", "base", "--head", "broken", "--strict"}).exit_code == 1);
}
