// Every validation rule of the 2026-08 format (FORMAT.md §3), and the generator's crashes and
// silent misbehaviours that sweepc turns into located errors: each bad config is reported at its
// line and column, all problems of a run at once, with nothing on stdout.
#include <catch2/catch.hpp>

#include "editions/edition_test_support.h"

using namespace sweepc::test;

namespace {

// A config entry head; `runner` and `multinode` vary, the rest is fixed.
std::string head(const std::string& name, const std::string& runner, bool multinode, const std::string& extra = "") {
    return name + ":\n"
                  "  image: example/engine:1.0\n"
                  "  model: example/model\n"
                  "  model-prefix: ex\n"
                  "  precision: fp8\n"
                  "  framework: vllm\n"
                  "  runner: " + runner + "\n"
                  "  multinode: " + (multinode ? "true" : "false") + "\n" + extra;
}

const char* const workers = "        prefill: { num-worker: 1, tp: 4, ep: 1, dp-attn: false }\n"
                            "        decode: { num-worker: 1, tp: 4, ep: 1, dp-attn: false }\n";

CommandResult check_config(const std::string& master, const std::vector<std::string>& args = {}) {
    TempDir dir;
    write_file(dir / "master.yaml", master);
    write_file(dir / "runners.yaml", read_file(edition_2026_08_fixture() / "runners.yaml"));
    std::vector<std::string> full{"matrix", "full-sweep", "--config-files", "master.yaml", "--runner-config",
                                  "runners.yaml"};
    full.insert(full.end(), args.begin(), args.end());
    return run_sweepc(full, dir.path());
}

void require_errors(const CommandResult& result, const std::vector<std::string>& expected) {
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    for (const std::string& message : expected) {
        INFO("expected: " << message);
        CHECK_THAT(result.err, Catch::Contains(message));
    }
}

}  // namespace

TEST_CASE("2026-08: scenarios must give something to run", "[editions]") {
    require_errors(check_config(head("empty", "h100", false, "  scenarios:\n    fixed-seq-len: []\n")),
                   {"master.yaml:9:3: error: 'scenarios' of config 'empty' has nothing to run; give a non-empty "
                    "'fixed-seq-len' or 'agentic-coding' list"});
    require_errors(check_config(head("old", "h100", false,
                                     "  scenarios:\n    fixed-seq-len:\n    - { isl: 1024, osl: 1024, search-space: "
                                     "[] }\n    chat: []\n")),
                   {"master.yaml:12:5: error: unknown field 'chat' in scenarios; allowed: fixed-seq-len, "
                    "agentic-coding"});
}

TEST_CASE("2026-08: strict integers, tp divisible by dcp-size, parallel sizes from 1", "[editions]") {
    const std::string rows = "  scenarios:\n"
                             "    fixed-seq-len:\n"
                             "    - isl: 1024\n"
                             "      osl: 1024\n"
                             "      search-space:\n"
                             "      - { tp: 8, dcp-size: 3, conc-list: [4] }\n"
                             "      - { tp: 8, pp: true, pcp-size: 2.0, dcp-size: \"2\", conc-list: [4] }\n"
                             "      - { tp: 8, pp: 0, conc-list: [4] }\n";
    require_errors(check_config(head("ints", "h100", false, rows)),
                   {"master.yaml:14:28: error: dcp-size 3 does not divide tp 8; decode context parallelism splits "
                    "the tensor parallel ranks, so tp must be a multiple of dcp-size",
                    "master.yaml:15:22: error: field 'pp' in search-space row must be an integer, got boolean true",
                    "master.yaml:15:38: error: field 'pcp-size' in search-space row must be an integer, got number 2.0",
                    "master.yaml:15:53: error: field 'dcp-size' in search-space row must be an integer, got string '2'",
                    "master.yaml:16:22: error: field 'pp' in search-space row must be at least 1, got 0"});

    // Workers: dcp-size divides tp there too; num-worker 0 is an aggregated run, and valid.
    const std::string multi = "  disagg: false\n"
                              "  scenarios:\n"
                              "    fixed-seq-len:\n"
                              "    - isl: 1024\n"
                              "      osl: 1024\n"
                              "      search-space:\n"
                              "      - conc-list: [4]\n"
                              "        prefill: { num-worker: 1, tp: 6, dcp-size: 4, ep: 1, dp-attn: false }\n"
                              "        decode: { num-worker: 0, tp: 4, ep: 1, dp-attn: false }\n";
    require_errors(check_config(head("workers", "gb200", true, multi)),
                   {"master.yaml:16:52: error: dcp-size 4 does not divide tp 6"});
    const std::string aggregated = "  scenarios:\n"
                                   "    fixed-seq-len:\n"
                                   "    - isl: 1024\n"
                                   "      osl: 1024\n"
                                   "      search-space:\n"
                                   "      - conc-list: [4]\n"
                                   "        prefill: { num-worker: 2, tp: 4, ep: 1, dp-attn: false }\n"
                                   "        decode: { num-worker: 0, tp: 4, ep: 1, dp-attn: false }\n";
    CommandResult valid = check_config(head("aggregated", "gb200", true, aggregated));
    INFO(valid.err);
    CHECK(valid.exit_code == 0);
}

