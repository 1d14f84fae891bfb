// The run budget (--max-runs, plan/run_budget.h): a config that expands into more runs than the
// budget is refused with its place and its count before any run is made, by every command that
// expands configs; emit also writes at most that many files. "Before any run is made" is checked
// by memory: a hostile config of 200,000 runs (400,000 on two nodes) is refused within 700 MiB,
// which expanding it exceeds. In the sanitized Debug build the refusal peaks at about 530 MiB
// resident (210 MiB of it the process before it reads anything, most of the rest the schema check
// of the 200,000 aliased nodes), the expansion at about 840 MiB and 48 CPU seconds.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "hardening/bounded_run.h"
#include "model/config.h"
#include "plan/concurrency.h"
#include "plan/run_budget.h"
#include "review/git_repo_fixture.h"
#include "support/test_support.h"

using namespace sweepc::test;

namespace {

const char* const runners_yaml = "mi355x:\n- mi355x-amds_0\n- mi355x-amds_1\n";

std::string entry_with_rows(const std::string& key, const std::string& rows) {
    return key +
           ":\n  image: vllm/vllm-openai-rocm:v0.18.0\n  model: amd/Kimi-K2.5-MXFP4\n  model-prefix: kimik2.5\n"
           "  runner: mi355x\n  precision: fp4\n  framework: vllm\n  multinode: false\n  seq-len-configs:\n"
           "  - isl: 1024\n    osl: 1024\n    search-space: " +
           rows + "\n";
}

// 7 runs: 4, 8, 16, 32, 64 from the range and 1, 2 from the list.
std::string seven_runs(const std::string& key) {
    return entry_with_rows(key, "[ { tp: 8, conc-start: 4, conc-end: 64 }, { tp: 4, conc-list: [1, 2] } ]");
}

// 5 KB of YAML, 200,000 runs: one row of 1,000 concurrencies, aliased 200 times (200,000 YAML
// nodes once aliases are expanded, well inside the alias budget of a million).
std::string aliased_runs() {
    std::string list;
    for (int conc = 1; conc <= 1000; ++conc) list += (conc == 1 ? "" : ",") + std::to_string(conc);
    std::string rows = "[ &row { tp: 8, conc-list: [" + list + "] }";
    for (int copy = 1; copy < 200; ++copy) rows += ", *row";
    return entry_with_rows("hostile-fp4-mi355x-vllm", rows + " ]");
}

sweepc::SearchSpaceRow range_row(std::int64_t start, std::int64_t end) {
    sweepc::SearchSpaceRow row;
    row.conc_range = sweepc::ConcurrencyRange{start, end};
    return row;
}

sweepc::SearchSpaceRow list_row(std::vector<std::int64_t> values) {
    sweepc::SearchSpaceRow row;
    row.conc_list = std::move(values);
    return row;
}

}  // namespace

TEST_CASE("a range's size is counted without expanding it, as the expansion makes it", "[hardening]") {
    for (auto [start, end, step] : std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>>{
             {4, 100, 2}, {4, 4, 2}, {1, 1024, 2}, {3, INT64_MAX, 2}, {1, INT64_MAX, 1000}, {5, 4, 2}, {4, 64, 1}}) {
        INFO(start << ".." << end << " by " << step);
        CHECK(sweepc::concurrency_range_size(start, end, step) ==
              static_cast<std::int64_t>(sweepc::expand_concurrency_range(start, end, step).size()));
    }
    CHECK(sweepc::concurrency_range_size(4, 100, 2) == 6);
    CHECK(sweepc::concurrency_range_size(4, 64, 1) == 0);  // refused by the CLI; never a loop
}

TEST_CASE("a config's run count: concurrencies per row times runners, saturating", "[hardening]") {
    sweepc::MasterEntry entry;
    entry.seq_len_configs.push_back({});
    entry.seq_len_configs[0].search_space = {range_row(4, 64), list_row({1, 2})};
    CHECK(sweepc::config_run_bound(entry, 2, 1) == 7);
    CHECK(sweepc::config_run_bound(entry, 4, 1) == 5);  // 4, 16, 64 and the list's two
    CHECK(sweepc::config_run_bound(entry, 2, 3) == 21);
    entry.agentic_blocks.push_back({});
    entry.agentic_blocks[0].search_space = {list_row({1, 2, 3})};
    CHECK(sweepc::config_run_bound(entry, 2, 1) == 10);
    entry.multinode = true;  // a fixed multi-node row is one run with the list of concurrencies
    CHECK(sweepc::config_run_bound(entry, 2, 1) == 5);
    CHECK(sweepc::config_run_bound(entry, 2, std::numeric_limits<std::int64_t>::max()) ==
          std::numeric_limits<std::int64_t>::max());
}

