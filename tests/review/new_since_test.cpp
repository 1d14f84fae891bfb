// sweepc check --new-since REV: findings present now that were not at REV, wherever they are.
// A renamed benchmark script breaks the config that runs it on a line the change did not touch;
// --changed-since cannot see that, --new-since does.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "review/git_repo_fixture.h"

using namespace sweepc::test;
using nlohmann::json;

namespace {

const char* const demo_script = "#!/usr/bin/env bash\nset -euo pipefail\necho \"model $MODEL tp $TP conc $CONC\"\n";

// The tiny suite with the script its configs run and the launcher of its runner, at tag `base`;
// the sglang config already has an unpinned image there (an old finding).
void make_suite_with_scripts(GitRepoFixture& repo) {
    std::string master = demo_master();
    master.replace(master.find("lmsysorg/sglang:v0.5.9"), 22, "lmsysorg/sglang:latest");
    repo.write(".github/configs/demo-master.yaml", master);
    repo.write(".github/configs/runners.yaml", demo_runners);
    repo.write("benchmarks/single_node/demo_fp8_h200.sh", demo_script);
    repo.write("runners/launch_h200-nb.sh", "#!/usr/bin/env bash\necho launch\n");
    repo.write("perf-changelog.yaml",
               changelog_entry("    - demo-fp8-h200-sglang\n", "https://github.com/org/suite/pull/1") + "\n");
    repo.commit("base");
}

std::vector<std::string> located_rules(const json& findings) {
    std::vector<std::string> out;
    for (const auto& finding : findings) {
        out.push_back(finding["rule"].get<std::string>() + "@" + finding["file"].get<std::string>() + ":" +
                      std::to_string(finding["line"].get<int>()));
    }
    return out;
}

}  // namespace

TEST_CASE("check --new-since catches a renamed script on the untouched config line", "[review]") {
    GitRepoFixture repo;
    make_suite_with_scripts(repo);
    // The change: the script is renamed; no config line is touched. A comment above everything
    // moves every old finding down one line.
    repo.git({"mv", "benchmarks/single_node/demo_fp8_h200.sh", "benchmarks/single_node/demo_fp8_h200_v2.sh"});
    repo.write(".github/configs/demo-master.yaml", "# demo suite\n" + repo.read(".github/configs/demo-master.yaml"));

    CommandResult all = repo.sweepc({"check", "--format", "json"});
    INFO(all.out << all.err);
    const json everything = json::parse(all.out);
    CHECK(located_rules(everything).size() >= 3);  // the old unpinned image is still there

    CommandResult changed = repo.sweepc({"check", "--changed-since", "base", "--format", "json"});
    INFO(changed.err);
    CHECK(json::parse(changed.out).empty());  // line filtering cannot see it
    CHECK(changed.exit_code == 0);

    CommandResult review = repo.sweepc({"check", "--new-since", "base", "--format", "json", "--review-comments",
                                        "review.json"});
    INFO(review.out << review.err);
    CHECK(review.exit_code == 1);
    const json findings = json::parse(review.out);
    CHECK(located_rules(findings) ==
          std::vector<std::string>{"config/missing-script@.github/configs/demo-master.yaml:2",
                                   "config/missing-script@.github/configs/demo-master.yaml:21"});
    CHECK_THAT(findings[0]["message"].get<std::string>(), Catch::Contains("demo_fp8_h200.sh"));
    CHECK_THAT(findings[0]["message"].get<std::string>(), Catch::Contains("demo_fp8_h200_v2.sh"));  // did you mean

    // Not on the diff: the review body carries them, no line comment is attempted.
    const json posted = json::parse(repo.read("review.json"));
    CHECK(posted["comments"].empty());
    CHECK_THAT(posted["body"].get<std::string>(),
               Catch::Contains(".github/configs/demo-master.yaml:2: error: "));
    CHECK_THAT(posted["body"].get<std::string>(), Catch::Contains("[config/missing-script]"));

    // The working tree and the index are as they were: the revision was read through a private index.
    CHECK(repo.git({"status", "--porcelain"}).out ==
          " M .github/configs/demo-master.yaml\nR  benchmarks/single_node/demo_fp8_h200.sh -> "
          "benchmarks/single_node/demo_fp8_h200_v2.sh\n?? review.json\n");
}

TEST_CASE("check --new-since puts a new finding on a changed line as a line comment", "[review]") {
    GitRepoFixture repo;
    make_suite_with_scripts(repo);
    std::string master = repo.read(".github/configs/demo-master.yaml");
    master.replace(master.find("vllm/vllm-openai:v0.16.0"), 24, "vllm/vllm-openai:latest");
    repo.write(".github/configs/demo-master.yaml", master);
    repo.write("perf-changelog.yaml", repo.read("perf-changelog.yaml") +
                                          changelog_entry("    - demo-fp8-h200-vllm\n", "https://github.com/org/suite/pull/2"));
    CommandResult review = repo.sweepc({"check", "--new-since", "base", "--format", "json", "--review-comments",
                                        "review.json"});
    INFO(review.out << review.err);
    CHECK(located_rules(json::parse(review.out)) ==
          std::vector<std::string>{"config/unpinned-image@.github/configs/demo-master.yaml:2"});
    const json posted = json::parse(repo.read("review.json"));
    REQUIRE(posted["comments"].size() == 1);
    CHECK(posted["comments"][0]["line"] == 2);
    CHECK(posted["body"] == "");
}

TEST_CASE("check --new-since: an unknown revision or no repository is a usage error", "[review]") {
    GitRepoFixture repo;
    make_suite_with_scripts(repo);
    CommandResult unknown = repo.sweepc({"check", "--new-since", "no-such-tag"});
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.out, Catch::Contains("'no-such-tag' is not a revision"));

    TempDir outside;
    std::filesystem::copy(repo.path() / ".github", outside.path() / ".github", std::filesystem::copy_options::recursive);
    CommandResult no_git = run_sweepc({"check", "--new-since", "base"}, outside.path());
    CHECK(no_git.exit_code == 2);
    CHECK_THAT(no_git.out, Catch::Contains("needs the suite root"));
}
