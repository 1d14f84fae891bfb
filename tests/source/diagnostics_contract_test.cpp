// The diagnostics contract: what `--format json` prints is described by
// schemas/diagnostics.schema.json, and what `--format sarif` prints is a valid SARIF 2.1.0 log by
// the official JSON schema (fetched, pinned, at configure time: tests/CMakeLists.txt). Both are
// checked on real output of every command that reports findings, with valijson.
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "lint/config_lint_test_support.h"
#include "source/render_sarif.h"

using namespace sweepc::test;
using nlohmann::json;

namespace {

class JsonSchema {
public:
    JsonSchema(const std::filesystem::path& file, valijson::SchemaParser::Version version)
        : document_(json::parse(read_file(file))) {
        valijson::SchemaParser parser(version);
        valijson::adapters::NlohmannJsonAdapter adapter(document_);
        parser.populateSchema(adapter, schema_);
    }

    // Every violation, as "<path>: <description>"; empty when the value is valid.
    std::vector<std::string> violations(const json& value) const {
        valijson::Validator validator;
        valijson::ValidationResults results;
        valijson::adapters::NlohmannJsonAdapter adapter(value);
        std::vector<std::string> out;
        if (validator.validate(schema_, adapter, &results)) return out;
        for (const auto& error : results) {
            std::string path;
            for (const std::string& part : error.context) path += part;
            out.push_back(path + ": " + error.description);
        }
        return out;
    }

private:
    json document_;
    valijson::Schema schema_;
};

const JsonSchema& diagnostics_schema() {
    static const JsonSchema schema(source_dir() / "schemas/diagnostics.schema.json", valijson::SchemaParser::kDraft7);
    return schema;
}

const JsonSchema& sarif_schema() {
    static const JsonSchema schema(SWEEPC_SARIF_SCHEMA, valijson::SchemaParser::kDraft4);
    return schema;
}

// A suite with findings of every kind check reports: schema errors, config rules, shell rules,
// changelog rules, a whole-file finding, fixes, and a hostile string.
void break_everything(ConfigSuite& suite) {
    suite.replace(demo_master, "{ tp: 4, ep: 4,", "{ tp: 4, ep: 8,");
    suite.replace(demo_master, "vllm/vllm-openai-rocm:v0.18.0", "vllm/vllm-openai-rocm:latest");
    suite.replace(demo_master, "runner: h200", "runner: h20");
    suite.replace(demo_master, "model: deepseek-ai/DeepSeek-R1-0528\n  model-prefix: dsr1\n  runner: mi355x",
                  "model: \"deep\\u001b[2J\\n::error::x\"\n  model-prefix: dsr1\n  runner: mi355x");
    write_file(suite.path() / "perf-changelog.yaml",
               "- config-keys: [nope-*]\n  description: [\"x\"]\n  pr-link: https://github.com/o/r/pull/XXX");
}

std::vector<CommandResult> outputs_of_every_command(ConfigSuite& suite, const std::string& format) {
    const std::string fixtures = (source_dir() / "tests/fixtures").string();
    std::vector<CommandResult> results;
    results.push_back(suite.check({"--format", format}));
    results.push_back(suite.check({"--format", format, "--config-files", "missing.yaml"}));  // io
    results.push_back(suite.check({"--format", format, "--suite-root", "no-such-folder"}));  // usage
    results.push_back(run_sweepc({"lint", "--format", format, fixtures + "/shell/unset_integer_test_bad.sh",
                                  fixtures + "/shell/non_numeric_integer_test_bad.sh",
                                  fixtures + "/shell/broken_continuation_bad.sh"}));
    results.push_back(run_sweepc({"matrix", "full-sweep", "--format", format, "--config-files",
                                  fixtures + "/emit/invalid.yaml", "--runner-config",
                                  fixtures + "/emit/runners.yaml"}));
    return results;
}

}  // namespace

TEST_CASE("diagnostics contract: --format json matches schemas/diagnostics.schema.json", "[contract]") {
    ConfigSuite suite;
    break_everything(suite);
    std::set<std::string> rules;
    for (const CommandResult& result : outputs_of_every_command(suite, "json")) {
        INFO(result.out << result.err);
        // matrix prints diagnostics on stderr (stdout is reserved for the matrix).
        const json output = json::parse(result.out.empty() ? result.err : result.out);
        CHECK(diagnostics_schema().violations(output).empty());
        CHECK_FALSE(output.empty());
        for (const auto& finding : output) rules.insert(finding["rule"].get<std::string>());
    }
    INFO(json(rules).dump());
    for (const char* rule : {"schema", "usage", "config/parallelism", "config/unknown-runner", "changelog/pr-link",
                             "shell/unset-integer-test"}) {
        CHECK(rules.count(rule) == 1);
    }
}

