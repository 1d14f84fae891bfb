// Paths built from config values stay inside the suite root and the output folder in every command;
// any config `matrix` accepts gets file names; config files are read once each.
#include <filesystem>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "emit/file_name.h"
#include "emit/emit_test_support.h"
#include "hardening/bounded_run.h"

using namespace sweepc::test;
using namespace sweepc::test::emit;
namespace fs = std::filesystem;

namespace {

std::string single_node_entry(const std::string& key, const std::string& model_prefix, const std::string& framework,
                              const std::string& runner = "mi355x") {
    return "\"" + key + "\":\n  image: vllm/vllm-openai-rocm:v0.18.0\n  model: amd/Kimi-K2.5-MXFP4\n" +
           "  model-prefix: \"" + model_prefix + "\"\n  runner: " + runner + "\n  precision: fp4\n" +
           "  framework: \"" + framework + "\"\n  multinode: false\n  seq-len-configs:\n" +
           "  - { isl: 1024, osl: 1024, search-space: [ { tp: 8, conc-list: [4] } ] }\n";
}

const char* const runners = "mi355x:\n- mi355x-amds_0\nh100:\n- h100-cw_0\ngb200:\n- gb200-nv_0\n";

}  // namespace

TEST_CASE("check never reads a benchmark script outside the suite root", "[hardening]") {
    TempDir temp;
    const fs::path suite = temp / "suite";
    // A script outside the root, where "benchmarks/single_node/../../../outside/x_fp4_mi355x.sh" leads, with
    // a line a shell rule would quote.
    write_file(temp / "outside" / "x_fp4_mi355x.sh", "#!/usr/bin/env bash\nif [ $SECRET_CANARY -gt 1 ]; then :; fi\n");
    write_file(suite / "benchmarks" / "single_node" / "ok_fp4_mi355x.sh", "#!/usr/bin/env bash\ntrue\n");
    write_file(suite / "master.yaml", single_node_entry("escape-fp4-mi355x-vllm", "../../../outside/x", "vllm"));
    write_file(suite / "runners.yaml", runners);
    BoundedResult result = run_sweepc_bounded(
        {"check", "--config-files", "master.yaml", "--runner-config", "runners.yaml", "--suite-root", "."}, suite);
    INFO(result.out << result.err);
    REQUIRE_FALSE(result.blocked);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("master.yaml:4:3: error: the benchmark script of 'escape-fp4-mi355x-vllm' "
                                           "resolves to 'benchmarks/single_node/../../../outside/x_fp4_mi355x.sh', "
                                           "outside the suite root"));
    CHECK(result.out.find("SECRET_CANARY") == std::string::npos);
    CHECK(result.err.find("SECRET_CANARY") == std::string::npos);

    // A link inside the suite that leads out of it is outside too.
    fs::remove_all(suite / "benchmarks" / "single_node");
    fs::create_directory_symlink(temp / "outside", suite / "benchmarks" / "single_node");
    write_file(suite / "master.yaml", single_node_entry("x-fp4-mi355x-vllm", "x", "vllm"));
    BoundedResult linked = run_sweepc_bounded(
        {"check", "--config-files", "master.yaml", "--runner-config", "runners.yaml", "--suite-root", "."}, suite);
    INFO(linked.out << linked.err);
    CHECK(linked.out.find("SECRET_CANARY") == std::string::npos);
}

TEST_CASE("emit refuses a value that would make a file name name another folder", "[hardening]") {
    TempDir temp;
    // h100 scripts do not use framework, but RESULT_FILENAME does.
    write_file(temp / "master.yaml", single_node_entry("f-fp4-h100-vllm", "f", "../..", "h100"));
    write_file(temp / "runners.yaml", runners);
    BoundedResult result = run_sweepc_bounded(
        {"emit", "--config-files", "master.yaml", "--runner-config", "runners.yaml", "--out", "generated"}, temp.path());
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("master.yaml:7:14: error: framework '../..' contains '/'"));
    CHECK_FALSE(fs::exists(temp / "generated"));
}

