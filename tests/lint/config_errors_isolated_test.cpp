// One config's errors do not switch the rules off for the others: sweepc check sets the config
// aside with a note and checks every other config, script and launcher.
#include <catch2/catch.hpp>

#include "lint/config_lint_test_support.h"

using namespace sweepc::test;

TEST_CASE("check: a config with schema errors is set aside, the others are still checked", "[config-lint]") {
    ConfigSuite suite;
    // A schema error in one config, a rule violation in another, a shell bug in a third's script.
    suite.replace(demo_master, "    - { tp: 8, conc-start: 4, conc-end: 64 }\n    - { tp: 4, ep: 4",
                  "    - { tp: \"8\", conc-start: 4, conc-end: 64 }\n    - { tp: 4, ep: 4");
    suite.replace(demo_master, "runner: h200", "runner: h20");
    suite.replace("benchmarks/multi_node/dsr1_fp8_mi355x_sglang-disagg.sh", "\necho ",
                  "\nif [ \"$EP_SIZE\" -gt 1 ]; then echo ep; fi\necho ");
    CommandResult result = suite.check({"--format", "json"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    auto findings = nlohmann::json::parse(result.out);
    REQUIRE(findings_of(findings, "schema").size() == 1);
    CHECK(findings_of(findings, "schema")[0].at("line") == 15);
    only_finding(findings, "config/unknown-runner", demo_master, 22, 3);
    only_finding(findings, "shell/unset-integer-test", "benchmarks/multi_node/dsr1_fp8_mi355x_sglang-disagg.sh", 5, 6);
    CHECK_THAT(result.err, Catch::Contains("note: config 'kimik2.5-fp4-mi355x-vllm' (.github/configs/demo-master.yaml:3) "
                                           "has errors of its own, so the config rules and the shell rules on its "
                                           "scripts skipped it; the other configs were checked"));
    // The config set aside is not judged: its script is not linted, its name not checked.
    for (const auto& finding : findings) CHECK(finding.at("file") != "benchmarks/single_node/kimik2.5_fp4_mi355x.sh");
}

TEST_CASE("check: an error outside every config entry still stops the config rules", "[config-lint]") {
    ConfigSuite suite;
    suite.replace(demo_runners, "h200:", "h200: 7\nh200-old:");
    suite.replace(demo_master, "runner: h200", "runner: h20");
    CommandResult result = suite.check({"--format", "json"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    auto findings = nlohmann::json::parse(result.out);
    CHECK_FALSE(findings_of(findings, "schema").empty());
    // The runners file is broken: no runner is judged against it.
    CHECK(findings_of(findings, "config/unknown-runner").empty());
}