TEST_CASE("diagnostics contract: the schema rejects what it does not describe", "[contract]") {
    const json good = json::parse(R"([{"rule": "schema", "severity": "error", "file": "a.yaml", "line": 1,
        "column": 2, "end_line": 1, "end_column": 3, "message": "m", "fix": "f",
        "fingerprint": "0123456789abcdef0123456789abcdef:1"}])");
    REQUIRE(diagnostics_schema().violations(good).empty());
    json missing = good;
    missing[0].erase("rule");
    CHECK_FALSE(diagnostics_schema().violations(missing).empty());
    json unknown = good;
    unknown[0]["col"] = 2;
    CHECK_FALSE(diagnostics_schema().violations(unknown).empty());
    json severity = good;
    severity[0]["severity"] = "fatal";
    CHECK_FALSE(diagnostics_schema().violations(severity).empty());
}

TEST_CASE("diagnostics contract: --format sarif is valid SARIF 2.1.0", "[contract]") {
    ConfigSuite suite;
    break_everything(suite);
    for (const CommandResult& result : outputs_of_every_command(suite, "sarif")) {
        INFO(result.out << result.err);
        const json log = json::parse(result.out.empty() ? result.err : result.out);
        const std::vector<std::string> violations = sarif_schema().violations(log);
        INFO(json(violations).dump(2));
        CHECK(violations.empty());
    }
    // The validator does reject a broken log: an endLine before startLine, a level SARIF lacks.
    json broken = json::parse(suite.check({"--format", "sarif"}).out);
    broken["runs"][0]["results"][0]["level"] = "fatal";
    CHECK_FALSE(sarif_schema().violations(broken).empty());
}

TEST_CASE("diagnostics contract: SARIF rules link to their docs section and describe the rule", "[contract]") {
    ConfigSuite suite;
    break_everything(suite);
    const json run = json::parse(suite.check({"--format", "sarif"}).out)["runs"][0];
    const json& rules = run["tool"]["driver"]["rules"];
    REQUIRE(rules.size() > 3);
    for (const auto& rule : rules) {
        INFO(rule.dump(2));
        const std::string id = rule["id"];
        CHECK(rule["helpUri"].get<std::string>().starts_with("https://github.com/sweepc/sweepc/blob/v"));
        CHECK(rule["helpUri"].get<std::string>().ends_with("/docs/rules.md#" + sweepc::rule_doc_anchor(id)));
        CHECK(rule["fullDescription"]["text"] != rule["shortDescription"]["text"]);  // from docs/rules.md
        CHECK(rule["help"]["markdown"].get<std::string>().size() > 40);
    }
    // Another site for the docs.
    const json moved = json::parse(suite.check({"--format", "sarif", "--docs-url", "https://docs.example/rules"}).out);
    CHECK(moved["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"].get<std::string>().starts_with(
        "https://docs.example/rules#"));
    CommandResult relative = suite.check({"--format", "sarif", "--docs-url", "docs/rules.md"});
    CHECK(relative.exit_code == 2);
    CHECK_THAT(relative.err, Catch::Contains("absolute URL"));
}

TEST_CASE("diagnostics contract: SARIF URIs stay relative whatever --suite-root is", "[contract]") {
    ConfigSuite suite;
    break_everything(suite);
    // An absolute suite root, run from another folder (outside any git repository).
    TempDir elsewhere;
    CommandResult result = run_sweepc({"check", "--format", "sarif", "--suite-root", suite.path().string()},
                                      elsewhere.path());
    INFO(result.err);
    REQUIRE_FALSE(result.out.empty());
    CHECK(result.out.find("file://") == std::string::npos);
    CHECK(result.out.find(suite.path().string()) == std::string::npos);
    const json run = json::parse(result.out)["runs"][0];
    std::set<std::string> uris;
    for (const auto& item : run["results"]) {
        uris.insert(item["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>());
    }
    CHECK(uris.count(".github/configs/demo-master.yaml") == 1);
    CHECK(uris.count("perf-changelog.yaml") == 1);
}
