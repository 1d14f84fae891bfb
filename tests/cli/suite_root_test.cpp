// check, diff and emit find the suite from any folder inside it, as git finds its repository; a
// mistyped changelog path is a usage error.
#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "load/suite_root.h"
#include "review/git_repo_fixture.h"

using namespace sweepc::test;
namespace fs = std::filesystem;

TEST_CASE("suite root: a folder with master configs in either layout, found from below", "[cli]") {
    TempDir temp;
    write_file(temp / "a/configs/nvidia-master.yaml", "{}\n");
    write_file(temp / "a/benchmarks/single_node/x.sh", "");
    write_file(temp / "b/.github/configs/amd-master.yaml", "{}\n");
    write_file(temp / "c/configs/master.yaml", "{}\n");                  // not *-master.yaml
    write_file(temp / "c/configs/deprecated/old-master.yaml", "{}\n");   // not directly in configs/
    CHECK(sweepc::is_suite_root(temp / "a"));
    CHECK(sweepc::is_suite_root(temp / "b"));
    CHECK_FALSE(sweepc::is_suite_root(temp / "c"));
    CHECK(sweepc::find_suite_root(temp / "a") == ".");
    CHECK(sweepc::find_suite_root(temp / "a/benchmarks/single_node") == "../..");
    CHECK(sweepc::find_suite_root(temp / "b/.github") == "..");
    CHECK(sweepc::find_suite_root(temp / "c/configs") == std::nullopt);
}

TEST_CASE("suite root: sweepc check in a subfolder checks the whole suite above it", "[cli]") {
    TempDir suite;
    fs::copy(source_dir() / "tests/fixtures/readme/suite", suite.path(), fs::copy_options::recursive);
    CommandResult at_root = run_sweepc({"check", "--format", "json"}, suite.path());
    REQUIRE(at_root.exit_code == 1);
    CommandResult below = run_sweepc({"check", "--format", "json"}, suite / "benchmarks/single_node");
    CHECK(below.exit_code == at_root.exit_code);
    const nlohmann::json root_findings = nlohmann::json::parse(at_root.out);
    const nlohmann::json below_findings = nlohmann::json::parse(below.out);
    REQUIRE(root_findings.size() == below_findings.size());
    REQUIRE(!root_findings.empty());
    // The same findings; paths lead from where the command ran, as git's do.
    for (std::size_t i = 0; i < root_findings.size(); ++i) {
        CHECK(below_findings[i]["rule"] == root_findings[i]["rule"]);
        CHECK(below_findings[i]["file"] == "../../" + root_findings[i]["file"].get<std::string>());
    }
    // Outside any suite: the usual usage error.
    TempDir elsewhere;
    CommandResult outside = run_sweepc({"check"}, elsewhere.path());
    CHECK(outside.exit_code == 2);
    CHECK(outside.out.find("no --config-files given and no configs/*-master.yaml or .github/configs/*-master.yaml") != std::string::npos);
}

TEST_CASE("suite root: sweepc diff in a subfolder compares the whole suite", "[cli]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write(".github/configs/demo-master.yaml", demo_master("vllm/vllm-openai:v0.18.0", demo_rows));
    fs::create_directories(repo.path() / "benchmarks/single_node");
    CommandResult at_root = run_sweepc({"diff", "--base", "base", "--format", "json"}, repo.path());
    REQUIRE(at_root.exit_code == 0);
    CommandResult below = run_sweepc({"diff", "--base", "base", "--format", "json"}, repo.path() / "benchmarks/single_node");
    INFO(below.err);
    CHECK(below.exit_code == 0);
    const nlohmann::json root_report = nlohmann::json::parse(at_root.out);
    const nlohmann::json below_report = nlohmann::json::parse(below.out);
    CHECK(below_report["totals"] == root_report["totals"]);
    CHECK(below.out.find("demo-fp8-h200-vllm") != std::string::npos);
}

TEST_CASE("suite root: sweepc emit in a subfolder writes the suite's generated/ as it would at the root", "[cli]") {
    TempDir suite;
    fs::copy(source_dir() / "tests/fixtures/readme/suite", suite.path(), fs::copy_options::recursive);
    const fs::path below = suite / "benchmarks/single_node";
    CommandResult from_below = run_sweepc({"emit"}, below);
    INFO(from_below.err);
    REQUIRE(from_below.exit_code == 0);
    CHECK(from_below.out.find("to generated\n") != std::string::npos);
    CHECK(fs::exists(suite / "generated/plan.md"));
    CHECK_FALSE(fs::exists(below / "generated"));
    // The same bytes as an emit at the root: --check there finds nothing to change.
    CommandResult at_root = run_sweepc({"emit", "--check"}, suite.path());
    CHECK(at_root.exit_code == 0);
    CHECK(at_root.out == "generated is up to date\n");
    // An --out given below is the folder the user named, from where they are.
    CommandResult named = run_sweepc({"emit", "--out", "here"}, below);
    CHECK(named.exit_code == 0);
    CHECK(fs::exists(below / "here/plan.md"));
}

TEST_CASE("changelog: a --changelog-file that does not exist is a usage error that says so", "[cli]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    CommandResult result =
        repo.sweepc({"changelog", "--base-ref", "base", "--head-ref", "HEAD", "--changelog-file", "missing.yaml"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err.find("--changelog-file 'missing.yaml': no such file") != std::string::npos);
}
