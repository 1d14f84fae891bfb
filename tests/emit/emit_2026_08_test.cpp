// `sweepc emit` of 2026-08 configs: one fixture config per entry kind (single-node/multi-node x
// fixed-seq-len/agentic-coding, with and without evals), the job environment each run script
// exports against the suite's workflow templates, the script or recipe it names, the matrix
// buckets and plan.md.
#include <catch2/catch.hpp>

#include "emit/emit_test_support.h"

using namespace sweepc::test;
using namespace sweepc::test::emit;
namespace fs = std::filesystem;

namespace {

CommandResult emit_2026_08(const fs::path& out, const std::string& master = "2026-08/master.yaml") {
    return emit_fixture({master}, out, {}, "2026-08/runners.yaml");
}

// The environment a generated script has exported when it ends (after `exec`, or after a recipe
// run's `exit 2`): sourced with an EXIT trap, so every run kind can be inspected the same way.
std::map<std::string, std::string> exported_environment(const fs::path& script, const fs::path& cwd) {
    const std::string probe = "trap 'env -0 > \"$0.env\"' EXIT; SUITE_ROOT=/nonexistent-suite-root; . \"$1\"";
    (void)run_program({"env", "-u", "RUNNER_NAME", "bash", "-c", probe, (cwd / "probe").string(), script.string()},
                      cwd);
    const std::string dump = read_file(cwd / "probe.env");
    std::map<std::string, std::string> env;
    std::size_t start = 0;
    while (start < dump.size()) {
        const std::size_t end = dump.find('\0', start);
        const std::string item = dump.substr(start, end - start);
        const std::size_t equals = item.find('=');
        if (equals != std::string::npos) env[item.substr(0, equals)] = item.substr(equals + 1);
        start = end == std::string::npos ? dump.size() : end + 1;
    }
    return env;
}

fs::path script_of(const fs::path& out, const std::string& config, const std::string& id) {
    return out / "runs" / config / (id + ".sh");
}

}  // namespace

TEST_CASE("2026-08 single-node fixed-seq-len scripts export the template's environment, evals included",
          "[emit][editions]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    CommandResult emitted = emit_2026_08(out);
    INFO(emitted.out << emitted.err);
    REQUIRE(emitted.exit_code == 0);

    const fs::path eval_run = script_of(out, "dsx-fp8-b200-vllm", "8k1k_tp8-pp2-dcp4-ep1-dpafalse_spec-none_conc64");
    REQUIRE(fs::exists(eval_run));
    auto env = exported_environment(eval_run, temp.path());
    CHECK(env.at("SCENARIO_TYPE") == "fixed-seq-len");
    CHECK(env.at("SCENARIO_SUBDIR") == "fixed_seq_len/");
    CHECK(env.at("IS_AGENTIC") == "0");
    CHECK(env.at("ISL") == "8192");
    CHECK(env.at("MAX_MODEL_LEN") == "9472");
    CHECK(env.at("TP") == "8");
    CHECK(env.at("PP_SIZE") == "2");
    CHECK(env.at("DCP_SIZE") == "4");
    CHECK(env.at("PCP_SIZE") == "1");
    CHECK(env.at("GPU_COUNT") == "16");
    CHECK(env.at("CONC") == "64");
    CHECK(env.at("RUN_EVAL") == "true");  // the default eval selection: top concurrency at 8k1k
    CHECK(env.at("EVAL_ONLY") == "false");
    CHECK(env.at("ROUTER_METADATA") == "{\n  \"name\": \"toy-router\",\n  \"version\": \"1.0\"\n}");
    CHECK(env.at("KV_OFFLOADING").empty());
    CHECK(env.at("TOTAL_CPU_DRAM_GB") == "0");
    CHECK(env.at("DURATION") == "3600");
    CHECK(env.at("RECIPE_FINGERPRINT").empty());
    CHECK(env.at("RUNNER_TYPE") == "b200");
    CHECK(env.at("RUNNER_NAME") == "b200");
    CHECK(env.at("RESULT_FILENAME") ==
          "dsx_8k1k_fp8_vllm_tp8-pp2-dcp4-pcp1-ep1-dpafalse_disagg-false_spec-none_conc64_b200");
    CHECK(env.count("IS_MULTINODE") == 0);

    auto no_eval = exported_environment(
        script_of(out, "dsx-fp8-b200-vllm", "8k1k_tp8-pp2-dcp4-ep1-dpafalse_spec-none_conc4"), temp.path());
    CHECK(no_eval.at("RUN_EVAL") == "false");
    auto short_run = exported_environment(script_of(out, "dsx-fp8-b200-vllm", "1k1k_tp4-ep1-dpafalse_spec-mtp_conc8"),
                                          temp.path());
    CHECK(short_run.at("RUN_EVAL") == "false");
    CHECK(short_run.at("SPEC_DECODING") == "mtp");
    CHECK(short_run.at("GPU_COUNT") == "4");

    // b200-dgxc tries the framework-tagged script first, then the plain one, as its launcher does.
    const std::string text = read_file(eval_run);
    CHECK(header_benchmark_script(text) == "benchmarks/single_node/fixed_seq_len/dsx_fp8_b200_vllm.sh");
    CHECK_THAT(text, Catch::Contains("# else, when the one before does not exist: "
                                     "benchmarks/single_node/fixed_seq_len/dsx_fp8_b200.sh\n"));
    const fs::path suite = temp / "suite";
    write_stub_benchmark(suite, "benchmarks/single_node/fixed_seq_len/dsx_fp8_b200.sh");
    CommandResult fallback = run_program({"bash", eval_run.string()}, temp.path(), {"SUITE_ROOT=" + suite.string()});
    CHECK(fallback.exit_code == 0);
    CHECK(parse_environment(fallback.out).at("PWD") == suite.string());
    write_file(suite / "benchmarks/single_node/fixed_seq_len/dsx_fp8_b200_vllm.sh", "echo tagged\n");
    CommandResult tagged = run_program({"bash", eval_run.string()}, temp.path(), {"SUITE_ROOT=" + suite.string()});
    CHECK(tagged.out == "tagged\n");
}

