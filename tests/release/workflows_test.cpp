// The GitHub side of a release: the action (action.yml) passes actionlint (the example workflows
// are linted by tests/review/workflow_examples_test.cpp), every run script of the workflows and
// the action passes shellcheck, and the action's own steps (scripts/action/) install a release
// package and run sweepc check as a runner would run them.
#include <filesystem>
#include <regex>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "source/sweepc_version.h"
#include "support/test_support.h"
#include "support/workflow_lint.h"

using namespace sweepc::test;
namespace fs = std::filesystem;

namespace {

const fs::path binary_dir = SWEEPC_BINARY_DIR;

// The composite action as a reusable workflow, so that actionlint checks its expressions, step
// references and contexts: the action's inputs become workflow_call inputs, its steps a job's.
std::string action_as_workflow(const YAML::Node& action) {
    YAML::Node workflow;
    workflow["name"] = "action.yml as a workflow";
    YAML::Node inputs;
    for (const auto& input : action["inputs"]) {
        YAML::Node declared;
        declared["type"] = "string";
        declared["required"] = false;
        inputs[input.first.as<std::string>()] = declared;
    }
    workflow["on"]["workflow_call"]["inputs"] = inputs;
    YAML::Node job;
    job["runs-on"] = "ubuntu-latest";
    for (const auto& output : action["outputs"]) job["outputs"][output.first.as<std::string>()] = output.second["value"];
    job["steps"] = action["runs"]["steps"];
    workflow["jobs"]["action"] = job;
    YAML::Emitter out;
    out << workflow;
    return std::string(out.c_str()) + "\n";
}

// Every `run:` script of a workflow or of the action.
std::vector<std::string> run_scripts(const YAML::Node& file) {
    std::vector<std::string> scripts;
    auto from_steps = [&](const YAML::Node& steps) {
        for (const auto& step : steps) {
            if (step["run"]) scripts.push_back(step["run"].as<std::string>());
        }
    };
    if (file["runs"]) from_steps(file["runs"]["steps"]);
    if (file["jobs"]) {
        for (const auto& job : file["jobs"]) from_steps(job.second["steps"]);
    }
    return scripts;
}

std::string output_value(const std::string& outputs, const std::string& name) {
    std::smatch match;
    const std::regex line("(^|\n)" + name + "=([^\n]*)");
    return std::regex_search(outputs, match, line) ? match[2].str() : "<missing>";
}

}  // namespace

TEST_CASE("workflows: action.yml passes actionlint as a workflow, and a broken reference in it would not",
          "[release][workflows]") {
    const YAML::Node action = YAML::LoadFile((source_dir() / "action.yml").string());
    REQUIRE(action["runs"]["using"].as<std::string>() == "composite");
    TempDir temp;
    write_file(temp / "action-workflow.yml", action_as_workflow(action));
    CommandResult result = actionlint({temp / "action-workflow.yml"});
    INFO(read_file(temp / "action-workflow.yml") << result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out.empty());

    // The same check on a copy with an input that does not exist: actionlint must see it.
    YAML::Node broken = YAML::Clone(action);
    broken["runs"]["steps"][1]["env"]["SWEEPC_ARGS"] = "${{ inputs.arguments }}";
    write_file(temp / "broken.yml", action_as_workflow(broken));
    CommandResult caught = actionlint({temp / "broken.yml"});
    CHECK(caught.exit_code == 1);
    CHECK(caught.out.find("property \"arguments\" is not defined") != std::string::npos);
}

TEST_CASE("workflows: every run script of the workflows and the action passes shellcheck", "[release][workflows]") {
    std::vector<fs::path> files = example_workflows();
    files.push_back(source_dir() / "action.yml");
    TempDir temp;
    std::size_t count = 0;
    for (const fs::path& file : files) {
        for (const std::string& script : run_scripts(YAML::LoadFile(file.string()))) {
            // As actionlint does: an expression becomes a plain word of the same length.
            const std::string text = std::regex_replace(script, std::regex(R"(\$\{\{[^}]*\}\})"), "EXPRESSION");
            const fs::path path = temp / ("run-" + std::to_string(++count) + ".sh");
            // GitHub runs each script with `bash -e -o pipefail {0}`.
            write_file(path, "#!/usr/bin/env bash\nset -eo pipefail\n" + text);
            CommandResult result = run_program({"shellcheck", "-s", "bash", path.string()}, temp.path());
            INFO(file.filename().string() << ":\n" << script << "\n" << result.out);
            CHECK(result.exit_code == 0);
        }
    }
    CHECK(count >= 5);
    CommandResult scripts = run_program({"sh", "-c", "shellcheck scripts/action/*.sh scripts/release-notes.sh scripts/package.sh"},
                                        source_dir());
    INFO(scripts.out);
    CHECK(scripts.exit_code == 0);
}

