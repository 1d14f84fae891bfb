// .pre-commit-hooks.yaml, run the way pre-commit runs a `language: system` hook (the tool itself
// is not available here): pick the staged files matching `files`, and run `entry` + `args`, with
// the file names appended when `pass_filenames` is true.
#include <regex>
#include <sstream>

#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include "review/git_repo_fixture.h"

using namespace sweepc::test;

namespace {

struct HookRun {
    std::string id;
    bool ran = false;
    CommandResult result;
};

std::vector<std::string> split_words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> words;
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

std::vector<HookRun> run_hooks(GitRepoFixture& repo) {
    repo.git({"add", "-A"});
    std::vector<std::string> staged = split_words(repo.git({"ls-files"}).out);
    std::vector<HookRun> runs;
    for (const YAML::Node& hook : YAML::LoadFile((source_dir() / ".pre-commit-hooks.yaml").string())) {
        REQUIRE(hook["language"].as<std::string>() == "system");
        HookRun run{hook["id"].as<std::string>(), false, {}};
        const std::regex files(hook["files"].as<std::string>());
        std::vector<std::string> matching;
        for (const std::string& file : staged) {
            if (std::regex_search(file, files)) matching.push_back(file);
        }
        if (matching.empty()) {
            runs.push_back(run);  // pre-commit skips a hook no file matches
            continue;
        }
        std::vector<std::string> argv = split_words(hook["entry"].as<std::string>());
        REQUIRE(argv.front() == "sweepc");
        argv.erase(argv.begin());
        if (hook["args"]) {
            for (const YAML::Node& arg : hook["args"]) argv.push_back(arg.as<std::string>());
        }
        if (!hook["pass_filenames"] || hook["pass_filenames"].as<bool>()) {
            argv.insert(argv.end(), matching.begin(), matching.end());
        }
        run.ran = true;
        run.result = repo.sweepc(argv);
        runs.push_back(run);
    }
    return runs;
}

const HookRun& hook(const std::vector<HookRun>& runs, const std::string& id) {
    for (const HookRun& run : runs) {
        if (run.id == id) return run;
    }
    FAIL("no hook " << id);
    return runs.front();
}

}  // namespace

TEST_CASE("pre-commit: sweepc-check passes a clean suite and stops a changelog without a final newline",
          "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    std::string text = repo.read("perf-changelog.yaml") +
                       changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/2");
    repo.write("perf-changelog.yaml", text);
    std::vector<HookRun> clean = run_hooks(repo);
    REQUIRE(hook(clean, "sweepc-check").ran);
    CHECK(hook(clean, "sweepc-check").result.exit_code == 0);
    CHECK_FALSE(hook(clean, "sweepc-lint").ran);  // no benchmarks/*.sh staged

    text.pop_back();
    repo.write("perf-changelog.yaml", text);
    std::vector<HookRun> broken = run_hooks(repo);
    CHECK(hook(broken, "sweepc-check").result.exit_code == 1);
    CHECK_THAT(hook(broken, "sweepc-check").result.out, Catch::Contains("changelog/final-newline"));
}

TEST_CASE("pre-commit: sweepc-lint gets the staged benchmark scripts", "[review]") {
    GitRepoFixture repo;
    make_demo_suite(repo);
    repo.write("benchmarks/single_node/demo_fp8_h200.sh",
               "#!/usr/bin/env bash\nif [ \"$EP_SIZE\" -gt 1 ]; then echo ep; fi\n");
    std::vector<HookRun> runs = run_hooks(repo);
    REQUIRE(hook(runs, "sweepc-lint").ran);
    CHECK_THAT(hook(runs, "sweepc-lint").result.out + hook(runs, "sweepc-lint").result.err,
               Catch::Contains("demo_fp8_h200.sh"));
}

TEST_CASE("pre-commit: sweepc-check on the suite's real configs and changelog reports the real changelog problems",
          "[review]") {
    GitRepoFixture repo;
    const auto shared = shared_inferencex_dir();
    for (const char* name : {"amd-master.yaml", "nvidia-master.yaml", "runners.yaml"}) {
        repo.write(std::string(".github/configs/") + name, read_file(shared / "configs" / name));
    }
    repo.write("perf-changelog.yaml", read_file(shared / "golden/changelog/perf-changelog.base.yaml"));
    repo.commit("base");
    repo.write("perf-changelog.yaml", read_file(shared / "golden/changelog/perf-changelog.head.yaml"));
    std::vector<HookRun> runs = run_hooks(repo);
    const CommandResult& result = hook(runs, "sweepc-check").result;
    // The real head changelog is the one that lacked its final newline, and it has placeholder links.
    CHECK_THAT(result.out, Catch::Contains("changelog/final-newline"));
    CHECK_THAT(result.out, Catch::Contains("changelog/pr-link"));
    CHECK(result.exit_code == 1);
    // Its speed is measured by the benchmark (docs/PERFORMANCE.md), not asserted here: a shared
    // CI machine makes a wall-clock bound either flaky or meaningless.
}