TEST_CASE("within the run budget: each config over it, then the total, located and counted", "[hardening]") {
    sweepc::MasterEntry small;
    small.key = "small";
    small.location = sweepc::SourceLocation::point("a.yaml", 1, 1);
    sweepc::MasterEntry large;
    large.key = "large";
    large.location = sweepc::SourceLocation::point("b.yaml", 9, 1);
    sweepc::Diagnostics fits;
    CHECK(sweepc::within_run_budget({{&small, 3}, {&large, 7}}, 10, fits));
    CHECK(fits.empty());

    sweepc::Diagnostics total;
    CHECK_FALSE(sweepc::within_run_budget({{&small, 3}, {&large, 7}}, 9, total));
    REQUIRE(total.all().size() == 1);
    CHECK(total.all()[0].rule == "budget");
    CHECK(total.all()[0].location.file == "b.yaml");
    CHECK(total.all()[0].location.line == 9);
    CHECK_THAT(total.all()[0].message, Catch::StartsWith("the sweep expands to 10 runs over 2 configs (the most, 7, "
                                                         "from 'large' here), over the budget of 9 runs"));

    sweepc::Diagnostics each;
    CHECK_FALSE(sweepc::within_run_budget({{&small, 3}, {&large, std::numeric_limits<std::int64_t>::max()}}, 2, each));
    REQUIRE(each.all().size() == 2);
    CHECK_THAT(each.all()[0].message, Catch::StartsWith("config 'small' expands to 3 runs, over the budget of 2 runs"));
    CHECK_THAT(each.all()[1].message, Catch::Contains("expands to 9223372036854775807 runs"));
    CHECK_THAT(each.all()[1].message, Catch::EndsWith("(raise the budget with --max-runs)"));
}

TEST_CASE("an aliased conc-list of 200,000 runs is refused before expanding, by every command that expands configs",
          "[hardening]") {
    TempDir dir;
    write_file(dir / "master.yaml", aliased_runs());
    write_file(dir / "runners.yaml", runners_yaml);
    const std::string refusal = "master.yaml:1:1: error: config 'hostile-fp4-mi355x-vllm' expands to 200000 runs, "
                                "over the budget of 100000 runs; it is refused before any run is made (raise the "
                                "budget with --max-runs) [budget]";
    const std::vector<std::string> inputs{"--config-files", "master.yaml", "--runner-config", "runners.yaml"};
    auto with = [&](std::vector<std::string> command, const std::vector<std::string>& more = {}) {
        command.insert(command.end(), more.begin(), more.end());
        return command;
    };
    const std::vector<std::vector<std::string>> commands{
        with({"matrix", "full-sweep"}, inputs),
        with({"matrix", "full-sweep"}, with(inputs, {"--runner-node-filter", "amds"})),
        with({"matrix", "test-config", "--config-keys", "hostile-*"}, inputs),
        with({"emit"}, with(inputs, {"--out", "generated"})),
        with({"check"}, inputs),
        {"diff", "--base-files", "master.yaml", "--head-files", "master.yaml", "--runner-config", "runners.yaml"},
    };
    for (const std::vector<std::string>& command : commands) {
        BoundedResult result = run_sweepc_limited(command, dir.path(), RunLimits{60, 700L * 1024L});
        INFO(command[0] << " " << command[1] << "\nstdout: " << result.out.substr(0, 2000)
                        << "\nstderr: " << result.err.substr(0, 2000));
        REQUIRE_FALSE(result.blocked);
        CHECK(result.exit_code == 1);
        // check prints its findings on standard output (they are its report); the others on stderr.
        const std::string& report = command[0] == "check" ? result.out : result.err;
        if (std::find(command.begin(), command.end(), "--runner-node-filter") != command.end()) {
            // Each run repeated on the two nodes the filter matches: twice the count.
            CHECK_THAT(report, Catch::Contains("expands to 400000 runs"));
        } else {
            CHECK_THAT(report, Catch::Contains(refusal));
        }
        if (command[0] != "check") CHECK(result.out.empty());
    }
    CHECK_FALSE(std::filesystem::exists(dir / "generated"));
}

TEST_CASE("the run budget moves with --max-runs, exactly, and a sweep over it in total names its largest config",
          "[hardening]") {
    TempDir dir;
    write_file(dir / "master.yaml", seven_runs("first-fp4-mi355x-vllm"));
    write_file(dir / "two.yaml", seven_runs("first-fp4-mi355x-vllm") + seven_runs("second-fp4-mi355x-vllm"));
    write_file(dir / "runners.yaml", runners_yaml);
    auto matrix = [&](const char* file, const char* max_runs) {
        return run_sweepc_bounded({"matrix", "full-sweep", "--config-files", file, "--runner-config", "runners.yaml",
                                   "--max-runs", max_runs},
                                  dir.path());
    };
    BoundedResult at = matrix("master.yaml", "7");
    INFO(at.err);
    REQUIRE(at.exit_code == 0);
    CHECK(nlohmann::json::parse(at.out).size() == 7);

    BoundedResult over = matrix("master.yaml", "6");
    CHECK(over.exit_code == 1);
    CHECK(over.out.empty());
    CHECK_THAT(over.err, Catch::Contains("master.yaml:1:1: error: config 'first-fp4-mi355x-vllm' expands to 7 runs, "
                                         "over the budget of 6 runs"));

    BoundedResult total = matrix("two.yaml", "10");
    CHECK(total.exit_code == 1);
    CHECK_THAT(total.err, Catch::Contains("two.yaml:1:1: error: the sweep expands to 14 runs over 2 configs (the "
                                          "most, 7, from 'first-fp4-mi355x-vllm' here), over the budget of 10 runs"));
    CHECK(matrix("two.yaml", "14").exit_code == 0);
}

