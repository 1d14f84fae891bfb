// The example workflows of docs/examples/ work on the real suite: actionlint finds nothing in
// them, every call of a reusable workflow passes exactly inputs it declares (the suite's own
// benchmark templates from ../shared), and their shell steps, run with bash and the real sweepc
// on the suite's real configs, plan a sweep split into parts whose matrices add up to the full
// sweep, behind a check that the suite's existing findings (baselined) do not block.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "support/github_output_records.h"
#include "support/test_support.h"
#include "support/workflow_lint.h"

using namespace sweepc::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct DeclaredInput {
    bool required = false;
    bool has_default = false;
};

// The inputs a reusable workflow declares under on.workflow_call.inputs.
std::map<std::string, DeclaredInput> declared_inputs(const fs::path& workflow) {
    const YAML::Node document = YAML::LoadFile(workflow.string());
    std::map<std::string, DeclaredInput> inputs;
    for (const auto& input : document["on"]["workflow_call"]["inputs"]) {
        inputs[input.first.as<std::string>()] = {input.second["required"] && input.second["required"].as<bool>(),
                                                 static_cast<bool>(input.second["default"])};
    }
    return inputs;
}

// A workflow `uses: ./.github/workflows/NAME` calls: another example, or the suite's own.
fs::path called_workflow(const std::string& uses) {
    const std::string name = fs::path(uses).filename().string();
    if (fs::exists(source_dir() / "docs/examples" / name)) return source_dir() / "docs/examples" / name;
    return shared_inferencex_dir() / "suite/.github/workflows" / name;
}

// The `run:` script of a step, found by its id.
std::string step_script(const fs::path& workflow, const std::string& job, const std::string& step_id) {
    const YAML::Node document = YAML::LoadFile(workflow.string());
    for (const auto& step : document["jobs"][job]["steps"]) {
        if (step["id"] && step["id"].as<std::string>() == step_id) return step["run"].as<std::string>();
    }
    FAIL("no step " << step_id << " in job " << job << " of " << workflow);
    return {};
}

// A checkout of the suite as CI has it: its .github/configs, benchmarks/ and runners/.
void copy_suite(const fs::path& to) {
    fs::copy(shared_inferencex_dir() / "suite", to, fs::copy_options::recursive);
    for (const auto& entry : fs::recursive_directory_iterator(to)) {
        fs::permissions(entry.path(), fs::perms::owner_write, fs::perm_options::add);
    }
    fs::permissions(to, fs::perms::owner_write, fs::perm_options::add);
}

