// Each config rule on both sides: the bad form is flagged at its line and column, the safe form
// (the fixture suite as checked in, or a variant noted in the test) is not.
#include "lint/config_lint_test_support.h"

using sweepc::test::ConfigSuite;
using sweepc::test::demo_master;
using sweepc::test::demo_runners;
using sweepc::test::findings_of;
using sweepc::test::only_finding;

TEST_CASE("config rules: the fixture suite has no findings at all", "[config-lint]") {
    ConfigSuite suite;
    auto result = suite.check({"--strict", "--format", "json"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(nlohmann::json::parse(result.out).empty());
}

TEST_CASE("config/unknown-runner: a runner type missing from runners.yaml", "[config-lint]") {
    ConfigSuite suite;
    suite.replace(demo_master, "runner: h200", "runner: h20");
    auto findings = suite.findings();
    auto finding = only_finding(findings, "config/unknown-runner", demo_master, 22, 3);
    CHECK(finding.at("severity") == "error");
    CHECK(finding.at("end_column") == 14);
    CHECK(finding.at("fix") == "runner: h200");
    CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("did you mean 'h200'?"));
    // The symptoms of the typo are not reported as findings of their own.
    CHECK(findings_of(findings, "config/naming").empty());
    CHECK(findings_of(findings, "config/missing-script").empty());
}

TEST_CASE("config/missing-script: the resolved script does not exist", "[config-lint]") {
    ConfigSuite suite;
    SECTION("a config's script, reported at the config name with a similar existing name") {
        std::filesystem::rename(suite.path() / "benchmarks/single_node/kimik2.5_fp4_mi355x.sh",
                                suite.path() / "benchmarks/single_node/kimik25_fp4_mi355x.sh");
        auto finding = only_finding(suite.findings(), "config/missing-script", demo_master, 3, 1);
        CHECK(finding.at("severity") == "error");
        std::string message = finding.at("message");
        CHECK_THAT(message, Catch::Contains("benchmarks/single_node/kimik2.5_fp4_mi355x.sh"));
        CHECK_THAT(message, Catch::Contains("similar name exists: benchmarks/single_node/kimik25_fp4_mi355x.sh"));
    }
    SECTION("an _mtp script, reported at the row's spec-decoding that picked it") {
        suite.remove("benchmarks/single_node/dsr1_fp8_h200_mtp.sh");
        auto finding = only_finding(suite.findings(), "config/missing-script", demo_master, 31, 16);
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("benchmarks/single_node/dsr1_fp8_h200_mtp.sh") &&
                       Catch::Contains("spec-decoding mtp"));
    }
    SECTION("without a benchmarks/ folder nothing is judged, and the note says so once") {
        suite.remove("benchmarks");
        auto result = suite.check({"--format", "json"});
        CHECK(result.exit_code == 0);
        CHECK(findings_of(nlohmann::json::parse(result.out), "config/missing-script").empty());
        CHECK_THAT(result.err, Catch::Contains("no benchmarks/ folder"));
    }
}

TEST_CASE("config/ignored-setting: a row setting a variable its script never reads", "[config-lint]") {
    ConfigSuite suite;
    SECTION("ep > 1 with a script that never reads EP_SIZE") {
        suite.replace("benchmarks/single_node/kimik2.5_fp4_mi355x.sh", "\"${EP_SIZE:-0}\" -gt 1", "\"$TP\" -gt 8");
        auto finding = only_finding(suite.findings(), "config/ignored-setting", demo_master, 16, 16);
        CHECK(finding.at("severity") == "warning");
        CHECK(finding.at("end_column") == 21);
        CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("never reads EP_SIZE"));
    }
    SECTION("dp-attn true with a script that never reads DP_ATTENTION") {
        suite.replace("benchmarks/single_node/dsr1_fp8_h200.sh", "EP_SIZE DP_ATTENTION", "EP_SIZE");
        suite.replace("benchmarks/single_node/dsr1_fp8_h200.sh", "\"$DP_ATTENTION\" == \"true\"", "\"$TP\" == 8");
        auto finding = only_finding(suite.findings(), "config/ignored-setting", demo_master, 30, 23);
        CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("DP_ATTENTION"));
    }
    SECTION("spec-decoding that picked the _mtp script counts as used; a script read as ${VAR:-0} too") {
        // The fixture's _mtp script never mentions SPEC_DECODING, and the kimik2.5 script reads
        // EP_SIZE only with a default: both are the safe forms.
        CHECK(findings_of(suite.findings(), "config/ignored-setting").empty());
    }
    SECTION("spec-decoding on a GPU whose script name ignores it is flagged") {
        suite.replace(demo_master, "{ tp: 4, ep: 4, conc-start: 4, conc-end: 64 }",
                      "{ tp: 4, ep: 4, spec-decoding: draft_model, conc-start: 4, conc-end: 64 }");
        auto finding = only_finding(suite.findings(), "config/ignored-setting", demo_master, 16, 23);
        CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("SPEC_DECODING"));
    }
}

