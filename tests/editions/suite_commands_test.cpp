// check, diff, emit and changelog in a checkout of the suite in the 2026-08 layout (configs/): they
// find the master configs by themselves and load them.
#include <catch2/catch.hpp>

#include <functional>

#include "editions/edition_test_support.h"
#include "review/git_repo_fixture.h"

using namespace sweepc::test;

namespace {

// A 2026-08 checkout: configs/demo-master.yaml and configs/runners.yaml from the fixture, plus the
// files beside them that are not master configs.
void write_2026_08_layout(const std::function<void(const std::string&, const std::string&)>& write) {
    write("configs/demo-master.yaml", read_file(edition_2026_08_fixture() / "master.yaml"));
    write("configs/runners.yaml", read_file(edition_2026_08_fixture() / "runners.yaml"));
    // Neither is a master config: the scheduling policy, and retired configs of the old format.
    write("configs/ci-priority.yaml", "version: 1\nbase-score: 1.0\n");
    write("configs/deprecated/old-master.yaml", "retired:\n  seq-len-configs: []\n");
}

}  // namespace

TEST_CASE("check finds and loads the 2026-08 layout, and notes what it does not check yet", "[editions]") {
    TempDir dir;
    write_2026_08_layout([&](const std::string& path, const std::string& text) { write_file(dir / path, text); });
    CommandResult result = run_sweepc({"check"}, dir.path());
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    // Its scripts are resolved like any edition's; here the checkout has none to resolve.
    CHECK_THAT(result.err, Catch::Contains("sweepc: note: no benchmarks/ folder under '.'"));
    CHECK_THAT(result.err, !Catch::Contains("does not resolve yet"));
    CHECK_THAT(result.err, Catch::Contains("0 error(s), 0 warning(s) in 1 config file(s)"));

    // The same files read as 2026-03 say which edition their constructs belong to.
    CommandResult forced = run_sweepc({"check", "--edition", "2026-03"}, dir.path());
    CHECK(forced.exit_code == 1);
    CHECK_THAT(forced.out, Catch::Contains("configs/demo-master.yaml:14:3: error: unknown field 'scenarios' in config "
                                           "entry"));
    CHECK_THAT(forced.out, Catch::Contains("'scenarios' belongs to the 2026-08 edition, and this run reads 2026-03 "
                                           "(--edition 2026-03)"));
    CHECK_THAT(forced.out, Catch::Contains("configs/runners.yaml:2:1: error: this runners file is in the 2026-08 "
                                           "layout"));

    TempDir empty;
    CommandResult none = run_sweepc({"check"}, empty.path());
    CHECK(none.exit_code == 2);
    CHECK_THAT(none.out, Catch::Contains("no --config-files given and no configs/*-master.yaml or "
                                         ".github/configs/*-master.yaml under '.'"));
}

TEST_CASE("check reports a missing launcher of a 2026-08 runner label", "[editions]") {
    TempDir dir;
    write_2026_08_layout([&](const std::string& path, const std::string& text) { write_file(dir / path, text); });
    write_file(dir / "runners" / "launch_h100-lab.sh", "#!/usr/bin/env bash\n");
    CommandResult result = run_sweepc({"check"}, dir.path());
    CHECK(result.exit_code == 1);
    // gb200-lab_0 has no launcher; h100-lab_* do.
    CHECK_THAT(result.out, Catch::Contains("configs/runners.yaml:10:5: error: node 'gb200-lab_0' is started by "
                                           "runners/launch_gb200-lab.sh, which does not exist"));
    CHECK_THAT(result.out, !Catch::Contains("launch_h100-lab.sh, which does not exist"));
}

TEST_CASE("emit finds the 2026-08 layout and writes the 2026-08 job environment", "[editions]") {
    TempDir dir;
    write_2026_08_layout([&](const std::string& path, const std::string& text) { write_file(dir / path, text); });
    CommandResult emitted = run_sweepc({"emit", "--out", "out"}, dir.path());
    INFO(emitted.out << emitted.err);
    REQUIRE(emitted.exit_code == 0);
    CHECK(std::filesystem::exists(dir / "out" / "matrix" / "single-node-agentic.json"));
    bool agentic_script = false;
    for (const auto& item : std::filesystem::recursive_directory_iterator(dir / "out" / "runs")) {
        if (!item.is_regular_file()) continue;
        const std::string text = read_file(item.path());
        if (text.find("export SCENARIO_SUBDIR='agentic/'\n") == std::string::npos) continue;
        agentic_script = true;
        CHECK(text.find("export IS_AGENTIC='1'\n") != std::string::npos);
    }
    CHECK(agentic_script);
}

TEST_CASE("changelog finds the 2026-08 layout and writes the 2026-08 processor's output", "[editions]") {
    GitRepoFixture repo;
    write_2026_08_layout([&](const std::string& path, const std::string& text) { repo.write(path, text); });
    repo.write("perf-changelog.yaml", "");
    repo.commit("base");
    repo.write("perf-changelog.yaml", changelog_entry("    - toy-fp8-h100-vllm\n", "https://github.com/org/suite/pull/2"));
    repo.commit("head");
    // No --config-files: configs/*-master.yaml (not ci-priority.yaml, not deprecated/) and
    // configs/runners.yaml.
    CommandResult changelog = repo.sweepc({"changelog", "--base-ref", "base", "--head-ref", "head", "--changelog-file",
                                           "perf-changelog.yaml"});
    INFO(changelog.err);
    REQUIRE(changelog.exit_code == 0);
    const auto plan = nlohmann::ordered_json::parse(changelog.out);
    std::vector<std::string> buckets;
    for (const auto& item : plan.items()) buckets.push_back(item.key());
    CHECK(buckets == std::vector<std::string>{"single_node", "multi_node", "evals", "agentic_evals", "multinode_evals",
                                              "multinode_agentic_evals", "changelog_metadata"});
    CHECK_FALSE(plan["single_node"].empty());
    for (const auto& [length, rows] : plan["single_node"].items()) {
        for (const auto& row : rows) CHECK(row.contains("recipe-fingerprint"));
    }
}

TEST_CASE("diff compares 2026-08 revisions, agentic runs included", "[editions]") {
    GitRepoFixture repo;
    write_2026_08_layout([&](const std::string& path, const std::string& text) { repo.write(path, text); });
    repo.commit("base");
    std::string master = read_file(edition_2026_08_fixture() / "master.yaml");
    const std::string before = "{ tp: 4, kv-offloading: none, conc-list: [1, 8] }";
    REQUIRE(master.find(before) != std::string::npos);
    master.replace(master.find(before), before.size(), "{ tp: 4, kv-offloading: none, conc-list: [1, 8, 12] }");
    repo.write("configs/demo-master.yaml", master);

    CommandResult result = repo.sweepc({"diff", "--base", "base", "--format", "json"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    auto diff = nlohmann::json::parse(result.out);
    REQUIRE(diff["configs"].size() == 1);
    CHECK(diff["configs"][0]["key"] == "toy-fp8-h100-vllm-agentic");
    CHECK(diff["configs"][0]["runs_added"] == 1);
    CHECK(diff["configs"][0]["added"][0]["run"] == "agentic tp 4 ep 1");
    CHECK(diff["configs"][0]["added"][0]["conc"] == nlohmann::json::array({12}));
    // No perf-changelog.yaml: no schedule, and no note that the contract is missing.
    CHECK_THAT(result.err, !Catch::Contains("changelog contract"));
    CHECK(diff["changelog"].is_null());
}
