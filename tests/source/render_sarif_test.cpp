#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "source/render_sarif.h"

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
    CHECK(driver["version"] == "0.1.0");
    CHECK(log["runs"][0]["results"].size() == 4);
}

TEST_CASE("sarif: one rule per distinct id, sorted, and ruleIndex points at it", "[render]") {
    const json log = json::parse(sweepc::render_sarif(sample_diagnostics(), {{"yaml-syntax", "YAML must parse"}}));
    const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == 3);
    CHECK(rules[0]["id"] == "advice");
    CHECK(rules[1]["id"] == "shell/unset-integer-test");
    CHECK(rules[2]["id"] == "yaml-syntax");
    CHECK(rules[2]["shortDescription"]["text"] == "YAML must parse");
    CHECK(rules[1]["shortDescription"]["text"] == "shell/unset-integer-test");  // fallback to the id
    CHECK(rules[1]["help"]["text"] == "See docs/rules.md#shellunset-integer-test");
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
    const std::string out =
        sweepc::render_sarif(diagnostics, {}, "https://github.com/org/repo/blob/main/docs/rules.md");
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
    CHECK(sweepc::sarif_artifact_uri("/abs/a.yaml") == "file:///abs/a.yaml");

    Diagnostics diagnostics;
    diagnostics.error("io", SourceLocation::whole_file("/abs/a.yaml"), "cannot open");
    const json artifact = json::parse(sweepc::render_sarif(diagnostics))["runs"][0]["results"][0]["locations"][0]
                              ["physicalLocation"]["artifactLocation"];
    CHECK(artifact == json{{"uri", "file:///abs/a.yaml"}});
}

TEST_CASE("sarif: rule doc anchors follow GitHub heading ids", "[render]") {
    CHECK(sweepc::rule_doc_anchor("shell/unset-integer-test") == "shellunset-integer-test");
    CHECK(sweepc::rule_doc_anchor("Yaml_Syntax") == "yaml_syntax");
    CHECK(sweepc::rule_doc_anchor("a b.c") == "a-bc");
}
