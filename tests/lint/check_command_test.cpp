// `sweepc check` as a user runs it: suppression comments in YAML, exit statuses, output formats,
// shell findings in the scripts a config resolves to, and the real InferenceX configs.
#include <set>

#include "lint/config_lint_test_support.h"

using sweepc::test::ConfigSuite;
using sweepc::test::demo_master;
using sweepc::test::findings_of;
using sweepc::test::run_sweepc;
using sweepc::test::shared_inferencex_dir;
using sweepc::test::TempDir;

namespace {

// A suite with one error (ep above tp, line 16) and one warning (unpinned image, line 4).
void break_suite(ConfigSuite& suite) {
    suite.replace(demo_master, "{ tp: 4, ep: 4,", "{ tp: 4, ep: 8,");
    suite.replace(demo_master, "vllm/vllm-openai-rocm:v0.18.0", "vllm/vllm-openai-rocm:latest");
}

std::vector<std::string> real_config_args() {
    auto configs = shared_inferencex_dir() / "configs";
    return {"check",
            "--config-files",
            (configs / "amd-master.yaml").string(),
            (configs / "nvidia-master.yaml").string(),
            "--runner-config",
            (configs / "runners.yaml").string()};
}

}  // namespace

TEST_CASE("check: # sweepc disable=RULE in YAML", "[config-lint]") {
    ConfigSuite suite;
    break_suite(suite);
    SECTION("a trailing comment silences its line only") {
        suite.replace(demo_master, "conc-end: 64 }\n\ndsr1", "conc-end: 64 }  # sweepc disable=config/parallelism\n\ndsr1");
        auto findings = suite.findings();
        CHECK(findings_of(findings, "config/parallelism").empty());
        CHECK(findings_of(findings, "config/unpinned-image").size() == 1);
    }
    SECTION("a comment on the line above") {
        suite.replace(demo_master, "    - { tp: 4, ep: 8,", "    # sweepc disable=config/parallelism (testing EP16)\n    - { tp: 4, ep: 8,");
        CHECK(findings_of(suite.findings(), "config/parallelism").empty());
    }
    SECTION("a comment above a config name covers the whole entry, and several rules") {
        suite.replace(demo_master, "kimik2.5-fp4-mi355x-vllm:",
                      "# sweepc disable=config/unpinned-image, config/parallelism\nkimik2.5-fp4-mi355x-vllm:");
        auto findings = suite.findings();
        CHECK(findings_of(findings, "config/parallelism").empty());
        CHECK(findings_of(findings, "config/unpinned-image").empty());
    }
    SECTION("another rule's id silences nothing") {
        suite.replace(demo_master, "conc-end: 64 }\n\ndsr1", "conc-end: 64 }  # sweepc disable=config/naming\n\ndsr1");
        CHECK(findings_of(suite.findings(), "config/parallelism").size() == 1);
    }
    SECTION("a # inside a quoted value is not a comment") {
        suite.replace(demo_master, "model: amd/Kimi-K2.5-MXFP4", "model: \"amd/Kimi # sweepc disable=all\"");
        CHECK(findings_of(suite.findings(), "config/unpinned-image").size() == 1);
    }
}

TEST_CASE("check: exit statuses", "[config-lint]") {
    ConfigSuite suite;
    SECTION("0 when there are only warnings; 1 with --strict") {
        suite.replace(demo_master, "vllm/vllm-openai-rocm:v0.18.0", "vllm/vllm-openai-rocm:latest");
        CHECK(suite.check().exit_code == 0);
        CHECK(suite.check({"--strict"}).exit_code == 1);
    }
    SECTION("1 on errors") {
        break_suite(suite);
        auto result = suite.check();
        CHECK(result.exit_code == 1);
        CHECK_THAT(result.err, Catch::Contains("1 error(s), 1 warning(s)"));
    }
    SECTION("1 on schema errors, reported at the field") {
        suite.replace(demo_master, "multinode: false", "multinode: maybe");
        auto result = suite.check({"--format", "json"});
        CHECK(result.exit_code == 1);
        CHECK(findings_of(nlohmann::json::parse(result.out), "schema").size() >= 1);
    }
    SECTION("2 when a config file cannot be read") {
        auto result = suite.check({"--config-files", "no-such.yaml"});
        CHECK(result.exit_code == 2);
    }
    SECTION("2 outside a suite without --config-files") {
        TempDir empty;
        auto result = run_sweepc({"check"}, empty.path());
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.out, Catch::Contains("no --config-files given"));
    }
    SECTION("2 on a bad --format") {
        CHECK(suite.check({"--format", "xml"}).exit_code == 2);
    }
}

TEST_CASE("check: human output quotes the line, underlines the setting and shows the fix", "[config-lint]") {
    ConfigSuite suite;
    break_suite(suite);
    auto result = suite.check({"--color", "never"});
    CHECK_THAT(result.out, Catch::Contains(".github/configs/demo-master.yaml:16:16: error: ep 8 is above tp 4"));
    CHECK_THAT(result.out, Catch::Contains("- { tp: 4, ep: 8, conc-start: 4, conc-end: 64 }"));
    CHECK_THAT(result.out, Catch::Contains("^~~~~"));
    CHECK_THAT(result.out, Catch::Contains("fix: ep: 4"));
    CHECK_THAT(result.out, Catch::Contains("[config/parallelism]"));
}