// Runs a step's script with bash as the runner does, sweepc on PATH.
CommandResult run_step(const std::string& script, const fs::path& dir, const fs::path& github_output,
                       const std::vector<std::string>& env = {}) {
    std::vector<std::string> environment = env;
    environment.push_back("GITHUB_OUTPUT=" + github_output.string());
    environment.push_back("PATH=" + fs::path(SWEEPC_BINARY).parent_path().string() + ":" + std::getenv("PATH"));
    return run_program({"bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script}, dir, environment);
}

}  // namespace

TEST_CASE("workflow examples: actionlint finds nothing, and would find a mistake", "[review][workflows]") {
    const std::vector<fs::path> files = example_workflows();
    REQUIRE(files.size() >= 3);
    CommandResult clean = actionlint(files);
    INFO(clean.out << clean.err);
    CHECK(clean.exit_code == 0);
    CHECK(clean.out.empty());

    TempDir dir;
    std::string broken = read_file(source_dir() / "docs/examples/full-sweep.yml");
    broken.replace(broken.find("needs: plan"), 11, "needs: planning");
    write_file(dir / "broken.yml", broken);
    CommandResult caught = actionlint({dir / "broken.yml"});
    CHECK(caught.exit_code == 1);
    CHECK_THAT(caught.out, Catch::Contains("planning"));
}

TEST_CASE("workflow examples: every reusable-workflow call passes the inputs the callee declares",
          "[review][workflows]") {
    std::size_t calls = 0;
    for (const fs::path& file : example_workflows()) {
        const YAML::Node document = YAML::LoadFile(file.string());
        for (const auto& job : document["jobs"]) {
            if (!job.second["uses"]) continue;
            const std::string uses = job.second["uses"].as<std::string>();
            if (!uses.starts_with("./.github/workflows/")) continue;  // another repository's workflow
            const fs::path callee = called_workflow(uses);
            INFO(file.filename() << " job " << job.first.as<std::string>() << " calls " << callee);
            REQUIRE(fs::exists(callee));
            const std::map<std::string, DeclaredInput> declared = declared_inputs(callee);
            std::set<std::string> passed;
            for (const auto& input : job.second["with"]) {
                const std::string name = input.first.as<std::string>();
                INFO("input " << name);
                CHECK(declared.count(name) == 1);  // never an input the template does not declare
                passed.insert(name);
            }
            for (const auto& [name, input] : declared) {
                INFO("required input " << name);
                if (input.required && !input.has_default) CHECK(passed.count(name) == 1);
            }
            // The 2026-08 templates declare more (priority, queue-token, scenario fields) but none
            // fewer: what the examples pass is declared there too.
            const fs::path today = shared_inferencex_dir() / "2026-08/suite/.github/workflows" / callee.filename();
            if (fs::exists(today)) {
                const std::map<std::string, DeclaredInput> declared_today = declared_inputs(today);
                for (const std::string& name : passed) {
                    INFO("input " << name << " in the 2026-08 template");
                    CHECK(declared_today.count(name) == 1);
                }
            }
            ++calls;
        }
    }
    CHECK(calls == 3);  // full-sweep -> sweep-part -> benchmark-tmpl, benchmark-multinode-tmpl
}

TEST_CASE("workflow examples: the full sweep's steps, run on the real suite, plan every job in parts",
          "[review][workflows]") {
    TempDir dir;
    const fs::path suite = dir / "suite";
    copy_suite(suite);
    const fs::path full_sweep = source_dir() / "docs/examples/full-sweep.yml";

    // Adoption: the suite has findings today; they are recorded once and committed.
    CommandResult baseline =
        run_sweepc({"check", "--write-baseline", ".github/sweepc-baseline.json"}, suite);
    INFO(baseline.err);
    REQUIRE(baseline.exit_code == 0);
    CHECK_FALSE(json::parse(read_file(suite / ".github/sweepc-baseline.json"))["findings"].empty());
    CommandResult check = run_step(step_script(full_sweep, "plan", "check"), suite, dir / "out1");
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);  // existing findings do not block matrix generation

    const fs::path plan_output = dir / "plan-output";
    CommandResult emit = run_step(step_script(full_sweep, "plan", "emit"), suite, plan_output);
    INFO(emit.out << emit.err);
    REQUIRE(emit.exit_code == 0);
    std::map<std::string, std::string> outputs;
    for (const OutputRecord& record : parse_github_output(read_file(plan_output))) outputs[record.key] = record.value;
    REQUIRE(outputs.count("parts") == 1);
    const json parts = json::parse(outputs["parts"]);
    const std::size_t total_jobs = std::stoul(outputs["total-jobs"]);
    CHECK(total_jobs == json::parse(read_file(suite / "sweep/full-sweep.json")).size());
    CHECK(parts.size() > 4);            // split into parts: the sweep is too large for one output
    CHECK(outputs["parts"].size() < 4096);  // ... but the list of parts is small

    // Each part's job reads its own file from the artifact (sweep/matrix/, downloaded).
    const fs::path artifact = dir / "artifact";
    fs::create_directories(artifact);
    fs::copy(suite / "sweep/matrix", artifact / "sweep-matrices", fs::copy_options::recursive);
    const std::string read_part = step_script(source_dir() / "docs/examples/sweep-part.yml", "load", "read");
    std::size_t jobs = 0;
    json every_entry = json::array();
    for (const auto& part : parts) {
        const fs::path part_output = dir / ("part-" + part["file"].get<std::string>());
        CommandResult read = run_step(read_part, artifact, part_output, {"PART_FILE=" + part["file"].get<std::string>()});
        INFO(part.dump() << read.err);
        REQUIRE(read.exit_code == 0);
        const std::vector<OutputRecord> records = parse_github_output(read_file(part_output));
        REQUIRE(records.size() == 1);
        CHECK(records[0].key == "config");
        const json matrix = json::parse(records[0].value);
        CHECK(matrix.size() == part["jobs"].get<std::size_t>());
        CHECK(matrix.size() <= 256);  // GitHub's matrix limit
        CHECK(2 * records[0].value.size() < 1024 * 1024);
        for (const auto& entry : matrix) {
            CHECK((part["node-kind"] == "multi-node") == entry.contains("prefill"));
            every_entry.push_back(entry);
        }
        jobs += matrix.size();
    }
    CHECK(jobs == total_jobs);
    CHECK(every_entry.size() == total_jobs);

    // A name that is not one of sweepc's files is refused, not read.
    CommandResult hostile = run_step(read_part, artifact, dir / "hostile", {"PART_FILE=../../etc/passwd"});
    CHECK(hostile.exit_code != 0);
}

TEST_CASE("matrix --github-output refuses the real full sweep, with the numbers, and says what to do",
          "[review][workflows]") {
    const fs::path configs = shared_inferencex_dir() / "configs";
    TempDir dir;
    write_file(dir / "github-output", "before\n");
    CommandResult result = run_sweepc({"matrix", "full-sweep", "--config-files", (configs / "amd-master.yaml").string(),
                                       (configs / "nvidia-master.yaml").string(), "--runner-config",
                                       (configs / "runners.yaml").string(), "--github-output"},
                                      source_dir(), {"GITHUB_OUTPUT=" + (dir / "github-output").string()});
    INFO(result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(read_file(dir / "github-output") == "before\n");  // nothing written
    CHECK_THAT(result.err, Catch::Contains("bytes of job outputs as GitHub counts them (UTF-16"));
    CHECK_THAT(result.err, Catch::Contains("over GitHub's limit of 1,048,576 bytes"));
    CHECK_THAT(result.err, Catch::Contains("sweepc emit --out sweep --github-output"));
    CHECK_THAT(result.err, Catch::Contains("artifact"));
}