TEST_CASE("2026-08: prefill and decode set hardware together", "[editions]") {
    const std::string rows = "  scenarios:\n"
                             "    fixed-seq-len:\n"
                             "    - isl: 1024\n"
                             "      osl: 1024\n"
                             "      search-space:\n"
                             "      - conc-list: [4]\n"
                             "        prefill: { num-worker: 1, tp: 4, ep: 1, dp-attn: false, hardware: gb200 }\n"
                             "        decode: { num-worker: 1, tp: 4, ep: 1, dp-attn: false }\n";
    require_errors(check_config(head("pair", "gb200", true, rows)),
                   {"master.yaml:15:65: error: prefill sets 'hardware' but decode does not; set it on both workers "
                    "or on neither"});
}

TEST_CASE("2026-08: router and kv-p2p-transfer scope, and disagg needs a transfer backend", "[editions]") {
    const std::string both = "  router: { name: r, version: \"1\" }\n"
                             "  kv-p2p-transfer: nixl\n"
                             "  scenarios:\n"
                             "    fixed-seq-len:\n"
                             "    - isl: 1024\n"
                             "      osl: 1024\n"
                             "      search-space:\n"
                             "      - conc-list: [4]\n"
                             "        router: { name: r, version: \"2\" }\n"
                             "        kv-p2p-transfer: mooncake\n" +
                             std::string(workers);
    require_errors(check_config(head("twice", "gb200", true, both)),
                   {"master.yaml:17:9: error: 'router' of config 'twice' is declared at the top level (line 9) and "
                    "in search-space rows; declare it in one place",
                    "master.yaml:18:9: error: 'kv-p2p-transfer' of config 'twice' is declared at the top level (line "
                    "10) and in search-space rows"});

    // A row's null opts out of a top-level router: valid, and its entries carry none.
    const std::string opt_out = "  router: { name: r, version: \"1\" }\n"
                                "  scenarios:\n"
                                "    fixed-seq-len:\n"
                                "    - isl: 1024\n"
                                "      osl: 1024\n"
                                "      search-space:\n"
                                "      - { tp: 4, conc-list: [4] }\n"
                                "      - { tp: 8, router: null, conc-list: [4] }\n";
    CommandResult opted = check_config(head("opt-out", "h100", false, opt_out));
    INFO(opted.err);
    REQUIRE(opted.exit_code == 0);
    auto matrix = nlohmann::ordered_json::parse(opted.out);
    CHECK(matrix[0]["router"]["version"] == "1");
    CHECK_FALSE(matrix[1].contains("router"));

    const std::string single = "  kv-p2p-transfer: nixl\n"
                               "  scenarios:\n"
                               "    fixed-seq-len:\n"
                               "    - isl: 1024\n"
                               "      osl: 1024\n"
                               "      search-space:\n"
                               "      - { tp: 4, kv-p2p-transfer: nixl, conc-list: [4] }\n";
    require_errors(check_config(head("single", "h100", false, single)),
                   {"master.yaml:9:3: error: unknown field 'kv-p2p-transfer' in config entry",
                    "is only valid when multinode: true",
                    "master.yaml:15:18: error: unknown field 'kv-p2p-transfer' in search-space row"});

    const std::string disagg = "  disagg: true\n"
                               "  scenarios:\n"
                               "    fixed-seq-len:\n"
                               "    - isl: 1024\n"
                               "      osl: 1024\n"
                               "      search-space:\n"
                               "      - conc-list: [4]\n"
                               "        kv-p2p-transfer: nixl\n" +
                               std::string(workers) +
                               "      - conc-list: [8]\n" + workers;
    require_errors(check_config(head("disagg", "gb200", true, disagg)),
                   {"master.yaml:9:11: error: config 'disagg' is disaggregated (disagg: true) but its row at line 19 "
                    "has no kv-p2p-transfer backend; set kv-p2p-transfer (nixl, mooncake, …) at the top level, or "
                    "in every row"});
    require_errors(check_config(head("sn-disagg", "h100", false, "  disagg: true\n  scenarios:\n    fixed-seq-len:\n"
                                                                 "    - { isl: 1, osl: 1, search-space: [] }\n")),
                   {"master.yaml:9:11: error: field 'disagg' in config entry must be false, got boolean true"});
}

