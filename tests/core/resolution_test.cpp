// Resolution rules on a fixture of our own (tests/fixtures/core/resolution), each expectation
// worked out by hand from the rules in the README.
#include <catch2/catch.hpp>

#include "core/matrix_test_support.h"

using namespace sweepc::test;
using Entry = nlohmann::ordered_json;
using Concs = std::vector<std::int64_t>;

namespace {

auto row(std::int64_t isl, std::int64_t osl, std::int64_t tp) {
    return [=](const Entry& e) {
        return e.contains("tp") && e["isl"] == isl && e["osl"] == osl && e["tp"] == tp && e["dp-attn"] == false;
    };
}

}  // namespace

TEST_CASE("concurrency ranges step by a factor and always end on conc-end", "[resolution]") {
    auto matrix = resolve_fixture("full-sweep", {"--model-prefix", "alpha", "--seq-lens", "1k1k"});
    CHECK(concurrencies(matrix, row(1024, 1024, 8)) == Concs{4, 8, 16, 32, 64, 100});
    CHECK(concurrencies(matrix, row(1024, 1024, 2)) == Concs{3});

    auto by_four = resolve_fixture("full-sweep", {"--model-prefix", "alpha", "--seq-lens", "1k1k", "--step-size", "4"});
    CHECK(concurrencies(by_four, row(1024, 1024, 8)) == Concs{4, 16, 64, 100});
    auto by_three = resolve_fixture("full-sweep", {"--model-prefix", "alpha", "--seq-lens", "1k1k", "--step-size", "3"});
    CHECK(concurrencies(by_three, row(1024, 1024, 8)) == Concs{4, 12, 36, 100});
}

TEST_CASE("min-conc and max-conc clamp a range before it is expanded", "[resolution]") {
    auto clamped = resolve_fixture("full-sweep", {"--model-prefix", "alpha", "--seq-lens", "1k1k", "--min-conc", "10",
                                                  "--max-conc", "50"});
    CHECK(concurrencies(clamped, row(1024, 1024, 8)) == Concs{10, 20, 40, 50});
    // conc-end 3 is below --min-conc 10: the row is dropped.
    CHECK(concurrencies(clamped, row(1024, 1024, 2)).empty());

    // A range entirely above --max-conc collapses to --max-conc itself.
    auto low = resolve_fixture("full-sweep", {"--model-prefix", "alpha", "--seq-lens", "1k1k", "--max-conc", "2"});
    CHECK(concurrencies(low, row(1024, 1024, 8)) == Concs{2});
    CHECK(concurrencies(low, row(1024, 1024, 2)) == Concs{2});
}

TEST_CASE("a single-node conc-list row expands in list order under full-sweep", "[resolution]") {
    auto matrix = resolve_fixture("full-sweep", {"--model-prefix", "alpha", "--seq-lens", "1k8k"});
    CHECK(concurrencies(matrix, row(1024, 8192, 2)) == Concs{2, 256, 16});
    auto capped = resolve_fixture("full-sweep", {"--model-prefix", "alpha", "--seq-lens", "1k8k", "--max-conc", "20"});
    CHECK(concurrencies(capped, row(1024, 8192, 2)) == Concs{2, 16});
    auto floor = resolve_fixture("full-sweep", {"--model-prefix", "alpha", "--seq-lens", "1k8k", "--min-conc", "300"});
    CHECK(concurrencies(floor, row(1024, 8192, 2)).empty());
}

TEST_CASE("max-tp drops rows and max-ep caps ep", "[resolution]") {
    auto matrix = resolve_fixture("full-sweep", {"--model-prefix", "alpha", "--max-tp", "4", "--max-ep", "2"});
    for (const auto& entry : matrix) CHECK(entry["tp"].get<int>() <= 4);
    CHECK(concurrencies(matrix, row(1024, 1024, 8)).empty());
    bool saw_capped = false;
    for (const auto& entry : matrix) {
        if (entry["tp"] == 2 && entry["isl"] == 1024 && entry["osl"] == 1024) {
            CHECK(entry["ep"] == 2);
            saw_capped = true;
        } else {
            CHECK(entry["ep"] == 1);
        }
    }
    CHECK(saw_capped);
}

TEST_CASE("filters select configs by key prefix, precision, framework, runner type and node kind", "[resolution]") {
    auto count_models = [](const Entry& matrix) {
        std::map<std::string, int> counts;
        for (const auto& entry : matrix) counts[entry["model-prefix"].get<std::string>()]++;
        return counts;
    };
    CHECK(count_models(resolve_fixture("full-sweep", {"--precision", "fp4"})) ==
          std::map<std::string, int>{{"beta", 4}, {"gamma", 3}});
    CHECK(count_models(resolve_fixture("full-sweep", {"--framework", "vllm"})) ==
          std::map<std::string, int>{{"alpha", 22}});
    CHECK(count_models(resolve_fixture("full-sweep", {"--runner-type", "b200"})) ==
          std::map<std::string, int>{{"beta", 4}});
    CHECK(count_models(resolve_fixture("full-sweep", {"--single-node"})) ==
          std::map<std::string, int>{{"alpha", 22}, {"beta", 4}});
    CHECK(count_models(resolve_fixture("full-sweep", {"--multi-node"})) == std::map<std::string, int>{{"gamma", 3}});
    // --model-prefix matches the start of the config name, as the suite's generator did.
    CHECK(count_models(resolve_fixture("full-sweep", {"--model-prefix", "gam", "bet"})) ==
          std::map<std::string, int>{{"beta", 4}, {"gamma", 3}});
}

