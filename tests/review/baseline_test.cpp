// Baselines: adopt sweepc on a suite that has findings already. `check --write-baseline` records
// them, `check --baseline` reports only the new ones and the recorded ones that are gone, and the
// match survives lines moving.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "lint/config_lint_test_support.h"
#include "review/baseline.h"
#include "review/fingerprint.h"
#include "schema/schema_validator.h"

using namespace sweepc::test;
using nlohmann::json;

namespace {

// The fixture suite with one error (ep above tp) and one warning (an unpinned image).
void add_two_findings(ConfigSuite& suite) {
    suite.replace(demo_master, "{ tp: 4, ep: 4,", "{ tp: 4, ep: 8,");
    suite.replace(demo_master, "vllm/vllm-openai-rocm:v0.18.0", "vllm/vllm-openai-rocm:latest");
}

std::vector<std::string> rules_of(const json& findings) {
    std::vector<std::string> rules;
    for (const auto& finding : findings) rules.push_back(finding.at("rule").get<std::string>() + "@" +
                                                         std::to_string(finding.at("line").get<int>()));
    return rules;
}

}  // namespace

TEST_CASE("baseline: written with today's findings, then nothing to report", "[review][baseline]") {
    ConfigSuite suite;
    add_two_findings(suite);
    CommandResult written = suite.check({"--write-baseline", "baseline.json"});
    INFO(written.err);
    CHECK(written.exit_code == 0);  // adopting must not fail the job that records the baseline
    CHECK_THAT(written.err, Catch::Contains("wrote 2 finding(s)"));

    const json baseline = json::parse(read_file(suite.path() / "baseline.json"));
    CHECK(sweepc::SchemaValidator("baseline.schema.json").validate(nlohmann::json(baseline)).empty());
    REQUIRE(baseline["findings"].size() == 2);
    CHECK(baseline["version"] == 1);
    CHECK(baseline["findings"][0]["file"] == ".github/configs/demo-master.yaml");
    CHECK(baseline["findings"][0]["rule"] == "config/unpinned-image");
    CHECK(baseline["findings"][1]["rule"] == "config/parallelism");

    CommandResult against = suite.check({"--baseline", "baseline.json"});
    INFO(against.out << against.err);
    CHECK(against.exit_code == 0);
    CHECK(against.out.empty());
    CHECK_THAT(against.err, Catch::Contains("0 error(s), 0 warning(s)"));
    CHECK_THAT(against.err, Catch::Contains("2 more accepted by the baseline, 0 baselined finding(s) fixed"));
    // Without the baseline the same suite fails.
    CHECK(suite.check().exit_code == 1);
}

TEST_CASE("baseline: the match survives lines moving", "[review][baseline]") {
    ConfigSuite suite;
    add_two_findings(suite);
    REQUIRE(suite.check({"--write-baseline", "baseline.json"}).exit_code == 0);
    // A new config above everything, blank lines and a comment: every finding moves down.
    suite.replace(demo_master, "kimik2.5-fp4-mi355x-vllm:\n",
                  "dsr1-fp8-h200-sglang-v2:\n  image: lmsysorg/sglang:v0.5.10-cu129\n  model: deepseek-ai/DeepSeek-R1-0528\n"
                  "  model-prefix: dsr1\n  runner: h200\n  precision: fp8\n  framework: sglang\n  multinode: false\n"
                  "  seq-len-configs:\n  - isl: 1024\n    osl: 8192\n    search-space:\n"
                  "    - { tp: 8, conc-start: 4, conc-end: 64 }\n\n\n# moved down\nkimik2.5-fp4-mi355x-vllm:\n");
    // Blank lines next to a finding do not change what it is.
    suite.replace(demo_master, "  image: vllm/vllm-openai-rocm:latest\n", "\n  image: vllm/vllm-openai-rocm:latest\n\n");
    const json moved = suite.findings();
    REQUIRE(rules_of(moved) == std::vector<std::string>{"config/unpinned-image@21", "config/parallelism@34"});

    const json against = suite.findings({"--baseline", "baseline.json"});
    CHECK(against.empty());
}

