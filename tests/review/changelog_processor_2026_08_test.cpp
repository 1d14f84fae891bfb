// sweepc changelog for the 2026-08 edition on a tiny suite of its own: each rule of the
// processor's contract shown with the result it must give.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "review/changelog_2026_08_fixture.h"
#include "source/sha256.h"

using namespace sweepc::test;
// Ordered: bucket and key order are part of the contract.
using json = nlohmann::ordered_json;

namespace {

const char* const link2 = "https://github.com/org/suite/pull/2";
const char* const link3 = "https://github.com/org/suite/pull/3";

json run_ok(GitRepoFixture& repo, const std::string& entries, const std::vector<std::string>& extra = {}) {
    CommandResult result = add_entries_and_run(repo, entries, extra);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return json::parse(result.out);
}

std::vector<std::string> keys_of(const json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) keys.push_back(item.key());
    return keys;
}

}  // namespace

TEST_CASE("changelog 2026-08: a scenario a config already ran under an earlier entry is not run again",
          "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    // The first entry runs the config's agentic scenario only; the second, naming it again
    // through a wildcard, adds its fixed-sequence-length scenario and nothing twice.
    const json plan = run_ok(repo, changelog_entry("    - demo-fp4-mi355x-vllm-agentic\n", link2,
                                                   "  scenario-type: [agentic-coding]\n") +
                                       changelog_entry("    - demo-fp4-*\n", link3));
    // Buckets in the order their first row appears: the agentic rows came first.
    CHECK(keys_of(plan["single_node"]) == std::vector<std::string>{"agentic", "8k1k"});
    CHECK(points_of(plan["single_node"]["agentic"]) == std::vector<std::string>{"vllm@1", "vllm@4", "vllm@8"});
    CHECK(points_of(plan["single_node"]["8k1k"]) == std::vector<std::string>{"vllm@16", "vllm@32"});
    // Evals likewise: the agentic evals of the first entry (its highest concurrency), then the
    // fixed evals of the second (8k1k, concurrencies 16 and 32: the maximum and upper median are 32).
    CHECK(points_of(plan["agentic_evals"]) == std::vector<std::string>{"vllm@8"});
    CHECK(points_of(plan["evals"]) == std::vector<std::string>{"vllm@32"});
    for (const auto& row : plan["single_node"]["agentic"]) CHECK_FALSE(row.contains("run-eval"));
    CHECK(plan["agentic_evals"][0]["eval-only"] == true);
    CHECK(plan["changelog_metadata"]["entries"][0]["scenario-type"] == json::array({"agentic-coding"}));
    CHECK_FALSE(plan["changelog_metadata"]["entries"][1].contains("scenario-type"));
}

TEST_CASE("changelog 2026-08: all-evals entries run first, so a config gets their wider eval sweep",
          "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    const bool second_is_all_evals = GENERATE(true, false);
    const json plan = run_ok(repo, changelog_entry("    - demo-fp8-mi355x-sglang\n", link2) +
                                       changelog_entry("    - demo-fp8-mi355x-sglang\n", link3,
                                                       second_is_all_evals ? "  all-evals: true\n" : ""));
    // Throughput comes from the first entry either way (an all-evals entry runs none).
    CHECK(plan["single_node"]["8k1k"].size() == 7);  // tp 8 at 4..64, tp 4 at 32 and 16
    CHECK(plan["single_node"]["1k1k"].size() == 3);
    if (second_is_all_evals) {
        // Every 8k1k run is an eval; 1k1k runs never are.
        CHECK(points_of(plan["evals"]) ==
              std::vector<std::string>{"sglang@4", "sglang@8", "sglang@16", "sglang@32", "sglang@64", "sglang@32",
                                       "sglang@16"});
        CHECK(plan["changelog_metadata"]["entries"][1]["all-evals"] == true);
    } else {
        // The default policy: concurrencies >= 16 are 16, 32, 64; the maximum (64) and the upper
        // median (32) are marked, whatever the tp.
        CHECK(points_of(plan["evals"]) == std::vector<std::string>{"sglang@32", "sglang@64", "sglang@32"});
    }
    for (const auto& row : plan["evals"]) CHECK(row["eval-only"] == true);
}