TEST_CASE("2026-08: component versions are versions, not images", "[editions]") {
    const std::string rows = "  router: { name: r, version: \"image:example/router:1\" }\n"
                             "  scenarios:\n"
                             "    agentic-coding:\n"
                             "    - dram-utilization: 0.5\n"
                             "      search-space:\n"
                             "      - tp: 4\n"
                             "        kv-offloading: dram\n"
                             "        kv-offload-backend: { name: lmcache, version: \"image:lmcache:2\" }\n"
                             "        conc-list: [1]\n";
    require_errors(check_config(head("versions", "cluster:h100-lab", false, rows)),
                   {"master.yaml:9:31: error: router version 'image:example/router:1' names an image; give the "
                    "component's own version",
                    "master.yaml:16:55: error: kv-offload-backend version 'image:lmcache:2' names an image"});
}

TEST_CASE("2026-08: agentic rows: topology, offloading, DRAM budget, cluster runners", "[editions]") {
    // Rows of the wrong topology for their config crash the generator; here they are located.
    const std::string wrong_single = "  scenarios:\n"
                                     "    agentic-coding:\n"
                                     "    - search-space:\n"
                                     "      - conc-list: [1]\n" +
                                     std::string(workers);
    CommandResult single = check_config(head("sn", "cluster:h100-lab", false, wrong_single));
    require_errors(single, {"master.yaml:13:9: error: unknown field 'prefill' in single-node agentic row",
                            "a prefill/decode agentic row belongs to a multi-node config (multinode: true)"});
    CHECK_THAT(single.err, !Catch::Contains("missing required"));
    const std::string wrong_multi = "  scenarios:\n"
                                    "    agentic-coding:\n"
                                    "    - search-space:\n"
                                    "      - { tp: 8, pp: 1, kv-offloading: none, conc-list: [1] }\n";
    require_errors(check_config(head("mn", "cluster:gb200-lab", true, wrong_multi)),
                   {"master.yaml:12:11: error: unknown field 'tp' in multi-node agentic row",
                    "a tp agentic row belongs to a single-node config (multinode: false)",
                    "master.yaml:12:18: error: unknown field 'pp' in multi-node agentic row",
                    "a multi-node row gives pp inside its prefill and decode workers"});

    const std::string offload = "  scenarios:\n"
                                "    agentic-coding:\n"
                                "    - search-space:\n"
                                "      - { tp: 4, kv-offloading: dram, conc-list: [1] }\n"
                                "      - { tp: 4, kv-offloading: none, kv-offload-backend: { name: x }, conc-list: [1] }\n"
                                "      - { tp: 4, conc-list: [1] }\n";
    require_errors(check_config(head("offload", "h100", false, offload)),
                   {"master.yaml:7:11: error: config 'offload' has agentic-coding rows, which run on a whole cluster: "
                    "its runner must be a 'cluster:' label (got 'h100')",
                    "master.yaml:11:7: error: agentic-coding block has rows with kv-offloading: dram (line 12) but no "
                    "dram-utilization",
                    "master.yaml:12:18: error: kv-offloading: dram needs a kv-offload-backend ({name, version})",
                    "master.yaml:13:39: error: kv-offload-backend is set but kv-offloading is 'none'",
                    "master.yaml:14:9: error: single-node agentic row is missing required field 'kv-offloading'"});

    const std::string budget = "  scenarios:\n"
                               "    agentic-coding:\n"
                               "    - dram-utilization: 0\n"
                               "      search-space: []\n"
                               "    - dram-utilization: 0.5\n"
                               "      search-space:\n"
                               "      - { tp: 8, pp: 2, kv-offloading: dram, kv-offload-backend: { name: x }, "
                               "conc-list: [1] }\n";
    require_errors(check_config(head("budget", "cluster:h100-lab", false, budget)),
                   {"master.yaml:11:25: error: field 'dram-utilization' in agentic-coding block must be above 0, got 0",
                    "master.yaml:15:15: error: tp=8 with pp=2 and pcp-size=1 needs 16 GPUs, more than one node of "
                    "runner 'cluster:h100-lab' has (gpus-per-node=8)"});

    const std::string no_hardware = "  scenarios:\n"
                                    "    agentic-coding:\n"
                                    "    - dram-utilization: 0.5\n"
                                    "      search-space:\n"
                                    "      - { tp: 4, kv-offloading: dram, kv-offload-backend: { name: x }, "
                                    "conc-list: [1] }\n";
    require_errors(check_config(head("nohw", "cluster:other", false, no_hardware)),
                   {"master.yaml:7:11: error: runner 'cluster:other' of config 'nohw' needs a hardware entry with "
                    "available-cpu-dram-mib and gpus-per-node in runners.yaml: its row at line 13 offloads the KV "
                    "cache to dram, and the budget is a share of that memory; hardware entries: cluster:gb200-lab, "
                    "cluster:h100-lab"});

    // Multi-node: a prefill replica must tile the runner's nodes (gpus-per-node 4 on gb200).
    const std::string replicas = "  scenarios:\n"
                                 "    agentic-coding:\n"
                                 "    - dram-utilization: 0.5\n"
                                 "      search-space:\n"
                                 "      - conc-list: [1]\n"
                                 "        kv-offloading: dram\n"
                                 "        kv-offload-backend: { name: x }\n"
                                 "        prefill: { num-worker: 1, tp: 3, ep: 1, dp-attn: false }\n"
                                 "        decode: { num-worker: 1, tp: 4, ep: 1, dp-attn: false }\n"
                                 "      - conc-list: [1]\n"
                                 "        kv-offloading: dram\n"
                                 "        kv-offload-backend: { name: x }\n"
                                 "        prefill: { num-worker: 1, tp: 6, ep: 1, dp-attn: false }\n"
                                 "        decode: { num-worker: 1, tp: 4, ep: 1, dp-attn: false }\n";
    require_errors(check_config(head("replicas", "cluster:gb200-lab", true, replicas)),
                   {"master.yaml:16:18: error: prefill worker tp*pp*pcp-size=3 does not divide gpus-per-node=4 of "
                    "runner 'cluster:gb200-lab' evenly",
                    "master.yaml:21:18: error: prefill worker tp*pp*pcp-size=6 spans several nodes but is not a "
                    "multiple of gpus-per-node=4"});
}