TEST_CASE("2026-08 single-node agentic-coding scripts export the agentic environment", "[emit][editions]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_2026_08(out).exit_code == 0);
    const fs::path script =
        script_of(out, "dsx-fp8-mi355x-sglang-agentic", "agentic_kv-dram_tp8-ep1-dpafalse_spec-none_conc16");
    REQUIRE(fs::exists(script));
    auto env = exported_environment(script, temp.path());
    CHECK(env.at("SCENARIO_TYPE") == "agentic-coding");
    CHECK(env.at("SCENARIO_SUBDIR") == "agentic/");
    CHECK(env.at("IS_AGENTIC") == "1");
    CHECK(env.at("ISL") == "0");
    CHECK(env.at("OSL") == "0");
    CHECK(env.at("MAX_MODEL_LEN") == "0");
    CHECK(env.at("DISAGG") == "false");
    CHECK(env.at("KV_OFFLOADING") == "dram");
    CHECK(env.at("KV_OFFLOAD_BACKEND") == "lmcache");
    CHECK(env.at("KV_OFFLOAD_BACKEND_METADATA") == "{\n  \"name\": \"lmcache\",\n  \"version\": \"0.3\"\n}");
    CHECK(env.at("ROUTER_METADATA").empty());
    CHECK(env.at("TOTAL_CPU_DRAM_GB") == "1048");
    CHECK(env.at("DURATION") == "3600");
    CHECK(env.at("CONC") == "16");
    CHECK(env.at("RUN_EVAL") == "false");  // agentic evals are opt-in
    CHECK(env.at("EXP_NAME") == "dsx_tp8_conc16_kvdram-lmcache");
    CHECK(env.at("RUNNER_NAME") == "cluster:mi355x-amds");
    CHECK(env.at("RESULT_FILENAME") == "dsx_tp8_conc16_kvdram-lmcache_fp8_sglang_tp8-pp1-dcp1-pcp1-ep1-dpafalse_disagg-"
                                       "false_spec-none_conc16_cluster:mi355x-amds");
    const std::string text = read_file(script);
    CHECK(header_benchmark_script(text) == "benchmarks/single_node/agentic/dsx_fp8_mi355x_sglang.sh");
    CHECK_THAT(text, Catch::Contains("# else, when the one before does not exist: "
                                     "benchmarks/single_node/agentic/dsx_fp8_mi355x.sh\n"));
}

