// 2026-08 generation on a fixture of our own (tests/fixtures/editions/2026-08): every entry kind
// with its keys in the generator's order, derived values, the eval policy under each flag, and the
// filters. Expectations are worked out by hand from FORMAT.md §5-§7.
#include <catch2/catch.hpp>

#include "editions/edition_test_support.h"

using namespace sweepc::test;
using Json = nlohmann::ordered_json;
using Keys = std::vector<std::string>;

namespace {

bool agentic(const Json& e) { return e.contains("scenario-type"); }
bool multinode(const Json& e) { return e.contains("prefill"); }

std::vector<Json> select(const Json& matrix, bool want_multinode, bool want_agentic) {
    std::vector<Json> out;
    for (const Json& e : matrix) {
        if (multinode(e) == want_multinode && agentic(e) == want_agentic) out.push_back(e);
    }
    return out;
}

// exp-name and conc of every entry, for compact expectations.
std::vector<std::string> summary(const Json& matrix) {
    std::vector<std::string> out;
    for (const Json& e : matrix) out.push_back(e["exp-name"].get<std::string>() + "@" + e["conc"].dump());
    return out;
}

}  // namespace

TEST_CASE("2026-08 entries of every kind have the generator's keys in its order", "[editions]") {
    Json matrix = matrix_2026_08("full-sweep", {"--no-evals"});
    REQUIRE(matrix.size() == 17);

    auto single_fixed = select(matrix, false, false);
    REQUIRE(single_fixed.size() == 8);
    CHECK(keys_of(single_fixed[0]) == Keys{"image", "model", "model-prefix", "precision", "framework", "runner", "isl",
                                           "osl", "tp", "pp", "dcp-size", "pcp-size", "conc", "max-model-len", "ep",
                                           "dp-attn", "spec-decoding", "exp-name", "disagg", "run-eval", "router"});

    auto multi_fixed = select(matrix, true, false);
    REQUIRE(multi_fixed.size() == 2);
    CHECK(keys_of(multi_fixed[0]) == Keys{"image", "model", "model-prefix", "precision", "framework", "runner", "isl",
                                          "osl", "spec-decoding", "prefill", "decode", "conc", "max-model-len",
                                          "exp-name", "disagg", "run-eval", "kv-p2p-transfer"});
    // Workers as written, then the required fields they leave out, in pp, dcp-size, pcp-size order.
    CHECK(keys_of(multi_fixed[0]["prefill"]) ==
          Keys{"num-worker", "tp", "ep", "dp-attn", "additional-settings", "pp", "dcp-size", "pcp-size"});
    CHECK(keys_of(multi_fixed[0]["decode"]) == Keys{"num-worker", "tp", "pp", "ep", "dp-attn", "dcp-size", "pcp-size"});
    CHECK(multi_fixed[0]["decode"]["pp"] == 2);

    auto single_agentic = select(matrix, false, true);
    REQUIRE(single_agentic.size() == 4);
    CHECK(keys_of(single_agentic[0]) == Keys{"image", "model", "model-prefix", "precision", "framework", "runner", "tp",
                                             "pp", "dcp-size", "pcp-size", "ep", "dp-attn", "spec-decoding", "conc",
                                             "kv-offloading", "total-cpu-dram-gb", "duration", "exp-name",
                                             "scenario-type"});
    CHECK(keys_of(single_agentic[2]) == Keys{"image", "model", "model-prefix", "precision", "framework", "runner", "tp",
                                             "pp", "dcp-size", "pcp-size", "ep", "dp-attn", "spec-decoding", "conc",
                                             "kv-offloading", "total-cpu-dram-gb", "duration", "exp-name",
                                             "scenario-type", "kv-offload-backend"});

    auto multi_agentic = select(matrix, true, true);
    REQUIRE(multi_agentic.size() == 3);
    CHECK(keys_of(multi_agentic[0]) == Keys{"image", "model", "model-prefix", "precision", "framework", "runner",
                                            "spec-decoding", "prefill", "decode", "conc", "kv-offloading",
                                            "total-cpu-dram-gb", "duration", "exp-name", "disagg", "scenario-type",
                                            "kv-offload-backend", "router"});
}

