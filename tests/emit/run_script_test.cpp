// Generated run scripts: the job environment against the matrix entry, RUNNER_NAME and SUITE_ROOT,
// and bash -n / shellcheck cleanliness.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "emit/emit_test_support.h"

using namespace sweepc::test;
using namespace sweepc::test::emit;
namespace fs = std::filesystem;

namespace {

std::string text_of(const nlohmann::ordered_json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    return value.dump();
}

std::string joined(const nlohmann::ordered_json& list, const std::string& separator) {
    std::string out;
    for (const auto& item : list) out += (out.empty() ? "" : separator) + text_of(item);
    return out;
}

// The environment a benchmark job gets for `entry`, as the suite's workflow template sets it.
std::map<std::string, std::string> expected_environment(const nlohmann::ordered_json& entry,
                                                        const std::string& runner_name) {
    std::map<std::string, std::string> env{
        {"EXP_NAME", text_of(entry["exp-name"])},     {"MODEL", text_of(entry["model"])},
        {"MODEL_PREFIX", text_of(entry["model-prefix"])}, {"ISL", text_of(entry["isl"])},
        {"OSL", text_of(entry["osl"])},               {"MAX_MODEL_LEN", text_of(entry["max-model-len"])},
        {"IMAGE", text_of(entry["image"])},           {"FRAMEWORK", text_of(entry["framework"])},
        {"PRECISION", text_of(entry["precision"])},   {"SPEC_DECODING", text_of(entry["spec-decoding"])},
        {"DISAGG", text_of(entry["disagg"])},         {"RUN_EVAL", text_of(entry["run-eval"])},
        {"RANDOM_RANGE_RATIO", "0.8"},                {"RUNNER_TYPE", text_of(entry["runner"])},
        {"RUNNER_NAME", runner_name},
    };
    if (entry.contains("prefill")) {
        for (const char* role : {"prefill", "decode"}) {
            const std::string prefix = role == std::string("prefill") ? "PREFILL" : "DECODE";
            const auto& worker = entry[role];
            env[prefix + "_NUM_WORKERS"] = text_of(worker["num-worker"]);
            env[prefix + "_TP"] = text_of(worker["tp"]);
            env[prefix + "_EP"] = text_of(worker["ep"]);
            env[prefix + "_DP_ATTN"] = text_of(worker["dp-attn"]);
            env[prefix + "_ADDITIONAL_SETTINGS"] =
                worker.contains("additional-settings") ? joined(worker["additional-settings"], " ") : "";
        }
        env["CONC_LIST"] = joined(entry["conc"], " ");
        env["RESULT_FILENAME"] = env["EXP_NAME"] + "_" + env["PRECISION"] + "_" + env["FRAMEWORK"] + "_prefill-n" +
                                 env["PREFILL_NUM_WORKERS"] + "-tp" + env["PREFILL_TP"] + "-ep" + env["PREFILL_EP"] +
                                 "-dpa" + env["PREFILL_DP_ATTN"] + "_decode-n" + env["DECODE_NUM_WORKERS"] + "-tp" +
                                 env["DECODE_TP"] + "-ep" + env["DECODE_EP"] + "-dpa" + env["DECODE_DP_ATTN"] +
                                 "_disagg-" + env["DISAGG"] + "_spec-" + env["SPEC_DECODING"] + "_" + runner_name;
    } else {
        env["TP"] = text_of(entry["tp"]);
        env["EP_SIZE"] = text_of(entry["ep"]);
        env["DP_ATTENTION"] = text_of(entry["dp-attn"]);
        env["CONC"] = text_of(entry["conc"]);
        // The template's formula, from ../shared/inferencex/README.md.
        env["RESULT_FILENAME"] = env["EXP_NAME"] + "_" + env["PRECISION"] + "_" + env["FRAMEWORK"] + "_tp" +
                                 env["TP"] + "-ep" + env["EP_SIZE"] + "-dpa" + env["DP_ATTENTION"] + "_disagg-" +
                                 env["DISAGG"] + "_spec-" + env["SPEC_DECODING"] + "_conc" + env["CONC"] + "_" +
                                 runner_name;
    }
    return env;
}

// Runs `script` from `cwd` with RUNNER_NAME removed from the environment (or set to `runner_name`).
CommandResult run_script(const fs::path& script, const fs::path& cwd, const std::vector<std::string>& env,
                         const std::string& runner_name = "") {
    if (runner_name.empty()) return run_program({"env", "-u", "RUNNER_NAME", "bash", script.string()}, cwd, env);
    return run_program({"env", "RUNNER_NAME=" + runner_name, "bash", script.string()}, cwd, env);
}

}  // namespace