TEST_CASE("multi-node rows become one entry with the list of concurrencies", "[resolution]") {
    auto matrix = resolve_fixture("full-sweep", {"--multi-node"});
    REQUIRE(matrix.size() == 3);
    CHECK(matrix[0]["conc"] == Entry::parse("[4, 8, 16, 32, 64]"));
    CHECK(matrix[1]["conc"] == Entry::parse("[16, 2, 8]"));
    CHECK(matrix[2]["conc"] == Entry::parse("[32, 64]"));
    // Workers are copied as written, key order included.
    CHECK(matrix[0]["decode"].dump() == R"({"tp":8,"num-worker":2,"ep":8,"dp-attn":false})");
    CHECK(matrix[0]["disagg"] == true);
    CHECK(matrix[0]["max-model-len"] == 2248);

    auto capped = resolve_fixture("full-sweep", {"--multi-node", "--max-conc", "1"});
    for (const auto& entry : capped) CHECK(entry["conc"] == Entry::parse("[1]"));
    auto floor = resolve_fixture("full-sweep", {"--multi-node", "--min-conc", "10"});
    REQUIRE(floor.size() == 3);
    CHECK(floor[0]["conc"] == Entry::parse("[16, 32, 64]"));
    CHECK(floor[1]["conc"] == Entry::parse("[16]"));
}

TEST_CASE("a runner node filter repeats each run on every matching node", "[resolution]") {
    auto matrix = resolve_fixture("full-sweep", {"--runner-node-filter", "amds", "--seq-lens", "1k1k"});
    // beta's b200 nodes and gamma's gb200 node do not contain "amds": those configs are skipped.
    std::vector<std::string> runners;
    for (const auto& entry : matrix) runners.push_back(entry["runner"].get<std::string>());
    REQUIRE(runners.size() == 14);  // (6 + 1 concurrencies) x 2 nodes
    CHECK(runners[0] == "mi355x-amds_0");
    CHECK(runners[1] == "mi355x-amds_1");
    CHECK(matrix[0]["conc"] == matrix[1]["conc"]);
}

TEST_CASE("evals mark the top concurrency of the highest and lowest TP of each 1k8k group", "[resolution]") {
    auto matrix = resolve_fixture("full-sweep", {"--run-evals"});
    std::vector<std::string> marked;
    for (const auto& entry : matrix) {
        if (entry["run-eval"] == true) {
            marked.push_back(std::to_string(entry["tp"].get<int>()) + "@" + std::to_string(entry["conc"].get<int>()) +
                             (entry["dp-attn"] == true ? "dp" : ""));
        }
    }
    CHECK(marked == std::vector<std::string>{"8@64", "4@16dp", "2@256"});

    auto only = resolve_fixture("full-sweep", {"--evals-only"});
    REQUIRE(only.size() == 3);
    for (const auto& entry : only) CHECK(entry["run-eval"] == true);
}

TEST_CASE("runner-model-sweep runs the highest-TP 1k1k row at its lowest concurrency on every node",
          "[resolution]") {
    auto matrix = resolve_fixture("runner-model-sweep", {"--runner-type", "mi355x"});
    REQUIRE(matrix.size() == 3);
    CHECK(matrix[0]["runner"] == "mi355x-amds_0");
    CHECK(matrix[2]["runner"] == "mi355x-cr_0");
    CHECK(matrix[0]["tp"] == 8);
    CHECK(matrix[0]["conc"] == 4);
    CHECK(matrix[0]["max-model-len"] == 2048);
    CHECK(matrix[0]["exp-name"] == "alpha_test");
    std::string keys;
    for (const auto& item : matrix[0].items()) keys += item.key() + " ";
    CHECK(keys == "image model model-prefix precision framework runner isl osl tp ep dp-attn spec-decoding conc "
                  "max-model-len exp-name disagg run-eval ");

    auto overridden = resolve_fixture("runner-model-sweep", {"--runner-type", "mi355x", "--conc", "2",
                                                             "--runner-node-filter", "cr"});
    REQUIRE(overridden.size() == 1);
    CHECK(overridden[0]["conc"] == 2);

    // Multi-node: the row with the lowest listed concurrency; workers rebuilt with every field.
    auto multi = resolve_fixture("runner-model-sweep", {"--runner-type", "gb200"});
    REQUIRE(multi.size() == 1);
    CHECK(multi[0]["conc"] == Entry::parse("[2]"));
    CHECK(multi[0]["spec-decoding"] == "mtp");
    CHECK(multi[0]["decode"].dump() == R"({"num-worker":1,"tp":8,"ep":8,"dp-attn":true,"additional-settings":[]})");
}

TEST_CASE("test-config expands globs in order without repeats and filters by --conc", "[resolution]") {
    auto prefixes = [](const Entry& matrix) {
        std::vector<std::string> seen;
        for (const auto& entry : matrix) {
            std::string prefix = entry["model-prefix"].get<std::string>();
            if (seen.empty() || seen.back() != prefix) seen.push_back(prefix);
        }
        return seen;
    };
    CHECK(prefixes(resolve_fixture("test-config", {"--config-keys", "*-fp4-*"})) ==
          std::vector<std::string>{"beta", "gamma"});
    CHECK(prefixes(resolve_fixture("test-config", {"--config-keys", "gamma*", "[ab]*-fp?-*", "gamma-fp4-gb200-dynamo-trt"})) ==
          std::vector<std::string>{"gamma", "alpha", "beta"});
    auto filtered = resolve_fixture("test-config", {"--config-keys", "alpha-fp8-mi355x-vllm", "--conc", "16", "3"});
    CHECK(concurrencies(filtered, [](const Entry&) { return true; }) == Concs{16, 3, 16, 16, 16, 16});
    // test-config always steps by 2.
    auto all = resolve_fixture("test-config", {"--config-keys", "beta-fp4-b200-trt"});
    CHECK(concurrencies(all, [](const Entry&) { return true; }) == Concs{2, 4, 8, 16});
}