TEST_CASE("config/missing-launcher: a runner node without runners/launch_<node>.sh", "[config-lint]") {
    ConfigSuite suite;
    SECTION("flagged at the node in runners.yaml") {
        suite.remove("runners/launch_h200-nb.sh");
        auto finding = only_finding(suite.findings(), "config/missing-launcher", demo_runners, 8, 3);
        CHECK(finding.at("severity") == "error");
        CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("runners/launch_h200-nb.sh"));
    }
    SECTION("one finding per launcher, however many nodes share it") {
        suite.remove("runners/launch_mi355x-amds.sh");
        auto finding = only_finding(suite.findings(), "config/missing-launcher", demo_runners, 2, 3);
        CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("and 1 more node"));
    }
    SECTION("not judged when the suite has no runners/ folder") {
        suite.remove("runners");
        CHECK(findings_of(suite.findings(), "config/missing-launcher").empty());
    }
}

TEST_CASE("config/naming: the name must read model-prefix, precision, gpu, framework", "[config-lint]") {
    ConfigSuite suite;
    SECTION("parts out of order") {
        suite.replace(demo_master, "dsr1-fp8-h200-sglang:", "dsr1-h200-fp8-sglang:");
        auto finding = only_finding(suite.findings(), "config/naming", demo_master, 18, 1);
        CHECK(finding.at("severity") == "warning");
        CHECK(finding.at("fix") == "dsr1-fp8-h200-sglang:");
    }
    SECTION("the suggested name keeps the parts after the framework") {
        suite.replace(demo_master, "dsr1-fp8-h200-sglang:", "dsr1-fp8-b200-sglang-mtp:");
        auto finding = only_finding(suite.findings(), "config/naming", demo_master, 18, 1);
        CHECK(finding.at("fix") == "dsr1-fp8-h200-sglang-mtp:");
    }
    SECTION("a precision outside the known set, and no rename towards the typo") {
        suite.replace(demo_master, "precision: fp8\n  framework: sglang\n", "precision: fp08\n  framework: sglang\n");
        auto finding = only_finding(suite.findings(), "config/naming", demo_master, 23, 3);
        CHECK(finding.at("fix") == "precision: fp8");
    }
    SECTION("extra parts after the framework (-disagg, -mtp) are fine") {
        // dsr1-fp8-mi355x-sglang-disagg has framework sglang-disagg; the fixture is quiet.
        suite.replace(demo_master, "dsr1-fp8-h200-sglang:", "dsr1-fp8-h200-sglang-mtp:");
        CHECK(findings_of(suite.findings(), "config/naming").empty());
    }
}

TEST_CASE("config/duplicate-run: two rows yielding the same job", "[config-lint]") {
    ConfigSuite suite;
    SECTION("overlapping concurrencies of two rows") {
        suite.replace(demo_master, "{ tp: 4, ep: 4, conc-start: 4, conc-end: 64 }", "{ tp: 8, conc-list: [8, 64] }");
        auto finding = only_finding(suite.findings(), "config/duplicate-run", demo_master, 16, 7);
        CHECK(finding.at("severity") == "error");
        CHECK_THAT(finding.at("message").get<std::string>(),
                   Catch::Contains("row at line 15") && Catch::Contains("concurrency 8, 64"));
    }
    SECTION("a concurrency listed twice in one row") {
        suite.replace(demo_master, "{ tp: 4, ep: 4, conc-start: 4, conc-end: 64 }", "{ tp: 4, conc-list: [8, 16, 8] }");
        auto finding = only_finding(suite.findings(), "config/duplicate-run", demo_master, 16, 7);
        CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("more than once"));
    }
    SECTION("adjacent ranges that do not overlap are fine") {
        suite.replace(demo_master, "{ tp: 4, ep: 4, conc-start: 4, conc-end: 64 }",
                      "{ tp: 8, conc-start: 128, conc-end: 256 }");
        CHECK(findings_of(suite.findings(), "config/duplicate-run").empty());
    }
}

