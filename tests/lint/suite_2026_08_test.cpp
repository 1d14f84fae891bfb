// `sweepc check` on a suite of the 2026-08 edition (tests/fixtures/config/suite08): benchmark
// scripts resolved as the 2026-08 launchers build them, and multi-node runs checked against the
// srt-slurm recipes they submit.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "lint/config_lint_test_support.h"

using namespace sweepc::test;
namespace fs = std::filesystem;

namespace {

constexpr const char* fixed_dir = "benchmarks/single_node/fixed_seq_len/";
constexpr const char* recipe = "benchmarks/multi_node/srt-slurm-recipes/sglang/toy/disagg-1p2d.yaml";

}  // namespace

TEST_CASE("2026-08 check: the fixture suite has no findings, and scripts are resolved", "[config-lint][suite08]") {
    ConfigSuite suite("suite08");
    CommandResult result = suite.check({"--format", "json"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    auto findings = nlohmann::json::parse(result.out);
    // The one recipe only the srt-slurm checkout holds is a note, never an error.
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].at("rule") == "config/missing-recipe");
    CHECK(findings[0].at("severity") == "note");
    CHECK_THAT(findings[0].at("message").get<std::string>(), Catch::Contains("recipes/sglang/toy-upstream/"));
    CHECK_THAT(result.err, !Catch::Contains("does not resolve yet"));
    // 5 launchers, 3 single-node scripts, the mi355x wrapper.
    CHECK_THAT(suite.check().err, Catch::Contains("and 9 script(s)"));
}

TEST_CASE("2026-08 resolution: the framework-tagged name first, then its fallback", "[config-lint][suite08]") {
    ConfigSuite suite("suite08");
    SECTION("the tagged script is the one run: it reads EP_SIZE, the fallback does not") {
        CHECK(findings_of(suite.findings(), "config/ignored-setting").empty());
    }
    SECTION("without the tagged script the fallback runs, and ignores ep") {
        suite.remove(std::string(fixed_dir) + "toy_fp8_b200_sglang.sh");
        auto finding = only_finding(suite.findings(), "config/ignored-setting", toy_master, 18, 18);
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("benchmarks/single_node/fixed_seq_len/toy_fp8_b200.sh never reads EP_SIZE"));
    }
    SECTION("with neither, the fallback is the missing script, after the tagged one was tried") {
        suite.remove(std::string(fixed_dir) + "toy_fp8_b200_sglang.sh");
        suite.remove(std::string(fixed_dir) + "toy_fp8_b200.sh");
        auto findings = findings_of(suite.findings(), "config/missing-script");
        // Both b200 launchers (cw, nb) resolve alike: one finding.
        REQUIRE(findings.size() == 1);
        std::string message = findings[0].at("message");
        CHECK(findings[0].at("line") == 5);
        CHECK_THAT(message, Catch::Contains("runs benchmarks/single_node/fixed_seq_len/toy_fp8_b200.sh") &&
                                Catch::Contains("after benchmarks/single_node/fixed_seq_len/toy_fp8_b200_sglang.sh "
                                                "was not found") &&
                                Catch::Contains("runners/launch_b200-cw.sh"));
    }
}