TEST_CASE("2026-08 derived values: max-model-len, exp-names, duration, KV offload budgets", "[editions]") {
    Json matrix = matrix_2026_08("full-sweep", {"--no-evals"});
    auto single_fixed = select(matrix, false, false);
    CHECK(single_fixed[0]["max-model-len"] == 8192 + 1024 + 256);
    CHECK(single_fixed[0]["exp-name"] == "toy_8k1k");
    CHECK(single_fixed[7]["exp-name"] == "toy_1k1k");
    CHECK(single_fixed[0]["router"] == Json::parse(R"({"name": "toy-router", "version": "1.0"})"));
    CHECK(single_fixed[0]["dcp-size"] == 4);
    CHECK(single_fixed[5]["ep"] == 4);

    auto single_agentic = select(matrix, false, true);
    CHECK(single_agentic[0]["exp-name"] == "toy_tp4_conc1_kvnone");
    CHECK(single_agentic[0]["total-cpu-dram-gb"] == 0);
    CHECK(single_agentic[0]["duration"] == 3600);
    CHECK(single_agentic[0]["scenario-type"] == "agentic-coding");
    CHECK(single_agentic[2]["exp-name"] == "toy_tp8_conc16_kvdram-lmcache_spec-mtp");
    // floor(2,000,000 MiB × 1,048,576 × 0.5 × 8 / 8 / 10^9)
    CHECK(single_agentic[2]["total-cpu-dram-gb"] == 1048);

    auto multi_agentic = select(matrix, true, true);
    CHECK(summary(multi_agentic) == std::vector<std::string>{"toybig_p2x8ep16dpa_d0x8ep16dpa_conc4_kvdram-mooncake@[4]",
                                                             "toybig_p2x8ep16dpa_d0x8ep16dpa_conc16_kvdram-mooncake@[16]",
                                                             "toybig_p2x8ep16dpa_d0x8ep16dpa_conc32_kvdram-mooncake@[32]"});
    // The prefill replica (tp 8) spans two 4-GPU nodes, so one node's share counts: 860,160 MiB × 0.8.
    CHECK(multi_agentic[0]["total-cpu-dram-gb"] == 721);
    CHECK(multi_agentic[0]["disagg"] == false);
    CHECK(multi_agentic[0]["decode"]["num-worker"] == 0);
}

TEST_CASE("2026-08 evals: on by default, --no-evals, --evals-only and --all-evals", "[editions]") {
    // Default: single-node fixed 8k1k runs at the top and upper-median concurrency from 16 (the
    // range row: 16 32 64 -> 32 and 64; the list row: 16 32 -> 32); each multi-node parallelism's
    // best run with eval-conc; agentic runs carry run-eval false.
    Json by_default = matrix_2026_08("full-sweep");
    std::vector<std::string> marked;
    for (const Json& e : by_default) {
        REQUIRE(e.contains("run-eval"));
        CHECK_FALSE(e.contains("eval-only"));
        if (e["run-eval"] == true) marked.push_back(e["exp-name"].get<std::string>() + "@" + e["conc"].dump());
        if (agentic(e)) CHECK(e["run-eval"] == false);
    }
    CHECK(marked == std::vector<std::string>{"toy_8k1k@32", "toy_8k1k@64", "toy_8k1k@32", "toybig_8k1k@[8,32,128]",
                                             "toybig_8k1k@[4,8,16]"});
    auto multi_fixed = select(by_default, true, false);
    CHECK(multi_fixed[0]["eval-conc"] == 128);
    CHECK(multi_fixed[1]["eval-conc"] == 16);
    CHECK(keys_of(multi_fixed[0]).back() == "eval-conc");

    // --no-evals: fixed entries keep run-eval false; agentic entries have none.
    Json none = matrix_2026_08("full-sweep", {"--no-evals"});
    for (const Json& e : none) {
        CHECK(e.value("run-eval", false) == false);
        CHECK(e.contains("run-eval") == !agentic(e));
        CHECK_FALSE(e.contains("eval-conc"));
    }

    // --evals-only: the default selection plus the opt-in agentic evals, each marked eval-only.
    Json only = matrix_2026_08("full-sweep", {"--evals-only"});
    CHECK(summary(only) == std::vector<std::string>{"toy_8k1k@32", "toy_8k1k@64", "toy_8k1k@32",
                                                    "toy_tp8_conc32_kvdram-lmcache_spec-mtp@32",
                                                    "toybig_8k1k@[8,32,128]", "toybig_8k1k@[4,8,16]",
                                                    "toybig_p2x8ep16dpa_d0x8ep16dpa_conc32_kvdram-mooncake@[32]"});
    for (const Json& e : only) CHECK(e["eval-only"] == true);
    CHECK(only[6]["eval-conc"] == 32);

    // --all-evals: every fixed 8k1k and agentic run; multi-node parallelisms merged into one run.
    Json all = matrix_2026_08("full-sweep", {"--all-evals"});
    CHECK(summary(all) == std::vector<std::string>{
                              "toy_8k1k@4", "toy_8k1k@8", "toy_8k1k@16", "toy_8k1k@32", "toy_8k1k@64", "toy_8k1k@16",
                              "toy_8k1k@32", "toy_tp4_conc1_kvnone@1", "toy_tp4_conc8_kvnone@8",
                              "toy_tp8_conc16_kvdram-lmcache_spec-mtp@16", "toy_tp8_conc32_kvdram-lmcache_spec-mtp@32",
                              "toybig_8k1k@[8,32,128]", "toybig_8k1k@[4,8,16]",
                              // The merged agentic run keeps its first run's exp-name, as the generator does.
                              "toybig_p2x8ep16dpa_d0x8ep16dpa_conc4_kvdram-mooncake@[4,16,32]"});
    auto all_multi_fixed = select(all, true, false);
    CHECK(all_multi_fixed[0]["eval-all-concs"] == true);
    CHECK_FALSE(all_multi_fixed[0].contains("eval-conc"));
    CHECK(select(all, true, true)[0]["eval-conc"] == 32);
    // --evals-only --all-evals is the same request.
    CHECK(matrix_2026_08("full-sweep", {"--evals-only", "--all-evals"}) == all);
}

