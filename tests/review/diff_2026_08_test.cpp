// `sweepc diff` of a 2026-08 change (two sets of files): scenario types, eval jobs and GPUs per
// kind of run, in the totals and per config.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

using namespace sweepc::test;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& name) { return source_dir() / "tests" / "fixtures" / "emit" / name; }

}  // namespace

TEST_CASE("diff of a 2026-08 change shows scenario types, eval jobs and GPUs per kind", "[review][editions]") {
    TempDir temp;
    const std::string master = read_file(fixture("2026-08/master.yaml"));
    // The agentic single-node config gains a concurrency; the fixed one loses its 1k1k block.
    std::string head = std::string(master).replace(master.find("conc-list: [4, 16]"), 18, "conc-list: [4, 16, 64]");
    const std::size_t block = head.find("    - isl: 1024\n");
    head.erase(block, head.find("\n# Single-node agentic-coding") - block);
    head.insert(block, "\n");
    write_file(temp / "head.yaml", head);
    const std::string runners = fixture("2026-08/runners.yaml").string();
    CommandResult diff = run_sweepc({"diff", "--base-files", fixture("2026-08/master.yaml").string(), "--head-files",
                                     (temp / "head.yaml").string(), "--base-runner-config", runners,
                                     "--head-runner-config", runners});
    INFO(diff.out << diff.err);
    REQUIRE(diff.exit_code == 0);
    CHECK_THAT(diff.out, Catch::Contains("| kind | jobs | eval jobs | GPUs |\n|:--|--:|--:|--:|\n"
                                         "| single-node fixed-seq-len | 6 -> 5 (-1) | 2 | 84 -> 80 (-4) |\n"
                                         "| single-node agentic-coding | 2 -> 3 (+1) | 0 | 16 -> 24 (+8) |\n"
                                         "| multi-node fixed-seq-len | 1 | 1 | 36 |\n"
                                         "| multi-node agentic-coding | 2 | 0 | 32 |\n"));
    CHECK_THAT(diff.out, Catch::Contains("#### `dsx-fp8-mi355x-sglang-agentic` (changed)\n\njobs 2 -> 3 (+1), GPUs 16 "
                                         "-> 24 (+8)\n\nscenario type: agentic-coding\n"));
    CHECK_THAT(diff.out, Catch::Contains("| 1 | 0 | 8 | `agentic kv dram tp 8 ep 1` | 64 |"));
    CHECK_THAT(diff.out, Catch::Contains("| 1 | 0 | 4 | `1k1k tp 4 ep 1 mtp` | 8 |"));

    CommandResult json = run_sweepc({"diff", "--base-files", fixture("2026-08/master.yaml").string(), "--head-files",
                                     (temp / "head.yaml").string(), "--base-runner-config", runners,
                                     "--head-runner-config", runners, "--format", "json"});
    REQUIRE(json.exit_code == 0);
    const auto report = nlohmann::json::parse(json.out);
    CHECK(report["totals"]["kinds"][0]["kind"] == "single-node fixed-seq-len");
    CHECK(report["totals"]["kinds"][0]["evals"]["head"] == 2);
    for (const auto& config : report["configs"]) {
        if (config["key"] == "dsx-fp8-b200-vllm") CHECK(config["scenario_types"] == nlohmann::json{"fixed-seq-len"});
    }
}