TEST_CASE("2026-08 resolution: per-launcher rules and scenario folders", "[config-lint][suite08]") {
    ConfigSuite suite("suite08");
    SECTION("h200-cw builds only the historical name, whatever tagged script exists") {
        std::filesystem::rename(suite.path() / fixed_dir / "toy_fp8_h200.sh",
                                suite.path() / fixed_dir / "toy_fp8_h200_sglang.sh");
        auto finding = only_finding(suite.findings(), "config/missing-script", toy_master, 21, 1);
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("toy_fp8_h200.sh (single-node on h200 by runners/launch_h200-cw.sh)") &&
                       Catch::Contains("similar name exists"));
    }
    SECTION("one label, two launchers that resolve differently: each is judged") {
        // b200-cw and b200-nb run the tagged script, which reads EP_SIZE; a node of another launcher
        // under the same label runs what that launcher builds (here h200-cw: toy_fp8_h200.sh).
        suite.replace(toy_runners, "    - b200-nb_0\n", "    - b200-nb_0\n    - h200-cw_1\n");
        auto finding = only_finding(suite.findings(), "config/ignored-setting", toy_master, 18, 18);
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("fixed_seq_len/toy_fp8_h200.sh never reads EP_SIZE"));
    }
    SECTION("agentic runs use the agentic/ folder") {
        suite.remove("benchmarks/single_node/agentic/toy_fp8_b200_sglang.sh");
        auto finding = only_finding(suite.findings(), "config/missing-script", toy_master, 37, 1);
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("benchmarks/single_node/agentic/toy_fp8_b200.sh"));
    }
    SECTION("a disaggregated mi355x run uses its in-repo wrapper") {
        suite.remove("benchmarks/multi_node/toy_fp8_mi355x_sglang-disagg.sh");
        auto finding = only_finding(suite.findings(), "config/missing-script", toy_master, 52, 1);
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("benchmarks/multi_node/toy_fp8_mi355x_sglang-disagg.sh (multi-node on mi355x"));
    }
    SECTION("a launcher no convention covers is a note, not a finding") {
        suite.replace(toy_runners, "    - h200-cw_0\n", "    - h200-zz_0\n");
        std::ofstream(suite.path() / "runners/launch_h200-zz.sh") << "#!/usr/bin/env bash\n";
        auto findings = suite.findings();
        CHECK(findings_of(findings, "config/missing-script").size() == 1);
        CHECK(findings_of(findings, "config/missing-script")[0].at("severity") == "note");
        CHECK_THAT(findings_of(findings, "config/missing-script")[0].at("message").get<std::string>(),
                   Catch::Contains("launcher 'h200-zz'"));
    }
}

TEST_CASE("config/missing-recipe: srt-slurm runs without a recipe, or naming a missing in-repo one",
          "[config-lint][suite08]") {
    ConfigSuite suite("suite08");
    SECTION("no CONFIG_FILE in either worker: one error for the config") {
        suite.replace(toy_master, "          - \"CONFIG_FILE=recipes/sglang/toy/disagg-1p2d.yaml\"\n", "");
        suite.replace(toy_master, "          additional-settings:\n        decode:", "        decode:");
        auto findings = findings_of(suite.findings(), "config/missing-recipe");
        REQUIRE(findings.size() == 2);  // and the note on the upstream-only recipe of the other row
        const auto& finding = findings[0];
        CHECK(finding.at("severity") == "error");
        CHECK(finding.at("line") == 88);
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("neither worker's additional-settings sets CONFIG_FILE") &&
                       Catch::Contains("runners/launch_gb300-nv.sh"));
    }
    SECTION("a path under the suite's recipe folder that does not exist is an error") {
        suite.replace(toy_master, "CONFIG_FILE=recipes/sglang/toy/disagg-1p2d.yaml",
                      "CONFIG_FILE=benchmarks/multi_node/srt-slurm-recipes/sglang/toy/disagg-1p3d.yaml");
        auto findings = findings_of(suite.findings(), "config/missing-recipe");
        REQUIRE(findings.size() == 2);  // the error, and the note on the upstream-only recipe
        CHECK(findings[0].at("severity") == "error");
        CHECK(findings[0].at("line") == 95);
        CHECK_THAT(findings[0].at("message").get<std::string>(), Catch::Contains("disagg-1p3d.yaml, which does not exist"));
    }
    SECTION("recipes/ paths the suite does not keep are one note, whatever their number") {
        suite.replace(toy_master, "recipes/sglang/toy/disagg-1p2d.yaml", "recipes/sglang/toy-upstream/disagg-1p2d.yaml");
        auto findings = findings_of(suite.findings(), "config/missing-recipe");
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].at("severity") == "note");
        CHECK_THAT(findings[0].at("message").get<std::string>(), Catch::StartsWith("2 recipe file(s)"));
    }
    SECTION("a run of a launcher with an in-repo wrapper needs no recipe") {
        // The mi355x disaggregated config has no CONFIG_FILE and is not reported.
        CHECK(findings_of(suite.findings(), "config/missing-recipe").size() == 1);
    }
}