TEST_CASE("baseline: a new finding is reported, a fixed one is listed so the baseline can shrink",
          "[review][baseline]") {
    ConfigSuite suite;
    add_two_findings(suite);
    REQUIRE(suite.check({"--write-baseline", "baseline.json"}).exit_code == 0);
    // Fix the error; add an unpinned image in another config.
    suite.replace(demo_master, "{ tp: 4, ep: 8,", "{ tp: 4, ep: 4,");
    suite.replace(demo_master, "lmsysorg/sglang:v0.5.9-cu129", "lmsysorg/sglang:latest");

    CommandResult human = suite.check({"--baseline", "baseline.json"});
    INFO(human.out << human.err);
    CHECK(human.exit_code == 0);  // a new warning, no error
    CHECK_THAT(human.err, Catch::Contains("1 more accepted by the baseline, 1 baselined finding(s) fixed"));

    const json findings = suite.findings({"--baseline", "baseline.json"});
    INFO(findings.dump(2));
    REQUIRE(findings.size() == 2);
    CHECK(findings[0]["rule"] == "baseline/fixed");
    CHECK(findings[0]["severity"] == "note");
    CHECK(findings[0]["line"] == 0);
    CHECK_THAT(findings[0]["message"].get<std::string>(),
               Catch::Contains("[config/parallelism] (line 16 when the baseline was written"));
    CHECK_THAT(findings[0]["message"].get<std::string>(), Catch::Contains("--write-baseline baseline.json"));
    CHECK(findings[1]["rule"] == "config/unpinned-image");
    CHECK(findings[1]["line"] == 19);

    // SARIF: the new finding is a result marked new; the fixed one a notification.
    const json sarif = json::parse(suite.check({"--baseline", "baseline.json", "--format", "sarif"}).out);
    const json& run = sarif["runs"][0];
    REQUIRE(run["results"].size() == 1);
    CHECK(run["results"][0]["baselineState"] == "new");
    CHECK(run["results"][0]["partialFingerprints"]["sweepc/v1"] == findings[1]["fingerprint"]);
    CHECK(run["invocations"][0]["toolExecutionNotifications"][0]["descriptor"]["id"] == "baseline/fixed");

    // Rewriting the baseline keeps exactly the findings of today.
    REQUIRE(suite.check({"--write-baseline", "baseline.json"}).exit_code == 0);
    const json rewritten = json::parse(read_file(suite.path() / "baseline.json"));
    REQUIRE(rewritten["findings"].size() == 2);
    CHECK(rewritten["findings"][1]["line"] == 19);
    CHECK(suite.findings({"--baseline", "baseline.json"}).empty());
}

TEST_CASE("baseline: an error not in the baseline still fails the check", "[review][baseline]") {
    ConfigSuite suite;
    REQUIRE(suite.check({"--write-baseline", "baseline.json"}).exit_code == 0);
    CHECK(json::parse(read_file(suite.path() / "baseline.json"))["findings"].empty());
    suite.replace(demo_master, "runner: h200", "runner: h20");
    CommandResult result = suite.check({"--baseline", "baseline.json", "--format", "github"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("config/unknown-runner"));
}

TEST_CASE("baseline: a broken or foreign baseline file is a usage error", "[review][baseline]") {
    ConfigSuite suite;
    SECTION("missing") {
        CommandResult result = suite.check({"--baseline", "nope.json"});
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.out, Catch::Contains("cannot use 'nope.json' as --baseline"));
    }
    SECTION("not JSON, located") {
        write_file(suite.path() / "baseline.json", "{\n  \"version\": 1,\n  \"findings\": [,]\n}\n");
        CommandResult result = suite.check({"--baseline", "baseline.json"});
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.out, Catch::Contains("baseline.json:3:"));
        CHECK_THAT(result.out, Catch::Contains("is not JSON"));
    }
    SECTION("another version") {
        write_file(suite.path() / "baseline.json", "{\"version\": 2, \"findings\": []}\n");
        CommandResult result = suite.check({"--baseline", "baseline.json"});
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.out, Catch::Contains("is not a sweepc baseline"));
        CHECK_THAT(result.out, Catch::Contains("version"));
    }
    SECTION("--baseline and --write-baseline together") {
        CHECK(suite.check({"--baseline", "a.json", "--write-baseline", "b.json"}).exit_code != 0);
    }
}

TEST_CASE("fingerprints: line-independent, told apart by occurrence, relative to the suite root", "[review][baseline]") {
    using sweepc::Diagnostic;
    using sweepc::Severity;
    using sweepc::SourceLocation;
    auto fingerprints = [](const std::string& root, const std::string& file, const std::string& text,
                           const std::vector<int>& lines) {
        sweepc::SourceMap sources;
        sources.add(sweepc::SourceFile(file, text));
        sweepc::Diagnostics diagnostics;
        for (int line : lines) diagnostics.warning("config/unpinned-image", SourceLocation::point(file, line, 3), "x");
        sweepc::assign_fingerprints(diagnostics, sources, root);
        std::vector<std::string> out;
        for (const Diagnostic& d : diagnostics.all()) out.push_back(d.fingerprint);
        return out;
    };
    const std::string block = "a:\n  image: x:latest\n  model: m\n";
    const auto two = fingerprints(".", "s/c.yaml", block + block, {2, 5});
    REQUIRE(two.size() == 2);
    CHECK(two[0].substr(0, 33) == two[1].substr(0, 33));  // same text flagged twice: same hash
    CHECK(two[0].ends_with(":1"));
    CHECK(two[1].ends_with(":2"));
    CHECK(two[0].size() == 34);
    // The same finding ten lines lower, in a checkout elsewhere: the same fingerprint.
    const auto moved = fingerprints("/elsewhere", "/elsewhere/s/c.yaml", std::string(10, '\n') + block, {12});
    CHECK(moved[0] == fingerprints("", "s/c.yaml", block, {2})[0]);
    // Another neighbour, another rule or another file: another fingerprint.
    CHECK(fingerprints(".", "s/c.yaml", "a:\n  image: x:latest\n  model: other\n", {2})[0] != two[0]);
    CHECK(fingerprints(".", "s/d.yaml", block, {2})[0] != two[0]);
}
