#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "source/render_sarif.h"
#include "source/sweepc_version.h"

using nlohmann::json;
using sweepc::Diagnostics;
using sweepc::Severity;
using sweepc::SourceLocation;

namespace {

Diagnostics sample_diagnostics() {
    Diagnostics diagnostics;
    diagnostics.error("yaml-syntax", {"configs/a.yaml", 3, 5, 4, 2}, "bad indent");
    diagnostics.warning("shell/unset-integer-test", SourceLocation::point("bench/run.sh", 12, 4), "unset",
                        "use ${N:-0}");
    diagnostics.error("yaml-syntax", SourceLocation::point("configs/b.yaml", 1, 1), "tab");
    diagnostics.add({"advice", Severity::note, SourceLocation::whole_file("configs/c.yaml"), "consider", std::nullopt});
    return diagnostics;
}

}  // namespace

TEST_CASE("sarif: top-level structure GitHub code scanning requires", "[render]") {
    const std::string out = sweepc::render_sarif(sample_diagnostics());
    CHECK(out.back() == '\n');
    const json log = json::parse(out);
    CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
    CHECK(log["version"] == "2.1.0");
    REQUIRE(log["runs"].size() == 1);
    const json& driver = log["runs"][0]["tool"]["driver"];
    CHECK(driver["name"] == "sweepc");
    CHECK(driver["version"] == std::string(sweepc::sweepc_version));
    CHECK(log["runs"][0]["results"].size() == 4);
}

TEST_CASE("sarif: one rule per distinct id, sorted, and ruleIndex points at it", "[render]") {
    sweepc::SarifOptions options;
    options.rules["yaml-syntax"] = {"YAML must parse", "A file that is not YAML hides every other finding.", "md"};
    const json log = json::parse(sweepc::render_sarif(sample_diagnostics(), options));
    const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == 3);
    CHECK(rules[0]["id"] == "advice");
    CHECK(rules[1]["id"] == "shell/unset-integer-test");
    CHECK(rules[2]["id"] == "yaml-syntax");
    CHECK(rules[2]["shortDescription"]["text"] == "YAML must parse");
    CHECK(rules[2]["fullDescription"]["text"] == "A file that is not YAML hides every other finding.");
    CHECK(rules[2]["help"]["markdown"] == "md");
    CHECK(rules[1]["shortDescription"]["text"] == "shell/unset-integer-test");  // fallback to the id
    CHECK(rules[1]["fullDescription"]["text"] == "shell/unset-integer-test");
    CHECK(rules[1]["help"]["text"] == "shell/unset-integer-test\n\nSee docs/rules.md#shellunset-integer-test");
    CHECK_FALSE(rules[1].contains("helpUri"));  // relative helpUri would fail SARIF's "uri" format

    const json& results = log["runs"][0]["results"];
    const std::vector<int> expected_index = {2, 1, 2, 0};
    for (std::size_t i = 0; i < results.size(); ++i) {
        CAPTURE(i);
        const int index = results[i]["ruleIndex"].get<int>();
        CHECK(index == expected_index[i]);
        CHECK(rules[static_cast<std::size_t>(index)]["id"] == results[i]["ruleId"]);
    }
}

TEST_CASE("sarif: levels, messages, locations and regions", "[render]") {
    const json results = json::parse(sweepc::render_sarif(sample_diagnostics()))["runs"][0]["results"];
    CHECK(results[0]["level"] == "error");
    CHECK(results[1]["level"] == "warning");
    CHECK(results[3]["level"] == "note");

    CHECK(results[0]["message"]["text"] == "bad indent");
    CHECK(results[1]["message"]["text"] == "unset\nfix: use ${N:-0}");

    const json& first = results[0]["locations"][0]["physicalLocation"];
    CHECK(first["artifactLocation"] == json{{"uri", "configs/a.yaml"}, {"uriBaseId", "%SRCROOT%"}});
    CHECK(first["region"] == json{{"startLine", 3}, {"startColumn", 5}, {"endLine", 4}, {"endColumn", 2}});
    CHECK(results[1]["locations"][0]["physicalLocation"]["region"] ==
          json{{"startLine", 12}, {"startColumn", 4}, {"endLine", 12}, {"endColumn", 5}});

    const json& whole_file = results[3]["locations"][0]["physicalLocation"];
    CHECK(whole_file["artifactLocation"]["uri"] == "configs/c.yaml");
    CHECK_FALSE(whole_file.contains("region"));
}