TEST_CASE("2026-08 filters: scenarios, sequence lengths, concurrency bounds, node filters", "[editions]") {
    CHECK(matrix_2026_08("full-sweep", {"--scenario-type", "agentic-coding", "--no-evals"}).size() == 7);
    CHECK(matrix_2026_08("full-sweep", {"--scenario-type", "fixed-seq-len", "--no-evals"}).size() == 10);
    // --seq-lens leaves agentic blocks alone.
    CHECK(matrix_2026_08("full-sweep", {"--seq-lens", "1k1k", "--no-evals"}).size() == 1 + 4 + 3);

    // Agentic rows keep the concurrencies within the bounds, with no stand-in value; fixed
    // single-node ranges restart at --min-conc; --max-tp and --max-ep leave agentic rows alone.
    Json bounded = matrix_2026_08("full-sweep", {"--min-conc", "5", "--max-conc", "20", "--max-tp", "4", "--no-evals",
                                                  "--single-node"});
    CHECK(summary(bounded) == std::vector<std::string>{"toy_8k1k@16", "toy_1k1k@8", "toy_tp4_conc8_kvnone@8",
                                                       "toy_tp8_conc16_kvdram-lmcache_spec-mtp@16"});

    // --runner-node-filter: full-sweep fans out to matching nodes of the label; test-config also
    // takes the label itself when it matches.
    Json nodes = matrix_2026_08("full-sweep", {"--runner-node-filter", "lab_0", "--no-evals", "--single-node",
                                               "--scenario-type", "agentic-coding"});
    for (const Json& e : nodes) CHECK(e["runner"] == "h100-lab_0");
    CHECK(nodes.size() == 4);
    Json labelled = matrix_2026_08("test-config", {"--config-keys", "toy-fp8-h100-vllm-agentic", "--runner-node-filter",
                                                   "h100-lab", "--conc", "1", "--no-evals"});
    std::vector<std::string> runners;
    for (const Json& e : labelled) runners.push_back(e["runner"]);
    CHECK(runners == std::vector<std::string>{"cluster:h100-lab", "h100-lab_0", "h100-lab_1"});

    // test-config: keys in the order given, --seq-lens, --conc over every kind, ranges by 2.
    Json tests = matrix_2026_08("test-config", {"--config-keys", "toybig-fp4-*", "toy-fp8-h100-vllm", "--seq-lens", "8k1k",
                                                "--conc", "16", "32", "--no-evals"});
    CHECK(summary(tests) == std::vector<std::string>{"toybig_8k1k@[32]", "toybig_8k1k@[16]",
                                                     "toybig_p2x8ep16dpa_d0x8ep16dpa_conc16_kvdram-mooncake@[16]",
                                                     "toybig_p2x8ep16dpa_d0x8ep16dpa_conc32_kvdram-mooncake@[32]",
                                                     "toy_8k1k@16", "toy_8k1k@32", "toy_8k1k@16", "toy_8k1k@32"});
}

TEST_CASE("2026-08 test-config evals-only reaches agentic runs", "[editions]") {
    Json agentic_evals = matrix_2026_08("test-config", {"--config-keys", "*agentic", "--evals-only"});
    CHECK(summary(agentic_evals) == std::vector<std::string>{
                                        "toy_tp8_conc32_kvdram-lmcache_spec-mtp@32",
                                        "toybig_p2x8ep16dpa_d0x8ep16dpa_conc32_kvdram-mooncake@[32]"});
}
