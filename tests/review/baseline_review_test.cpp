// A baseline together with review mode (--changed-since, --new-since): the baseline is held
// against the whole check, so a baselined finding the review filters leave out is not "fixed".
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "review/git_repo_fixture.h"

using namespace sweepc::test;
using nlohmann::json;

TEST_CASE("baseline with review mode: a baselined finding a review filter leaves out is not reported fixed",
          "[review][baseline]") {
    GitRepoFixture repo;
    std::string master = demo_master();
    master.replace(master.find("lmsysorg/sglang:v0.5.9"), 22, "lmsysorg/sglang:latest");
    repo.write(".github/configs/demo-master.yaml", master);
    repo.write(".github/configs/runners.yaml", demo_runners);
    repo.commit("base");
    REQUIRE(repo.sweepc({"check", "--write-baseline", "baseline.json"}).exit_code == 0);
    // The change adds a second unpinned image; the baselined one is on a line it does not touch.
    master.replace(master.find("vllm/vllm-openai:v0.16.0"), 24, "vllm/vllm-openai:latest");
    repo.write(".github/configs/demo-master.yaml", master);
    for (const char* mode : {"--changed-since", "--new-since"}) {
        CommandResult result = repo.sweepc({"check", mode, "base", "--baseline", "baseline.json", "--format", "json"});
        INFO(mode << ": " << result.out << result.err);
        const json findings = json::parse(result.out);
        REQUIRE(findings.size() == 1);
        CHECK(findings[0]["rule"] == "config/unpinned-image");
        CHECK(findings[0]["line"] == 2);
    }
}