TEST_CASE("2026-08: an empty conc-list beside a range is refused in fixed rows", "[editions]") {
    // The generator's test-config ran nothing for such a row while full-sweep ran the range.
    const std::string rows = "  scenarios:\n"
                             "    fixed-seq-len:\n"
                             "    - isl: 1024\n"
                             "      osl: 1024\n"
                             "      search-space:\n"
                             "      - { tp: 4, conc-list: [], conc-start: 4, conc-end: 8 }\n"
                             "      - { tp: 4, conc-list: null, conc-start: 4, conc-end: 8 }\n";
    require_errors(check_config(head("empty-list", "h100", false, rows)),
                   {"master.yaml:14:29: error: empty 'conc-list' beside 'conc-start'/'conc-end': the suite's "
                    "generator runs the range in full-sweep but nothing in test-config",
                    "master.yaml:15:29: error: field 'conc-list' in search-space row must be a list, got nothing (null)"});

    // An agentic row means its range in both modes.
    const std::string agentic = "  scenarios:\n"
                                "    agentic-coding:\n"
                                "    - search-space:\n"
                                "      - { tp: 4, kv-offloading: none, conc-list: [], conc-start: 1, conc-end: 4 }\n";
    CommandResult ok = check_config(head("agentic-list", "cluster:h100-lab", false, agentic), {"--no-evals"});
    INFO(ok.err);
    REQUIRE(ok.exit_code == 0);
    CHECK(nlohmann::ordered_json::parse(ok.out).size() == 3);
}

TEST_CASE("2026-08: the runners file has labels and optional hardware", "[editions]") {
    TempDir dir;
    write_file(dir / "master.yaml", read_file(edition_2026_08_fixture() / "master.yaml"));
    write_file(dir / "runners.yaml", "labels:\n"
                                     "  h100: []\n"
                                     "  gb200: [gb200_0]\n"
                                     "hardware:\n"
                                     "  cluster:h100-lab: { available-cpu-dram-mib: 0, gpus-per-node: 8, cores: 64 }\n"
                                     "nodes: {}\n");
    CommandResult result = run_sweepc({"matrix", "full-sweep", "--config-files", "master.yaml", "--runner-config",
                                       "runners.yaml"},
                                      dir.path());
    require_errors(result, {"runners.yaml:2:9: error: field 'h100' in labels must not be empty",
                            "runners.yaml:5:47: error: field 'available-cpu-dram-mib' in hardware entry must be at "
                            "least 1, got 0",
                            "runners.yaml:5:68: error: unknown field 'cores' in hardware entry; allowed: "
                            "available-cpu-dram-mib, gpus-per-node",
                            "runners.yaml:6:1: error: unknown field 'nodes' in runners file; allowed: labels, hardware"});
}