TEST_CASE("workflows: the action installs a release package and runs sweepc check with annotations and SARIF",
          "[release][workflows]") {
    // A release as the action downloads it: the .tar.gz cpack makes of this build.
    TempDir release;
    CommandResult packed = run_program({"cpack", "-G", "TGZ", "-B", release.path().string(), "--config",
                                        (binary_dir / "CPackConfig.cmake").string()},
                                       binary_dir);
    REQUIRE(packed.exit_code == 0);
    TempDir runner;
    write_file(runner / "github_path", "");
    write_file(runner / "github_output", "");
    const std::vector<std::string> runner_env = {
        "RUNNER_TEMP=" + (runner / "temp").string(),      "GITHUB_PATH=" + (runner / "github_path").string(),
        "GITHUB_OUTPUT=" + (runner / "github_output").string(), "GITHUB_ACTION_PATH=" + source_dir().string(),
        "SWEEPC_REPOSITORY=owner/sweepc"};
    fs::create_directories(runner / "temp");

    std::vector<std::string> install_env = runner_env;
    install_env.push_back("SWEEPC_ACTION_REF=v" + std::string(sweepc::sweepc_version));
    install_env.push_back("SWEEPC_DOWNLOAD_URL=file://" + release.path().string());
    CommandResult install = run_program({"bash", (source_dir() / "scripts/action/install.sh").string()},
                                        runner.path(), install_env);
    INFO(install.out << install.err);
    REQUIRE(install.exit_code == 0);
    const std::string outputs = read_file(runner / "github_output");
    CHECK(output_value(outputs, "version") == sweepc::sweepc_version);
    CHECK(output_value(outputs, "source") == "release");
    const std::string bin = read_file(runner / "github_path");
    CHECK(bin == (runner / "temp/sweepc/bin").string() + "\n");

    // sweepc check on a suite with findings, with the installed sweepc first on PATH.
    TempDir suite;
    fs::copy(source_dir() / "tests/fixtures/readme/suite", suite.path(), fs::copy_options::recursive);
    auto run_check = [&](const std::vector<std::string>& inputs) {
        write_file(runner / "github_output", "");
        // `env` sets each variable once, over the test's own environment.
        std::vector<std::string> argv = {"env", "PATH=" + bin.substr(0, bin.size() - 1) + ":/usr/bin:/bin"};
        argv.insert(argv.end(), runner_env.begin(), runner_env.end());
        argv.insert(argv.end(), inputs.begin(), inputs.end());
        argv.push_back("bash");
        argv.push_back((source_dir() / "scripts/action/check.sh").string());
        return run_program(argv, suite.path());
    };
    CommandResult check = run_check({"SWEEPC_SARIF_FILE=sweepc.sarif", "SWEEPC_ARGS=--strict"});
    INFO(check.out << check.err);
    CHECK(check.exit_code == 1);
    CHECK(check.out.find("::error file=") != std::string::npos);
    const std::string check_outputs = read_file(runner / "github_output");
    CHECK(output_value(check_outputs, "exit-code") == "1");
    CHECK(output_value(check_outputs, "sarif-file") == (suite / "sweepc.sarif").string());
    const nlohmann::json sarif = nlohmann::json::parse(read_file(suite / "sweepc.sarif"));
    CHECK(sarif["version"] == "2.1.0");
    CHECK(!sarif["runs"][0]["results"].empty());

    // fail-on-findings: false keeps the step green on findings, not on usage errors.
    CHECK(run_check({"SWEEPC_FAIL_ON_FINDINGS=false"}).exit_code == 0);
    CommandResult usage = run_check({"SWEEPC_FAIL_ON_FINDINGS=false", "SWEEPC_ARGS=--no-such-option"});
    CHECK(usage.exit_code == 2);
    CHECK(output_value(read_file(runner / "github_output"), "exit-code") == "2");
}

TEST_CASE("workflows: the action refuses a version that is not X.Y.Z before downloading anything",
          "[release][workflows]") {
    TempDir runner;
    CommandResult result = run_program({"bash", (source_dir() / "scripts/action/install.sh").string()}, runner.path(),
                                       {"RUNNER_TEMP=" + runner.path().string(), "SWEEPC_VERSION=1.2$(id)",
                                        "GITHUB_PATH=/dev/null", "GITHUB_OUTPUT=/dev/null"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("::error title=sweepc install::version '1.2$(id)' is not X.Y.Z") != std::string::npos);
}

TEST_CASE("workflows: release notes come from the version's CHANGELOG.md section, and the tag must match",
          "[release][workflows]") {
    const std::string version(sweepc::sweepc_version);
    CommandResult notes = run_program({"bash", "scripts/release-notes.sh", version}, source_dir());
    CHECK(notes.exit_code == 0);
    CHECK(notes.out.find("### Added") != std::string::npos);
    CHECK(notes.out.find("## [") == std::string::npos);
    CHECK(run_program({"bash", "scripts/release-notes.sh", "--check", "v" + version}, source_dir()).exit_code == 0);
    CommandResult wrong_tag = run_program({"bash", "scripts/release-notes.sh", "--check", "v99.0.0"}, source_dir());
    CHECK(wrong_tag.exit_code == 1);
    CHECK(wrong_tag.err.find("is not v" + version) != std::string::npos);
    CHECK(run_program({"bash", "scripts/release-notes.sh", "99.0.0"}, source_dir()).exit_code == 1);
}