TEST_CASE("check: github annotations", "[config-lint]") {
    ConfigSuite suite;
    break_suite(suite);
    auto result = suite.check({"--format", "github"});
    CHECK_THAT(result.out, Catch::Contains("::error file=.github/configs/demo-master.yaml,line=16,col=16,endLine=16,"
                                           "endColumn=21,title=config/parallelism::ep 8 is above tp 4"));
    CHECK_THAT(result.out, Catch::Contains("::warning file=.github/configs/demo-master.yaml,line=4,col=3,"));
}

TEST_CASE("check: SARIF has the structure GitHub code scanning requires", "[config-lint]") {
    ConfigSuite suite;
    break_suite(suite);
    suite.replace("benchmarks/single_node/kimik2.5_fp4_mi355x.sh", "${EP_SIZE:-0}", "$EP_SIZE");
    auto result = suite.check({"--format", "sarif"});
    CHECK(result.exit_code == 1);
    auto sarif = nlohmann::json::parse(result.out);
    CHECK(sarif.at("version") == "2.1.0");
    CHECK(sarif.at("$schema").get<std::string>().find("sarif") != std::string::npos);
    REQUIRE(sarif.at("runs").size() == 1);
    const auto& run = sarif.at("runs")[0];
    CHECK(run.at("tool").at("driver").at("name") == "sweepc");
    const auto& rules = run.at("tool").at("driver").at("rules");
    std::vector<std::string> rule_ids;
    for (const auto& rule : rules) {
        rule_ids.push_back(rule.at("id"));
        // Described, not just named: the description comes from the rule table.
        CHECK(rule.at("shortDescription").at("text") != rule.at("id"));
    }
    const auto& results = run.at("results");
    REQUIRE(results.size() == 3);
    std::set<std::string> seen;
    for (const auto& item : results) {
        std::string rule_id = item.at("ruleId");
        seen.insert(rule_id);
        REQUIRE(item.at("ruleIndex").get<std::size_t>() < rule_ids.size());
        CHECK(rule_ids[item.at("ruleIndex").get<std::size_t>()] == rule_id);
        CHECK(!item.at("message").at("text").get<std::string>().empty());
        const auto& physical = item.at("locations")[0].at("physicalLocation");
        CHECK(!physical.at("artifactLocation").at("uri").get<std::string>().empty());
        CHECK(physical.at("region").at("startLine").get<int>() > 0);
        CHECK(physical.at("region").at("startColumn").get<int>() > 0);
    }
    CHECK(seen == std::set<std::string>{"config/parallelism", "config/unpinned-image", "shell/unset-integer-test"});
}

TEST_CASE("check: shell rules run on every script a config resolves to", "[config-lint]") {
    ConfigSuite suite;
    suite.replace("benchmarks/single_node/kimik2.5_fp4_mi355x.sh", "${EP_SIZE:-0}", "$EP_SIZE");
    SECTION("inside the suite, paths are relative to it") {
        auto findings = suite.findings();
        auto shell = findings_of(findings, "shell/unset-integer-test");
        REQUIRE(shell.size() == 1);
        CHECK(shell[0].at("file") == "benchmarks/single_node/kimik2.5_fp4_mi355x.sh");
        CHECK(shell[0].at("line") == 6);
    }
    SECTION("with --suite-root from elsewhere, paths start with the root") {
        std::string root = suite.path().string();
        auto result = run_sweepc({"check", "--suite-root", root, "--config-files", root + "/" + demo_master,
                                  "--runner-config", root + "/.github/configs/runners.yaml", "--format", "json"});
        CHECK(result.exit_code == 1);
        auto shell = findings_of(nlohmann::json::parse(result.out), "shell/unset-integer-test");
        REQUIRE(shell.size() == 1);
        CHECK(shell[0].at("file") == root + "/benchmarks/single_node/kimik2.5_fp4_mi355x.sh");
    }
}

TEST_CASE("check: shell rules run on the runner launch scripts", "[config-lint]") {
    ConfigSuite suite;
    CHECK(suite.findings().empty());
    suite.replace("runners/launch_h200-cw.sh", "bash \"$BENCHMARK_SCRIPT\"",
                  "bash \"$BENCHMARK_SCRIPT\" \"$benchmark_args\"");
    auto findings = findings_of(suite.findings(), "shell/unassigned-variable");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].at("file") == "runners/launch_h200-cw.sh");
    CHECK(findings[0].at("line") == 3);
    CHECK_THAT(suite.check().err, Catch::Contains("and 7 script(s)"));
}

TEST_CASE("check: the real InferenceX configs have no schema errors and no config findings", "[config-lint]") {
    std::vector<std::string> args = real_config_args();
    args.insert(args.end(), {"--format", "json"});
    auto result = run_sweepc(args);
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    auto findings = nlohmann::json::parse(result.out);
    CHECK(findings_of(findings, "schema").empty());
    CHECK(findings.empty());
    // Without the suite's benchmarks/ and runners/, the skipped checks are named once each.
    CHECK_THAT(result.err, Catch::Contains("no benchmarks/ folder"));
    CHECK_THAT(result.err, Catch::Contains("no runners/ folder"));
}