TEST_CASE("2026-08 multi-node fixed-seq-len scripts export workers, settings and the eval concurrency, and name "
          "their recipe",
          "[emit][editions]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_2026_08(out).exit_code == 0);
    const fs::path script =
        script_of(out, "dsxbig-fp4-gb200-dynamo-sglang",
                  "8k1k_prefill-n1-tp4-ep4-dpatrue_decode-n2-tp8-pp2-ep8-dpafalse_spec-mtp_conc8-32-128");
    REQUIRE(fs::exists(script));
    const std::string text = read_file(script);
    CHECK(header_benchmark_script(text) == "none; the run submits an srt-slurm recipe (CONFIG_FILE)");
    CHECK(header_field(text, "srt-slurm recipe") ==
          "CONFIG_FILE=recipes/sglang/dsx/disagg-1p2d.yaml (benchmarks/multi_node/srt-slurm-recipes/sglang/dsx/"
          "disagg-1p2d.yaml when the suite holds it, else the srt-slurm checkout the launcher pins)");
    CommandResult run = run_program({"bash", script.string()}, temp.path());
    CHECK(run.exit_code == 2);

    auto env = exported_environment(script, temp.path());
    CHECK(env.at("IS_MULTINODE") == "true");
    CHECK(env.at("CONFIG_FILE") == "recipes/sglang/dsx/disagg-1p2d.yaml");
    CHECK(env.at("SCENARIO_SUBDIR") == "fixed_seq_len/");
    CHECK(env.at("IS_AGENTIC") == "0");
    CHECK(env.at("CONC_LIST") == "8 32 128");
    CHECK(env.at("CONC").empty());
    CHECK(env.at("RUN_EVAL") == "true");
    CHECK(env.at("EVAL_CONC") == "128");
    CHECK(env.at("PREFILL_NUM_WORKERS") == "1");
    CHECK(env.at("PREFILL_PP_SIZE") == "1");
    CHECK(env.at("DECODE_NUM_WORKERS") == "2");
    CHECK(env.at("DECODE_PP_SIZE") == "2");
    CHECK(env.at("DECODE_DP_ATTN") == "false");
    CHECK(env.at("DISAGG") == "true");
    CHECK(env.at("KV_P2P_TRANSFER") == "nixl");
    CHECK(env.at("TOTAL_CPU_DRAM_GB") == "600");
    CHECK(env.at("PREFILL_HARDWARE").empty());
    CHECK(env.at("RESULT_FILENAME") ==
          "dsxbig_8k1k_fp4_dynamo-sglang_prefill-tp4-pp1-dcp1-pcp1-ep4-dptrue-nw1_decode-tp8-pp2-dcp1-pcp1-ep8-"
          "dpfalse-nw2_disagg-true_spec-mtp_conc8x32x128_gb200");
    CHECK(env.count("PREFILL_ADDITIONAL_SETTINGS") == 0);  // 2026-03's name; 2026-08 exports the items
    CHECK(env.count("GPU_COUNT") == 0);
}

TEST_CASE("2026-08 multi-node agentic-coding scripts export one concurrency and every worker setting as written",
          "[emit][editions]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_2026_08(out).exit_code == 0);
    const fs::path script =
        script_of(out, "dsxbig-fp4-mi355x-sglang-disagg-agentic",
                  "agentic_kv-none_prefill-n1-tp8-ep8-dpatrue_decode-n1-tp8-ep8-dpatrue_spec-none_conc32");
    REQUIRE(fs::exists(script));
    const std::string text = read_file(script);
    CHECK(header_benchmark_script(text) == "benchmarks/multi_node/agentic/dsxbig_fp4_mi355x_sglang-disagg.sh");

    const fs::path suite = temp / "suite";
    write_file(suite / "benchmarks/multi_node/agentic/dsxbig_fp4_mi355x_sglang-disagg.sh",
               "env -0 > \"$OLDPWD/run.env\"\n");
    CommandResult run = run_program({"env", "-u", "RUNNER_NAME", "bash", script.string()}, temp.path(),
                                    {"SUITE_ROOT=" + suite.string()});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    auto env = exported_environment(script, temp.path());
    CHECK(env.at("IS_MULTINODE") == "true");
    CHECK(env.at("IS_AGENTIC") == "1");
    CHECK(env.at("SCENARIO_SUBDIR") == "agentic/");
    CHECK(env.at("SCENARIO_TYPE") == "agentic-coding");
    CHECK(env.at("CONC") == "32");
    CHECK(env.at("CONC_LIST") == "32");
    CHECK(env.at("ISL") == "0");
    CHECK(env.at("KV_OFFLOADING") == "none");
    CHECK(env.at("KV_OFFLOAD_BACKEND").empty());
    CHECK(env.at("KV_P2P_TRANSFER") == "mori");
    CHECK(env.at("ROUTER_METADATA") == "{\n  \"name\": \"sgl-router\",\n  \"version\": \"0.2\"\n}");
    CHECK(env.at("RUN_EVAL") == "false");
    CHECK(env.at("EVAL_CONC").empty());
    // Prefill's settings, then decode's: the later SHARED wins, as in the template's `export` line;
    // a value with shell syntax is exported as written and runs nothing.
    CHECK(env.at("SHARED") == "decode");
    CHECK(env.at("PREFILL_ONLY") == "$(touch${IFS}canary)");
    CHECK_FALSE(fs::exists(temp / "canary"));
    CHECK_FALSE(fs::exists(suite / "canary"));
}