TEST_CASE("emit writes at most --max-runs files, counted before it writes any", "[hardening]") {
    TempDir dir;
    write_file(dir / "master.yaml", seven_runs("first-fp4-mi355x-vllm"));
    write_file(dir / "runners.yaml", runners_yaml);
    auto emit = [&](const char* max_runs) {
        return run_sweepc_bounded({"emit", "--config-files", "master.yaml", "--runner-config", "runners.yaml", "--out",
                                   "generated", "--max-runs", max_runs},
                                  dir.path());
    };
    // 7 scripts, one matrix (single-node 1k1k), the index, full-sweep.json, plan.md, the manifest.
    BoundedResult over = emit("11");
    INFO(over.err);
    CHECK(over.exit_code == 1);
    CHECK_THAT(over.err, Catch::Contains("emit would write 12 files (7 run scripts, one per run, 1 matrix file, the "
                                         "index, full-sweep.json, plan.md and the manifest), over its budget of 11 "
                                         "files, which is --max-runs"));
    CHECK_FALSE(std::filesystem::exists(dir / "generated"));

    BoundedResult at = emit("12");
    INFO(at.err);
    REQUIRE(at.exit_code == 0);
    std::size_t written = 0;
    for (const auto& file : std::filesystem::recursive_directory_iterator(dir / "generated")) {
        if (file.is_regular_file()) ++written;
    }
    CHECK(written == 12);
}

TEST_CASE("changelog counts the configs its new entries name against --max-runs before expanding any",
          "[hardening]") {
    GitRepoFixture repo;
    repo.write("master.yaml", aliased_runs() + seven_runs("first-fp4-mi355x-vllm") + seven_runs("second-fp4-mi355x-vllm"));
    repo.write("runners.yaml", runners_yaml);
    repo.write("perf-changelog.yaml",
               changelog_entry("    - first-fp4-mi355x-vllm\n", "https://github.com/org/suite/pull/1") + "\n");
    repo.commit("base");
    const std::string base_changelog = repo.read("perf-changelog.yaml");
    auto changelog = [&](const std::vector<std::string>& more) {
        std::vector<std::string> args{"changelog",     "--base-ref",    "base",        "--head-ref",
                                      "head",          "--changelog-file", "perf-changelog.yaml", "--config-files",
                                      "master.yaml",   "--runner-config", "runners.yaml"};
        args.insert(args.end(), more.begin(), more.end());
        return run_sweepc_limited(args, repo.path(), RunLimits{60, 700L * 1024L});
    };

    SECTION("an entry naming a config of 200,000 runs") {
        repo.write("perf-changelog.yaml",
                   base_changelog + changelog_entry("    - hostile-*\n", "https://github.com/org/suite/pull/2"));
        repo.commit("head");
        BoundedResult result = changelog({});
        INFO(result.err.substr(0, 2000));
        REQUIRE_FALSE(result.blocked);
        CHECK(result.exit_code == 1);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::Contains("master.yaml:1:1: error: config 'hostile-fp4-mi355x-vllm' expands to "
                                               "200000 runs, over the budget of 100000 runs; it is refused before any "
                                               "run is made (raise the budget with --max-runs) [budget]"));
    }
    SECTION("entries each within the budget, over it together") {
        // Each entry's sweep is 7 runs (test-config steps ranges by 2: 4, 8, 16, 32, 64, then 1, 2).
        repo.write("perf-changelog.yaml",
                   base_changelog + changelog_entry("    - first-fp4-mi355x-vllm\n", "https://github.com/org/suite/pull/2") +
                       "\n" + changelog_entry("    - second-fp4-mi355x-vllm\n", "https://github.com/org/suite/pull/3"));
        repo.commit("head");
        BoundedResult over = changelog({"--max-runs", "13"});
        INFO(over.err.substr(0, 2000));
        CHECK(over.exit_code == 1);
        CHECK(over.out.empty());
        CHECK_THAT(over.err, Catch::Contains("error: the sweep expands to 14 runs over 2 configs (the most, 7, from "
                                             "'first-fp4-mi355x-vllm' here), over the budget of 13 runs"));
        BoundedResult at = changelog({"--max-runs", "14"});
        INFO(at.err.substr(0, 2000));
        REQUIRE(at.exit_code == 0);
        const nlohmann::json plan = nlohmann::json::parse(at.out);
        std::size_t runs = 0;
        for (const auto& [length, entries] : plan["single_node"].items()) runs += entries.size();
        CHECK(runs == 14);
        CHECK(changelog({"--max-runs", "-1"}).exit_code == 2);
    }
}