TEST_CASE("config/parallelism: ep above tp, tp above one node's GPUs", "[config-lint]") {
    ConfigSuite suite;
    SECTION("ep above tp, with the fix") {
        suite.replace(demo_master, "{ tp: 4, ep: 4,", "{ tp: 4, ep: 8,");
        auto finding = only_finding(suite.findings(), "config/parallelism", demo_master, 16, 16);
        CHECK(finding.at("severity") == "error");
        CHECK(finding.at("fix") == "ep: 4");
    }
    SECTION("tp above the 8 GPUs of an mi355x node") {
        suite.replace(demo_master, "{ tp: 8, conc-start: 4, conc-end: 64 }", "{ tp: 16, conc-start: 4, conc-end: 64 }");
        auto finding = only_finding(suite.findings(), "config/parallelism", demo_master, 15, 9);
        CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("8 GPUs of one mi355x node"));
    }
    SECTION("a multi-node decode worker with ep above tp") {
        suite.replace(demo_master, "        tp: 8\n        ep: 8\n        dp-attn: true",
                      "        tp: 8\n        ep: 16\n        dp-attn: false");
        only_finding(suite.findings(), "config/parallelism", demo_master, 56, 9);
    }
    SECTION("with data-parallel attention the experts spread over the attention replicas too") {
        // tp 1, ep 8, dp-attn: eight attention replicas share eight expert shards (a DEP8 recipe).
        suite.replace(demo_master, "        tp: 8\n        ep: 8\n        dp-attn: true",
                      "        tp: 1\n        ep: 8\n        dp-attn: true");
        CHECK(findings_of(suite.findings(), "config/parallelism").empty());
    }
    SECTION("multi-node workers may span nodes: tp 16 is fine there") {
        suite.replace(demo_master, "        tp: 8\n        ep: 8\n", "        tp: 16\n        ep: 16\n");
        CHECK(findings_of(suite.findings(), "config/parallelism").empty());
    }
}

TEST_CASE("config/unpinned-image: no tag, or a moving tag", "[config-lint]") {
    ConfigSuite suite;
    SECTION("no tag") {
        suite.replace(demo_master, "vllm/vllm-openai-rocm:v0.18.0", "vllm/vllm-openai-rocm");
        auto finding = only_finding(suite.findings(), "config/unpinned-image", demo_master, 4, 3);
        CHECK(finding.at("severity") == "warning");
        CHECK_THAT(finding.at("message").get<std::string>(), Catch::Contains("has no tag"));
    }
    SECTION("latest") {
        suite.replace(demo_master, "vllm/vllm-openai-rocm:v0.18.0", "vllm/vllm-openai-rocm:latest");
        only_finding(suite.findings(), "config/unpinned-image", demo_master, 4, 3);
    }
    SECTION("a registry port is not a tag") {
        suite.replace(demo_master, "vllm/vllm-openai-rocm:v0.18.0", "localhost:5000/vllm-openai-rocm");
        only_finding(suite.findings(), "config/unpinned-image", demo_master, 4, 3);
    }
    SECTION("digests, enroot registry names and dated nightly tags are pinned") {
        suite.replace(demo_master, "vllm/vllm-openai-rocm:v0.18.0",
                      "vllm/vllm-openai-rocm@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        suite.replace(demo_master, "lmsysorg/sglang:v0.5.9-cu129", "nvcr.io#nvidia/sglang:nightly-dev-20260216-d3bae71e");
        CHECK(findings_of(suite.findings(), "config/unpinned-image").empty());
    }
}