TEST_CASE("config/recipe-mismatch: the row and the in-repo recipe it submits disagree", "[config-lint][suite08]") {
    ConfigSuite suite("suite08");
    SECTION("worker counts") {
        suite.replace(recipe, "decode_workers: 2", "decode_workers: 3");
        auto finding = only_finding(suite.findings(), "config/recipe-mismatch", toy_master, 97, 11);
        CHECK(finding.at("severity") == "error");
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("says num-worker 2") && Catch::Contains("resources.decode_workers: 3 (line 11)"));
    }
    SECTION("tp, ep and dp-attn of an SGLang worker") {
        suite.replace(recipe, "      expert-parallel-size: 4\n      enable-dp-attention: true",
                      "      expert-parallel-size: 2\n      enable-dp-attention: false");
        auto findings = findings_of(suite.findings(), "config/recipe-mismatch");
        REQUIRE(findings.size() == 2);
        CHECK_THAT(findings[0].at("message").get<std::string>(),
                   Catch::Contains("says ep 4") && Catch::Contains("backend.sglang_config.prefill.expert-parallel-size: 2"));
        CHECK_THAT(findings[1].at("message").get<std::string>(), Catch::Contains("says dp-attn true"));
    }
    SECTION("a concurrency the recipe never runs; tracking one of its concurrencies is fine") {
        suite.replace(toy_master, "conc-list: [128]", "conc-list: [128, 512]");
        auto finding = only_finding(suite.findings(), "config/recipe-mismatch", toy_master, 88, 9);
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("concurrency 512, which the recipe never runs"));
    }
    SECTION("sequence lengths") {
        suite.replace(recipe, "isl: 8192", "isl: 1024");
        auto finding = only_finding(suite.findings(), "config/recipe-mismatch", toy_master, 88, 9);
        CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("benchmark.isl: 1024"));
    }
    SECTION("a recipe with variants is not judged, nor is a vLLM worker's tp") {
        suite.replace(recipe, "decode_workers: 2", "decode_workers: 3");
        suite.replace(recipe, "name: \"disagg-1p2d\"", "name: \"disagg-1p2d\"\nzip_override_lowlat:\n  resources: {}");
        CHECK(findings_of(suite.findings(), "config/recipe-mismatch").empty());
    }
}

TEST_CASE("config/unknown-runner: the fix never moves a config to another GPU", "[config-lint][suite08]") {
    ConfigSuite suite("suite08");
    SECTION("an unscoped name of a listed cluster label: use the label") {
        suite.replace(toy_master, "  runner: gb300\n", "  runner: gb300-nv\n");
        auto finding = only_finding(suite.findings(), "config/unknown-runner", toy_master, 76, 3);
        CHECK(finding.at("fix") == "runner: cluster:gb300-nv");
        CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("is not a runner label"));
    }
    SECTION("a fleet with a launcher but no nodes in runners.yaml: list it, no fix") {
        suite.replace(toy_master, "  runner: h200\n", "  runner: cluster:h200-lab\n");
        std::ofstream(suite.path() / "runners/launch_h200-lab.sh") << "#!/usr/bin/env bash\n";
        auto finding = only_finding(suite.findings(), "config/unknown-runner", toy_master, 25, 3);
        CHECK_FALSE(finding.contains("fix"));
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("runners/launch_h200-lab.sh exists") &&
                       Catch::Contains("add 'cluster:h200-lab' to configs/runners.yaml"));
    }
    SECTION("a typo suggests only labels of the same GPU") {
        suite.replace(toy_master, "  runner: h200\n", "  runner: cluster:b200-lap\n");
        auto finding = only_finding(suite.findings(), "config/unknown-runner", toy_master, 25, 3);
        CHECK(finding.at("fix") == "runner: cluster:b200-lab");
    }
}

TEST_CASE("config/missing-launcher: says whether any config runs on the node's labels", "[config-lint][suite08]") {
    ConfigSuite suite("suite08");
    suite.replace(toy_runners, "hardware:", "  cluster:b300-cw:\n    - b300-cw_0\nhardware:");
    auto finding = only_finding(suite.findings(), "config/missing-launcher", toy_runners, 16, 7);
    CHECK_THAT(finding.at("message").get<std::string>(),
               Catch::Contains("no config runs on 'cluster:b300-cw' yet, but every job sent there will fail"));
}