TEST_CASE("each run script exports exactly the job environment of its matrix entry", "[emit]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_fixture({"small.yaml"}, out).exit_code == 0);
    const fs::path suite = temp / "suite";
    const fs::path elsewhere = temp / "elsewhere";
    fs::create_directories(elsewhere);

    std::vector<std::string> header_entries;
    for (const fs::path& script : run_scripts(out)) {
        const std::string text = read_file(script);
        const nlohmann::ordered_json entry = header_matrix_entry(text);
        header_entries.push_back(entry.dump());
        // A run that submits an srt-slurm recipe has no benchmark script to stand in for it.
        if (header_benchmark_script(text).starts_with("none; the run submits an srt-slurm recipe")) {
            CommandResult recipe = run_script(script, elsewhere, {"SUITE_ROOT=" + suite.string()});
            CHECK(recipe.exit_code == 2);
            CHECK(recipe.err.find("submits the srt-slurm recipe") != std::string::npos);
            continue;
        }
        write_stub_benchmark(suite, header_benchmark_script(text));

        // SUITE_ROOT names the suite; the script runs from any folder.
        CommandResult result = run_script(script, elsewhere, {"SUITE_ROOT=" + suite.string()});
        INFO(script.string() << "\n" << result.err);
        REQUIRE(result.exit_code == 0);
        auto env = parse_environment(result.out);
        CHECK(env.at("PWD") == suite.string());
        env.erase("PWD");
        CHECK(env == expected_environment(entry, text_of(entry["runner"])));

        // RUNNER_NAME comes from the environment when set: the node the job landed on.
        CommandResult on_node = run_script(script, elsewhere, {"SUITE_ROOT=" + suite.string()}, "mi355x-amds_3");
        REQUIRE(on_node.exit_code == 0);
        auto node_env = parse_environment(on_node.out);
        CHECK(node_env.at("RUNNER_NAME") == "mi355x-amds_3");
        node_env.erase("PWD");
        CHECK(node_env == expected_environment(entry, "mi355x-amds_3"));
    }

    // The scripts stand for exactly the runs of the plan, once each.
    std::vector<std::string> planned;
    for (const auto& entry : nlohmann::ordered_json::parse(read_file(out / "full-sweep.json"))) {
        planned.push_back(entry.dump());
    }
    std::sort(header_entries.begin(), header_entries.end());
    std::sort(planned.begin(), planned.end());
    CHECK(header_entries == planned);
}

TEST_CASE("a run script runs from the current folder and says when the benchmark script is missing", "[emit]") {
    TempDir temp;
    REQUIRE(emit_fixture({"small.yaml"}, temp / "generated").exit_code == 0);
    const fs::path script =
        temp / "generated" / "runs" / "small-fp4-mi355x-vllm" / "2048_512_tp2-ep1-dpafalse_spec-mtp_conc32.sh";
    const std::string text = read_file(script);
    CHECK(header_field(text, "config").find("small.yaml:3 small-fp4-mi355x-vllm") != std::string::npos);
    CHECK(header_field(text, "search-space row").find("small.yaml:21") != std::string::npos);
    CHECK(header_benchmark_script(text) == "benchmarks/single_node/kimik2.5_fp4_mi355x_mtp.sh");
    CHECK(text.find("set -euo pipefail\n") != std::string::npos);

    const fs::path suite = temp / "suite";
    fs::create_directories(suite);
    CommandResult missing = run_script(script, suite, {});
    CHECK(missing.exit_code == 127);
    CHECK(missing.err.find("benchmark script not found: " + suite.string() +
                           "/benchmarks/single_node/kimik2.5_fp4_mi355x_mtp.sh") != std::string::npos);

    write_stub_benchmark(suite, "benchmarks/single_node/kimik2.5_fp4_mi355x_mtp.sh");
    CommandResult found = run_script(script, suite, {});
    CHECK(found.exit_code == 0);
    CHECK(parse_environment(found.out).at("CONC") == "32");
}

TEST_CASE("generated scripts pass bash -n and shellcheck with no findings", "[emit]") {
    TempDir temp;
    REQUIRE(emit_fixture({"small.yaml", "hostile.yaml"}, temp / "fixtures").exit_code == 0);
    for (const fs::path& folder : {temp / "fixtures", source_dir() / "generated"}) {
        const std::vector<fs::path> scripts = run_scripts(folder);
        REQUIRE_FALSE(scripts.empty());
        std::vector<std::string> shellcheck{"shellcheck", "--severity=style"};
        for (const fs::path& script : scripts) {
            CommandResult syntax = run_program({"bash", "-n", script.string()}, temp.path());
            INFO(script.string() << "\n" << syntax.err);
            CHECK(syntax.exit_code == 0);
            CHECK(fs::status(script).permissions() == fs::perms(0755));
            shellcheck.push_back(script.string());
        }
        CommandResult checked = run_program(shellcheck, temp.path());
        INFO(checked.out << checked.err);
        CHECK(checked.exit_code == 0);
        CHECK(checked.out.empty());
    }
}