TEST_CASE("every config matrix accepts can be emitted: long names are shortened, names never shared",
          "[hardening]") {
    TempDir temp;
    const std::string long_key = std::string(300, 'k') + "-fp4-mi355x-vllm";
    std::string conc_list;
    for (int conc = 1; conc <= 60; ++conc) conc_list += (conc == 1 ? "" : ", ") + std::to_string(conc * 1000);
    std::string master = single_node_entry(long_key, "kimik2.5", "vllm") +
                         single_node_entry("Case-fp4-mi355x-vllm", "kimik2.5", "vllm") +
                         single_node_entry("case-fp4-mi355x-vllm", "kimik2.5", "vllm") +
                         single_node_entry("case-fp4-mi355x-vllm-2", "kimik2.5", "vllm") +
                         single_node_entry("slash-fp4-mi355x-vllm\\\\", "kimik2.5", "vllm\\\\") +
                         "mn-fp4-gb200-dynamo-sglang:\n  image: i\n  model: m\n  model-prefix: mn\n  runner: gb200\n"
                         "  precision: fp4\n  framework: dynamo-sglang\n  multinode: true\n  seq-len-configs:\n"
                         "  - isl: 1024\n    osl: 1024\n    search-space:\n    - conc-list: [" +
                         conc_list +
                         "]\n      prefill: { num-worker: 1, tp: 4, ep: 4, dp-attn: true }\n"
                         "      decode: { num-worker: 1, tp: 8, ep: 8, dp-attn: true }\n";
    write_file(temp / "master.yaml", master);
    write_file(temp / "runners.yaml", runners);
    BoundedResult matrix = run_sweepc_bounded(
        {"matrix", "full-sweep", "--config-files", "master.yaml", "--runner-config", "runners.yaml"}, temp.path());
    REQUIRE(matrix.exit_code == 0);
    BoundedResult result = run_sweepc_bounded(
        {"emit", "--config-files", "master.yaml", "--runner-config", "runners.yaml", "--out", "generated"}, temp.path());
    INFO(result.err);
    REQUIRE(result.exit_code == 0);

    std::set<std::string> folders;
    std::set<std::string> folders_ignoring_case;
    for (const auto& entry : fs::directory_iterator(temp / "generated" / "runs")) {
        const std::string name = entry.path().filename();
        CHECK(name.size() <= sweepc::file_name_max_bytes);
        folders.insert(name);
        std::string lower = name;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        folders_ignoring_case.insert(lower);
    }
    CHECK(folders.size() == 6);
    CHECK(folders_ignoring_case.size() == 6);
    CHECK(folders.contains("Case-fp4-mi355x-vllm"));
    CHECK(folders.contains("case-fp4-mi355x-vllm-2"));    // "case-..." is "Case-..." on macOS and Windows
    CHECK(folders.contains("case-fp4-mi355x-vllm-2-2"));  // and the key "case-...-2" finds its name taken
    CHECK(folders.contains(sweepc::file_name_component(long_key)));
    CHECK(sweepc::file_name_component(long_key).starts_with(std::string(100, 'k')));
    for (const fs::path& script : run_scripts(temp / "generated")) {
        CHECK(script.filename().string().size() <= sweepc::file_name_max_bytes + 3);
    }
    // Shortening is deterministic: the same input gives the same names.
    REQUIRE(run_sweepc_bounded({"emit", "--config-files", "master.yaml", "--runner-config", "runners.yaml", "--out",
                                "generated", "--check"},
                               temp.path())
                .exit_code == 0);
    // A value ending in a backslash still makes a script ShellCheck accepts.
    for (const fs::path& script : run_scripts(temp / "generated")) {
        if (script.string().find("slash") == std::string::npos) continue;
        CommandResult shellcheck = run_program({"shellcheck", "--severity=info", script.string()}, temp.path());
        INFO(read_file(script) << shellcheck.out);
        CHECK(shellcheck.exit_code == 0);
    }
}

TEST_CASE("the same config file given twice is a usage error, however it is spelled", "[hardening]") {
    TempDir temp;
    write_file(temp / "master.yaml", single_node_entry("a-fp4-mi355x-vllm", "a", "vllm"));
    write_file(temp / "runners.yaml", runners);
    fs::create_symlink("master.yaml", temp / "link.yaml");
    for (const std::string second : {"master.yaml", "./master.yaml", "link.yaml"}) {
        BoundedResult result = run_sweepc_bounded({"matrix", "full-sweep", "--config-files", "master.yaml", second,
                                                   "--runner-config", "runners.yaml"},
                                                  temp.path());
        INFO(second << ": " << result.err);
        CHECK(result.exit_code == 2);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::Contains("'" + second + "' is given twice in --config-files"));
    }
}
