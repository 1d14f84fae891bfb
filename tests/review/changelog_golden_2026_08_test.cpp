// sweepc changelog on the 2026-08 edition against every golden case of the suite's processor
// (../shared/inferencex/2026-08/changelog/): the two repositories are built as the cases' README
// says, with real git, from the shared files at test time.
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "review/git_repo_fixture.h"
#include "schema/schema_validator.h"

using namespace sweepc::test;

namespace {

struct GoldenCase {
    std::string name;
    std::vector<std::string> extra_args;
};

// cases.tsv: `name<TAB>extra args` (space-separated), comment lines start with '#'.
std::vector<GoldenCase> read_cases(const std::filesystem::path& file) {
    std::vector<GoldenCase> cases;
    std::istringstream lines(read_file(file));
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line.front() == '#') continue;
        GoldenCase golden;
        const std::size_t tab = line.find('\t');
        golden.name = line.substr(0, tab);
        std::istringstream args(tab == std::string::npos ? "" : line.substr(tab + 1));
        for (std::string arg; args >> arg;) golden.extra_args.push_back(arg);
        cases.push_back(std::move(golden));
    }
    return cases;
}

// The case's repository: tag `base` with the base changelog (and, when the case has one, the
// configs with configs-base-to-head.diff reversed), tag `head` with the head changelog and the
// suite's configs as they are.
void build_case_repository(GitRepoFixture& repo, const std::filesystem::path& case_dir) {
    const auto configs = shared_inferencex_dir() / "2026-08/configs";
    for (const char* name : {"amd-master.yaml", "nvidia-master.yaml", "runners.yaml"}) {
        repo.write(std::string("configs/") + name, read_file(configs / name));
    }
    repo.write("perf-changelog.yaml", read_file(case_dir / "perf-changelog.base.yaml"));
    const auto diff = case_dir / "configs-base-to-head.diff";
    if (std::filesystem::exists(diff)) repo.git({"apply", "-R", diff.string()});
    repo.commit("base");
    for (const char* name : {"amd-master.yaml", "nvidia-master.yaml", "runners.yaml"}) {
        repo.write(std::string("configs/") + name, read_file(configs / name));
    }
    repo.write("perf-changelog.yaml", read_file(case_dir / "perf-changelog.head.yaml"));
    repo.commit("head");
}

CommandResult run_case(GitRepoFixture& repo, const GoldenCase& golden) {
    std::vector<std::string> args = {"changelog",      "--base-ref", "base", "--head-ref", "head", "--changelog-file",
                                     "perf-changelog.yaml", "--config-files", "configs/amd-master.yaml",
                                     "configs/nvidia-master.yaml"};
    args.insert(args.end(), golden.extra_args.begin(), golden.extra_args.end());
    return repo.sweepc(args);
}

}  // namespace

TEST_CASE("changelog 2026-08: every golden case of the suite's processor, byte for byte", "[review][changelog]") {
    const std::string kind = GENERATE(as<std::string>{}, "regular", "append-only");
    const auto case_dir = shared_inferencex_dir() / "2026-08/changelog" / kind;
    GitRepoFixture repo;
    build_case_repository(repo, case_dir);
    const sweepc::SchemaValidator output_schema("2026-08/changelog-matrix.schema.json");
    std::size_t compared = 0;
    for (const GoldenCase& golden : read_cases(case_dir / "cases.tsv")) {
        INFO(kind << "/" << golden.name);
        CommandResult result = run_case(repo, golden);
        const auto expected = case_dir / (golden.name + ".json");
        if (std::filesystem::exists(expected)) {
            INFO(result.err);
            REQUIRE(result.exit_code == 0);
            CHECK(result.out == read_file(expected));
            // What the processor validated its output against, as sweepc's schema says it.
            const auto problems = output_schema.validate(nlohmann::json::parse(result.out));
            CHECK(problems.empty());
        } else {
            // The processor failed (its stderr is the golden); sweepc reports a located finding.
            REQUIRE(std::filesystem::exists(case_dir / (golden.name + ".stderr")));
            CHECK(result.exit_code == 1);
            CHECK(result.out.empty());
            CHECK_THAT(result.err, Catch::Contains("perf-changelog.yaml:10:3: error: append-only sweeps cannot use "
                                                   "--all-evals"));
            CHECK_THAT(result.err, Catch::Contains("[changelog/append-only-entry]"));
        }
        ++compared;
    }
    CHECK(compared == (kind == "regular" ? 4u : 3u));
}