TEST_CASE("changelog 2026-08: --evals-only and evals-only entries run no throughput", "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    const bool by_option = GENERATE(true, false);
    const json plan = run_ok(repo,
                             changelog_entry("    - demo-fp8-mi355x-sglang\n", link2,
                                             by_option ? "" : "  evals-only: true\n"),
                             by_option ? std::vector<std::string>{"--evals-only"} : std::vector<std::string>{});
    CHECK(plan["single_node"].empty());
    CHECK(plan["multi_node"].empty());
    CHECK(points_of(plan["evals"]) == std::vector<std::string>{"sglang@32", "sglang@64", "sglang@32"});
    CHECK(plan["changelog_metadata"]["entries"][0]["evals-only"] == !by_option);
}

TEST_CASE("changelog 2026-08: --trim-conc keeps the lowest concurrency of each recipe", "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    const json plan = run_ok(repo, changelog_entry("    - demo-fp8-mi355x-sglang\n    - demo-fp8-mi355x-sglang-disagg\n",
                                                   link2),
                             {"--trim-conc"});
    // tp 8 keeps 4 of 4..64; tp 4 keeps 16 of [32, 16] (the lowest, not the first written).
    CHECK(points_of(plan["single_node"]["8k1k"]) == std::vector<std::string>{"sglang@4", "sglang@16"});
    CHECK(points_of(plan["single_node"]["1k1k"]) == std::vector<std::string>{"sglang@4"});
    CHECK(points_of(plan["multi_node"]["8k1k"]) == std::vector<std::string>{"sglang-disagg@[16]", "sglang-disagg@[4]"});
    // Evals are not trimmed.
    CHECK(plan["evals"].size() == 3);
    CHECK(plan["multinode_evals"][1]["conc"] == json::array({4, 8, 16}));
}

TEST_CASE("changelog 2026-08: eval-min-prefill-ep leaves out multi-node evals below it", "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    const bool with_minimum = GENERATE(true, false);
    const json plan = run_ok(repo, changelog_entry("    - demo-fp8-mi355x-sglang-disagg\n", link2,
                                                   with_minimum ? "  eval-min-prefill-ep: 8\n" : ""));
    std::vector<json> prefill_eps;
    for (const auto& row : plan["multinode_evals"]) prefill_eps.push_back(row["prefill"]["ep"]);
    CHECK(prefill_eps == (with_minimum ? std::vector<json>{8} : std::vector<json>{8, 1}));
    // Throughput runs are not filtered.
    CHECK(plan["multi_node"]["8k1k"].size() == 2);
    if (with_minimum) CHECK(plan["changelog_metadata"]["entries"][0]["eval-min-prefill-ep"] == 8);
}

TEST_CASE("changelog 2026-08: config-keys resolve in the order written, each config once", "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    const json plan = run_ok(repo, changelog_entry("    - demo-fp8-mi355x-vllm\n    - demo-fp8-*\n", link2));
    // vllm first (named first), then the wildcard's other matches in config order.
    std::vector<std::string> frameworks;
    for (const auto& row : plan["single_node"]["8k1k"]) frameworks.push_back(row["framework"]);
    CHECK(frameworks == std::vector<std::string>{"vllm", "vllm", "vllm", "sglang", "sglang", "sglang", "sglang",
                                                 "sglang", "sglang", "sglang"});
    CHECK(plan["multi_node"]["8k1k"].size() == 2);
}