TEST_CASE("sarif: helpUri only from an absolute docs URL", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("schema", SourceLocation::point("a.yaml", 1, 1), "bad");
    sweepc::SarifOptions options;
    options.rules_doc_url = "https://github.com/org/repo/blob/main/docs/rules.md";
    const std::string out = sweepc::render_sarif(diagnostics, options);
    const json rule = json::parse(out)["runs"][0]["tool"]["driver"]["rules"][0];
    CHECK(rule["helpUri"] == "https://github.com/org/repo/blob/main/docs/rules.md#schema");
}

TEST_CASE("sarif: no diagnostics still gives a valid empty run", "[render]") {
    const json log = json::parse(sweepc::render_sarif(Diagnostics{}));
    CHECK(log["runs"][0]["results"] == json::array());
    CHECK(log["runs"][0]["tool"]["driver"]["rules"] == json::array());
}

TEST_CASE("sarif: artifact URIs are forward-slashed and percent-encoded", "[render]") {
    CHECK(sweepc::sarif_artifact_uri("configs\\sub\\a.yaml") == "configs/sub/a.yaml");
    CHECK(sweepc::sarif_artifact_uri("my dir/a:b#1%.yaml") == "my%20dir/a%3Ab%231%25.yaml");
}

TEST_CASE("sarif: absolute paths become relative to the source root, never file:// URIs", "[render]") {
    const std::filesystem::path root = std::filesystem::temp_directory_path() / "suite";
    Diagnostics diagnostics;
    diagnostics.error("schema", SourceLocation::point((root / "configs/a.yaml").string(), 2, 1), "bad");
    diagnostics.error("schema", SourceLocation::point((root.parent_path() / "other/b.yaml").string(), 2, 1), "bad");
    sweepc::SarifOptions options;
    options.source_root = root.string();
    const json results = json::parse(sweepc::render_sarif(diagnostics, options))["runs"][0]["results"];
    CHECK(results[0]["locations"][0]["physicalLocation"]["artifactLocation"] ==
          json{{"uri", "configs/a.yaml"}, {"uriBaseId", "%SRCROOT%"}});
    CHECK(results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "../other/b.yaml");
}

TEST_CASE("sarif: usage and I/O errors are tool notifications, not results at an option", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("usage", SourceLocation::whole_file("--config-files"), "no configs");
    diagnostics.error("io", SourceLocation::whole_file("missing.yaml"), "cannot open");
    diagnostics.warning("config/unpinned-image", SourceLocation::point("a.yaml", 3, 1), "latest");
    const json run = json::parse(sweepc::render_sarif(diagnostics))["runs"][0];
    REQUIRE(run["results"].size() == 1);
    CHECK(run["results"][0]["ruleId"] == "config/unpinned-image");
    REQUIRE(run["tool"]["driver"]["rules"].size() == 1);
    const json& invocation = run["invocations"][0];
    CHECK(invocation["executionSuccessful"] == false);
    const json& notifications = invocation["toolExecutionNotifications"];
    REQUIRE(notifications.size() == 2);
    CHECK(notifications[0]["descriptor"]["id"] == "usage");
    CHECK(notifications[0]["level"] == "error");
    CHECK(notifications[0]["message"]["text"] == "no configs");
    CHECK_FALSE(notifications[0].contains("locations"));  // never at "--config-files"
    CHECK(notifications[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.yaml");
}

TEST_CASE("sarif: fingerprints and baseline state", "[render]") {
    Diagnostics diagnostics;
    sweepc::Diagnostic finding{"schema", Severity::error, SourceLocation::point("a.yaml", 1, 1), "bad", std::nullopt,
                               "0123456789abcdef0123456789abcdef:1"};
    diagnostics.add(finding);
    sweepc::SarifOptions options;
    options.against_baseline = true;
    const json result = json::parse(sweepc::render_sarif(diagnostics, options))["runs"][0]["results"][0];
    CHECK(result["partialFingerprints"] == json{{"sweepc/v1", "0123456789abcdef0123456789abcdef:1"}});
    CHECK(result["baselineState"] == "new");
    const json plain = json::parse(sweepc::render_sarif(diagnostics))["runs"][0]["results"][0];
    CHECK_FALSE(plain.contains("baselineState"));
    CHECK(json::parse(sweepc::render_sarif(diagnostics))["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("sarif: rule doc anchors follow GitHub heading ids", "[render]") {
    CHECK(sweepc::rule_doc_anchor("shell/unset-integer-test") == "shellunset-integer-test");
    CHECK(sweepc::rule_doc_anchor("Yaml_Syntax") == "yaml_syntax");
    CHECK(sweepc::rule_doc_anchor("a b.c") == "a-bc");
}
