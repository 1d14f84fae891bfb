// .pre-commit-hooks.yaml run by pre-commit itself (`pre-commit try-repo`), the way a suite that
// lists this repository in its .pre-commit-config.yaml runs it, with sweepc installed on PATH.
#include <filesystem>

#include <catch2/catch.hpp>

#include "review/git_repo_fixture.h"

using namespace sweepc::test;
namespace fs = std::filesystem;

namespace {

CommandResult pre_commit(GitRepoFixture& repo, const std::vector<std::string>& args, const TempDir& cache) {
    const fs::path sweepc_bin = fs::path(SWEEPC_BINARY).parent_path();
    // Only the system's folders and the one holding sweepc: the hooks find sweepc as installed.
    std::vector<std::string> argv = {"env", "PATH=" + sweepc_bin.string() + ":/usr/bin:/bin",
                                     "PRE_COMMIT_HOME=" + cache.path().string(), "pre-commit"};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_program(argv, repo.path());
}

}  // namespace

TEST_CASE("pre-commit: the hooks pass a clean suite and stop a commit that breaks a config", "[release]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    TempDir cache;
    // try-repo runs the hooks of the sweepc repository (this checkout) on the suite's files.
    const std::vector<std::string> try_check = {"try-repo", source_dir().string(), "sweepc-check", "--all-files"};
    CommandResult clean = pre_commit(repo, try_check, cache);
    INFO(clean.out << clean.err);
    CHECK(clean.exit_code == 0);
    CHECK(clean.out.find("sweepc check (master configs, runners, changelog, benchmark scripts)") != std::string::npos);
    CHECK(clean.out.find("Passed") != std::string::npos);

    // A runner type that does not exist: the hook fails and shows the finding.
    std::string master = repo.read(".github/configs/demo-master.yaml");
    const std::size_t runner = master.find("runner: h200");
    REQUIRE(runner != std::string::npos);
    master.replace(runner, 12, "runner: h20");
    repo.write(".github/configs/demo-master.yaml", master);
    repo.git({"add", "-A"});
    CommandResult broken = pre_commit(repo, try_check, cache);
    INFO(broken.out << broken.err);
    CHECK(broken.exit_code == 1);
    CHECK(broken.out.find("Failed") != std::string::npos);
    CHECK(broken.out.find("[config/unknown-runner]") != std::string::npos);
}

TEST_CASE("pre-commit: sweepc-lint lints the staged benchmark scripts", "[release]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write("benchmarks/single_node/demo.sh", "#!/usr/bin/env bash\nif [ \"$EP_SIZE\" -gt 1 ]; then echo ep; fi\n");
    repo.git({"add", "-A"});
    TempDir cache;
    CommandResult result = pre_commit(repo, {"try-repo", source_dir().string(), "sweepc-lint", "--all-files"}, cache);
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("[shell/unset-integer-test]") != std::string::npos);
}