TEST_CASE("changelog 2026-08: recipe-fingerprint is the sha256 of the generator's row without its point",
          "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    const json plan = run_ok(repo, changelog_entry("    - demo-fp8-mi355x-vllm\n", link2));
    const json& rows = plan["single_node"]["8k1k"];
    REQUIRE(rows.size() == 3);
    // One recipe at three concurrencies: one fingerprint.
    CHECK(rows[0]["recipe-fingerprint"] == rows[1]["recipe-fingerprint"]);
    CHECK(rows[1]["recipe-fingerprint"] == rows[2]["recipe-fingerprint"]);
    // Recomputed here from the row: the generator's fields (not the defaults the changelog model
    // adds), sorted keys, compact, ASCII.
    json recipe = rows[0];
    for (const char* key : {"conc", "exp-name", "recipe-fingerprint", "eval-only"}) recipe.erase(key);
    // nlohmann::json keeps keys sorted, as sort_keys=True does.
    CHECK(rows[0]["recipe-fingerprint"] == sweepc::sha256_hex(nlohmann::json::parse(recipe.dump()).dump(-1, ' ', true)));
    // Eval rows have none.
    for (const auto& row : plan["evals"]) CHECK_FALSE(row.contains("recipe-fingerprint"));
}

TEST_CASE("changelog 2026-08: key order, defaults and left-out nulls follow the changelog model",
          "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    CommandResult result = add_entries_and_run(
        repo, changelog_entry("    - demo-fp8-mi355x-sglang-disagg\n", link2, "  eval-min-prefill-ep: null\n"));
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    // Top level, rows and workers in model order; eval-only and eval-all-concs filled in;
    // additional-settings filled in for workers that do not write it.
    CHECK_THAT(result.out, Catch::StartsWith("{\"single_node\":{},\"multi_node\":{\"8k1k\":[{\"image\":"));
    CHECK_THAT(result.out,
               Catch::Contains("\"spec-decoding\":\"none\",\"runner\":\"mi355x-disagg\",\"isl\":8192,\"osl\":1024,"
                               "\"prefill\":{\"num-worker\":1,\"tp\":8,\"pp\":1,\"dcp-size\":1,\"pcp-size\":1,\"ep\":8,"
                               "\"dp-attn\":true,\"additional-settings\":[]},"));
    CHECK_THAT(result.out, Catch::Contains("\"disagg\":true,\"run-eval\":false,\"eval-only\":false,"
                                           "\"eval-all-concs\":false,\"kv-p2p-transfer\":\"mori\",\"recipe-fingerprint\""));
    CHECK_THAT(result.out, Catch::Contains("\"evals\":[],\"agentic_evals\":[],\"multinode_evals\":[{"));
    // The entry as written, defaults filled in, the null left out.
    CHECK_THAT(result.out,
               Catch::EndsWith("\"changelog_metadata\":{\"base_ref\":\"base\",\"head_ref\":\"head\",\"entries\":[{"
                               "\"config-keys\":[\"demo-fp8-mi355x-sglang-disagg\"],\"description\":[\"A change\"],"
                               "\"pr-link\":\"https://github.com/org/suite/pull/2\",\"evals-only\":false,"
                               "\"all-evals\":false,\"append-only\":false}]}}\n"));
}

TEST_CASE("changelog 2026-08: entries are checked against the 2026-08 changelog schema", "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    std::string extra;
    std::string expected;
    SECTION("a scenario the edition lacks") {
        extra = "  scenario-type: [fixed]\n";
        expected = "perf-changelog.yaml:12:19: error: item 0 of 'scenario-type' must be one of \"fixed-seq-len\", "
                   "\"agentic-coding\"; got string 'fixed'";
    }
    SECTION("eval-min-prefill-ep below 1") {
        extra = "  eval-min-prefill-ep: 0\n";
        expected = "perf-changelog.yaml:12:24: error: field 'eval-min-prefill-ep' in changelog entry must be at least "
                   "1, got 0";
    }
    SECTION("a misspelt field") {
        extra = "  all-eval: true\n";
        expected = "perf-changelog.yaml:12:3: error: unknown field 'all-eval' in changelog entry (did you mean "
                   "'all-evals'?)";
    }
    CommandResult result = add_entries_and_run(repo, changelog_entry("    - demo-fp8-mi355x-vllm\n", link2, extra));
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains(expected));
}