TEST_CASE("2026-08 matrices: agentic runs in their own bucket, every run once", "[emit][editions]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_2026_08(out).exit_code == 0);
    const auto index = nlohmann::ordered_json::parse(read_file(out / "matrix" / "index.json"));
    std::vector<std::string> files;
    std::size_t jobs = 0;
    for (const auto& file : index["files"]) {
        files.push_back(file["file"].get<std::string>());
        jobs += file["jobs"].get<std::size_t>();
        const auto matrix = nlohmann::ordered_json::parse(read_file(out / "matrix" / file["file"].get<std::string>()));
        CHECK(matrix.size() == file["jobs"].get<std::size_t>());
        for (const auto& entry : matrix) {
            CHECK(entry.contains("prefill") == (file["node-kind"] == "multi-node"));
            CHECK((entry.value("scenario-type", "") == "agentic-coding") == (file["seq-len"] == "agentic"));
        }
    }
    CHECK(files == std::vector<std::string>{"single-node-1k1k.json", "single-node-8k1k.json",
                                            "single-node-agentic.json", "multi-node-8k1k.json",
                                            "multi-node-agentic.json"});
    CHECK(jobs == nlohmann::ordered_json::parse(read_file(out / "full-sweep.json")).size());
    CHECK(index["total-jobs"] == 11);
}

TEST_CASE("2026-08 plan.md shows scenario types, eval jobs and GPUs per kind", "[emit][editions]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_2026_08(out).exit_code == 0);
    const std::string plan = read_file(out / "plan.md");
    CHECK_THAT(plan, Catch::Contains("4 configs, 11 jobs, 168 GPUs in total"));
    CHECK_THAT(plan, Catch::Contains("| kind | jobs | eval jobs | GPUs |\n|---|---:|---:|---:|\n"
                                     "| single-node fixed-seq-len | 6 | 2 | 84 |\n"
                                     "| single-node agentic-coding | 2 | 0 | 16 |\n"
                                     "| multi-node fixed-seq-len | 1 | 1 | 36 |\n"
                                     "| multi-node agentic-coding | 2 | 0 | 32 |\n"));
    CHECK_THAT(plan, Catch::Contains("| `dsx-fp8-b200-vllm` | single-node | fixed-seq-len | `b200` | `vllm` | "
                                     "`fp8` | 6 | 2 | 84 |"));
    CHECK_THAT(plan, Catch::Contains("| `dsx-fp8-mi355x-sglang-agentic` | single-node | agentic-coding |"));
    // Per row: which concurrencies also run evals.
    CHECK_THAT(plan,
               Catch::Contains("| line 20 | 8 pp2 dcp4 | 1 | no | `none` | 4, 8, 16, 32, 64 | 32, 64 | 5 | 80 |"));
    CHECK_THAT(plan, Catch::Contains("### agentic-coding\n"));
    CHECK_THAT(plan,
               Catch::Contains("| 1 × tp4 ep4 dp-attn | 2 × tp8 pp2 ep8 | `mtp` | 8, 32, 128 | 128 | 1 | 36 |"));
    CHECK_THAT(plan, Catch::Contains("| `dram` | - | 2 | 16 |"));
}

TEST_CASE("2026-08 run scripts pass bash -n and shellcheck, and emit is deterministic", "[emit][editions]") {
    TempDir temp;
    REQUIRE(emit_2026_08(temp / "first").exit_code == 0);
    REQUIRE(emit_2026_08(temp / "second").exit_code == 0);
    CHECK(read_tree(temp / "first") == read_tree(temp / "second"));
    std::vector<std::string> shellcheck{"shellcheck", "--severity=style"};
    for (const fs::path& script : run_scripts(temp / "first")) {
        CommandResult syntax = run_program({"bash", "-n", script.string()}, temp.path());
        INFO(script.string() << "\n" << syntax.err);
        CHECK(syntax.exit_code == 0);
        shellcheck.push_back(script.string());
    }
    CommandResult checked = run_program(shellcheck, temp.path());
    INFO(checked.out << checked.err);
    CHECK(checked.exit_code == 0);
    CHECK(checked.out.empty());
}

TEST_CASE("2026-08 worker settings that an export would split are refused, located", "[emit][editions]") {
    TempDir temp;
    const std::string master = read_file(fixture("2026-08/master.yaml"));
    const std::string bad = std::string(master).replace(master.find("\"SHARED=decode\""), 15, "\"SHARED = decode\"");
    write_file(temp / "bad.yaml", bad);
    CommandResult result = run_sweepc({"emit", "--config-files", (temp / "bad.yaml").string(), "--runner-config",
                                       fixture("2026-08/runners.yaml").string(), "--out", (temp / "out").string()});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("bad.yaml:107:33: error: additional-settings entry 'SHARED = decode' is not "
                                           "NAME=value without whitespace"));
    CHECK_FALSE(fs::exists(temp / "out"));
}
