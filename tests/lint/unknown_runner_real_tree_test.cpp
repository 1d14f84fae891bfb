// config/unknown-runner on the suite's real 2026-08 tree (843c6254f). Its generator does not check
// a config's runner against runners.yaml and generates the jobs, which then wait for a runner that
// carries the label; runners.yaml lists none (docs/rules.md, config/unknown-runner), so the rule
// stays an error there. Every hit is accounted for: exactly these eight configs, each with the
// remedy that fits its label.
#include <map>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

using namespace sweepc::test;

TEST_CASE("config/unknown-runner on the real 2026-08 tree: eight configs, errors, each with its remedy",
          "[config-lint][suite08]") {
    const std::filesystem::path suite = shared_inferencex_dir() / "2026-08" / "suite";
    REQUIRE(std::filesystem::exists(suite / "configs" / "runners.yaml"));
    CommandResult result = run_sweepc({"check", "--format", "json"}, suite);
    INFO(result.err.substr(0, 2000));
    REQUIRE(result.exit_code == 1);

    // config -> what the message must say to fix it.
    const std::string same_machines_gb300 = "'cluster:gb300-nv' names the same machines and is listed with its nodes";
    const std::string same_machines_h200 = "'cluster:h200-dgxc' names the same machines and is listed with its nodes";
    const std::string add_fleet = "runners/launch_mi325x-tw.sh exists, so the fleet does, but configs/runners.yaml "
                                  "lists none of its nodes; add 'cluster:mi325x-tw' to configs/runners.yaml";
    const std::map<std::string, std::string> expected{
        {"dsr1-fp8-gb300-dynamo-trt", same_machines_gb300},    {"dsv4-fp4-gb300-dynamo-vllm", same_machines_gb300},
        {"dsv4-fp4-gb300-dynamo-trt", same_machines_gb300},    {"dsv4-fp4-gb300-dynamo-trt-mtp", same_machines_gb300},
        {"dsv4-fp8-h200-sglang", same_machines_h200},          {"dsv4-fp8-h200-sglang-mtp", same_machines_h200},
        {"dsv4-fp8-mi325x-vllm", add_fleet},                   {"dsv4-fp8-mi325x-vllm-mtp", add_fleet},
    };
    std::map<std::string, std::string> found;  // config -> message
    for (const auto& finding : nlohmann::json::parse(result.out)) {
        if (finding["rule"] != "config/unknown-runner") continue;
        const std::string message = finding["message"];
        INFO(message);
        CHECK(finding["severity"] == "error");
        const std::size_t start = message.find("of config '");
        REQUIRE(start != std::string::npos);
        const std::size_t name = start + 11;
        found[message.substr(name, message.find('\'', name) - name)] = message;
    }
    CHECK(found.size() == expected.size());
    for (const auto& [config, remedy] : expected) {
        INFO(config);
        REQUIRE(found.count(config) == 1);
        CHECK_THAT(found[config], Catch::Contains(remedy));
        CHECK_THAT(found[config], Catch::Contains("its jobs wait for a runner with that label"));
    }
}