TEST_CASE("changelog 2026-08: append-only entries run only the points added since the base revision",
          "[review][changelog]") {
    GitRepoFixture repo;
    make_2026_08_suite(repo);
    std::string master = repo.read("configs/demo-master.yaml");
    const std::string vllm_row = "      - { tp: 8, conc-start: 4, conc-end: 16 }\n\ndemo-fp4";
    REQUIRE(master.find(vllm_row) != std::string::npos);
    const char* const entry = "- config-keys:\n    - demo-fp8-mi355x-vllm\n  append-only: true\n  description:\n"
                              "    - \"More points\"\n  pr-link: https://github.com/org/suite/pull/2\n";
    SECTION("points added to a curve") {
        master.replace(master.find(vllm_row), vllm_row.size(), "      - { tp: 8, conc-start: 4, conc-end: 64 }\n\ndemo-fp4");
        repo.write("configs/demo-master.yaml", master);
        const json plan = run_ok(repo, entry);
        CHECK(points_of(plan["single_node"]["8k1k"]) == std::vector<std::string>{"vllm@32", "vllm@64"});
        CHECK(plan["evals"].empty());
        CHECK(plan["changelog_metadata"]["entries"][0]["append-only"] == true);
    }
    SECTION("a point removed") {
        master.replace(master.find(vllm_row), vllm_row.size(), "      - { tp: 8, conc-list: [4, 16, 32] }\n\ndemo-fp4");
        repo.write("configs/demo-master.yaml", master);
        CommandResult result = add_entries_and_run(repo, entry);
        CHECK(result.exit_code == 1);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::Contains("perf-changelog.yaml:9:3: error: the change is not append-only for "
                                               "demo-fp8-mi355x-vllm: concurrency points [8] of the base revision are "
                                               "gone"));
    }
    SECTION("nothing added") {
        CommandResult result = add_entries_and_run(repo, entry);
        CHECK(result.exit_code == 1);
        CHECK_THAT(result.err, Catch::Contains("the change adds no concurrency point"));
    }
    SECTION("an image changed with the points") {
        master.replace(master.find(vllm_row), vllm_row.size(), "      - { tp: 8, conc-start: 4, conc-end: 64 }\n\ndemo-fp4");
        master.replace(master.find("vllm/vllm-openai-rocm:v0.19.0"), 29, "vllm/vllm-openai-rocm:v0.20.0");
        repo.write("configs/demo-master.yaml", master);
        CommandResult result = add_entries_and_run(repo, entry);
        CHECK(result.exit_code == 1);
        CHECK_THAT(result.err, Catch::Contains("a recipe of the base revision is gone or changed"));
    }
    SECTION("with a regular entry, an eval field and an eval option") {
        master.replace(master.find(vllm_row), vllm_row.size(), "      - { tp: 8, conc-start: 4, conc-end: 64 }\n\ndemo-fp4");
        repo.write("configs/demo-master.yaml", master);
        CommandResult result =
            add_entries_and_run(repo, std::string(entry) + "  evals-only: true\n" +
                                          changelog_entry("    - demo-fp8-mi355x-sglang\n", link3),
                                {"--evals-only"});
        CHECK(result.exit_code == 1);
        CHECK_THAT(result.err, Catch::Contains("perf-changelog.yaml:13:3: error: append-only cannot be combined with "
                                               "evals-only"));
        CHECK_THAT(result.err, Catch::Contains("perf-changelog.yaml:9:3: error: append-only entries cannot share a "
                                               "change with regular entries (the entry at line 14 is not append-only)"));
        CHECK_THAT(result.err, Catch::Contains("perf-changelog.yaml:9:3: error: append-only sweeps cannot use "
                                               "--evals-only"));
    }
}

TEST_CASE("changelog: the 2026-03 processor takes none of the 2026-08 options", "[review][changelog]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                          changelog_entry("    - demo-fp8-h200-vllm\n", link2));
    repo.commit("head");
    CommandResult result = repo.sweepc({"changelog", "--base-ref", "base", "--head-ref", "head", "--changelog-file",
                                        "perf-changelog.yaml", "--trim-conc"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains("--trim-conc is not an option of the changelog processor of the 2026-03 "
                                           "edition"));
    CHECK_THAT(result.err, Catch::Contains("the 2026-08 edition's processor has it"));
}
