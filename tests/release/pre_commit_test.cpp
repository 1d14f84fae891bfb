// The pre-commit hooks run by pre-commit itself, for a user who installed sweepc: the hooks of
// .pre-commit-hooks.yaml the way a suite that lists this repository in its .pre-commit-config.yaml
// runs them (`pre-commit try-repo`), and a `repo: local` hook of the suite's own, both running the
// sweepc that `cmake --install` put in a prefix, with nothing else of this build on PATH.
#include <filesystem>

#include <catch2/catch.hpp>

#include "review/git_repo_fixture.h"

using namespace sweepc::test;
namespace fs = std::filesystem;

namespace {

// sweepc installed into a prefix, as a package or `cmake --install` puts it.
struct InstalledSweepc {
    TempDir prefix;
    InstalledSweepc() {
        CommandResult install = run_program(
            {"cmake", "--install", SWEEPC_BINARY_DIR, "--prefix", prefix.path().string()}, SWEEPC_BINARY_DIR);
        INFO(install.out << install.err);
        REQUIRE(install.exit_code == 0);
    }
};

CommandResult pre_commit(GitRepoFixture& repo, const std::vector<std::string>& args, const TempDir& cache) {
    static const InstalledSweepc installed;
    // Only the system's folders and the installed bin/: the hooks find sweepc as installed.
    std::vector<std::string> argv = {"env", "PATH=" + (installed.prefix / "bin").string() + ":/usr/bin:/bin",
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

TEST_CASE("pre-commit: a repo: local hook runs the installed sweepc with a baseline", "[release]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    TempDir cache;
    // The variant the README documents for a suite that does not fetch this repository's hooks.
    repo.write(".pre-commit-config.yaml",
               "repos:\n"
               "  - repo: local\n"
               "    hooks:\n"
               "      - id: sweepc-check\n"
               "        name: sweepc check\n"
               "        entry: sweepc check --baseline .github/sweepc-baseline.json\n"
               "        language: system\n"
               "        files: ^(\\.github/configs/|configs/|benchmarks/|runners/|perf-changelog\\.yaml)\n"
               "        pass_filenames: false\n");
    // Today's finding (a runner type that does not exist) is baselined; the hook then passes.
    std::string master = repo.read(".github/configs/demo-master.yaml");
    const std::size_t runner = master.find("runner: h200");
    REQUIRE(runner != std::string::npos);
    master.replace(runner, 12, "runner: h20");
    repo.write(".github/configs/demo-master.yaml", master);
    CommandResult baseline = repo.sweepc({"check", "--write-baseline", ".github/sweepc-baseline.json"});
    INFO(baseline.out << baseline.err);
    REQUIRE(baseline.exit_code == 0);
    repo.git({"add", "-A"});
    CommandResult adopted = pre_commit(repo, {"run", "--all-files"}, cache);
    INFO(adopted.out << adopted.err);
    CHECK(adopted.exit_code == 0);
    CHECK(adopted.out.find("sweepc check") != std::string::npos);
    CHECK(adopted.out.find("Passed") != std::string::npos);

    // A new finding is not in the baseline: the hook fails on it, and on it alone.
    const std::size_t other_runner = master.find("runner: h200");
    REQUIRE(other_runner != std::string::npos);
    master.replace(other_runner, 12, "runner: b300");
    repo.write(".github/configs/demo-master.yaml", master);
    repo.git({"add", "-A"});
    CommandResult broken = pre_commit(repo, {"run", "--all-files"}, cache);
    INFO(broken.out << broken.err);
    CHECK(broken.exit_code == 1);
    CHECK(broken.out.find("runner 'b300'") != std::string::npos);
    CHECK(broken.out.find("runner 'h20'") == std::string::npos);
}
